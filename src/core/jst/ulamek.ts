/**
 * Exact rationals on bigint for the JST indicators (JST-1 … JST-6): ratios of sums are kept exact,
 * compared exactly (JST-2 strict thresholds) and only rounded half up for display.
 */
import { dziesietny, roundHalfUpBig } from '../rational';

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

export { dziesietny };

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

export function procentJson(a: Ulamek): string {
  return liczbaTekst(mnoz(a, ulamek(100n)), 2, '.');
}

/** the number written into a cell: the rounded decimal (division gives the nearest double) */
export function liczbaKomorki(a: Ulamek, miejsca = 2): number {
  return Number(zaokraglij(a, miejsca)) / 10 ** miejsca;
}

/** a fraction for a `0.00%` cell: rounded half up to hundredths of a percent */
export function procentKomorki(a: Ulamek): number {
  return Number(zaokraglij(mnoz(a, ulamek(100n)), 2)) / 10_000;
}

/** a rational in lowest terms shown as `a/b` (for explanations) */
export function ulamekTekst(a: Ulamek): string {
  return a.m === 1n ? a.l.toString() : `${a.l}/${a.m}`;
}
