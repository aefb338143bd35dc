/**
 * `kwalifikuj`'s typed result (`WynikOperacji<'kwalifikuj'>.dane`): money in grosze, one row per `Wnioski`
 * row, and the summary every host shows. The WB-4.1 JSON (json.ts) and the summary lines (podsumowanie.ts)
 * are both derived from it, so the pane never re-reads money strings or re-derives a total.
 */
import type { Grosze } from '../kwota';
import { dziesietnyZaokraglony } from '../rational';
import {
  ID_ALGORYTMU,
  type Koperty,
  type Krok,
  type LosowanieReczne,
  type PodzialWielkosci,
  type Wariant,
  type Wielkosc,
} from '../kwalifikacja';
import type { ModelProtokolu } from './model';

export interface WniosekKwalifikacji {
  regon: string | null;
  /** the row's size (WB-2), null when unreadable */
  wielkosc: Wielkosc | null;
  decyzja: 'zakwalifikowana' | 'niezakwalifikowana' | 'rezygnacja' | 'odrzucona formalnie';
  /** variant granted, v1 when not qualified, the row's variant when rejected formally */
  wariant: Wariant | null;
  /** CS-Z3.4–3.7 support (qualified and resigned rows) */
  kwotaWsparcia: Grosze | null;
  krok: Krok | null;
  pozycjaLosowania: number | null;
  /** the number drawn within its basket (CS-Z3.1 P4 `w koszykach`), else null */
  numerWKoszyku: number | null;
  /** CS-Z3.8 smallest shortfall (not qualified rows) */
  brakujacaKwota: Grosze | null;
  powod: string | null;
}

export interface KomorkaPodsumowania {
  liczba: number;
  kwota: Grosze;
}

export interface PodsumowanieWariantu extends KomorkaPodsumowania {
  /** L_k left after CS-Z3.7; null under CS-Z3.0 */
  niewykorzystane: Grosze | null;
  wgWielkosci: Record<Wielkosc, KomorkaPodsumowania>;
}

/** The run's summary (CLI stderr lines, the pane's summary card, WB-4.1 `podsumowanie`). */
export interface PodsumowanieKwalifikacji {
  wnioski: number;
  /** formally positive rows that took part (CS-Z3) */
  pozytywne: number;
  zakwalifikowane: number;
  przyznano: Grosze;
  niewykorzystane: Grosze;
  warianty: Record<Wariant, PodsumowanieWariantu>;
  /** the smallest CS-Z3.8 shortfall, first in row order on a tie */
  najmniejszyBrak: { kwota: Grosze; regon: string } | null;
  niezakwalifikowane: number;
  odrzucone: number;
  rezygnacje: number;
}

export interface DaneKwalifikacji {
  algorytm: string;
  /** CS-Z3.F fingerprint */
  odcisk: string;
  kwotaSrodkow: Grosze;
  parametry: {
    /** CS-Z3.2 share of variant I, WB-4.1 decimal with 4 places; null under CS-Z3.0 */
    udzialWariantuI: string | null;
    udzialDomyslny: boolean | null;
    podzialWielkosci: PodzialWielkosci;
    ziarno: string | null;
    kolejnoscReczna: boolean;
    /** CS-Z3.1 P4 when the manual order is in use, else null */
    losowanieReczne: LosowanieReczne | null;
  };
  /** CS-Z3.2/3.3 envelopes, D and L after CS-Z3.7; null under CS-Z3.0 */
  koperty: Koperty | null;
  wnioski: WniosekKwalifikacji[];
  podsumowanie: PodsumowanieKwalifikacji;
}

const pustaWielkosc = (): Record<Wielkosc, KomorkaPodsumowania> => ({
  mała: { liczba: 0, kwota: 0 },
  średnia: { liczba: 0, kwota: 0 },
  duża: { liczba: 0, kwota: 0 },
});

export function regonWiersza(w: ModelProtokolu['wiersze'][number]): string | null {
  return w.regonCyfry ?? w.regonTekst ?? null;
}

