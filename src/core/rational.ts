/** Exact integer division helpers on bigint for shares and largest-remainder splits. */

export function floorDivBig(a: bigint, b: bigint): bigint {
  if (b <= 0n) throw new Error('floorDivBig: divisor must be positive');
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

export function ceilDivBig(a: bigint, b: bigint): bigint {
  return -floorDivBig(-a, b);
}

/** round half up of a / b (b > 0). */
export function roundHalfUpBig(a: bigint, b: bigint): bigint {
  return floorDivBig(2n * a + b, 2n * b);
}

/**
 * Largest-remainder split of `total` units in proportion to `weights` (all ≥ 0, Σ > 0):
 * floors first, then one unit each to the largest fractional parts; ties broken by `tieOrder`
 * (a comparator on indices, earlier = first) — rules CS-9.1c and CS-Z3.3 pass their own.
 */
export function largestRemainder(
  total: bigint,
  weights: readonly bigint[],
  tieOrder: (i: number, j: number) => number = (i, j) => i - j,
): bigint[] {
  const sum = weights.reduce((s, w) => s + w, 0n);
  if (sum <= 0n) throw new Error('largestRemainder: weights sum to zero');
  const floors = weights.map((w) => floorDivBig(total * w, sum));
  const rems = weights.map((w, i) => total * w - floors[i] * sum); // fractional part × sum
  let missing = total - floors.reduce((s, f) => s + f, 0n);
  const order = weights
    .map((_, i) => i)
    .sort((i, j) => (rems[j] > rems[i] ? 1 : rems[j] < rems[i] ? -1 : tieOrder(i, j)));
  for (const i of order) {
    if (missing <= 0n) break;
    floors[i] += 1n;
    missing -= 1n;
  }
  return floors;
}

/** `1565n, 2` → `"15.65"`: an integer scaled by 10^miejsca written as a decimal (separator `.` or `,`). */
export function dziesietny(n: bigint, miejsca: number, separator = '.'): string {
  const ujemna = n < 0n;
  const a = (ujemna ? -n : n).toString().padStart(miejsca + 1, '0');
  const calk = miejsca > 0 ? a.slice(0, a.length - miejsca) : a;
  const ul = miejsca > 0 ? `${separator}${a.slice(a.length - miejsca)}` : '';
  return `${ujemna ? '-' : ''}${calk}${ul}`;
}

/** licznik / mianownik rounded half up to `miejsca` decimals, as text (`"0.6908"`). */
export function dziesietnyZaokraglony(licznik: bigint, mianownik: bigint, miejsca: number, separator = '.'): string {
  return dziesietny(roundHalfUpBig(licznik * 10n ** BigInt(miejsca), mianownik), miejsca, separator);
}
