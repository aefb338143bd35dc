/**
 * What a user does in Excel's own UI that moves cells: sorting rows and inserting rows. Values, formats,
 * notes and conditional formats move with their cells (as in Excel), then `onChanged` fires.
 */
import type ExcelJS from 'exceljs';
import type { FakeExcel } from './index';
import { zglosZmiane } from './kontekst';
import { formatyWarunkowe } from './formatyWarunkowe';
import { tekstNotatki } from './arkusz';

const KOLUMN = 16384;

function arkusz(fx: FakeExcel, nazwa: string): ExcelJS.Worksheet {
  const ws = fx.stan.wb.worksheets.find((w) => w.name === nazwa);
  if (!ws) throw new Error(`no sheet ${nazwa}`);
  return ws;
}

/** moves every conditional format's cell whose 0-based row is in `mapa` to the mapped row */
function przesunFormaty(ws: ExcelJS.Worksheet, nowyWiersz: (r: number) => number): void {
  for (const f of formatyWarunkowe(ws))
    f.komorki = new Set([...f.komorki].map((x) => nowyWiersz(Math.floor(x / KOLUMN)) * KOLUMN + (x % KOLUMN)));
}

interface Zawartosc {
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
  note: string;
}

function porownaj(a: ExcelJS.CellValue, b: ExcelJS.CellValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''), 'pl');
}

/** Sorts rows `pierwszy`…`ostatni` (1-based, whole rows) by the column `kolumna` ('C'), as Data → Sort. */
export function sortujWiersze(
  fx: FakeExcel,
  nazwa: string,
  pierwszy: number,
  ostatni: number,
  kolumna: string,
  malejaco = false,
): void {
  const ws = arkusz(fx, nazwa);
  const kolumn = ws.columnCount;
  const kluczowa = ws.getColumn(kolumna).number;
  const wiersze: Zawartosc[][] = [];
  for (let r = pierwszy; r <= ostatni; r++) {
    const w: Zawartosc[] = [];
    for (let c = 1; c <= kolumn; c++) {
      const k = ws.getCell(r, c);
      w.push({ value: k.value, style: JSON.parse(JSON.stringify(k.style ?? {})), note: tekstNotatki(k.note) });
    }
    wiersze.push(w);
  }
  const kolejnosc = wiersze.map((_, i) => i);
  kolejnosc.sort(
    (a, b) => (malejaco ? -1 : 1) * porownaj(wiersze[a][kluczowa - 1].value, wiersze[b][kluczowa - 1].value),
  );
  kolejnosc.forEach((stary, nowy) => {
    wiersze[stary].forEach((z, c) => {
      const k = ws.getCell(pierwszy + nowy, c + 1);
      k.value = z.value;
      k.style = z.style;
      (k as unknown as { _comment?: unknown })._comment = undefined;
      if (z.note) k.note = z.note;
    });
  });
  const gdzie = new Map(kolejnosc.map((stary, nowy) => [pierwszy - 1 + stary, pierwszy - 1 + nowy]));
  przesunFormaty(ws, (r) => gdzie.get(r) ?? r);
  if (fx.stan.zdarzenia) zglosZmiane(fx.stan, ws, `A${pierwszy}:${ws.getColumn(kolumn).letter}${ostatni}`);
}

/** Inserts `ile` empty rows before row `przed` (1-based), as Home → Insert → Sheet Rows. */
export function wstawWiersze(fx: FakeExcel, nazwa: string, przed: number, ile: number): void {
  const ws = arkusz(fx, nazwa);
  ws.spliceRows(przed, 0, ...Array.from({ length: ile }, () => []));
  przesunFormaty(ws, (r) => (r >= przed - 1 ? r + ile : r));
  if (fx.stan.zdarzenia) zglosZmiane(fx.stan, ws, `${przed}:${przed + ile - 1}`, { changeType: 'RowInserted' });
}
