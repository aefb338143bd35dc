/**
 * The walks of CS-Z3.4 … CS-Z3.7 over applications in draw order, shared by the first run
 * (`kwalifikuj`), the what-if table (CS-Z3.W) and resignations (CS-Z3.R). Money: integer grosze.
 * Index i everywhere = 0-based draw position.
 * Trace rows (WB-3.2): step 4 → `grupa` = the size group (or 'wszystkie'); steps 5–7 → '—';
 * 'przesunięcie' / 'zwrot' (CS-Z3.7) → `wariant` = the receiving variant `to`, `dostepnePrzed/Po` =
 * L_to before/after, `kwota` = amount moved, `zWariantu` = where it comes from; a move-back row
 * always follows a shift, even when y = 0.
 */
import type { Grosze } from '../kwota';
import { WIELKOSCI } from '../program/definicja';
import type { Grupa, Krok, KrokPrzebiegu, Wariant, WariantZastepczy, Wielkosc } from './typy';

export const WARIANTY: readonly Wariant[] = ['I', 'II'];
const KOD_V2: Record<WariantZastepczy, number> = { I: 0, II: 1, odstąpienie: 2 };

/** What a walk needs of one application (in draw order). */
export interface Pozycjonowany {
  indeks: number;
  regon: string;
  wielkosc: Wielkosc;
  v1: Wariant;
  v2: WariantZastepczy;
  r: Grosze;
  pozycja: number | null;
  klucz: string | null;
  /** the number drawn within the basket (P4 `w koszykach`); absent or null otherwise */
  numerWKoszyku?: number | null;
}

/** Static layout: the applications in draw order and the index lists the walks use. */
export interface Uklad {
  A: Grosze;
  /** band of D_k (CS-Z3.2, CS-9.2) */
  min: Grosze;
  max: Grosze;
  wnioski: readonly Pozycjonowany[];
  /** v1 = k */
  poV1: number[][];
  /** v2 = k (hence v1 ≠ k) */
  poV2: number[][];
  /** v1 = k and size s (s in mała, średnia, duża) */
  poGrupie: number[][][];
}

/** Dynamic state of one run. `przyznany[i]`: -1 not qualified, 0 in I, 1 in II. */
export interface Stan {
  u: Uklad;
  przyznany: Int8Array;
  krok: (Krok | null)[];
  /** smallest shortfall so far, -1 = never short */
  brak: number[];
  L: [Grosze, Grosze];
  D: [Grosze, Grosze];
  /** trace, or null when not recorded (what-if) */
  przebieg: KrokPrzebiegu[] | null;
  /** CS-Z3.R: walks after a resignation are labelled 'R' (with `podkrok`) */
  poRezygnacji: boolean;
}

export function uklad(wnioski: readonly Pozycjonowany[], A: Grosze, pasmo: { min: Grosze; max: Grosze }): Uklad {
  const poV1: number[][] = [[], []];
  const poV2: number[][] = [[], []];
  const poGrupie: number[][][] = [
    [[], [], []],
    [[], [], []],
  ];
  wnioski.forEach((w, i) => {
    const k = w.v1 === 'I' ? 0 : 1;
    poV1[k].push(i);
    poGrupie[k][WIELKOSCI.indexOf(w.wielkosc)].push(i);
    const z = KOD_V2[w.v2];
    if (z < 2) poV2[z].push(i);
  });
  return { A, min: pasmo.min, max: pasmo.max, wnioski, poV1, poV2, poGrupie };
}

export function nowyStan(u: Uklad, zPrzebiegiem: boolean): Stan {
  const n = u.wnioski.length;
  return {
    u,
    przyznany: new Int8Array(n).fill(-1),
    krok: new Array<Krok | null>(n).fill(null),
    brak: new Array<number>(n).fill(-1),
    L: [0, 0],
    D: [0, 0],
    przebieg: zPrzebiegiem ? [] : null,
    poRezygnacji: false,
  };
}

type KrokSilnika = '4' | '5' | '6' | '7';

/** One examination: grant r in k if it fits in `dostepne`, else note the shortfall. Returns what is left. */
function zbadaj(st: Stan, i: number, k: number, dostepne: Grosze, krok: KrokSilnika, grupa: Grupa | '—'): Grosze {
  const w = st.u.wnioski[i];
  const miesci = w.r <= dostepne;
  const po = miesci ? dostepne - w.r : dostepne;
  let brak: Grosze | null = null;
  if (miesci) {
    st.przyznany[i] = k;
    st.krok[i] = st.poRezygnacji ? 'R' : krok;
  } else {
    brak = w.r - dostepne;
    if (st.brak[i] < 0 || brak < st.brak[i]) st.brak[i] = brak;
  }
  if (st.przebieg) {
    const wiersz: KrokPrzebiegu = {
      krok: st.poRezygnacji ? 'R' : krok,
      wariant: WARIANTY[k],
      grupa,
      pozycja: w.pozycja,
      regon: w.regon,
      klucz: w.klucz,
      r: w.r,
      dostepnePrzed: dostepne,
      wynik: miesci ? 'zakwalifikowana' : 'nie mieści się',
      brak,
      dostepnePo: po,
    };
    if (st.poRezygnacji && krok !== '4') wiersz.podkrok = krok;
    if (w.numerWKoszyku != null) wiersz.numerWKoszyku = w.numerWKoszyku;
    st.przebieg.push(wiersz);
  }
  return po;
}

