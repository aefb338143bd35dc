/**
 * The envelope preview before a run (CS-Z3.0, CS-Z3.2, CS-Z3.3): the same functions the run uses, on the
 * positively evaluated rows and the parameters as edited in the pane.
 */
import type { Grosze } from '../../../../core/kwota';
import type { Parametry } from '../../../../core/wojewodztwo/parametry';
import type { Przygotowanie } from '../../../../core/wojewodztwo/przygotuj';
import { daSieKwalifikowac } from '../../../../core/wojewodztwo/wiersze';
import {
  kopertyWariantow,
  kopertyWielkosci,
  podstawyWielkosci,
  udzialWariantuI,
  type Grupa,
  type Wariant,
} from '../../../../core/kwalifikacja';
import { roundHalfUpBig } from '../../../../core/rational';

export interface Podglad {
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
    /** null with the §9 basis and no SIO counts */
    Es: Record<Wariant, Partial<Record<Grupa, Grosze>>> | null;
  } | null;
}

export function podglad(pr: Pick<Przygotowanie, 'wiersze' | 'oceny'>, p: Parametry): Podglad {
  const poz = pr.wiersze.filter((w) => pr.oceny[w.indeks] === 'pozytywna' && daSieKwalifikowac(w));
  const R: Record<Wariant, Grosze> = { I: 0, II: 0 };
  for (const w of poz) R[w.wariant!] += w.r!;
  const sumaR = R.I + R.II;
  const A = p.kwota;
  const wynik: Podglad = {
    pozytywne: poz.length,
    sumaR,
    A,
    R,
    rezygnacje: pr.wiersze.filter((w) => w.rezygnacja).length,
    wszystkieMieszcza: A !== null && sumaR <= A,
    koperty: null,
  };
  if (A === null || wynik.wszystkieMieszcza || poz.length === 0) return wynik;
  const u = udzialWariantuI(R.I, R.II, { udzialWariantuISetne: p.udzialSetne });
  const E = kopertyWariantow(A, u);
  const brakSio = p.podzial === 'wg liczby szkół i limitów (§9)' && p.sio === null;
  let Es: Record<Wariant, Partial<Record<Grupa, Grosze>>> | null = null;
  if (!brakSio) {
    const b = podstawyWielkosci(
      poz.map((w) => ({ v1: w.wariant!, wielkosc: w.wielkosc!, r: w.r! })),
      p.podzial,
      p.sio,
    );
    Es = { I: kopertyWielkosci(E.I, b ? b.I : null), II: kopertyWielkosci(E.II, b ? b.II : null) };
  }
  wynik.koperty = {
    udzialSetne: Number(roundHalfUpBig(u.licznik * 10000n, u.mianownik)),
    udzialDomyslny: u.domyslny,
    E,
    Es,
  };
  return wynik;
}
