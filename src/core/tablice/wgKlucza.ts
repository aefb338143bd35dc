import { ustawBezLuk } from './bezLuk';

/**
 * `elementy` by a whole-number `klucz` (0 ≤ klucz < 9·10^9), equal keys by their distinct `indeks`
 * (0 ≤ indeks < 10^6, WB-1.9). When the elements come by `indeks` and the keys are small (draw positions, at
 * most a few times the elements), one counting pass places them; otherwise one number per element,
 * klucz · 10^6 + indeks, is sorted natively instead of a comparison call per pair (100 000 rows: the draw
 * order of the lists, the agreements and the frozen state; the decisions back in row order).
 */
export function wgKlucza<T>(elementy: readonly T[], klucz: (t: T) => number, indeks: (t: T) => number): T[] {
  const n = elementy.length;
  const klucze = new Float64Array(n);
  const indeksy = new Float64Array(n);
  let maks = 0;
  let zliczanie = true;
  for (let i = 0; i < n; i++) {
    const t = elementy[i];
    const k = klucz(t);
    const x = indeks(t);
    klucze[i] = k;
    indeksy[i] = x;
    if (k > maks) maks = k;
    if (!(Number.isInteger(k) && k >= 0 && (i === 0 || x > indeksy[i - 1]))) zliczanie = false;
  }
  return zliczanie && maks < 4 * n + 1024 ? zliczajac(elementy, klucze, maks) : sortujac(elementy, klucze, indeksy);
}

/** Stable counting by key (the elements already by index). */
function zliczajac<T>(elementy: readonly T[], klucze: Float64Array, maks: number): T[] {
  const poczatki = new Int32Array(maks + 2);
  for (let i = 0; i < klucze.length; i++) poczatki[klucze[i] + 1]++;
  for (let k = 1; k < poczatki.length; k++) poczatki[k] += poczatki[k - 1];
  const kolejnosc = new Int32Array(klucze.length);
  for (let i = 0; i < klucze.length; i++) kolejnosc[poczatki[klucze[i]]++] = i;
  const wynik: T[] = [];
  for (let j = 0; j < kolejnosc.length; j++) wynik.push(elementy[kolejnosc[j]]);
  return wynik;
}

/** Packed numbers klucz · 10^6 + indeks, sorted natively. */
function sortujac<T>(elementy: readonly T[], klucze: Float64Array, indeksy: Float64Array): T[] {
  const poIndeksie: Array<T | undefined> = [];
  const liczby = new Float64Array(elementy.length);
  for (let i = 0; i < elementy.length; i++) {
    ustawBezLuk(poIndeksie, indeksy[i], elementy[i]);
    liczby[i] = klucze[i] * 1e6 + indeksy[i];
  }
  liczby.sort();
  // a counted loop: `Array.from` over a typed array walks an iterator (a result object and a boxed number per element)
  const wynik: T[] = [];
  for (let i = 0; i < liczby.length; i++) wynik.push(poIndeksie[liczby[i] % 1e6]!);
  return wynik;
}
