/**
 * The native charts of `Pulpit monitoringu` (JST-4), carried by the write plan (`ZapisArkusza.wykresy`). The data table always starts at A3 (header row 3, one row per month from row 4):
 * A `Miesiąc`, B `Zielone`, C `Bursztynowe`, D `Czerwone`, E `Brak danych`, F `Wydatki w miesiącu (zł)`,
 * G `Wydatki narastająco (zł)`, H `Plan wydatków narastająco (zł)`, I `Budżet planu (zł)`.
 */
import type { Wykres } from '../../zeszyt/model';

export const ARKUSZ_PULPITU = 'Pulpit monitoringu';
/** 1-based Excel row of the chart table's header */
export const WIERSZ_NAGLOWKA_WYKRESU = 3;

/** `typ`: `kolumnowySkumulowany` = stacked columns (Excel `ColumnStacked`); `liniowy` = lines (`Line`) */
export interface OpisWykresu extends Wykres {
  arkusz: string;
}

/** the status chart: months × green / amber / red counts (stacked columns) */
export function opisWykresu(liczbaMiesiecy: number, kolumna = 'K'): OpisWykresu {
  const ostatni = WIERSZ_NAGLOWKA_WYKRESU + Math.max(liczbaMiesiecy, 1);
  return {
    arkusz: ARKUSZ_PULPITU,
    zakresDanych: `A${WIERSZ_NAGLOWKA_WYKRESU}:D${ostatni}`,
    typ: 'kolumnowySkumulowany',
    tytul: 'Status działań w miesiącach (JST-4)',
    polozenie: `${kolumna}3`,
  };
}

/** the spending chart: cumulative spending vs planned cumulative spending (lines) */
export function opisWykresuWydatkow(liczbaMiesiecy: number, kolumna = 'K'): OpisWykresu {
  const ostatni = WIERSZ_NAGLOWKA_WYKRESU + Math.max(liczbaMiesiecy, 1);
  return {
    arkusz: ARKUSZ_PULPITU,
    zakresDanych: `A${WIERSZ_NAGLOWKA_WYKRESU}:A${ostatni},G${WIERSZ_NAGLOWKA_WYKRESU}:H${ostatni}`,
    typ: 'liniowy',
    tytul: 'Wydatki narastająco: wykonanie i plan (JST-4)',
    polozenie: `${kolumna}22`,
  };
}
