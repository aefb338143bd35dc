/**
 * Part A of qualification-algorithm.md (CS-9.1): the national sum B → the 16 voivodeships.
 * Pure and exact: money in integer grosze, weights and quotas as bigint rationals. Knows no cells.
 */
import type { Grosze } from '../kwota';
import { CYFROWA_SZKOLA_2012, type Program } from '../program/definicja';
import { limitWsparcia } from '../program/reguly';
import { floorDivBig, largestRemainder } from '../rational';

/** One voivodeship's input: SIO counts of small, medium and large schools (integers ≥ 0). */
export interface WierszPodzialu {
  teryt: string;
  nazwa: string;
  nS: number;
  nM: number;
  nL: number;
}

export interface WejsciePodzialu {
  /** B, the national sum */
  kwota: Grosze;
  /** u, the rounding unit (1, 100, 10 000 or 100 000 gr) */
  jednostka: Grosze;
  wiersze: readonly WierszPodzialu[];
}

/** One voivodeship's result, every intermediate value of CS-9.1a–c kept for display. */
export interface PodzialWojewodztwa extends WierszPodzialu {
  /** W_v in grosze (CS-9.1a) */
  waga: bigint;
  /** q_v = licznik / mianownik units (CS-9.1b); mianownik = ΣW */
  q: { licznik: bigint; mianownik: bigint };
  /** floor(q_v) units (CS-9.1c) */
  czescCalkowita: bigint;
  /** got one extra unit from the largest remainders (CS-9.1c) */
  plusJeden: boolean;
  /** units_v */
  jednostki: bigint;
  /** A_v = units_v · u */
  kwota: Grosze;
}

export type ProblemPodzialu =
  | { kod: 'kwotaNiedodatnia' }
  | { kod: 'niewielokrotnosc' } // B not a whole multiple of u (CS-9.1 inputs)
  | { kod: 'sumaWagZero' } // ΣW = 0 (CS-9.1a)
  | { kod: 'brakSzkol'; teryt: string }; // a voivodeship with zero schools (CS-9.1, step 4) — warning

export type WynikPodzialu =
  | {
      ok: true;
      kwota: Grosze;
      jednostka: Grosze;
      /** B / u */
      jednostekRazem: bigint;
      /** ΣW in grosze */
      sumaWag: bigint;
      /** in TERYT order */
      wojewodztwa: PodzialWojewodztwa[];
      ostrzezenia: ProblemPodzialu[];
    }
  | { ok: false; bledy: ProblemPodzialu[]; ostrzezenia: ProblemPodzialu[] };

/** CS-9.1a: W_v = cap(mała)·nS + cap(średnia)·nM + cap(duża)·nL, in grosze (caps from the programme). */
export function wagaWojewodztwa(
  w: Pick<WierszPodzialu, 'nS' | 'nM' | 'nL'>,
  program: Program = CYFROWA_SZKOLA_2012,
): bigint {
  for (const n of [w.nS, w.nM, w.nL])
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`wagaWojewodztwa: count ${n} is not an integer ≥ 0`);
  return (
    BigInt(w.nS) * BigInt(limitWsparcia('mała', program)) +
    BigInt(w.nM) * BigInt(limitWsparcia('średnia', program)) +
    BigInt(w.nL) * BigInt(limitWsparcia('duża', program))
  );
}

/** CS-9.1 inputs: B > 0 and a whole multiple of u (u a positive whole number of grosze). */
export function sprawdzKwote(kwota: Grosze, jednostka: Grosze): ProblemPodzialu | null {
  if (!Number.isSafeInteger(jednostka) || jednostka <= 0) throw new Error(`sprawdzKwote: invalid unit ${jednostka}`);
  if (!Number.isSafeInteger(kwota) || kwota <= 0) return { kod: 'kwotaNiedodatnia' };
  return kwota % jednostka === 0 ? null : { kod: 'niewielokrotnosc' };
}

/** CS-9.1 a–c. Rows may come in any order; the result is in TERYT order. */
export function podzielKwoteKrajowa(we: WejsciePodzialu, program: Program = CYFROWA_SZKOLA_2012): WynikPodzialu {
  const wiersze = [...we.wiersze].sort((a, b) => (a.teryt < b.teryt ? -1 : a.teryt > b.teryt ? 1 : 0));
  const bledy: ProblemPodzialu[] = [];
  const ostrzezenia: ProblemPodzialu[] = wiersze
    .filter((w) => w.nS + w.nM + w.nL === 0)
    .map((w) => ({ kod: 'brakSzkol' as const, teryt: w.teryt }));
  const problemKwoty = sprawdzKwote(we.kwota, we.jednostka);
  if (problemKwoty) bledy.push(problemKwoty);
  const wagi = wiersze.map((w) => wagaWojewodztwa(w, program));
  const sumaWag = wagi.reduce((s, w) => s + w, 0n);
  if (sumaWag === 0n) bledy.push({ kod: 'sumaWagZero' });
  if (bledy.length > 0) return { ok: false, bledy, ostrzezenia };

  const T = BigInt(we.kwota / we.jednostka); // exact: checked above
  // CS-9.1c ties: equal fractional parts → larger W_v first, then lower TERYT
  const remis = (i: number, j: number): number =>
    wagi[j] > wagi[i] ? 1 : wagi[j] < wagi[i] ? -1 : wiersze[i].teryt < wiersze[j].teryt ? -1 : 1;
  const jednostki = largestRemainder(T, wagi, remis);
  const wojewodztwa = wiersze.map((w, i): PodzialWojewodztwa => {
    const licznik = T * wagi[i];
    const czescCalkowita = floorDivBig(licznik, sumaWag);
    return {
      ...w,
      waga: wagi[i],
      q: { licznik, mianownik: sumaWag },
      czescCalkowita,
      plusJeden: jednostki[i] > czescCalkowita,
      jednostki: jednostki[i],
      kwota: Number(jednostki[i]) * we.jednostka,
    };
  });
  return { ok: true, kwota: we.kwota, jednostka: we.jednostka, jednostekRazem: T, sumaWag, wojewodztwa, ostrzezenia };
}
