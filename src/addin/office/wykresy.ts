/**
 * Native charts of a written sheet (`ZapisArkusza.wykresy`; JST-4 `Pulpit monitoringu`), queued with the
 * sheet's layout — no sync of their own. ExcelApi ≤ 1.9 only: `charts.add`, `title.text`, `setPosition`,
 * `series.getItemAt` (1.1), `series.add`, `setValues`, `setXAxisValues` (1.7).
 *
 * `zakresDanych` has a header row; its first area's first column holds the categories (months), every
 * other column of every area is one series named by its header. Charts are built over the series
 * columns only, with the categories set explicitly, so Excel's guess about the first column never decides.
 */
import type { Wykres, ZapisArkusza } from '../../core';

const TYP: Record<Wykres['typ'], Excel.ChartType> = {
  kolumnowySkumulowany: 'ColumnStacked' as Excel.ChartType,
  liniowy: 'Line' as Excel.ChartType,
};

/** One rectangle, 0-based, from `A3:D15` (or a single cell). */
export interface Obszar {
  wiersz0: number;
  kolumna0: number;
  wierszy: number;
  kolumn: number;
}

function kolumna(litery: string): number {
  return [...litery].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

export function obszar(a1: string): Obszar {
  const [p, q = p] = a1.trim().replace(/\$/g, '').toUpperCase().split(':');
  const m = /^([A-Z]+)(\d+)$/.exec(p);
  const n = /^([A-Z]+)(\d+)$/.exec(q);
  if (!m || !n) throw new Error(`Zakres wykresu „${a1}” nie jest adresem A1.`);
  const [r0, r1, c0, c1] = [Number(m[2]) - 1, Number(n[2]) - 1, kolumna(m[1]), kolumna(n[1])];
  return {
    wiersz0: Math.min(r0, r1),
    kolumna0: Math.min(c0, c1),
    wierszy: Math.abs(r1 - r0) + 1,
    kolumn: Math.abs(c1 - c0) + 1,
  };
}

/** Series blocks: contiguous column runs of the areas, without the first area's category column. */
export interface UkladWykresu {
  /** categories without the header row */
  kategorie: Obszar;
  /** each block: header row + values, ≥ 1 column */
  bloki: Obszar[];
}

export function ukladWykresu(w: Wykres): UkladWykresu {
  const obszary = w.zakresDanych.split(',').map(obszar);
  const [pierwszy, ...reszta] = obszary;
  if (pierwszy.wierszy < 2)
    throw new Error(`Zakres wykresu „${w.zakresDanych}” musi mieć wiersz nagłówka i co najmniej jeden wiersz danych.`);
  if (reszta.some((o) => o.wiersz0 !== pierwszy.wiersz0 || o.wierszy !== pierwszy.wierszy))
    throw new Error(`Obszary zakresu wykresu „${w.zakresDanych}” muszą obejmować te same wiersze.`);
  const kategorie = { ...pierwszy, wiersz0: pierwszy.wiersz0 + 1, wierszy: pierwszy.wierszy - 1, kolumn: 1 };
  const bloki = [
    ...(pierwszy.kolumn > 1 ? [{ ...pierwszy, kolumna0: pierwszy.kolumna0 + 1, kolumn: pierwszy.kolumn - 1 }] : []),
    ...reszta,
  ];
  if (bloki.length === 0) throw new Error(`Zakres wykresu „${w.zakresDanych}” nie ma kolumn z danymi serii.`);
  return { kategorie, bloki };
}

const zakres = (s: Excel.Worksheet, o: Obszar) => s.getRangeByIndexes(o.wiersz0, o.kolumna0, o.wierszy, o.kolumn);

/** Header text of a column in the plan (the series name for `series.add`). */
function naglowek(a: ZapisArkusza, wiersz: number, kol: number): string | undefined {
  const k = a.wiersze[wiersz]?.[kol];
  return k ? String(k.v) : undefined;
}

/** Queues every chart of `a` on `s` (the sheet being built; its cells are written in earlier syncs). */
export function narysujWykresy(s: Excel.Worksheet, a: ZapisArkusza): void {
  for (const w of a.wykresy ?? []) {
    const { kategorie, bloki } = ukladWykresu(w);
    const [pierwszy, ...dalsze] = bloki;
    const wykres = s.charts.add(TYP[w.typ], zakres(s, pierwszy), 'Columns' as Excel.ChartSeriesBy);
    wykres.title.text = w.tytul;
    wykres.setPosition(w.polozenie);
    const x = zakres(s, kategorie);
    for (let i = 0; i < pierwszy.kolumn; i++) wykres.series.getItemAt(i).setXAxisValues(x);
    // blocks after the first (e.g. 'A3:B15,G3:H15' → G:H): one added series per column
    for (const b of dalsze)
      for (let c = b.kolumna0; c < b.kolumna0 + b.kolumn; c++) {
        const seria = wykres.series.add(naglowek(a, b.wiersz0, c));
        seria.setValues(zakres(s, { wiersz0: b.wiersz0 + 1, kolumna0: c, wierszy: b.wierszy - 1, kolumn: 1 }));
        seria.setXAxisValues(x);
      }
  }
}
