/** Exact decimal renderings of Part A values (WB-4.1 strings, display texts) — bigint only, no floats. */
import { dziesietny, dziesietnyZaokraglony, floorDivBig, roundHalfUpBig } from '../rational';

/** `"70200000.00"` — WB-4.1 money string from grosze held in a bigint (W_v may exceed 2^53). */
export function kwotaJsonBig(g: bigint): string {
  return dziesietny(g, 2);
}

/** WB-4.1 `udzial`: licznik/mianownik as percent rounded half up to 4 decimals (`"14.0000"`). */
export function procentJson(licznik: bigint, mianownik: bigint): string {
  return dziesietnyZaokraglony(licznik * 100n, mianownik, 4);
}

/**
 * The share as the number written into a `0.00%` cell: the fraction rounded half up to 6 decimals
 * (= the JSON percent's 4 decimals). The division yields the double nearest to that exact decimal.
 */
export function udzialDoKomorki(licznik: bigint, mianownik: bigint): number {
  return Number(roundHalfUpBig(licznik * 1_000_000n, mianownik)) / 1_000_000;
}

/**
 * q_v for display (CS-9.1b): integer part, separator, `cyfry` decimals truncated (never rounded, so
 * the integer part shown is floor(q_v)), and `…` when the expansion goes on.
 */
export function ilorazTekst(licznik: bigint, mianownik: bigint, separator: string, cyfry = 10): string {
  const calk = floorDivBig(licznik, mianownik);
  const skala = 10n ** BigInt(cyfry);
  const reszta = (licznik - calk * mianownik) * skala;
  const ulamek = reszta / mianownik;
  const dalej = reszta % mianownik !== 0n ? '…' : '';
  return `${calk}${separator}${String(ulamek).padStart(cyfry, '0')}${dalej}`;
}

/** Greatest common divisor (for reduced shares). */
export function nwd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Display money from bigint grosze: `70 200 000,00 zł` (pl, no-break spaces) or `70,200,000.00 PLN` (en). */
export function kwotaTekstBig(g: bigint, jezyk: 'pl' | 'en'): string {
  const [zl, gr] = kwotaJsonBig(g).split('.');
  const grupy = (sep: string) => zl.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return jezyk === 'en' ? `${grupy(',')}.${gr} PLN` : `${grupy('\u00a0')},${gr}\u00a0zł`;
}
