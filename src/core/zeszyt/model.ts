/**
 * Host-neutral workbook snapshot and write plan: the only shapes that cross between the core and a
 * host (ExcelJS in the CLI, Office.js in the add-in, the fake host in tests).
 */

/** One cell as the core sees it; `null`/`undefined` = empty. */
export type Komorka =
  | null
  | undefined
  | { t: 'n'; v: number; fmt?: string } // number; fmt = number-format code (WB-1.5 needs `%`)
  | { t: 's'; v: string } // text (the exact string; never evaluated)
  | { t: 'b'; v: boolean }
  | { t: 'd'; y: number; m: number; d: number } // calendar date of a date cell (WB-1.7), no time zone
  | { t: 'e'; v: string }; // formula error value, e.g. '#N/A' (WB-1.4)

export interface ArkuszSnapshot {
  nazwa: string;
  /** rows[0] is Excel row 1, rows[r][0] is column A; rows and cells may be missing (= empty). */
  wiersze: Komorka[][];
  widocznosc?: 'widoczny' | 'ukryty' | 'bardzoUkryty';
}

export interface ZeszytSnapshot {
  arkusze: ArkuszSnapshot[];
}

/** A cell to write. Text is always written with format `@` (WB-3.3) by the hosts. */
export type ZapisKomorki = null | {
  v: string | number | boolean;
  /** number-format code, e.g. `#,##0.00\ "zł"` (WB-3.3); default: General for numbers, `@` for text */
  fmt?: string;
  pogrubienie?: boolean;
  /** background fill, hex RGB without '#', e.g. 'C6EFCE' */
  tlo?: string;
  kolorTekstu?: string;
  zawijaj?: boolean;
  /**
   * WB-2.0 computed template cell: an A1 formula without the leading `=`, English function names and
   * `,` separators (`IF(OR(C4="",D4=""),"",ROUND(C4*D4,2))`). `v` is its cached value, written with it so
   * a reader sees the right value before Excel recalculates (WB-1 reads cached values; the core still
   * re-checks every computed cell). A formula cell never gets the text format `@`.
   */
  formula?: string;
};

/** WB-2.0: the Polish texts of a data validation (Excel: prompt title ≤ 32, message ≤ 255 characters). */
export interface KomunikatyWalidacji {
  /** input prompt shown when the cell is selected */
  podpowiedz?: { tytul: string; tresc: string };
  /** error message shown when a value breaks the rule (the entry is refused) */
  blad?: { tytul: string; tresc: string };
}

export interface WalidacjaListy extends KomunikatyWalidacji {
  /** A1 range on the same sheet, e.g. 'B2:B1000' */
  zakres: string;
  lista: string[];
}

/**
 * WB-2.0: a number, date or text-length rule (`min`/`max` inclusive; either may be absent). Dates are
 * `RRRR-MM-DD`. `calkowita` = whole number, `dziesietna` = decimal, `dlugoscTekstu` = number of characters.
 */
export interface WalidacjaZakresu extends KomunikatyWalidacji {
  zakres: string;
  rodzaj: 'calkowita' | 'dziesietna' | 'data' | 'dlugoscTekstu';
  min?: number | string;
  max?: number | string;
}

export type Walidacja = WalidacjaListy | WalidacjaZakresu;

export function jestLista(w: Walidacja): w is WalidacjaListy {
  return 'lista' in w;
}

/** WB-2.0: the one look of every cell a user fills in a template (hosts paint `polaWejsciowe` with it). */
export const STYL_POLA_WEJSCIOWEGO = { tlo: 'FFF9E5' } as const;

/** A native chart over a range of the same sheet (the add-in draws it; the CLI writes its data table only). */
export interface Wykres {
  /** A1 range(s) with the header row; several areas separated by a comma */
  zakresDanych: string;
  typ: 'kolumnowySkumulowany' | 'liniowy';
  tytul: string;
  /** A1 cell of the chart's top-left corner */
  polozenie: string;
}

