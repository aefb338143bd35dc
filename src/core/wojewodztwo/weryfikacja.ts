/** `Zweryfikuj protokół` (CS-Z3.F): today's fingerprint of the inputs beside the one recorded with the protocol. */
import type { ZeszytSnapshot } from '../zeszyt/model';
import type { Program } from '../program/definicja';
import { czytajStan } from '../zeszyt/wlasnosc';
import { przygotuj, type Przygotowanie } from './przygotuj';
import { recznaWUzyciu } from './ocena';
import { odciskWnioskow } from './odciskWnioskow';
import { daSieKwalifikowac, type WierszWniosku } from './wiersze';

export const META_ODCISKU = 'kwalifikacja.odcisk';

/**
 * The rows CS-Z3 takes: formally positive with readable key values (WB-5.2; a positive row that is not
 * readable blocks the run). The run and the pane's preview both take them from here.
 */
export function wierszeDoKwalifikacji(pr: Pick<Przygotowanie, 'wiersze' | 'oceny'>): WierszWniosku[] {
  return pr.wiersze.filter((w) => pr.oceny[w.indeks] === 'pozytywna' && daSieKwalifikowac(w));
}

/** CS-Z3.1: a draw takes place when Σ r of the positive rows exceeds A; the manual order counts only then. */
export function losowanieIReczna(
  pr: Pick<Przygotowanie, 'wiersze' | 'oceny'>,
  A: number,
): { pozytywne: WierszWniosku[]; losowanie: boolean; reczna: boolean; recznaWOdcisku: boolean } {
  const pozytywne = wierszeDoKwalifikacji(pr);
  const losowanie = pozytywne.reduce((s, w) => s + (w.r ?? 0), 0) > A;
  // P3: the manual order is "in use" when a positive row has a number; CS-Z3.F records that even when
  // CS-Z3.0 leaves it unused, like the seed ("used or not")
  const recznaWOdcisku = recznaWUzyciu(pozytywne);
  return { pozytywne, losowanie, reczna: losowanie && recznaWOdcisku, recznaWOdcisku };
}

export function odciskZeszytu(
  z: ZeszytSnapshot,
  program: Program,
): { odcisk: string | null; odciskProtokolu: string | null } {
  const odciskProtokolu = czytajStan(z)?.meta[META_ODCISKU] ?? null;
  const pr = przygotuj(z, program);
  const p = pr.parametry;
  if (!p || p.kwota === null || pr.odmowa) return { odcisk: null, odciskProtokolu };
  return {
    odcisk: odciskWnioskow(p, pr.wiersze, pr.oceny, losowanieIReczna(pr, p.kwota).recznaWOdcisku),
    odciskProtokolu,
  };
}
