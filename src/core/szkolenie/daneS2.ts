/**
 * The S2 voivodeship of scenarios.md (CS-Z3) — one copy, used by the trainer's workbook and re-exported
 * for the example generator and the tests.
 */

/** [REGON, pupils, variant, fallback, requested zł, manual draw position] — S2 */
export const S2: ReadonlyArray<readonly [string, number, string, string, number, number]> = [
  ['140000017', 80, 'I', 'II', 90000, 3],
  ['140000023', 250, 'I', 'odstąpienie', 140000, 1],
  ['140000030', 420, 'I', 'II', 200000, 5],
  ['140000046', 95, 'II', 'I', 60000, 2],
  ['140000052', 180, 'II', 'odstąpienie', 140000, 7],
  ['140000069', 60, 'I', 'II', 85000, 4],
  ['140000075', 310, 'I', 'odstąpienie', 215000, 6],
  ['140000081', 150, 'II', 'I', 120000, 8],
];

export const ZIARNO_S2 = '2012-05-10 losowanie 7-13-22';
export const SKLAD_S2 = ['Anna Nowak', 'Jan Kowalski', 'Maria Wiśniewska', 'Piotr Zieliński'];
