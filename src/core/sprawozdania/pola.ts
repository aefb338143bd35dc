/** Typed reading of one label–value or table cell with a located, non-blocking `błąd` when unreadable. */
import type { Komorka } from '../zeszyt/model';
import type { Etykiety } from '../zeszyt/czytnik';
import { odczytajSlownik, TAK_NIE, type Odczyt } from '../komorki/odczyt';
import { uwaga, type Uwaga } from '../uwagi';

export type Czytnik<T> = (k: Komorka) => Odczyt<T>;

/** `TAK` | `NIE` from text (WB-1.3) or a boolean cell. */
export const czytajTakNie: Czytnik<'TAK' | 'NIE'> = (k) =>
  k && k.t === 'b' ? { ok: true, v: k.v ? 'TAK' : 'NIE' } : odczytajSlownik(k, TAK_NIE);

/** A reader with a range check: `problem` returns the PL/EN reason when the value is out of range. */
export function wZakresie<T>(czytaj: Czytnik<T>, problem: (v: T) => [string, string] | null): Czytnik<T> {
  return (k) => {
    const r = czytaj(k);
    if (!r.ok) return r;
    const p = problem(r.v);
    return p ? { ok: false, pusta: false, pl: p[0], en: p[1] } : r;
  };
}

export interface OpcjePola {
  regula: string;
  blokujaca?: boolean;
}

/** The value under a label, or null (label absent: already reported by `czytajEtykiety`; else a `błąd` here). */
export function poleEtykiety<T>(
  e: Etykiety,
  etykieta: string,
  czytaj: Czytnik<T>,
  uwagi: Uwaga[],
  o: OpcjePola,
): T | null {
  const w = e.wartosci.get(etykieta);
  if (!w) return null;
  const r = czytaj(w.komorka);
  if (r.ok) return r.v;
  uwagi.push(
    uwaga(e.arkusz, w.adres, 'błąd', o.regula, `${etykieta}: ${r.pl}.`, `${etykieta}: ${r.en}.`, {
      blokujaca: o.blokujaca,
    }),
  );
  return null;
}