/** Walk `lista` (draw order) over the not-qualified applications, granting in k from L_k. */
function przejdz(st: Stan, lista: readonly number[], k: number, krok: KrokSilnika): void {
  let L = st.L[k];
  for (const i of lista) if (st.przyznany[i] < 0) L = zbadaj(st, i, k, L, krok, '—');
  st.L[k] = L;
}

/** CS-Z3.2/CS-Z3.4: start D_k = E_k; walk each group with rest = E_k,s; L_k = Σ rests (+ E_k when Σb = 0). */
export function krok4(st: Stan, E: Record<Wariant, Grosze>, Es: Record<Wariant, Partial<Record<Grupa, Grosze>>>): void {
  for (let k = 0; k < 2; k++) {
    const wk = WARIANTY[k];
    st.D[k] = E[wk];
    const grupy = Es[wk];
    let L = 0;
    let rozdzielono = 0;
    if (grupy.wszystkie !== undefined) {
      let rest = grupy.wszystkie;
      rozdzielono = rest;
      for (const i of st.u.poV1[k]) rest = zbadaj(st, i, k, rest, '4', 'wszystkie');
      L += rest;
    } else {
      WIELKOSCI.forEach((s, si) => {
        let rest = grupy[s] ?? 0;
        rozdzielono += rest;
        for (const i of st.u.poGrupie[k][si]) rest = zbadaj(st, i, k, rest, '4', s);
        L += rest;
      });
    }
    // CS-Z3.3: when Σb = 0 nothing was split and the whole E_k is the leftover from the start
    st.L[k] = L + (E[wk] - rozdzielono);
  }
}

/** CS-Z3.5: leftover within the variant. */
export function krok5(st: Stan): void {
  for (let k = 0; k < 2; k++) przejdz(st, st.u.poV1[k], k, '5');
}

/** CS-Z3.6: fallback variant, granted in k. */
export function krok6(st: Stan): void {
  for (let k = 0; k < 2; k++) przejdz(st, st.u.poV2[k], k, '6');
}

function ktosCzeka(st: Stan, to: number): boolean {
  for (const i of st.u.poV1[to]) if (st.przyznany[i] < 0) return true;
  for (const i of st.u.poV2[to]) if (st.przyznany[i] < 0) return true;
  return false;
}

function wierszPrzesuniecia(st: Stan, to: number, wynik: 'przesunięcie' | 'zwrot', przed: Grosze, kwota: Grosze): void {
  if (!st.przebieg) return;
  const wiersz: KrokPrzebiegu = {
    krok: st.poRezygnacji ? 'R' : '7',
    wariant: WARIANTY[to],
    grupa: '—',
    pozycja: null,
    regon: null,
    klucz: null,
    r: null,
    dostepnePrzed: przed,
    wynik,
    brak: null,
    dostepnePo: st.L[to],
    kwota,
    zWariantu: WARIANTY[wynik === 'przesunięcie' ? 1 - to : to],
  };
  if (st.poRezygnacji) wiersz.podkrok = '7';
  st.przebieg.push(wiersz);
}

/** CS-Z3.7: shift x from → to within the band, walk `to`, move back y = min(L_to, x). */
export function krok7(st: Stan): void {
  const { min, max } = st.u;
  for (const [from, to] of [
    [0, 1],
    [1, 0],
  ]) {
    const x = Math.min(st.L[from], st.D[from] - min, max - st.D[to]);
    if (x <= 0 || !ktosCzeka(st, to)) continue;
    const przed = st.L[to];
    st.L[from] -= x;
    st.D[from] -= x;
    st.L[to] += x;
    st.D[to] += x;
    wierszPrzesuniecia(st, to, 'przesunięcie', przed, x);
    przejdz(st, st.u.poV1[to], to, '7');
    przejdz(st, st.u.poV2[to], to, '7');
    const y = Math.min(st.L[to], x);
    const przedZwrotem = st.L[to];
    st.L[to] -= y;
    st.D[to] -= y;
    st.L[from] += y;
    st.D[from] += y;
    wierszPrzesuniecia(st, to, 'zwrot', przedZwrotem, y);
  }
}

/** CS-Z3.5 … CS-Z3.7 in order (used by the first run after CS-Z3.4 and by CS-Z3.R). */
export function kroki5do7(st: Stan): void {
  krok5(st);
  krok6(st);
  krok7(st);
}
