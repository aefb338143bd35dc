/**
 * The core's one exact-arithmetic module, bigint only (no floats): integer division and rounding,
 * largest-remainder splits (CS-9.1c, CS-Z3.3), exact rationals (JST-1 … JST-6: ratios of sums kept
 * exact, compared exactly, rounded half up only for display) and their decimal renderings.
 */

// ── integer division ────────────────────────────────────────────────────────────────────────────

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

/** Greatest common divisor (for reduced shares), ≥ 0. */
export function nwd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
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

// ── exact rationals ─────────────────────────────────────────────────────────────────────────────

export interface Ulamek {
  readonly l: bigint;
  /** always > 0 */
  readonly m: bigint;
}

export function ulamek(l: bigint | number, m: bigint | number = 1n): Ulamek {
  let lb = BigInt(l);
  let mb = BigInt(m);
  if (mb === 0n) throw new Error('ulamek: zero denominator');
  if (mb < 0n) {
    lb = -lb;
    mb = -mb;
  }
  return { l: lb, m: mb };
}

export const ZERO = ulamek(0n);
export const JEDEN = ulamek(1n);

/** sign of a − b */
export function porownaj(a: Ulamek, b: Ulamek): number {
  const d = a.l * b.m - b.l * a.m;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

export function dodaj(a: Ulamek, b: Ulamek): Ulamek {
  return a.m === b.m ? ulamek(a.l + b.l, a.m) : ulamek(a.l * b.m + b.l * a.m, a.m * b.m);
}

export function odejmij(a: Ulamek, b: Ulamek): Ulamek {
  return dodaj(a, ulamek(-b.l, b.m));
}

export function mnoz(a: Ulamek, b: Ulamek): Ulamek {
  return ulamek(a.l * b.l, a.m * b.m);
}

export function min(a: Ulamek, b: Ulamek): Ulamek {
  return porownaj(a, b) <= 0 ? a : b;
}

export function max(a: Ulamek, b: Ulamek): Ulamek {
  return porownaj(a, b) >= 0 ? a : b;
}

/** a scaled integer (e.g. hundredths) as a fraction: skalowana(1050, 2) = 10,50 */
export function skalowana(n: number | bigint, miejsca: number): Ulamek {
  return ulamek(BigInt(n), 10n ** BigInt(miejsca));
}

/** round half up to `miejsca` decimals, as an integer scaled by 10^miejsca */
export function zaokraglij(a: Ulamek, miejsca: number): bigint {
  return roundHalfUpBig(a.l * 10n ** BigInt(miejsca), a.m);
}

// ── decimal renderings ──────────────────────────────────────────────────────────────────────────

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

/** display of a number rounded half up to 2 decimals: Polish `15,65`, JSON `15.65` */
export function liczbaTekst(a: Ulamek, miejsca = 2, separator = ','): string {
  return dziesietny(zaokraglij(a, miejsca), miejsca, separator);
}

/** a fraction as percent rounded half up to 2 decimals: `0.6522…` → `65,22 %` (JSON: `65.22`) */
export function procentTekst(a: Ulamek, separator = ','): string {
  return `${liczbaTekst(mnoz(a, ulamek(100n)), 2, separator)}${separator === ',' ? ' %' : ''}`;
}

export function liczbaJson(a: Ulamek, miejsca = 2): string {
  return liczbaTekst(a, miejsca, '.');
}

/** a fraction as a JSON percent rounded half up: `procentJson(ulamek(7, 50), 4)` → `"14.0000"` (WB-4.1 `udzial`) */
export function procentJson(a: Ulamek, miejsca = 2): string {
  return liczbaTekst(mnoz(a, ulamek(100n)), miejsca, '.');
}

/** the number written into a cell: the rounded decimal (division gives the nearest double) */
export function liczbaKomorki(a: Ulamek, miejsca = 2): number {
  return Number(zaokraglij(a, miejsca)) / 10 ** miejsca;
}

/**
 * a fraction for a `0.00%` cell: rounded half up to `miejsca` decimals of a percent (= the JSON
 * percent's decimals); the division yields the double nearest to that exact decimal.
 */
export function procentKomorki(a: Ulamek, miejsca = 2): number {
  return Number(zaokraglij(a, miejsca + 2)) / 10 ** (miejsca + 2);
}

/** a rational shown as `a/b` (for explanations) */
export function ulamekTekst(a: Ulamek): string {
  return a.m === 1n ? a.l.toString() : `${a.l}/${a.m}`;
}

/**
 * q_v for display (CS-9.1b): integer part, separator, `cyfry` decimals truncated (never rounded, so
 * the integer part shown is floor(q_v)), and `…` when the expansion goes on.
 */
export function ilorazTekst(a: Ulamek, separator: string, cyfry = 10): string {
  const calk = floorDivBig(a.l, a.m);
  const skala = 10n ** BigInt(cyfry);
  const reszta = (a.l - calk * a.m) * skala;
  const dalej = reszta % a.m !== 0n ? '…' : '';
  return `${calk}${separator}${String(reszta / a.m).padStart(cyfry, '0')}${dalej}`;
}
