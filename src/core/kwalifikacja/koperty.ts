/**
 * CS-Z3.2 variant envelopes and CS-Z3.3 size envelopes — exact, in whole grosze, bigint products.
 */
import type { Grosze } from '../kwota';
import { ceilDivBig, floorDivBig, largestRemainder, roundHalfUpBig } from '../rational';
import { CYFROWA_SZKOLA_2012, WIELKOSCI, type Program } from '../program/definicja';
import { limitWsparcia } from '../program/reguly';
import type { Grupa, ParametryKwalifikacji, PodzialWielkosci, Udzial, Wariant, Wielkosc } from './typy';

function nwd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

function skroc(licznik: bigint, mianownik: bigint, domyslny: boolean): Udzial {
  const g = nwd(licznik, mianownik) || 1n;
  return { licznik: licznik / g, mianownik: mianownik / g, domyslny };
}

/** CS-Z3.2 / CS-9.2: the band [ceil(A·min%), floor(A·max%)] of a designated amount D_k. */
export function pasmo(A: Grosze, program: Program = CYFROWA_SZKOLA_2012): { min: Grosze; max: Grosze } {
  const a = BigInt(A);
  const { min, max } = program.udzialWariantu;
  return { min: Number(ceilDivBig(a * BigInt(min), 100n)), max: Number(floorDivBig(a * BigInt(max), 100n)) };
}

/** CS-Z3.2 given P1 (hundredths of a percent): sI = P1/100 exactly. */
export function udzialPodany(setne: number): Udzial {
  return skroc(BigInt(setne), 10000n, false);
}

/** CS-Z3.2 default: sI = R_I / (R_I + R_II), clamped to the band (R_I + R_II > 0). */
export function udzialDomyslny(RI: Grosze, RII: Grosze, program: Program = CYFROWA_SZKOLA_2012): Udzial {
  const l = BigInt(RI);
  const m = BigInt(RI) + BigInt(RII);
  const { min, max } = program.udzialWariantu;
  if (l * 100n < m * BigInt(min)) return skroc(BigInt(min), 100n, true);
  if (l * 100n > m * BigInt(max)) return skroc(BigInt(max), 100n, true);
  return skroc(l, m, true);
}

/** CS-Z3.2: sI from P1 or the default rule. */
export function udzialWariantuI(
  RI: Grosze,
  RII: Grosze,
  parametry: Pick<ParametryKwalifikacji, 'udzialWariantuISetne'>,
  program: Program = CYFROWA_SZKOLA_2012,
): Udzial {
  return parametry.udzialWariantuISetne === null
    ? udzialDomyslny(RI, RII, program)
    : udzialPodany(parametry.udzialWariantuISetne);
}

/** CS-Z3.2: E_I = round_half_up(sI·A) kept within the band, E_II = A − E_I. */
export function kopertyWariantow(
  A: Grosze,
  udzial: Udzial,
  program: Program = CYFROWA_SZKOLA_2012,
): Record<Wariant, Grosze> {
  const { min, max } = pasmo(A, program);
  let EI = Number(roundHalfUpBig(udzial.licznik * BigInt(A), udzial.mianownik));
  if (EI < min) EI = min;
  if (EI > max) EI = max;
  return { I: EI, II: A - EI };
}

/** What CS-Z3.3 needs of an application. */
export interface DoPodstawy {
  v1: Wariant;
  wielkosc: Wielkosc;
  r: Grosze;
}

/**
 * CS-Z3.3 bases b_k,s (sizes in order mała, średnia, duża), or null for `bez podziału`:
 * requested amounts = Σ r with v1 = k and size s; §9 = n_s · cap(s) when the group is not empty.
 */
export function podstawyWielkosci(
  wnioski: readonly DoPodstawy[],
  podzial: PodzialWielkosci,
  sio: ParametryKwalifikacji['sio'],
  program: Program = CYFROWA_SZKOLA_2012,
): Record<Wariant, bigint[]> | null {
  if (podzial === 'bez podziału') return null;
  // Σ r stays a safe integer (≤ 100 000 rows × 200 000 zł)
  const sumy: Record<Wariant, number[]> = { I: [0, 0, 0], II: [0, 0, 0] };
  const liczby: Record<Wariant, number[]> = { I: [0, 0, 0], II: [0, 0, 0] };
  for (const w of wnioski) {
    const s = WIELKOSCI.indexOf(w.wielkosc);
    sumy[w.v1][s] += w.r;
    liczby[w.v1][s]++;
  }
  if (podzial === 'wg wnioskowanych kwot') return { I: sumy.I.map(BigInt), II: sumy.II.map(BigInt) };
  if (!sio) throw new Error('CS-Z3.3: podstawa §9 wymaga liczby szkół (SIO)');
  const b = (k: Wariant): bigint[] =>
    WIELKOSCI.map((s, i) => (liczby[k][i] > 0 ? BigInt(sio[s]) * BigInt(limitWsparcia(s, program)) : 0n));
  return { I: b('I'), II: b('II') };
}

/**
 * CS-Z3.3: split E_k over the groups by largest remainder in whole grosze (ties mała, średnia, duża);
 * Σb = 0 → all zero (the whole E_k becomes L_k). `bez podziału` → { wszystkie: E_k }.
 */
export function kopertyWielkosci(E: Grosze, b: readonly bigint[] | null): Partial<Record<Grupa, Grosze>> {
  if (b === null) return { wszystkie: E };
  const suma = b.reduce((s, x) => s + x, 0n);
  const czesci = suma === 0n ? [0n, 0n, 0n] : largestRemainder(BigInt(E), b);
  const out: Partial<Record<Grupa, Grosze>> = {};
  WIELKOSCI.forEach((s, i) => (out[s] = Number(czesci[i])));
  return out;
}
