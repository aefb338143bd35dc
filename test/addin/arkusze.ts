/** Reading sheets back for comparisons: through the fake host (what Excel reports) or the CLI reader. */
import type ExcelJS from 'exceljs';
import type { FakeExcel } from '../fakehost';
import type { ArkuszSnapshot, Komorka, ZeszytSnapshot } from '../../src/core/zeszyt/model';
import { operacjePanelu } from '../../src/addin/office/panel';
import { ARKUSZ_STANU, czytajStan } from '../../src/core/zeszyt/wlasnosc';
import { adres } from '../../src/core/komorki/adres';
import { LIMIT_PORCJI } from '../../src/addin/office/porcje';

/** every sheet as the adapter reads it on the fake host (Office.js values, valueTypes, numberFormat) */
export function czytajPrzezHost(fx: FakeExcel): Promise<ZeszytSnapshot> {
  return operacjePanelu(fx.host).czytajArkusze(() => true);
}

/** WB-3.1: the owned sheets recorded in `_cyfrowa_szkola`, and that sheet itself */
export function wlasne(z: ZeszytSnapshot): string[] {
  return [...(czytajStan(z)?.arkusze ?? []), ARKUSZ_STANU];
}

export function arkusz(z: ZeszytSnapshot, nazwa: string): ArkuszSnapshot {
  const a = z.arkusze.find((x) => x.nazwa === nazwa);
  if (!a) throw new Error(`no sheet ${nazwa}: ${z.arkusze.map((x) => x.nazwa).join(', ')}`);
  return a;
}

/**
 * Non-empty cells as 'A1' → the core's cell, for exact comparison. An empty text is no value: the CLI
 * stores a planned `''` (a filled bar of `Harmonogram`, an empty list cell) as an empty string, while
 * Office.js clears a cell written with `''` — both show nothing and `Range.values` reports `''` for both.
 */
export function komorki(a: ArkuszSnapshot): Record<string, Komorka> {
  const out: Record<string, Komorka> = {};
  a.wiersze.forEach((w, r) =>
    w?.forEach((k, c) => (k && !(k.t === 's' && k.v === '') ? (out[adres(r, c)] = k) : undefined)),
  );
  return out;
}

const tekst = (k: Komorka): string => (!k ? '' : k.t === 'd' ? `${k.y}-${k.m}-${k.d}` : String(k.v));

/** the rows of a WB-3.2 list below its header row (the row holding `klucz`), by header; rows without `klucz` are skipped */
export function tabela(a: ArkuszSnapshot, klucz = 'REGON szkoły'): Array<Record<string, Komorka>> {
  const r0 = a.wiersze.findIndex((w) => w?.some((k) => k?.t === 's' && k.v === klucz));
  if (r0 < 0) throw new Error(`no header ${klucz} in ${a.nazwa}`);
  const naglowki = a.wiersze[r0].map(tekst);
  const kol = naglowki.indexOf(klucz);
  return a.wiersze
    .slice(r0 + 1)
    .filter((w) => w && w[kol])
    .map((w) => Object.fromEntries(naglowki.map((h, c) => [h, w[c] ?? null])));
}

/** a record's cell as plain text / number (for readable expectations) */
export const wartosc = (k: Komorka): string | number | boolean | null =>
  !k ? null : k.t === 'd' ? `${k.y}-${k.m}-${k.d}` : k.v;

/** every cell of the given sheets of an ExcelJS workbook: value, number format and fill (input cells before/after) */
export function zrzutKomorek(wb: ExcelJS.Workbook, nazwy: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of nazwy) {
    const ws = wb.getWorksheet(n);
    if (!ws) throw new Error(`no sheet ${n}`);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        out[`${n}!${c.address}`] =
          `${JSON.stringify(c.value)}|${c.numFmt ?? ''}|${JSON.stringify(c.fill ?? null)}|${JSON.stringify(c.font ?? null)}`;
      }),
    );
  }
  return out;
}

export interface Budzet {
  /** syncs that carried no write (reads) */
  odczyty: number;
  synchronizacje: number;
  /** bytes of every write */
  ladunek: number;
  najwiekszy: number;
  /** issue 3: 4 + ⌈payload / 4 MB⌉ */
  budzet: number;
}

export function budzet(fx: FakeExcel): Budzet {
  const ladunek = fx.ladunki.reduce((s, x) => s + x, 0);
  return {
    odczyty: fx.sklad.filter((s) => s.zapisow === 0).length,
    synchronizacje: fx.synchronizacje,
    ladunek,
    najwiekszy: Math.max(0, ...fx.ladunki),
    budzet: 4 + Math.ceil(ladunek / LIMIT_PORCJI),
  };
}

export const MB = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;
