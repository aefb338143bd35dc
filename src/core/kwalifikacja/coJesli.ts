/**
 * CS-Z3.W what-if table: CS-Z3.2 … CS-Z3.7 re-run with the same draw order for a share of variant I
 * of 20, 30, …, 80 % and for the share actually used. Rows ascending by share. When the used share
 * equals one of the seven exactly, that row is marked `uzyty` (no duplicate row); otherwise the used
 * share is its own row (`udzialSetne` = the share rounded half up to 0,01 %, `udzial` = exact).
 */
import { roundHalfUpBig } from '../rational';
import type { Program } from '../program/definicja';
import { przebiegDlaUdzialu, type Podstawy } from './uruchom';
import { udzialPodany } from './koperty';
import type { Stan, Uklad } from './silnik';
import type { Udzial, WierszCoJesli } from './typy';

export const UDZIALY_CO_JESLI: readonly number[] = [2000, 3000, 4000, 5000, 6000, 7000, 8000];

/** The row of `udzial` from its run `st`. */
function wiersz(u: Uklad, udzial: Udzial, uzyty: boolean, st: Stan): WierszCoJesli {
  const w: WierszCoJesli = {
    udzialSetne: Number(roundHalfUpBig(udzial.licznik * 10000n, udzial.mianownik)),
    uzyty,
    I: { liczba: 0, kwota: 0 },
    II: { liczba: 0, kwota: 0 },
    niewykorzystane: u.A,
    udzial,
  };
  u.wnioski.forEach((x, i) => {
    const k = st.przyznany[i];
    if (k < 0) return;
    const g = k === 0 ? w.I : w.II;
    g.liczba++;
    g.kwota += x.r;
    w.niewykorzystane -= x.r;
  });
  return w;
}

/**
 * CS-Z3.W for a run that is not CS-Z3.0 (the caller returns null then); `stUzyty` is the run of the share
 * used, already made by the caller (its decisions, not made again).
 */
export function coJesli(u: Uklad, uzyty: Udzial, b: Podstawy, program: Program, stUzyty: Stan): WierszCoJesli[] {
  const rowne = (x: Udzial, y: Udzial) => x.licznik * y.mianownik === y.licznik * x.mianownik;
  const udzialy = UDZIALY_CO_JESLI.map((s) => udzialPodany(s));
  const wiersze = udzialy.map((d) =>
    rowne(d, uzyty) ? wiersz(u, d, true, stUzyty) : wiersz(u, d, false, przebiegDlaUdzialu(u, d, b, program, false).st),
  );
  if (!wiersze.some((w) => w.uzyty)) {
    wiersze.push(wiersz(u, uzyty, true, stUzyty));
    wiersze.sort((p, q) => {
      const x = p.udzial!,
        y = q.udzial!;
      const d = x.licznik * y.mianownik - y.licznik * x.mianownik;
      return d < 0n ? -1 : d > 0n ? 1 : 0;
    });
  }
  return wiersze;
}
