/**
 * ExcelJS drops the backslash escapes of number-format codes when it reads a file
 * (`#,##0.00\ "zł"` → `#,##0.00 "zł"`, `0\%` → `0%`), which would change what the core sees
 * (WB-1.5 looks for `%`) and what a rewritten copy shows. After loading, the exact codes from
 * styles.xml are put back on the style objects (ExcelJS shares one per style id), so the snapshot
 * and every written copy keep the original codes.
 */
import type * as ExcelJS from 'exceljs';

/** ExcelJS's damaged form → the stored code; ambiguous forms (two stored codes) are left alone. */
export function mapaNaprawyFormatow(kody: readonly string[]): Map<string, string> {
  const mapa = new Map<string, string | null>();
  for (const kod of kody) {
    const uszkodzony = kod.replace(/[\\](.)/g, '$1');
    if (uszkodzony === kod) continue;
    const byl = mapa.get(uszkodzony);
    mapa.set(uszkodzony, byl === undefined || byl === kod ? kod : null);
  }
  const bezKolizji = new Set(kody);
  const wynik = new Map<string, string>();
  for (const [k, v] of mapa) if (v !== null && !bezKolizji.has(k)) wynik.set(k, v);
  return wynik;
}

interface Wewnetrzne {
  _rows?: Array<
    { style?: Partial<ExcelJS.Style>; _cells?: Array<{ style?: Partial<ExcelJS.Style> } | undefined> } | undefined
  >;
  _columns?: Array<{ style?: Partial<ExcelJS.Style> } | undefined>;
}

export function naprawFormaty(wb: ExcelJS.Workbook, mapa: ReadonlyMap<string, string>): void {
  if (mapa.size === 0) return;
  const widziane = new Set<object>();
  const napraw = (s: Partial<ExcelJS.Style> | undefined): void => {
    if (!s || widziane.has(s)) return;
    widziane.add(s);
    const kod = s.numFmt !== undefined ? mapa.get(s.numFmt) : undefined;
    if (kod !== undefined) s.numFmt = kod;
  };
  for (const ws of wb.worksheets) {
    // Internal arrays: the public iterators skip styled empty cells and rows.
    const w = ws as unknown as Wewnetrzne;
    for (const kol of w._columns ?? []) napraw(kol?.style);
    if (Array.isArray(w._rows)) {
      for (const row of w._rows) {
        if (!row) continue;
        napraw(row.style);
        for (const c of row._cells ?? []) napraw(c?.style);
      }
    } else {
      ws.eachRow((row) => row.eachCell((c) => napraw(c.style)));
    }
  }
}