function wnioskiKwalifikacji(mp: ModelProtokolu): WniosekKwalifikacji[] {
  return mp.wiersze.map((w) => {
    const d = mp.decyzje[w.indeks];
    if (!d)
      return {
        regon: regonWiersza(w),
        wielkosc: w.wielkosc,
        decyzja: 'odrzucona formalnie',
        wariant: w.wariant,
        kwotaWsparcia: null,
        krok: null,
        pozycjaLosowania: null,
        numerWKoszyku: null,
        brakujacaKwota: null,
        powod: `odrzucona formalnie: ${mp.powodyOdrzucenia.get(w.indeks) ?? ''}`,
      };
    const kwal = d.decyzja === 'zakwalifikowana' || d.decyzja === 'rezygnacja';
    return {
      regon: regonWiersza(w),
      wielkosc: w.wielkosc,
      decyzja: d.decyzja,
      wariant: d.wariant,
      kwotaWsparcia: kwal ? d.wsparcie : null,
      krok: kwal ? d.krok : null,
      pozycjaLosowania: d.pozycja,
      numerWKoszyku: d.numerWKoszyku ?? null,
      brakujacaKwota: d.decyzja === 'niezakwalifikowana' ? d.brak : null,
      powod: d.powod,
    };
  });
}

function podsumuj(mp: ModelProtokolu, wnioski: readonly WniosekKwalifikacji[]): PodsumowanieKwalifikacji {
  const k = mp.wynik.koperty;
  const wariant = (v: Wariant): PodsumowanieWariantu => ({
    liczba: 0,
    kwota: 0,
    niewykorzystane: k ? k.L[v] : null,
    wgWielkosci: pustaWielkosc(),
  });
  const s: PodsumowanieKwalifikacji = {
    wnioski: wnioski.length,
    pozytywne: mp.wynik.decyzje.length,
    zakwalifikowane: 0,
    przyznano: mp.wynik.przyznano,
    niewykorzystane: mp.wynik.niewykorzystane,
    warianty: { I: wariant('I'), II: wariant('II') },
    najmniejszyBrak: null,
    niezakwalifikowane: 0,
    odrzucone: 0,
    rezygnacje: 0,
  };
  for (const w of wnioski) {
    if (w.decyzja === 'zakwalifikowana') {
      const v = s.warianty[w.wariant!];
      const g = w.kwotaWsparcia ?? 0;
      s.zakwalifikowane++;
      v.liczba++;
      v.kwota += g;
      if (w.wielkosc) {
        v.wgWielkosci[w.wielkosc].liczba++;
        v.wgWielkosci[w.wielkosc].kwota += g;
      }
    } else if (w.decyzja === 'niezakwalifikowana') {
      s.niezakwalifikowane++;
      const b = w.brakujacaKwota;
      if (b !== null && (!s.najmniejszyBrak || b < s.najmniejszyBrak.kwota))
        s.najmniejszyBrak = { kwota: b, regon: w.regon ?? '—' };
    } else if (w.decyzja === 'odrzucona formalnie') s.odrzucone++;
    else s.rezygnacje++;
  }
  return s;
}

/** The typed result of a finished qualification, from the protocol model. */
export function daneKwalifikacji(mp: ModelProtokolu): DaneKwalifikacji {
  const { wynik, parametry: p } = mp;
  const wnioski = wnioskiKwalifikacji(mp);
  return {
    algorytm: ID_ALGORYTMU,
    odcisk: mp.odcisk,
    kwotaSrodkow: p.kwota!,
    parametry: {
      udzialWariantuI: wynik.udzial ? dziesietnyZaokraglony(wynik.udzial.licznik, wynik.udzial.mianownik, 4) : null,
      udzialDomyslny: wynik.udzial ? wynik.udzial.domyslny : null,
      podzialWielkosci: p.podzial,
      ziarno: mp.ziarnoUzyte ? p.ziarno : null,
      kolejnoscReczna: mp.kolejnoscReczna,
      losowanieReczne: mp.losowanieReczne,
    },
    koperty: wynik.koperty,
    wnioski,
    podsumowanie: podsumuj(mp, wnioski),
  };
}
