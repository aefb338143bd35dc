/** packed as pierwsze · 2^21 + index: exact below 2^53 for pierwsze < 2^32 and fewer than 2^21 elements */
const DWA_21 = 2097152;

/**
 * Indices 0…n−1 ordered by `pierwsze` (integers < 2^32) ascending, then by `dalej` — fast numeric
 * sort of packed values, comparator only inside runs of equal `pierwsze`.
 */
export function uporzadkuj(pierwsze: Float64Array, dalej: (i: number, j: number) => number): number[] {
  const n = pierwsze.length;
  if (n >= DWA_21) return [...Array(n).keys()].sort((i, j) => pierwsze[i] - pierwsze[j] || dalej(i, j));
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) p[i] = pierwsze[i] * DWA_21 + i;
  p.sort();
  const out: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = p[i] % DWA_21;
  for (let a = 0; a < n;) {
    let b = a + 1;
    while (b < n && pierwsze[out[b]] === pierwsze[out[a]]) b++;
    if (b - a > 1) {
      // copied back one by one: spreading a run into `splice` overflows the stack above ~125 000 elements
      const seria = out.slice(a, b).sort(dalej);
      for (let i = 0; i < seria.length; i++) out[a + i] = seria[i];
    }
    a = b;
  }
  return out;
}
