/**
 * "Dlaczego?" — the events that led one application to its decision, read from the protocol model
 * (WB-5 evaluation, CS-5 size and cap, CS-4.3, the CS-Z3 trace). Nothing here re-runs a CS-Z3 step:
 * every number is copied from the evaluated rows, the envelopes, the trace or the decision.
 */
import type { Grosze } from '../kwota';
import { minimalnyWklad, limitWsparcia } from '../program/reguly';
import type { Program } from '../program/definicja';
import type { DecyzjaWniosku, Grupa, Krok, KrokPrzebiegu, Udzial, Wariant, Wielkosc } from '../kwalifikacja';
import type { ModelProtokolu } from '../wojewodztwo/model';
import type { WierszWniosku } from '../wojewodztwo/wiersze';
import { dolacz } from '../tablice/dolacz';

/** Rule of a trace step (CS-Z3.R walks cite CS-Z3.R). */
export const REGULA_KROKU: Record<Krok, string> = {
  '0': 'CS-Z3.0',
  '4': 'CS-Z3.4',
  '5': 'CS-Z3.5',
  '6': 'CS-Z3.6',
  '7': 'CS-Z3.7',
  R: 'CS-Z3.R',
};

export type Zdarzenie =
  | {
      rodzaj: 'ocena';
      regula: 'WB-5.1' | 'WB-5.2';
      ocena: 'pozytywna' | 'negatywna';
      /** the team's entry decided (WB-5.2), else the proposal (WB-5.1) */
      zespolu: boolean;
      /** reason of a negative evaluation */
      powod: string | null;
    }
  | { rodzaj: 'wielkosc'; regula: 'CS-5.1'; uczniowie: number; wielkosc: Wielkosc; limit: Grosze }
  | { rodzaj: 'kwota'; regula: 'CS-5.2'; wnioskowana: Grosze; limit: Grosze; r: Grosze; obcieta: boolean }
  | { rodzaj: 'wklad'; regula: 'CS-4.3'; wklad: Grosze; minimum: Grosze; r: Grosze; wystarcza: boolean }
  | { rodzaj: 'wszystkieMieszcza'; regula: 'CS-Z3.0'; kwotaSrodkow: Grosze }
  | {
      rodzaj: 'losowanie';
      regula: 'CS-Z3.1';
      pozycja: number;
      liczba: number;
      reczna: boolean;
      /** the exact text hashed (seed + "|" + REGON), null under the manual order */
      tekstKlucza: string | null;
      klucz: string | null;
    }
  | {
      rodzaj: 'kopertaWariantu';
      regula: 'CS-Z3.2';
      wariant: Wariant;
      /** share of variant I, exact, and whether it is the default rule */
      udzial: Udzial;
      kwotaSrodkow: Grosze;
      koperta: Grosze;
    }
  | { rodzaj: 'kopertaGrupy'; regula: 'CS-Z3.3'; wariant: Wariant; grupa: Grupa; koperta: Grosze }
  | {
      rodzaj: 'przejscie';
      regula: string;
      /** 1-based row of `Przebieg kwalifikacji` */
      lp: number;
      krok: Krok;
      podkrok: '5' | '6' | '7' | null;
      wariant: Wariant;
      grupa: Grupa | '—';
      r: Grosze;
      dostepnePrzed: Grosze;
      miesci: boolean;
      brak: Grosze | null;
      dostepnePo: Grosze;
      /** CS-Z3.7: the shift that opened this walk (from the trace's `przesunięcie` row) */
      przesuniecie: { kwota: Grosze; zWariantu: Wariant; lp: number } | null;
    }
  | {
      rodzaj: 'decyzja';
      regula: string;
      decyzja: DecyzjaWniosku['decyzja'] | 'odrzucona formalnie';
      wariant: Wariant | null;
      wsparcie: Grosze | null;
      krok: Krok | null;
      brak: Grosze | null;
      powod: string | null;
      /** fallback is withdrawal (odstąpienie): never examined in the other variant */
      odstapienie: boolean;
    }
  | { rodzaj: 'coJesli'; regula: 'CS-Z3.W'; brak: Grosze }
  | {
      /** CS-Z3.7 (or CS-Z3.R) shift to `doWariantu` or move back (`zwrot`) — the step-through shows it */
      rodzaj: 'przesuniecie';
      regula: string;
      lp: number;
      zwrot: boolean;
      zWariantu: Wariant;
      doWariantu: Wariant;
      kwota: Grosze;
      dostepnePrzed: Grosze;
      dostepnePo: Grosze;
    };