/**
 * Print setup of a written sheet (WB-3.4). Every applier (ExcelJS in the CLI, Office.js in the add-in, any
 * streaming writer) must apply every field:
 * - paper is always A4 (paper size 9);
 * - `dopasujDoSzerokosci` = fit to `stronWszerz` pages wide (default 1) and any number of pages tall;
 *   otherwise `skala` (percent, 10–400, default 100) is a fixed scale with no fit-to-page;
 * - `powtarzaneKolumny` are printed at the left of every page (a sheet too wide for one page);
 * - `naglowek` / `stopka` sections use Excel's header/footer codes (`&A` sheet name, `&P` page, `&N` pages;
 *   a literal `&` is `&&`) — the same strings in the xlsx `headerFooter` and Office.js `headersFooters`;
 * - `marginesy` in inches (left, right, top, bottom; header and footer sit at half the top/bottom margin).
 */
export interface UkladWydruku {
  orientacja: 'pionowa' | 'pozioma';
  /** 1-based inclusive Excel rows repeated on every printed page */
  powtarzaneWiersze?: [number, number];
  dopasujDoSzerokosci?: boolean;
  /** with `dopasujDoSzerokosci`: pages wide (default 1) */
  stronWszerz?: number;
  /** 1-based inclusive Excel columns repeated at the left of every printed page */
  powtarzaneKolumny?: [number, number];
  skala?: number;
  naglowek?: SekcjeStrony;
  stopka?: SekcjeStrony;
  marginesy?: { lewy: number; prawy: number; gorny: number; dolny: number };
}

/** Left, centre and right section of a page header or footer (Excel header/footer codes). */
export interface SekcjeStrony {
  lewa?: string;
  srodek?: string;
  prawa?: string;
}

/**
 * Rows of one height: `wysokosc` in points, `wiersze` the 1-based Excel rows — one number per row, not one
 * object (a 100 000-application protocol sets 420 000 heights).
 */
export interface WysokoscWierszy {
  wysokosc: number;
  wiersze: number[];
}

/** Each row's height in points by 1-based row (a row in two groups: the later one). */
export function wysokosciWgWiersza(a: Pick<ZapisArkusza, 'wysokosciWierszy'>): Map<number, number> {
  const m = new Map<number, number>();
  for (const g of a.wysokosciWierszy ?? []) for (const w of g.wiersze) m.set(w, g.wysokosc);
  return m;
}

export interface ZapisArkusza {
  nazwa: string;
  /** rows from A1; a missing cell is left empty */
  wiersze: ZapisKomorki[][];
  szerokosciKolumn?: number[]; // in Excel character units
  zamrozenie?: { wiersze: number; kolumny: number };
  /** print setup (WB-3.4); see `UkladWydruku` */
  wydruk?: UkladWydruku;
  /** explicit heights of rows with wrapped text (WB-3.4), so Calc and Excel show the same rows */
  wysokosciWierszy?: WysokoscWierszy[];
  /** AutoFilter over this A1 range (header row + data), e.g. 'A5:J120' (WB-3.4) */
  autofiltr?: string;
  walidacje?: Walidacja[];
  /** WB-2.0: A1 ranges of the cells a user fills (painted with STYL_POLA_WEJSCIOWEGO, over any cell style) */
  polaWejsciowe?: string[];
  /** number format for a whole column's template rows (index = column), e.g. zł on money columns (WB-2) */
  formatyKolumn?: Array<string | null>;
  scalenia?: string[]; // A1 ranges to merge, e.g. 'A1:F1'
  wykresy?: Wykres[];
  /** 'ukryty' = hidden, revealable from the sheet tabs (the trainer's answers); 'bardzoUkryty' = the state sheet (WB-3.1) */
  widocznosc?: 'ukryty' | 'bardzoUkryty';
}

/**
 * What an operation asks a host to write: each sheet is replaced completely (created when absent).
 * `wlasne` sheets are owned (WB-3.1) and recorded in `_cyfrowa_szkola`; template sheets are user-owned.
 */
export interface PlanZapisu {
  arkusze: ZapisArkusza[];
}
