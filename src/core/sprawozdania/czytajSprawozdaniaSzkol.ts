/**
 * CS-R.3b: a body report's `Sprawozdania szkół` sheet (written by CS-R.3a), read back per REGON — the
 * tasks Z1…Z9 and W1 (`TAK` / `NIE` / `brak danych` / empty) and `Spełnione` of each reported school.
 */
import type { ZeszytSnapshot } from '../zeszyt/model';
import { znajdzArkusz } from '../zeszyt/czytnik';
import { tekstKomorki } from '../komorki/odczyt';
import { normalizuj } from '../tekst/normalizuj';
import { ARKUSZ_SPRAWOZDAN_SZKOL } from './schemat';
import { ZADANIA } from './zbierzSzkoly';
import { czytajRegon } from './identyfikatory';

export const ZADANIA_I_W1 = [...ZADANIA, 'W1'] as const;
export type IdZadania = (typeof ZADANIA_I_W1)[number];

export interface ZadaniaSzkoly {
  /** per task its value when the school reported one */
  zadania: Partial<Record<IdZadania, 'TAK' | 'NIE'>>;
  spelnione: number | null;
}

/** null when the workbook has no `Sprawozdania szkół` sheet (the voivode shows `brak danych`). */
export function czytajSprawozdaniaSzkol(z: ZeszytSnapshot): Map<string, ZadaniaSzkoly> | null {
  const a = znajdzArkusz(z, ARKUSZ_SPRAWOZDAN_SZKOL);
  if (!a) return null;
  const naglowki = (a.wiersze[0] ?? []).map((k) => normalizuj(tekstKomorki(k)));
  const kol = (h: string) => naglowki.indexOf(normalizuj(h));
  const kRegon = kol('REGON szkoły');
  const kSpelnione = kol('Spełnione');
  const wynik = new Map<string, ZadaniaSzkoly>();
  if (kRegon < 0) return wynik;
  for (const w of a.wiersze.slice(1)) {
    const r = czytajRegon(w?.[kRegon]);
    if (!r.ok) continue; // the `Razem` row and blank rows
    const regon = r.v;
    const zadania: ZadaniaSzkoly['zadania'] = {};
    for (const id of ZADANIA_I_W1) {
      const v = kol(id) >= 0 ? tekstKomorki(w?.[kol(id)]).trim().toUpperCase() : '';
      if (v === 'TAK' || v === 'NIE') zadania[id] = v;
    }
    const s = kSpelnione >= 0 ? Number(tekstKomorki(w?.[kSpelnione])) : NaN;
    const spelnione = Number.isInteger(s) && tekstKomorki(w?.[kSpelnione]) !== '' ? s : null;
    wynik.set(regon, { zadania, spelnione });
  }
  return wynik;
}
