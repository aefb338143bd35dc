/**
 * CS-R.3 sources picked in the pane (`<input type=file>`), read inside the pane — never sent anywhere —
 * with the CLI's snapshot reader (ExcelJS → `czytajZeszyt`, the same cell mapping as the CLI; the CLI's
 * ZIP pre-scan needs Node and is not run here). Imported lazily: ExcelJS loads only when the user
 * gathers. A file that cannot be read becomes a source with its reason (listed as `nieprzyjęte`).
 */
import { zaDlugiTekst, type ZrodloZbierania } from '../../../../core';
import * as ExcelJS from 'exceljs';
import { czytajZeszyt } from '../../../../cli/exceljs/czytaj';

/** decision: a larger file is refused before it is read (a voivodeship workbook is far below it) */
export const MAKS_BAJTOW = 64 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export async function czytajPliki(
  pliki: readonly File[],
  postep?: (ulamek: number) => void,
): Promise<ZrodloZbierania[]> {
  const wynik: ZrodloZbierania[] = [];
  for (let i = 0; i < pliki.length; i++) {
    postep?.(i / pliki.length);
    wynik.push(await czytajPlik(pliki[i]));
  }
  return wynik;
}

async function czytajPlik(f: File): Promise<ZrodloZbierania> {
  const plik = f.name;
  const blad = (pl: string, en: string): ZrodloZbierania => ({ plik, zeszyt: null, blad: { pl, en } });
  if (f.size > MAKS_BAJTOW)
    return blad(
      `plik ma ${Math.round(f.size / 1048576)} MB — więcej niż ${MAKS_BAJTOW / 1048576} MB`,
      `the file has ${Math.round(f.size / 1048576)} MB — more than ${MAKS_BAJTOW / 1048576} MB`,
    );
  const bajty = new Uint8Array(await f.arrayBuffer());
  if (!ZIP.every((b, i) => bajty[i] === b))
    return blad('to nie jest plik .xlsx (skoroszyt programu Excel)', 'this is not an .xlsx workbook');
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bajty.buffer);
    const zeszyt = czytajZeszyt(wb).zeszyt;
    for (const a of zeszyt.arkusze) {
      const u = zaDlugiTekst(a); // WB-1.9
      if (u) return blad(u.komunikat, u.message);
    }
    return { plik, zeszyt };
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e);
    return blad(`nie można odczytać pliku (${m})`, `cannot read the file (${m})`);
  }
}
