/** Bounded lists in messages and cells (an Excel cell holds at most 32 767 characters, WB-1.9). */
const MAKS_ZNAKOW = 4000;
/** source files named in one finding or cell: thousands of copies of one report are not all named */
export const MAKS_PLIKOW = 10;
/** cells named in one finding: one value typed in 20 000 rows must not give 20 000 findings naming 20 000 cells */
export const MAKS_KOMOREK = 20;

/** A list filling one cell: Excel's 32 767 characters less room for `… (+N)`. */
export const listaWKomorce = (elementy: readonly string[]): string =>
  lista(elementy, Number.POSITIVE_INFINITY, ', ', 32_000);

/** joins at most `max` elements (and about `maksZnakow` characters), then `… (+N)` */
export function lista(elementy: readonly string[], max = 30, separator = ', ', maksZnakow = MAKS_ZNAKOW): string {
  const wynik: string[] = [];
  let dlugosc = 0;
  for (const e of elementy) {
    if (wynik.length >= max || dlugosc + e.length > maksZnakow) break;
    wynik.push(e);
    dlugosc += e.length + separator.length;
  }
  return zReszta(wynik, elementy.length - wynik.length, separator);
}

/** `wynik` joined, then `… (+reszta)` when some were left out */
export function zReszta(wynik: readonly string[], reszta: number, separator = ', '): string {
  return reszta > 0 ? `${wynik.join(separator)}${separator}… (+${reszta})` : wynik.join(separator);
}
