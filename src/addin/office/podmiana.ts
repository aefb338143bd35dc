/**
 * WB-3.1: the final sync of a write — owned sheets keep their identity. A planned sheet that exists (owned)
 * is cleared and receives its temporary sheet's cells (`copyFrom … All`: values, formulas, number formats,
 * fonts, fills), then its layout from the plan (widths, heights, panes, print setup, filter, validations,
 * merges, charts — what a cell copy does not carry); user formulas, names and charts pointing at it keep
 * working. A planned sheet that does not exist is its temporary sheet, renamed into place.
 *
 * Order inside the one request, so that an operation that fails leaves no owned sheet half-replaced:
 * renames first (a name a co-author just took fails here, before any owned sheet is touched), then the new
 * sheets' layout, then the copies, then the temporary sheets of the copies are deleted (last: when any of
 * them is gone, every copy before it ran — `stanPodmiany`).
 */
import type { ZapisArkusza } from '../../core';
import { sformatujKolumny, ustawWysokosci, wykonczArkusz } from './wykonczenie';
import { wierszeWPorcjach } from './porcje';

export interface Cel {
  a: ZapisArkusza;
  /** the temporary sheet with the new cells */
  nowy: Excel.Worksheet;
  nowyId: string;
  /** the existing owned sheet (current name and id), or null */
  stary: { nazwa: string; id: string; wykresy: readonly Excel.Chart[] } | null;
}

const WIDOCZNOSC = { widoczny: 'Visible', ukryty: 'Hidden', bardzoUkryty: 'VeryHidden' } as const;

function szerokosc(a: ZapisArkusza): number {
  let n = 0;
  for (const w of a.wiersze) if (w && w.length > n) n = w.length;
  return n;
}

/**
 * Clears an owned sheet down to what a fresh sheet has (cells, formats, merges, validations, sizes, panes,
 * filter, charts). ExcelApi 1.8/1.9 calls: within the manifest's minimum requirement (ExcelApi 1.9).
 */
function wyczysc(s: Excel.Worksheet, c: Cel): void {
  const calosc = s.getRange();
  calosc.clear('All');
  calosc.dataValidation.clear();
  calosc.format.useStandardWidth = true;
  calosc.format.useStandardHeight = true;
  s.freezePanes.unfreeze();
  s.autoFilter.remove();
  for (const w of c.stary?.wykresy ?? []) w.delete();
}

/** Queues the whole final step (the caller adds the settings and syncs once). */
export function kolejkujPodmiane(arkusze: Excel.WorksheetCollection, cele: readonly Cel[]): void {
  const nowe = cele.filter((c) => !c.stary);
  const kopie = cele.filter((c) => c.stary);
  for (const c of nowe) c.nowy.name = c.a.nazwa;
  for (const c of nowe) {
    // WB-3.4: panes are frozen once the sheet is shown (a hidden sheet has no window to freeze)
    c.nowy.visibility = WIDOCZNOSC[c.a.widocznosc ?? 'widoczny'];
    wykonczArkusz(c.nowy, c.a);
  }
  for (const c of kopie) {
    const s = arkusze.getItem(c.stary!.id);
    if (c.stary!.nazwa !== c.a.nazwa) s.name = c.a.nazwa; // letter case only: the same sheet for Excel
    s.visibility = WIDOCZNOSC[c.a.widocznosc ?? 'widoczny'];
    wyczysc(s, c);
    sformatujKolumny(s, c.a);
    const [wierszy, kolumn] = [c.a.wiersze.length, szerokosc(c.a)];
    if (wierszy > 0 && kolumn > 0)
      s.getRangeByIndexes(0, 0, wierszy, kolumn).copyFrom(c.nowy.getRangeByIndexes(0, 0, wierszy, kolumn), 'All');
    // a cell copy carries no row heights: the rows written in portions get theirs here (wykonczArkusz: the rest)
    ustawWysokosci(s, c.a, 0, wierszeWPorcjach(c.a));
    wykonczArkusz(s, c.a);
  }
  for (const c of kopie) c.nowy.delete();
}

/**
 * After a failed final sync, from the sheet ids now in the workbook: 'nowy' when a copied sheet's temporary
 * sheet is gone (every copy ran), 'przerwany' when every temporary sheet is still there.
 */
export function stanPodmiany(cele: readonly Cel[], idyTeraz: ReadonlySet<string>): 'nowy' | 'przerwany' {
  return cele.some((c) => c.stary && !idyTeraz.has(c.nowyId)) ? 'nowy' : 'przerwany';
}
