/** An .xlsx loaded by ExcelJS from its bytes, with what ExcelJS's reader damages repaired from the package. */
import * as ExcelJS from 'exceljs';
import { BladCli, t } from '../tekst';
import { Archiwum } from '../pakiet/archiwum';
import { czytajStrukturePakietu, LIMIT_CZESCI } from '../strumien/struktura';
import { walidacjeZXml } from '../zip/walidacjeXml';
import { mapaNaprawyFormatow, naprawFormaty } from './formaty';
import { odbudujWalidacje } from './walidacje';

/**
 * Loads with ExcelJS from the bytes already read, then repairs what ExcelJS's reader damages: the
 * exact number-format codes and the data-validation ranges, read from the package itself (used where
 * ExcelJS is the right tool: reading templates and outputs back in tests).
 */
export async function wczytajExcelJS(buf: Buffer, plik: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    const a = new Archiwum(buf);
    const s = czytajStrukturePakietu(a);
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    naprawFormaty(wb, mapaNaprawyFormatow([...s.formatyLiczb.values()]));
    const czesci = new Map(s.arkusze.map((x) => [x.nazwa, x.czesc]));
    for (const ws of wb.worksheets) {
      const czesc = czesci.get(ws.name);
      const xml = czesc ? a.tekst(czesc, LIMIT_CZESCI) : null;
      if (xml) odbudujWalidacje(ws, walidacjeZXml(xml));
    }
  } catch (e) {
    throw new BladCli(
      t(
        `Nie udało się odczytać skoroszytu ${plik}: ${(e as Error).message}`,
        `Could not read workbook ${plik}: ${(e as Error).message}`,
      ),
    );
  }
  return wb;
}
