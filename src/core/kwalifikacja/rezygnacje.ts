/**
 * CS-Z3.R resignations after the protocol. The frozen state (`StanZamrozony`, JSON-serialisable) holds
 * everything the walks need; resignations are processed one by one (date, then draw position): the
 * resigned support returns to L_k of the variant it was granted in, then CS-Z3.5, 6, 7 walk again in
 * the same draw order with the frozen final D_k; newly qualified rows get step 'R'.
 * Processing is incremental: resignations already in the state (same REGON and date) are skipped, so
 * the whole `Rezygnacja` column can be passed on every run; new ones are ordered among themselves only.
 * Within one batch a row qualified in step R by an earlier resignation may itself resign later.
 * After a CS-Z3.0 protocol a resignation only frees money (no walks).
 * Trace: a 'zwrot' row (krok 'R', `kwota` = the returned support) per resignation, then the walks'
 * rows with krok 'R' and `podkrok` 5/6/7; they are returned as `nowyPrzebieg` and appended to
 * `opcje.przebiegDotychczasowy` in `wynik.przebieg` (the state does not keep traces).
 */
import type { Grosze } from '../kwota';
import { CYFROWA_SZKOLA_2012, type DataKalendarzowa, type Program } from '../program/definicja';
import { pasmo } from './koperty';
import { wgKlucza } from '../tablice/wgKlucza';
import { kroki5do7, nowyStan, uklad, WARIANTY, type Stan } from './silnik';
import { zJson, type RezygnacjaPrzetworzona, type StanZamrozony, type WniosekZamrozony } from './stanZamrozony';
import type { DecyzjaWniosku, Krok, KrokPrzebiegu, Wariant, WynikKwalifikacji } from './typy';

export { zamrozStan, zgodnyOdcisk } from './stanZamrozony';
export type { RezygnacjaPrzetworzona, StanZamrozony, UdzialJson, WniosekZamrozony } from './stanZamrozony';

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

const porDat = (a: DataKalendarzowa, b: DataKalendarzowa) => a.y - b.y || a.m - b.m || a.d - b.d;
const KOD = { zakwalifikowana: 0, niezakwalifikowana: -1, rezygnacja: 2 } as const; // przyznany: 2 = resigned

export interface OpcjeRezygnacji {
  /** rows put before the new ones in `wynik.przebieg` (e.g. the first run's trace) */
  przebiegDotychczasowy?: readonly KrokPrzebiegu[];
  /** REGON → current row index, re-keys `indeks` (rows may have been reordered since the protocol) */
  indeksy?: ReadonlyMap<string, number>;
  /** false: do not record the new walks (shortfalls are still tracked); default true */
  przebieg?: boolean;
  program?: Program;
}

