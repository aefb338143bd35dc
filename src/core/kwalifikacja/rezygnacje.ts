/**
 * CS-Z3.R resignations after the protocol. The frozen state (`StanZamrozony`, JSON-serialisable) holds
 * everything the walks need; resignations are processed one by one (date, then draw position): the
 * resigned support returns to L_k of the variant it was granted in, then CS-Z3.5, 6, 7 walk again in
 * the same draw order with the frozen final D_k; newly qualified rows get step 'R'.
 * Processing is incremental: resignations already in the state (same REGON and date) are skipped.
 */
import type { Grosze } from '../kwota';
import { CYFROWA_SZKOLA_2012, type DataKalendarzowa, type Program } from '../program/definicja';
import { pasmo } from './koperty';
import { ID_ALGORYTMU } from './odcisk';
import { kroki5do7, nowyStan, uklad, WARIANTY, type Stan } from './silnik';
import type {
  DecyzjaWniosku, Koperty, Krok, KrokPrzebiegu, Udzial, Wariant, WariantZastepczy, Wielkosc,
  WierszCoJesli, WniosekDoKwalifikacji, WynikKwalifikacji,
} from './typy';

/** `Udzial` with the bigints as decimal strings. */
export interface UdzialJson {
  licznik: string;
  mianownik: string;
  domyslny: boolean;
}

/** One positive application in the frozen state, in draw order (row order after CS-Z3.0). */
export interface WniosekZamrozony {
  indeks: number;
  regon: string;
  wielkosc: Wielkosc;
  v1: Wariant;
  v2: WariantZastepczy;
  r: Grosze;
  pozycja: number | null;
  klucz: string | null;
  decyzja: 'zakwalifikowana' | 'niezakwalifikowana' | 'rezygnacja';
  /** variant granted, or v1 when not qualified */
  wariant: Wariant;
  wsparcie: Grosze | null;
  krok: Krok | null;
  /** smallest shortfall over all walks so far */
  brak: Grosze | null;
}

export interface RezygnacjaPrzetworzona {
  regon: string;
  data: DataKalendarzowa;
  wariant: Wariant;
  kwota: Grosze;
}

/** Frozen decisions of a protocol (kept in `_cyfrowa_szkola`, WB-3.1). */
export interface StanZamrozony {
  wersja: 1;
  algorytm: typeof ID_ALGORYTMU;
  /** CS-Z3.F fingerprint of the inputs of the protocol */
  odcisk: string;
  kwota: Grosze;
  wszystkieMieszcza: boolean;
  udzial: UdzialJson | null;
  /** E, E_k,s and the current D_k, L_k (null after CS-Z3.0) */
  koperty: Koperty | null;
  coJesli: Array<Omit<WierszCoJesli, 'udzial'> & { udzial?: UdzialJson }> | null;
  wnioski: WniosekZamrozony[];
  rezygnacje: RezygnacjaPrzetworzona[];
}

export interface Rezygnacja {
  regon: string;
  data: DataKalendarzowa;
}

export interface RezygnacjaOdrzucona extends Rezygnacja {
  /** `nieznany wniosek`: not among the positive applications; `niezakwalifikowana`: not qualified (błąd);
   *  `inna data`: already processed with another date */
  powod: 'nieznany wniosek' | 'niezakwalifikowana' | 'inna data';
}

/** One dated entry of the protocol's change list. */
export interface ZmianaPoRezygnacji {
  data: DataKalendarzowa;
  regon: string;
  zmiana: 'rezygnacja' | 'zakwalifikowana';
  wariant: Wariant;
  kwota: Grosze;
  /** original step of the resigned row, or 'R' */
  krok: Krok | null;
  /** REGON of the resignation that caused it */
  wskutek: string;
}

export interface WynikRezygnacji {
  /** the whole result; `przebieg` = the given earlier trace followed by `nowyPrzebieg`; `coJesli` = the protocol's */
  wynik: WynikKwalifikacji;
  nowyPrzebieg: KrokPrzebiegu[];
  zmiany: ZmianaPoRezygnacji[];
  odrzucone: RezygnacjaOdrzucona[];
  stan: StanZamrozony;
}

const doJson = (u: Udzial): UdzialJson => ({ licznik: String(u.licznik), mianownik: String(u.mianownik), domyslny: u.domyslny });
const zJson = (u: UdzialJson): Udzial => ({ licznik: BigInt(u.licznik), mianownik: BigInt(u.mianownik), domyslny: u.domyslny });

