/**
 * The envelope preview before a run (CS-Z3.0, CS-Z3.2, CS-Z3.3): the rows, share and envelopes the run would
 * use with the given parameters (the pane passes the ones being edited). Same functions as the run.
 */
import type { Grosze } from '../kwota';
import { CYFROWA_SZKOLA_2012, type Program } from '../program/definicja';
import { podstawyWielkosci, udzialWariantuI, type Grupa, type Wariant } from '../kwalifikacja';
import { koperty } from '../kwalifikacja/uruchom';
import { roundHalfUpBig } from '../rational';
import type { Parametry } from './parametry';
import type { Przygotowanie } from './przygotuj';
import { losowanieIReczna, wierszeDoKwalifikacji } from './weryfikacja';

export interface PodgladKwalifikacji {
  /** rows CS-Z3 takes (formally positive, readable) */
  pozytywne: number;
  sumaR: Grosze;
  A: Grosze | null;
  R: Record<Wariant, Grosze>;
  /** rows marked `Rezygnacja` = TAK */
  rezygnacje: number;
  /** CS-Z3.0: every positive request fits (no draw, no envelopes) */
  wszystkieMieszcza: boolean;
  koperty: {
    /** sI in hundredths of a percent, rounded half up */
    udzialSetne: number;
    udzialDomyslny: boolean;
    E: Record<Wariant, Grosze>;
    /** null with the §9 basis and no SIO counts (the run is blocked then) */
    Es: Record<Wariant, Partial<Record<Grupa, Grosze>>> | null;
  } | null;
}

export function podgladKwalifikacji(
  pr: Pick<Przygotowanie, 'wiersze' | 'oceny'>,
  p: Parametry,
  program: Program = CYFROWA_SZKOLA_2012,
): PodgladKwalifikacji {
  const A = p.kwota;
  const poz = A === null ? wierszeDoKwalifikacji(pr) : losowanieIReczna(pr, A).pozytywne;
  const R: Record<Wariant, Grosze> = { I: 0, II: 0 };
  for (const w of poz) R[w.wariant!] += w.r!;
  const sumaR = R.I + R.II;
  const wynik: PodgladKwalifikacji = {
    pozytywne: poz.length,
    sumaR,
    A,
    R,
    rezygnacje: pr.wiersze.filter((w) => w.rezygnacja).length,
    wszystkieMieszcza: A !== null && sumaR <= A,
    koperty: null,
  };
  if (A === null || wynik.wszystkieMieszcza || poz.length === 0) return wynik;
  const u = udzialWariantuI(R.I, R.II, { udzialWariantuISetne: p.udzialSetne }, program);
  const brakSio = p.podzial === 'wg liczby szkół i limitów (§9)' && p.sio === null;
  const b = brakSio
    ? null
    : podstawyWielkosci(
        poz.map((w) => ({ v1: w.wariant!, wielkosc: w.wielkosc!, r: w.r! })),
        p.podzial,
        p.sio,
        program,
      );
  const { E, Es } = koperty(A, u, b, program);
  wynik.koperty = {
    udzialSetne: Number(roundHalfUpBig(u.licznik * 10000n, u.mianownik)),
    udzialDomyslny: u.domyslny,
    E,
    Es: brakSio ? null : Es,
  };
  return wynik;
}