/** CS-Z3.R: process `lista` against `stan`. */
export function przetworzRezygnacje(
  stan: StanZamrozony,
  lista: readonly Rezygnacja[],
  opcje: OpcjeRezygnacji = {},
): WynikRezygnacji {
  const { przebiegDotychczasowy = [], indeksy, program = CYFROWA_SZKOLA_2012 } = opcje;
  const A = stan.kwota;
  const wn = indeksy ? stan.wnioski.map((w) => ({ ...w, indeks: indeksy.get(w.regon) ?? w.indeks })) : stan.wnioski;
  const u = uklad(wn, A, pasmo(A, program));
  const st: Stan = nowyStan(u, opcje.przebieg !== false);
  st.poRezygnacji = true;
  wn.forEach((w, i) => {
    st.przyznany[i] = w.decyzja === 'zakwalifikowana' ? (w.wariant === 'I' ? 0 : 1) : KOD[w.decyzja];
    st.krok[i] = w.krok;
    st.brak[i] = w.brak ?? -1;
  });
  const kop = stan.koperty;
  let U = A - wn.reduce((s, w) => s + (w.decyzja === 'zakwalifikowana' ? (w.wsparcie ?? 0) : 0), 0);
  if (kop) {
    st.L = [kop.L.I, kop.L.II];
    st.D = [kop.D.I, kop.D.II];
  }
  const przebieg: KrokPrzebiegu[] = st.przebieg ?? [];
  const poRegonie = new Map(wn.map((w, i) => [w.regon, i]));
  const przetworzone = new Map(stan.rezygnacje.map((r) => [r.regon, r]));
  const rezygnacje = [...stan.rezygnacje];
  const zmiany: ZmianaPoRezygnacji[] = [];
  const odrzucone: RezygnacjaOdrzucona[] = [];
  const poz = (r: Rezygnacja) => poRegonie.get(r.regon) ?? Number.MAX_SAFE_INTEGER;
  const kolejne = [...lista].sort(
    (a, b) => porDat(a.data, b.data) || poz(a) - poz(b) || (a.regon < b.regon ? -1 : a.regon > b.regon ? 1 : 0),
  );

  for (const rez of kolejne) {
    const dawna = przetworzone.get(rez.regon);
    if (dawna) {
      if (porDat(dawna.data, rez.data) !== 0) odrzucone.push({ ...rez, powod: 'inna data' });
      continue;
    }
    const i = poRegonie.get(rez.regon);
    if (i === undefined) {
      odrzucone.push({ ...rez, powod: 'nieznany wniosek' });
      continue;
    }
    const k = st.przyznany[i];
    if (k < 0 || k > 1) {
      odrzucone.push({ ...rez, powod: 'niezakwalifikowana' });
      continue;
    }
    const w = wn[i];
    const wk = WARIANTY[k];
    // the support returns: to L_k, or (after CS-Z3.0) simply to the unused money
    const przed = kop ? st.L[k] : U;
    st.przyznany[i] = KOD.rezygnacja;
    U += w.r;
    if (kop) st.L[k] += w.r;
    if (st.przebieg)
      przebieg.push({
        krok: 'R',
        wariant: wk,
        grupa: '—',
        pozycja: w.pozycja,
        ...(w.numerWKoszyku != null ? { numerWKoszyku: w.numerWKoszyku } : {}),
        regon: w.regon,
        klucz: w.klucz,
        r: w.r,
        dostepnePrzed: przed,
        wynik: 'zwrot',
        brak: null,
        dostepnePo: przed + w.r,
        kwota: w.r,
      });
    const zapis: RezygnacjaPrzetworzona = { regon: rez.regon, data: rez.data, wariant: wk, kwota: w.r };
    rezygnacje.push(zapis);
    przetworzone.set(rez.regon, zapis);
    zmiany.push({
      data: rez.data,
      regon: w.regon,
      zmiana: 'rezygnacja',
      wariant: wk,
      kwota: w.r,
      krok: st.krok[i],
      wskutek: w.regon,
    });
    if (!kop) continue;
    const przedWalk = st.przyznany.slice();
    kroki5do7(st);
    wn.forEach((x, j) => {
      if (przedWalk[j] >= 0 || st.przyznany[j] < 0) return;
      U -= x.r;
      zmiany.push({
        data: rez.data,
        regon: x.regon,
        zmiana: 'zakwalifikowana',
        wariant: WARIANTY[st.przyznany[j]],
        kwota: x.r,
        krok: 'R',
        wskutek: w.regon,
      });
    });
  }

  const noweWnioski: WniosekZamrozony[] = wn.map((w, i) => {
    const k = st.przyznany[i];
    const { indeks, regon, wielkosc, v1, v2, r, pozycja, klucz } = w;
    const koszyk = w.numerWKoszyku != null ? { numerWKoszyku: w.numerWKoszyku } : {};
    const krok = st.krok[i];
    if (k === KOD.rezygnacja) {
      const rez = przetworzone.get(regon);
      const wariant = rez?.wariant ?? w.wariant;
      const wsparcie = rez?.kwota ?? w.wsparcie;
      return {
        indeks,
        regon,
        wielkosc,
        v1,
        v2,
        r,
        pozycja,
        klucz,
        ...koszyk,
        decyzja: 'rezygnacja',
        wariant,
        wsparcie,
        krok,
        brak: null,
      };
    }
    if (k >= 0)
      return {
        indeks,
        regon,
        wielkosc,
        v1,
        v2,
        r,
        pozycja,
        klucz,
        ...koszyk,
        decyzja: 'zakwalifikowana',
        wariant: WARIANTY[k],
        wsparcie: r,
        krok,
        brak: null,
      };
    const brak = st.brak[i] < 0 ? null : st.brak[i];
    return {
      indeks,
      regon,
      wielkosc,
      v1,
      v2,
      r,
      pozycja,
      klucz,
      ...koszyk,
      decyzja: 'niezakwalifikowana',
      wariant: v1,
      wsparcie: null,
      krok: null,
      brak,
    };
  });
  const nowyStanZ: StanZamrozony = {
    ...stan,
    koperty: kop && {
      E: { ...kop.E },
      Es: { I: { ...kop.Es.I }, II: { ...kop.Es.II } },
      D: { I: st.D[0], II: st.D[1] },
      L: { I: st.L[0], II: st.L[1] },
    },
    wnioski: noweWnioski,
    rezygnacje,
  };
  const decyzje = wgKlucza(
    noweWnioski.map((_, i) => i),
    (i) => noweWnioski[i].indeks,
    (i) => i,
  ).map((i) => decyzjaZamrozona(noweWnioski[i]));
  const przyznano = decyzje.reduce((s, d) => s + (d.decyzja === 'zakwalifikowana' ? (d.wsparcie ?? 0) : 0), 0);
  const wynik: WynikKwalifikacji = {
    wszystkieMieszcza: stan.wszystkieMieszcza,
    udzial: stan.udzial && zJson(stan.udzial),
    koperty: nowyStanZ.koperty,
    decyzje,
    przebieg: przebiegDotychczasowy.concat(przebieg),
    coJesli:
      stan.coJesli && stan.coJesli.map(({ udzial, ...w }) => ({ ...w, ...(udzial ? { udzial: zJson(udzial) } : {}) })),
    przyznano,
    niewykorzystane: A - przyznano,
  };
  return { wynik, nowyPrzebieg: przebieg, zmiany, odrzucone, stan: nowyStanZ };
}

function decyzjaZamrozona(w: WniosekZamrozony): DecyzjaWniosku {
  const powod =
    w.decyzja === 'rezygnacja'
      ? 'rezygnacja'
      : w.decyzja === 'zakwalifikowana'
        ? null
        : w.v2 === 'odstąpienie'
          ? 'brak środków; wariant zastępczy: odstąpienie'
          : 'brak środków';
  return {
    indeks: w.indeks,
    regon: w.regon,
    decyzja: w.decyzja,
    wariant: w.wariant,
    wsparcie: w.wsparcie,
    krok: w.krok,
    pozycja: w.pozycja,
    ...(w.numerWKoszyku != null ? { numerWKoszyku: w.numerWKoszyku } : {}),
    klucz: w.klucz,
    brak: w.decyzja === 'niezakwalifikowana' ? w.brak : null,
    powod,
  };
}
