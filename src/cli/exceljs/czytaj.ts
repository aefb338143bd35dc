/**
 * ExcelJS workbook → host-neutral ZeszytSnapshot (WB-1). One small object per non-empty cell, no
 * per-cell copies of styles or strings. Cell mapping:
 *  - number → {t:'n', v, fmt} (fmt = the cell's number-format code, built-in ids included; WB-1.5)
 *  - text, rich text (runs concatenated), hyperlink (its text) → {t:'s'}
 *  - Date (ExcelJS turns date-formatted serials into UTC Dates) → {t:'d'}: the serial is recovered
 *    and converted by the core in the workbook's date system (1900/1904), time part ignored (WB-1.7)
 *  - error value {error:'#N/A'} → {t:'e'} (WB-1.4); boolean → {t:'b'}
 *  - formula (plain, shared, array) → its cached result mapped as above; a formula WITHOUT a cached
 *    result (file saved by a program that does not calculate) is read as EMPTY and reported in
 *    `formulyBezWyniku` so the host can warn (an empty required cell is then an error, never a zero)
 *  - merged cells as stored: the value in the top-left cell, the other cells empty.
 */
import * as ExcelJS from 'exceljs';
import { type ArkuszSnapshot, type Komorka, type ZeszytSnapshot, adres, normalizuj, ARKUSZ_STANU } from '../../core';
import { komorkaDaty } from '../strumien/daty';

export interface FormulyBezWyniku {
  arkusz: string;
  /** A1 address of the first such cell */
  pierwsza: string;
  liczba: number;
}

export interface OdczytZeszytu {
  zeszyt: ZeszytSnapshot;
  formulyBezWyniku: FormulyBezWyniku[];
}

export interface OpcjeOdczytu {
  /** sheets whose cells are read (matched by WB-1.3, `Nazwa (2)` variants and `_cyfrowa_szkola` included); others come with no rows */
  arkusze?: readonly string[] | 'wszystkie';
}

const TYP_SCALENIA = 1; // ExcelJS ValueType.Merge
const WIDOCZNOSC = { visible: 'widoczny', hidden: 'ukryty', veryHidden: 'bardzoUkryty' } as const;

function tekstZ(x: unknown): string | null {
  if (typeof x === 'string') return x;
  if (x && typeof x === 'object' && Array.isArray((x as { richText?: unknown }).richText)) {
    let s = '';
    for (const r of (x as { richText: Array<{ text?: unknown }> }).richText)
      s += typeof r.text === 'string' ? r.text : '';
    return s;
  }
  return null;
}

type Wynik = Komorka | 'brakWyniku';

function komorkaZWartosci(v: unknown, fmt: string | undefined, date1904: boolean): Wynik {
  switch (typeof v) {
    case 'number':
      return fmt === undefined || fmt === 'General' ? { t: 'n', v } : { t: 'n', v, fmt };
    case 'string':
      return { t: 's', v };
    case 'boolean':
      return { t: 'b', v };
    case 'undefined':
      return null;
    case 'object': {
      if (v === null) return null;
      if (v instanceof Date) return komorkaDaty(v, date1904);
      const o = v as Record<string, unknown>;
      if ('formula' in o || 'sharedFormula' in o) {
        const r = o.result;
        if (r === undefined || r === null) return 'brakWyniku';
        const k = komorkaZWartosci(r, fmt, date1904);
        return k === 'brakWyniku' ? null : k;
      }
      if (typeof o.error === 'string') return { t: 'e', v: o.error };
      if ('hyperlink' in o) {
        const t = tekstZ(o.text);
        return t === null ? null : { t: 's', v: t };
      }
      const t = tekstZ(o);
      return t === null ? null : { t: 's', v: t };
    }
    default:
      return null;
  }
}

function ktoreArkusze(nazwy: readonly string[] | 'wszystkie' | undefined): (nazwa: string) => boolean {
  if (!nazwy || nazwy === 'wszystkie') return () => true;
  const zbior = new Set(nazwy.map(normalizuj));
  return (nazwa) => {
    if (nazwa === ARKUSZ_STANU) return true;
    const n = normalizuj(nazwa);
    return zbior.has(n) || zbior.has(n.replace(/ \(\d+\)$/, ''));
  };
}

export function czytajArkusz(
  ws: ExcelJS.Worksheet,
  date1904: boolean,
  bezWyniku?: (adres: string) => void,
): Komorka[][] {
  const wiersze: Komorka[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, nr) => {
    const w: Komorka[] = [];
    row.eachCell({ includeEmpty: false }, (cell, kol) => {
      if ((cell.type as number) === TYP_SCALENIA) return; // merged, not the top-left cell: empty as stored
      const k = komorkaZWartosci(cell.value, cell.numFmt, date1904);
      if (k === 'brakWyniku') bezWyniku?.(adres(nr - 1, kol - 1));
      else if (k) w[kol - 1] = k;
    });
    if (w.length) wiersze[nr - 1] = w;
  });
  return wiersze;
}

export function czytajZeszyt(wb: ExcelJS.Workbook, opcje: OpcjeOdczytu = {}): OdczytZeszytu {
  const date1904 = !!wb.properties?.date1904;
  const czytac = ktoreArkusze(opcje.arkusze);
  const formulyBezWyniku: FormulyBezWyniku[] = [];
  const arkusze: ArkuszSnapshot[] = [];
  for (const ws of wb.worksheets) {
    let brak: FormulyBezWyniku | null = null;
    const wiersze = czytac(ws.name)
      ? czytajArkusz(ws, date1904, (a) => {
          if (brak) brak.liczba++;
          else brak = { arkusz: ws.name, pierwsza: a, liczba: 1 };
        })
      : [];
    if (brak) formulyBezWyniku.push(brak);
    arkusze.push({ nazwa: ws.name, wiersze, widocznosc: WIDOCZNOSC[ws.state] ?? 'widoczny' });
  }
  return { zeszyt: { arkusze }, formulyBezWyniku };
}
