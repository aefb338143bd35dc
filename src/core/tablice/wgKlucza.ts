import { ustawBezLuk } from './bezLuk';

/**
 * `elementy` by a whole-number `klucz` (0 ≤ klucz < 9·10^9), equal keys by their distinct `indeks`
 * (0 ≤ indeks < 10^6, WB-1.9): one number per element, klucz · 10^6 + indeks, sorted natively instead of a
 * comparison call per pair (100 000 rows: the draw order of the lists and of the frozen state).
 */
export function wgKlucza<T>(elementy: readonly T[], klucz: (t: T) => number, indeks: (t: T) => number): T[] {
  const liczby = new Float64Array(elementy.length);
  const poIndeksie: Array<T | undefined> = [];
  for (let i = 0; i < elementy.length; i++) {
    const t = elementy[i];
    const x = indeks(t);
    ustawBezLuk(poIndeksie, x, t);
    liczby[i] = klucz(t) * 1e6 + x;
  }
  liczby.sort();
  // a counted loop: `Array.from` over a typed array walks an iterator (a result object and a boxed number per element)
  const wynik: T[] = [];
  for (let i = 0; i < liczby.length; i++) wynik.push(poIndeksie[liczby[i] % 1e6]!);
  return wynik;
}