export interface Wyjasnienie {
  regon: string;
  nazwa: string;
  organ: string;
  /** 1-based row of `Wnioski` */
  wiersz: number;
  zdarzenia: Zdarzenie[];
}

function ocena(mp: ModelProtokolu, w: WierszWniosku): Zdarzenie {
  const o = mp.oceny[w.indeks];
  const zespolu = w.ocenaZespolu !== null;
  return {
    rodzaj: 'ocena',
    regula: zespolu ? 'WB-5.2' : 'WB-5.1',
    ocena: o,
    zespolu,
    powod: o === 'negatywna' ? (mp.powodyOdrzucenia.get(w.indeks) ?? null) : null,
  };
}

/** CS-5.1, CS-5.2, CS-4.3 from the evaluated row (the values the evaluation used). */
function wielkoscIKwota(w: WierszWniosku, program: Program): Zdarzenie[] {
  const z: Zdarzenie[] = [];
  if (w.uczniowie === null || w.wielkosc === null) return z;
  const limit = limitWsparcia(w.wielkosc, program);
  z.push({ rodzaj: 'wielkosc', regula: 'CS-5.1', uczniowie: w.uczniowie, wielkosc: w.wielkosc, limit });
  if (w.wnioskowana === null || w.r === null) return z;
  z.push({
    rodzaj: 'kwota',
    regula: 'CS-5.2',
    wnioskowana: w.wnioskowana,
    limit,
    r: w.r,
    obcieta: w.r < w.wnioskowana,
  });
  if (w.wklad !== null) {
    const minimum = minimalnyWklad(w.r, program);
    z.push({ rodzaj: 'wklad', regula: 'CS-4.3', wklad: w.wklad, minimum, r: w.r, wystarcza: w.wklad >= minimum });
  }
  return z;
}

/**
 * Trace rows as events, in order: each examination (with the shift that opened its CS-Z3.7 walk) and,
 * with `regon` null, the shifts and move-backs too (the step-through); with a REGON only its rows.
 */
export function zdarzeniaPrzebiegu(przebieg: readonly KrokPrzebiegu[], regon: string | null): Zdarzenie[] {
  const z: Zdarzenie[] = [];
  let przesuniecie: { kwota: Grosze; zWariantu: Wariant; lp: number } | null = null;
  przebieg.forEach((k, i) => {
    if (k.wynik === 'przesunięcie' || k.wynik === 'zwrot') {
      const zwrot = k.wynik === 'zwrot';
      przesuniecie = zwrot ? null : { kwota: k.kwota ?? 0, zWariantu: k.zWariantu ?? 'I', lp: i + 1 };
      if (regon === null && k.wariant)
        z.push({
          rodzaj: 'przesuniecie',
          regula: REGULA_KROKU[k.krok],
          lp: i + 1,
          zwrot,
          // a move-back leaves the variant the shift went to; a CS-Z3.R return (no source) stays in its variant
          zWariantu: zwrot ? k.wariant : (k.zWariantu ?? k.wariant),
          doWariantu: zwrot && k.zWariantu !== undefined ? (k.wariant === 'I' ? 'II' : 'I') : k.wariant,
          kwota: k.kwota ?? 0,
          dostepnePrzed: k.dostepnePrzed,
          dostepnePo: k.dostepnePo,
        });
      return;
    }
    if ((regon !== null && k.regon !== regon) || k.r === null || k.wariant === null) return;
    const siodmy = k.krok === '7' || k.podkrok === '7';
    z.push({
      rodzaj: 'przejscie',
      regula: REGULA_KROKU[k.krok],
      lp: i + 1,
      krok: k.krok,
      podkrok: k.podkrok ?? null,
      wariant: k.wariant,
      grupa: k.grupa,
      r: k.r,
      dostepnePrzed: k.dostepnePrzed,
      miesci: k.wynik === 'zakwalifikowana',
      brak: k.brak,
      dostepnePo: k.dostepnePo,
      przesuniecie: siodmy ? przesuniecie : null,
    });
  });
  return z;
}

