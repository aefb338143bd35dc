/**
 * CS-Z3.1 draw order: key = lowercase hex SHA-256(UTF-8(seed + "|" + REGON)), ascending key gives
 * positions 1…n; with the manual order in use the positions are the given ones.
 */
import { sha256Klucz, sha256Utf8 } from './sha256';
import type { WniosekDoKwalifikacji } from './typy';

/** CS-Z3.1 key of one application (REGON already normalised, WB-1.6). */
export function kluczLosowania(ziarno: string, regon: string): string {
  return sha256Utf8(`${ziarno}|${regon}`);
}

export interface Wylosowany<T> {
  wniosek: T;
  /** 1-based draw position */
  pozycja: number;
  /** CS-Z3.1 key, null under the manual order */
  klucz: string | null;
}

/**
 * CS-Z3.1: the applications in draw order. Manual order: sorted by `pozycjaReczna` (validated by the
 * caller to be exactly 1…n). Otherwise by key ascending; equal keys (only possible for equal REGONs,
 * which the caller excludes) fall back to REGON then `indeks` so the result never depends on input order.
 */
export function kolejnoscLosowania<T extends WniosekDoKwalifikacji>(
  wnioski: readonly T[],
  ziarno: string | null,
  reczna: boolean,
): Wylosowany<T>[] {
  if (reczna) {
    const out = wnioski.map((w) => {
      if (w.pozycjaReczna === undefined) throw new Error(`CS-Z3.1: brak kolejności ręcznej dla ${w.regon}`);
      return { wniosek: w, pozycja: w.pozycjaReczna, klucz: null };
    });
    return out.sort((a, b) => a.pozycja - b.pozycja || a.wniosek.indeks - b.wniosek.indeks);
  }
  if (ziarno === null) throw new Error('CS-Z3.1: brak ziarna losowania');
  // the first 64 bits order the hex keys exactly like the strings; the full key decides the rest
  const z = wnioski.map((w) => {
    const k = sha256Klucz(`${ziarno}|${w.regon}`);
    return { wniosek: w, klucz: k.hex, p0: k.p0, p1: k.p1 };
  });
  z.sort((a, b) => a.p0 - b.p0 || a.p1 - b.p1 || por(a.klucz, b.klucz) || por(a.wniosek.regon, b.wniosek.regon) || a.wniosek.indeks - b.wniosek.indeks);
  return z.map((x, i) => ({ wniosek: x.wniosek, klucz: x.klucz, pozycja: i + 1 }));
}

function por(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
