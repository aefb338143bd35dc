/**
 * The native chart of `Pulpit monitoringu` (JST-4), described for the add-in (the write plan has no
 * chart field). The data table always starts at A3 (header row 3, one row per month from row 4):
 * A `Miesiąc`, B `Zielone`, C `Bursztynowe`, D `Czerwone`, E `Brak danych`, F `Wydatki w miesiącu (zł)`,
 * G `Wydatki narastająco (zł)`, H `Plan wydatków narastająco (zł)`, I `Budżet planu (zł)`.
 */
export const ARKUSZ_PULPITU = 'Pulpit monitoringu';
/** 1-based Excel row of the chart table's header */
export const WIERSZ_NAGLOWKA_WYKRESU = 3;

export interface OpisWykresu {
  arkusz: string;
  /** A1 range(s) on `arkusz`, header row included; several areas are separated by a comma */
  zakresDanych: string;
  /** `kolumnowySkumulowany` = stacked columns (Excel `ColumnStacked`); `liniowy` = lines (`Line`) */
  typ: 'kolumnowySkumulowany' | 'liniowy';
  tytul: string;
}

/** the status chart: months × green / amber / red counts (stacked columns) */
export function opisWykresu(liczbaMiesiecy: number): OpisWykresu {
  const ostatni = WIERSZ_NAGLOWKA_WYKRESU + Math.max(liczbaMiesiecy, 1);
  return { arkusz: ARKUSZ_PULPITU, zakresDanych: `A${WIERSZ_NAGLOWKA_WYKRESU}:D${ostatni}`, typ: 'kolumnowySkumulowany', tytul: 'Status działań w miesiącach (JST-4)' };
}

/** the spending chart: cumulative spending vs planned cumulative spending (lines) */
export function opisWykresuWydatkow(liczbaMiesiecy: number): OpisWykresu {
  const ostatni = WIERSZ_NAGLOWKA_WYKRESU + Math.max(liczbaMiesiecy, 1);
  return { arkusz: ARKUSZ_PULPITU, zakresDanych: `A${WIERSZ_NAGLOWKA_WYKRESU}:A${ostatni},G${WIERSZ_NAGLOWKA_WYKRESU}:H${ostatni}`, typ: 'liniowy', tytul: 'Wydatki narastająco: wykonanie i plan (JST-4)' };
}