function decyzja(d: DecyzjaWniosku, w: WierszWniosku): Zdarzenie[] {
  const regula =
    d.decyzja === 'rezygnacja'
      ? 'CS-Z3.R'
      : d.decyzja === 'zakwalifikowana' && d.krok
        ? REGULA_KROKU[d.krok]
        : 'CS-Z3.8';
  const z: Zdarzenie[] = [
    {
      rodzaj: 'decyzja',
      regula,
      decyzja: d.decyzja,
      wariant: d.wariant,
      wsparcie: d.wsparcie,
      krok: d.krok,
      brak: d.brak,
      powod: d.powod,
      odstapienie: w.zastepczy === 'odstąpienie',
    },
  ];
  if (d.decyzja === 'niezakwalifikowana' && d.brak !== null)
    z.push({ rodzaj: 'coJesli', regula: 'CS-Z3.W', brak: d.brak });
  return z;
}

/** The narrative's events for the data row `w` of an evaluated and qualified workbook. */
export function zdarzeniaWniosku(mp: ModelProtokolu, w: WierszWniosku, program: Program): Wyjasnienie {
  const zdarzenia: Zdarzenie[] = [ocena(mp, w), ...wielkoscIKwota(w, program)];
  const d = mp.decyzje[w.indeks];
  const regon = w.regonCyfry ?? w.regonTekst ?? '';
  const wynik = mp.wynik;
  if (!d) {
    zdarzenia.push({
      rodzaj: 'decyzja',
      regula: 'CS-Z3.8',
      decyzja: 'odrzucona formalnie',
      wariant: w.wariant,
      wsparcie: null,
      krok: null,
      brak: null,
      powod: mp.powodyOdrzucenia.get(w.indeks) ?? null,
      odstapienie: false,
    });
  } else if (wynik.wszystkieMieszcza) {
    zdarzenia.push({ rodzaj: 'wszystkieMieszcza', regula: 'CS-Z3.0', kwotaSrodkow: mp.parametry.kwota ?? 0 });
    dolacz(dolacz(zdarzenia, zdarzeniaPrzebiegu(wynik.przebieg, d.regon)), decyzja(d, w));
  } else {
    if (d.pozycja !== null)
      zdarzenia.push({
        rodzaj: 'losowanie',
        regula: 'CS-Z3.1',
        pozycja: d.pozycja,
        liczba: mp.wynik.decyzje.length,
        reczna: mp.kolejnoscReczna,
        tekstKlucza: mp.ziarnoUzyte && mp.parametry.ziarno !== null ? `${mp.parametry.ziarno}|${d.regon}` : null,
        klucz: d.klucz,
      });
    const k = wynik.koperty;
    const v1 = w.wariant;
    if (k && wynik.udzial && v1) {
      zdarzenia.push({
        rodzaj: 'kopertaWariantu',
        regula: 'CS-Z3.2',
        wariant: v1,
        udzial: wynik.udzial,
        kwotaSrodkow: mp.parametry.kwota ?? 0,
        koperta: k.E[v1],
      });
      const grupa: Grupa = k.Es[v1].wszystkie !== undefined ? 'wszystkie' : (w.wielkosc ?? 'wszystkie');
      zdarzenia.push({ rodzaj: 'kopertaGrupy', regula: 'CS-Z3.3', wariant: v1, grupa, koperta: k.Es[v1][grupa] ?? 0 });
    }
    dolacz(dolacz(zdarzenia, zdarzeniaPrzebiegu(wynik.przebieg, d.regon)), decyzja(d, w));
  }
  return { regon, nazwa: w.nazwa, organ: w.organ, wiersz: w.wiersz, zdarzenia };
}
