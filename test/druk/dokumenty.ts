/**
 * WB-3.4 print tests' shared part: the example workbooks run through the CLI's path in-process (ExcelJS
 * snapshot, core, `zastosujPlan`, saved and re-read), and the printed-width arithmetic of the stored settings.
 */
import type ExcelJS from 'exceljs';
import { sciezkaCli, type OperacjaZapisu } from '../addin/sciezki';
import { wczytajPrzyklad } from '../addin/przyklady';
import type { WynikOperacji } from '../../src/core/api';

export interface Przebieg {
  wb: ExcelJS.Workbook;
  wynik: WynikOperacji;
  /** the sheets this run wrote (visible ones: the papers) */
  zapisane: string[];
}

export async function uruchom(operacja: OperacjaZapisu, przyklad: string): Promise<Przebieg> {
  const { wb, wynik } = await sciezkaCli(operacja, await wczytajPrzyklad(przyklad));
  const zapisane = (wynik.plan?.arkusze ?? [])
    .filter((a) => (a.widocznosc ?? 'widoczny') === 'widoczny')
    .map((a) => a.nazwa);
  return { wb, wynik, zapisane };
}

/** Excel's pixels of a column `znaki` characters wide (Calibri 11: 7 px a digit + 5 px padding). */
const pikseli = (znaki: number) => znaki * 7 + 5;
const CALE_A4 = { pionowa: 8.27, pozioma: 11.69 };

/** Widest scale (1 = 100 %) at which the sheet's used columns fit the A4 printable width (Excel metrics). */
export function skalaSzerokosci(ws: ExcelJS.Worksheet): number {
  const p = ws.pageSetup;
  const m = p.margins ?? { left: 0.7, right: 0.7 };
  const szerokosc = ((p.orientation === 'landscape' ? CALE_A4.pozioma : CALE_A4.pionowa) - m.left - m.right) * 96;
  let kolumny = 0;
  for (let c = 1; c <= ws.actualColumnCount || c <= ws.columnCount; c++)
    kolumny += pikseli(ws.getColumn(c).width ?? 8.43);
  return szerokosc / kolumny;
}

/** Text cells of a sheet with their address, bold/fill look (headers) and column. */
export function tekstyArkusza(
  ws: ExcelJS.Worksheet,
): Array<{ adres: string; tekst: string; naglowek: boolean; kolumna: number }> {
  const out: Array<{ adres: string; tekst: string; naglowek: boolean; kolumna: number }> = [];
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (typeof c.value !== 'string') return;
      const naglowek = !!c.font?.bold || (c.fill as ExcelJS.FillPattern | undefined)?.pattern === 'solid';
      out.push({ adres: c.address, tekst: c.value, naglowek, kolumna: Number(c.col) });
    }),
  );
  return out;
}
