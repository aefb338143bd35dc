/**
 * CS-Z3.1 draw order: key = lowercase hex SHA-256(UTF-8(seed + "|" + REGON)), ascending key gives
 * positions 1…n; with the manual order in use the positions are the given ones.
 */
import { sha256Utf8, sha256ZPrefiksem } from './sha256';
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

const DWA_21 = 2097152;

function por(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Indices 0…n−1 ordered by `pierwsze` (integers < 2^32) ascending, then by `dalej` — fast numeric
 * sort of packed values, comparator only inside runs of equal `pierwsze`.
 */
export function uporzadkuj(pierwsze: Float64Array, dalej: (i: number, j: number) => number): number[] {
  const n = pierwsze.length;
  if (n >= DWA_21) return [...Array(n).keys()].sort((i, j) => pierwsze[i] - pierwsze[j] || dalej(i, j));
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) p[i] = pierwsze[i] * DWA_21 + i;
  p.sort();
  const out: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = p[i] % DWA_21;
  for (let a = 0; a < n;) {
    let b = a + 1;
    while (b < n && pierwsze[out[b]] === pierwsze[out[a]]) b++;
    if (b - a > 1) out.splice(a, b - a, ...out.slice(a, b).sort(dalej));
    a = b;
  }
  return out;
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
  const { hex, p0 } = sha256ZPrefiksem(
    `${ziarno}|`,
    wnioski.map((w) => w.regon),
  );
  // the first 32 bits order the hex keys like the strings do; the full key (then REGON, indeks) decides the rest
  const kolejnosc = uporzadkuj(
    p0,
    (i, j) => por(hex[i], hex[j]) || por(wnioski[i].regon, wnioski[j].regon) || wnioski[i].indeks - wnioski[j].indeks,
  );
  return kolejnosc.map((i, poz) => ({ wniosek: wnioski[i], klucz: hex[i], pozycja: poz + 1 }));
}
