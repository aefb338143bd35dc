/** CS-Z3.F: the fingerprint of a voivodeship workbook's inputs (resignation columns excluded). */
import { odciskWierszy, type NaglowekOdcisku } from '../kwalifikacja';
import type { Parametry } from './parametry';
import type { Ocena, WierszWniosku } from './wiersze';

/** `oceny`: the effective evaluation of each row as used by the run. */
export function odciskWnioskow(
  p: Parametry,
  wiersze: readonly WierszWniosku[],
  oceny: readonly Ocena[],
  reczna: boolean,
): string {
  return odciskWierszy(naglowekOdcisku(p, reczna), wiersze, (w) => ({
    regon: w.regonCyfry,
    wielkosc: w.wielkosc ?? '?',
    v1: w.wariant ?? '?',
    v2: w.zastepczy ?? '?',
    wnioskowana: w.wnioskowana ?? '?',
    r: w.r ?? '?',
    ocena: oceny[w.indeks] === 'pozytywna' ? 'P' : 'N',
    kolejnosc: w.kolejnoscPusta ? null : (w.kolejnosc ?? '?'),
  }));
}

function naglowekOdcisku(p: Parametry, reczna: boolean): NaglowekOdcisku {
  return {
    kwota: p.kwota ?? '?',
    udzialSetne: p.udzialSetne,
    podzial: p.podzial,
    // decision: the SIO counts are part of the inputs only under the §9 basis that uses them
    sio: p.sio,
    ziarno: p.ziarno,
    reczna,
    koszyki: reczna && p.losowanieReczne === 'w koszykach',
  };
}
