/**
 * One run of CS-Z3.1 … CS-Z3.8 for a given share, shared by `kwalifikuj` and the what-if table.
 */
import type { Grosze } from '../kwota';
import type { Program } from '../program/definicja';
import { kopertyWariantow, kopertyWielkosci, podstawyWielkosci } from './koperty';
import { kolejnoscLosowania } from './losowanie';
import { krok4, kroki5do7, nowyStan, WARIANTY, type Pozycjonowany, type Stan, type Uklad } from './silnik';
import type { DecyzjaWniosku, Grupa, ParametryKwalifikacji, Udzial, Wariant, WniosekDoKwalifikacji } from './typy';

/** CS-Z3.1: the applications with their draw positions and keys, in draw order. */
export function ulozWgLosowania(
  wnioski: readonly WniosekDoKwalifikacji[],
  parametry: ParametryKwalifikacji,
): Pozycjonowany[] {
  return kolejnoscLosowania(wnioski, parametry.ziarno, parametry.kolejnoscReczna, {
    losowanieReczne: parametry.losowanieReczne,
    podzial: parametry.podzial,
  }).map(({ wniosek: w, pozycja, klucz, numerWKoszyku }) => ({
    indeks: w.indeks,
    regon: w.regon,
    wielkosc: w.wielkosc,
    v1: w.v1,
    v2: w.v2,
    r: w.r,
    pozycja,
    klucz,
    numerWKoszyku,
  }));
}

/** CS-Z3.3 bases b_k,s (null = `bez podziału`); they do not depend on the share. */
export type Podstawy = Record<Wariant, bigint[]> | null;

export function podstawy(u: Uklad, parametry: ParametryKwalifikacji, program: Program): Podstawy {
  return podstawyWielkosci(u.wnioski, parametry.podzial, parametry.sio, program);
}

/** CS-Z3.2 + CS-Z3.3 for a given share. */
export function koperty(
  A: Grosze,
  udzial: Udzial,
  b: Podstawy,
  program: Program,
): { E: Record<Wariant, Grosze>; Es: Record<Wariant, Partial<Record<Grupa, Grosze>>> } {
  const E = kopertyWariantow(A, udzial, program);
  return { E, Es: { I: kopertyWielkosci(E.I, b && b.I), II: kopertyWielkosci(E.II, b && b.II) } };
}

/** CS-Z3.2 … CS-Z3.7 for one share; the state after step 7. */
export function przebiegDlaUdzialu(
  u: Uklad,
  udzial: Udzial,
  b: Podstawy,
  program: Program,
  zPrzebiegiem: boolean,
): { st: Stan; E: Record<Wariant, Grosze>; Es: Record<Wariant, Partial<Record<Grupa, Grosze>>> } {
  const { E, Es } = koperty(u.A, udzial, b, program);
  const st = nowyStan(u, zPrzebiegiem);
  krok4(st, E, Es);
  kroki5do7(st);
  return { st, E, Es };
}

/** CS-Z3.8: the decision of the application at draw index i. */
export function decyzja(st: Stan, i: number): DecyzjaWniosku {
  const w = st.u.wnioski[i];
  const k = st.przyznany[i];
  const { indeks, regon, pozycja, klucz } = w;
  const d: DecyzjaWniosku =
    k >= 0
      ? {
          indeks,
          regon,
          decyzja: 'zakwalifikowana',
          wariant: WARIANTY[k],
          wsparcie: w.r,
          krok: st.krok[i],
          pozycja,
          klucz,
          brak: null,
          powod: null,
        }
      : {
          indeks,
          regon,
          decyzja: 'niezakwalifikowana',
          wariant: w.v1,
          wsparcie: null,
          krok: null,
          pozycja,
          klucz,
          brak: st.brak[i] < 0 ? null : st.brak[i],
          powod: w.v2 === 'odstąpienie' ? 'brak środków; wariant zastępczy: odstąpienie' : 'brak środków',
        };
  // present only in a draw held in baskets (CS-Z3.1 P4)
  if (w.numerWKoszyku != null) d.numerWKoszyku = w.numerWKoszyku;
  return d;
}