/** Build the frozen state from a first run (`kwalifikuj`) and its inputs. */
export function zamrozStan(wynik: WynikKwalifikacji, wnioski: readonly WniosekDoKwalifikacji[], odcisk: string): StanZamrozony {
  const poIndeksie = new Map(wnioski.map((w) => [w.indeks, w]));
  const zam: WniosekZamrozony[] = wynik.decyzje.map((d) => {
    const w = poIndeksie.get(d.indeks);
    if (!w) throw new Error(`CS-Z3.R: brak wniosku ${d.indeks}`);
    return {
      indeks: d.indeks, regon: d.regon, wielkosc: w.wielkosc, v1: w.v1, v2: w.v2, r: w.r, pozycja: d.pozycja, klucz: d.klucz,
      decyzja: d.decyzja, wariant: d.wariant, wsparcie: d.wsparcie, krok: d.krok, brak: d.brak,
    };
  });
  zam.sort((a, b) => (a.pozycja ?? 0) - (b.pozycja ?? 0) || a.indeks - b.indeks);
  const kop = wynik.koperty;
  return {
    wersja: 1,
    algorytm: ID_ALGORYTMU,
    odcisk,
    kwota: wynik.przyznano + wynik.niewykorzystane,
    wszystkieMieszcza: wynik.wszystkieMieszcza,
    udzial: wynik.udzial && doJson(wynik.udzial),
    koperty: kop && { E: { ...kop.E }, Es: { I: { ...kop.Es.I }, II: { ...kop.Es.II } }, D: { ...kop.D }, L: { ...kop.L } },
    coJesli: wynik.coJesli && wynik.coJesli.map(({ udzial, ...w }) => ({ ...w, I: { ...w.I }, II: { ...w.II }, ...(udzial ? { udzial: doJson(udzial) } : {}) })),
    wnioski: zam,
    rezygnacje: [],
  };
}

/** CS-Z3.R: the inputs are unchanged since the protocol (else blocking `dane zmieniły się po protokole`). */
export function zgodnyOdcisk(stan: StanZamrozony, odcisk: string): boolean {
  return stan.odcisk === odcisk;
}

const porDat = (a: DataKalendarzowa, b: DataKalendarzowa) => a.y - b.y || a.m - b.m || a.d - b.d;
const KOD = { zakwalifikowana: 0, niezakwalifikowana: -1, rezygnacja: 2 } as const; // przyznany: 2 = resigned

/**
 * CS-Z3.R: process `lista` against `stan`. `przebiegDotychczasowy` (e.g. the first run's trace) is put
 * before the new rows in `wynik.przebieg`. `indeksy` (REGON → current row index) re-keys `indeks`.
 */
