/**
 * Positions 0…n−1 ordered by `indeksy` (row indices: whole numbers, distinct). Each position is put at its
 * row index in one pass instead of sorting (100 000 decisions back to row order after the draw); repeated,
 * negative or very large indices fall back to the sort.
 */
export function wgIndeksow(indeksy: readonly number[]): number[] {
  const n = indeksy.length;
  let maks = -1;
  for (let i = 0; i < n; i++) {
    const x = indeksy[i];
    if (!(Number.isInteger(x) && x >= 0 && x < 4 * n + 1024)) return posortowane(indeksy);
    if (x > maks) maks = x;
  }
  const miejsca = new Int32Array(maks + 1).fill(-1);
  for (let i = 0; i < n; i++) {
    if (miejsca[indeksy[i]] >= 0) return posortowane(indeksy);
    miejsca[indeksy[i]] = i;
  }
  const wynik: number[] = [];
  for (let x = 0; x <= maks; x++) if (miejsca[x] >= 0) wynik.push(miejsca[x]);
  return wynik;
}

/** by index, then by position (any numbers) */
const posortowane = (indeksy: readonly number[]): number[] =>
  [...indeksy.keys()].sort((i, j) => indeksy[i] - indeksy[j] || i - j);
