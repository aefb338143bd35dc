/**
 * CS-Z3.1 draw order: key = lowercase hex SHA-256(UTF-8(seed + "|" + REGON)), ascending key gives
 * positions 1…n; with the manual order in use the positions are the given ones (`jedna lista`), or the
 * baskets' numbers merged by the rational key (p − 1) / n_b (`w koszykach`).
 */
import { sha256Utf8, sha256ZPrefiksem } from './sha256';
import { uporzadkuj } from '../tablice/uporzadkuj';
import type { Grupa, LosowanieReczne, PodzialWielkosci, Wariant, WniosekDoKwalifikacji } from './typy';

/** CS-Z3.1 key of one application (REGON already normalised, WB-1.6). */
export function kluczLosowania(ziarno: string, regon: string): string {
  return sha256Utf8(`${ziarno}|${regon}`);
}

export interface Wylosowany<T> {
  wniosek: T;
  /** 1-based draw position */
  pozycja: number;
  /** CS-Z3.1 key: the hex key of the seeded draw, the basket key as text (`1/3`) in baskets, else null */
  klucz: string | null;
  /** the number drawn within the basket (P4 `w koszykach`), else null */
  numerWKoszyku: number | null;
}

/** CS-Z3.1 P4: a basket is a CS-Z3.3 group — first variant × size, or the first variant alone under `bez podziału`. */
export function koszyk(
  w: Pick<WniosekDoKwalifikacji, 'v1' | 'wielkosc'>,
  podzial: PodzialWielkosci,
): `${Wariant}.${Grupa}` {
  return `${w.v1}.${podzial === 'bez podziału' ? 'wszystkie' : w.wielkosc}`;
}

const KOLEJNOSC_GRUP: Record<Grupa, number> = { mała: 0, średnia: 1, duża: 2, wszystkie: 3 };

/** The basket key (p − 1) / n_b as text: `0` for the first drawn, else the unreduced fraction (`2/4`), as in S7b. */
export function tekstKluczaKoszyka(p: number, n: number): string {
  return p === 1 ? '0' : `${p - 1}/${n}`;
}

function por(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
  koszyki: { losowanieReczne?: LosowanieReczne; podzial: PodzialWielkosci } = { podzial: 'wg wnioskowanych kwot' },
): Wylosowany<T>[] {
  if (reczna && koszyki.losowanieReczne === 'w koszykach') return wKoszykach(wnioski, koszyki.podzial);
  if (reczna) {
    const out = wnioski.map((w) => {
      if (w.pozycjaReczna === undefined) throw new Error(`CS-Z3.1: brak kolejności ręcznej dla ${w.regon}`);
      return { wniosek: w, pozycja: w.pozycjaReczna, klucz: null, numerWKoszyku: null };
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
  return kolejnosc.map((i, poz) => ({ wniosek: wnioski[i], klucz: hex[i], pozycja: poz + 1, numerWKoszyku: null }));
}

/**
 * CS-Z3.1 P4 `w koszykach`: every basket numbered exactly 1…n_b (validated by the caller; checked again
 * here); the merged order is ascending by (p − 1) / n_b (exact: cross products), equal keys by first
 * variant (I before II), then by size (mała, średnia, duża, wszystkie) — not a round-robin (S7b).
 */
function wKoszykach<T extends WniosekDoKwalifikacji>(
  wnioski: readonly T[],
  podzial: PodzialWielkosci,
): Wylosowany<T>[] {
  const liczby = new Map<string, number>();
  for (const w of wnioski) liczby.set(koszyk(w, podzial), (liczby.get(koszyk(w, podzial)) ?? 0) + 1);
  const widziane = new Set<string>();
  const el = wnioski.map((w) => {
    const p = w.pozycjaReczna;
    const k = koszyk(w, podzial);
    const n = liczby.get(k)!;
    if (p === undefined || !Number.isInteger(p) || p < 1 || p > n || widziane.has(`${k}|${p}`))
      throw new Error(`CS-Z3.1: nieprawidłowy numer w koszyku ${k} dla ${w.regon}`);
    widziane.add(`${k}|${p}`);
    const grupa = podzial === 'bez podziału' ? 'wszystkie' : w.wielkosc;
    return { w, p, n, v: w.v1 === 'I' ? 0 : 1, g: KOLEJNOSC_GRUP[grupa] };
  });
  // (p − 1) · n_b' vs (p' − 1) · n_b stays below 2^53 (n ≤ 100 000 rows)
  el.sort((a, b) => (a.p - 1) * b.n - (b.p - 1) * a.n || a.v - b.v || a.g - b.g || a.w.indeks - b.w.indeks);
  return el.map((e, i) => ({
    wniosek: e.w,
    pozycja: i + 1,
    klucz: tekstKluczaKoszyka(e.p, e.n),
    numerWKoszyku: e.p,
  }));
}