export function przetworzRezygnacje(
  stan: StanZamrozony,
  lista: readonly Rezygnacja[],
  przebiegDotychczasowy: readonly KrokPrzebiegu[] = [],
  indeksy?: ReadonlyMap<string, number>,
  program: Program = CYFROWA_SZKOLA_2012,
): WynikRezygnacji {
  const A = stan.kwota;
  const wn = stan.wnioski.map((w) => ({ ...w, indeks: indeksy?.get(w.regon) ?? w.indeks }));
  const u = uklad(wn, A, pasmo(A, program));
  const st: Stan = nowyStan(u, true);
  st.poRezygnacji = true;
  wn.forEach((w, i) => {
    st.przyznany[i] = w.decyzja === 'zakwalifikowana' ? WARIANTY.indexOf(w.wariant) : KOD[w.decyzja];
    st.krok[i] = w.krok;
    st.brak[i] = w.brak ?? -1;
  });
  const kop = stan.koperty;
  let U = A - wn.reduce((s, w) => s + (w.decyzja === 'zakwalifikowana' ? w.wsparcie ?? 0 : 0), 0);
  if (kop) st.L = [kop.L.I, kop.L.II], st.D = [kop.D.I, kop.D.II];
  const przebieg = st.przebieg!;
  const poRegonie = new Map(wn.map((w, i) => [w.regon, i]));
  const przetworzone = new Map(stan.rezygnacje.map((r) => [r.regon, r]));
  const rezygnacje = [...stan.rezygnacje];
  const zmiany: ZmianaPoRezygnacji[] = [];
  const odrzucone: RezygnacjaOdrzucona[] = [];
  const poz = (r: Rezygnacja) => poRegonie.get(r.regon) ?? Number.MAX_SAFE_INTEGER;
  const kolejne = [...lista].sort((a, b) => porDat(a.data, b.data) || poz(a) - poz(b) || (a.regon < b.regon ? -1 : a.regon > b.regon ? 1 : 0));

  for (const rez of kolejne) {
    const dawna = przetworzone.get(rez.regon);
    if (dawna) {
      if (porDat(dawna.data, rez.data) !== 0) odrzucone.push({ ...rez, powod: 'inna data' });
      continue;
    }
    const i = poRegonie.get(rez.regon);
    if (i === undefined) { odrzucone.push({ ...rez, powod: 'nieznany wniosek' }); continue; }
    const k = st.przyznany[i];
    if (k < 0 || k > 1) { odrzucone.push({ ...rez, powod: 'niezakwalifikowana' }); continue; }
    const w = wn[i];
    const wk = WARIANTY[k];
    // the support returns: to L_k, or (after CS-Z3.0) simply to the unused money
    const przed = kop ? st.L[k] : U;
    st.przyznany[i] = KOD.rezygnacja;
    U += w.r;
    if (kop) st.L[k] += w.r;
    przebieg.push({
      krok: 'R', wariant: wk, grupa: '—', pozycja: w.pozycja, regon: w.regon, klucz: w.klucz, r: w.r,
      dostepnePrzed: przed, wynik: 'zwrot', brak: null, dostepnePo: przed + w.r, kwota: w.r,
    });
    const zapis: RezygnacjaPrzetworzona = { regon: rez.regon, data: rez.data, wariant: wk, kwota: w.r };
    rezygnacje.push(zapis);
    przetworzone.set(rez.regon, zapis);
    zmiany.push({ data: rez.data, regon: w.regon, zmiana: 'rezygnacja', wariant: wk, kwota: w.r, krok: st.krok[i], wskutek: w.regon });
    if (!kop) continue;
    const przedWalk = Int8Array.from(st.przyznany);
    kroki5do7(st);
    wn.forEach((x, j) => {
      if (przedWalk[j] >= 0 || st.przyznany[j] < 0) return;
      U -= x.r;
      zmiany.push({ data: rez.data, regon: x.regon, zmiana: 'zakwalifikowana', wariant: WARIANTY[st.przyznany[j]], kwota: x.r, krok: 'R', wskutek: w.regon });
    });
  }

  const noweWnioski: WniosekZamrozony[] = wn.map((w, i) => {
    const k = st.przyznany[i];
    const wspolne = { ...w, krok: st.krok[i] };
    const rez = przetworzone.get(w.regon);
    if (k === KOD.rezygnacja) return { ...wspolne, decyzja: 'rezygnacja', wariant: rez?.wariant ?? w.wariant, wsparcie: rez?.kwota ?? w.wsparcie, brak: null };
    if (k >= 0) return { ...wspolne, decyzja: 'zakwalifikowana', wariant: WARIANTY[k], wsparcie: w.r, brak: null };
    return { ...wspolne, decyzja: 'niezakwalifikowana', wariant: w.v1, wsparcie: null, krok: null, brak: st.brak[i] < 0 ? null : st.brak[i] };
  });
  const nowyStanZ: StanZamrozony = {
    ...stan,
    koperty: kop && { E: { ...kop.E }, Es: { I: { ...kop.Es.I }, II: { ...kop.Es.II } }, D: { I: st.D[0], II: st.D[1] }, L: { I: st.L[0], II: st.L[1] } },
    wnioski: noweWnioski,
    rezygnacje,
  };
  const decyzje = noweWnioski.map(decyzjaZamrozona).sort((a, b) => a.indeks - b.indeks);
  const przyznano = decyzje.reduce((s, d) => s + (d.decyzja === 'zakwalifikowana' ? d.wsparcie ?? 0 : 0), 0);
  const wynik: WynikKwalifikacji = {
    wszystkieMieszcza: stan.wszystkieMieszcza,
    udzial: stan.udzial && zJson(stan.udzial),
    koperty: nowyStanZ.koperty,
    decyzje,
    przebieg: [...przebiegDotychczasowy, ...przebieg],
    coJesli: stan.coJesli && stan.coJesli.map(({ udzial, ...w }) => ({ ...w, ...(udzial ? { udzial: zJson(udzial) } : {}) })),
    przyznano,
    niewykorzystane: A - przyznano,
  };
  return { wynik, nowyPrzebieg: przebieg, zmiany, odrzucone, stan: nowyStanZ };
}

function decyzjaZamrozona(w: WniosekZamrozony): DecyzjaWniosku {
  const powod =
    w.decyzja === 'rezygnacja' ? 'rezygnacja'
    : w.decyzja === 'zakwalifikowana' ? null
    : w.v2 === 'odstąpienie' ? 'brak środków; wariant zastępczy: odstąpienie' : 'brak środków';
  return {
    indeks: w.indeks, regon: w.regon, decyzja: w.decyzja, wariant: w.wariant, wsparcie: w.wsparcie, krok: w.krok,
    pozycja: w.pozycja, klucz: w.klucz, brak: w.decyzja === 'niezakwalifikowana' ? w.brak : null, powod,
  };
}
