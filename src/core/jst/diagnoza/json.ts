/** The `diagnozuj --json` object (WB-4.1 style): shapes and builder. */
import { liczbaJson, procentJson } from '../../rational';
import type { Kolor } from '../slowniki';
import {
  DEFINICJE,
  type Diagnoza,
  type KluczWskaznika,
  type Wskaznik,
  type Wskazniki,
  type StanWskaznika,
} from './wskazniki';
import { rankingWykluczenia, rekomendacjeSzkol } from './arkuszDiagnozy';
import type { WynikReguly } from './rekomendacje';
import type { RegulyDiagnozy } from './reguly';

/**
 * One JST-1 figure. `wartosc`: a ratio as a string with 2 decimals (`"10.50"`), a share in percent
 * with 2 decimals (`"62.50"`), rounded half up — or null when `stan` ≠ `ok` (`"brak komputerów"`,
 * `"brak oceny"`, `"brak danych"`).
 */
export interface WskaznikJson {
  regula: string;
  jednostka: 'liczba' | 'procent';
  wartosc: string | null;
  stan: StanWskaznika;
  objasnienie: { wzor: string; dane: string; wynik: string };
}

export interface DiagnozaJson {
  parametry: {
    standardLaczaMbps: string;
    wykluczenieCzerwone: string;
    wykluczenieBursztynowe: string;
    domyslne: string[];
  };
  szkoly: Array<{
    wiersz: number;
    nazwa: string | null;
    regon: string | null;
    typ: string | null;
    wskazniki: Record<KluczWskaznika, WskaznikJson>;
    standardLacza: boolean | null;
    administrowanieNieskuteczne: boolean | null;
    nieocenieni: number | null;
    wykluczenie: Kolor | null;
    rekomendacje: string[];
  }>;
  jst: {
    liczbaSzkol: number;
    sumy: {
      uczniowie: number;
      nauczyciele: number;
      saleLekcyjne: number;
      komputeryUczniow: number;
      komputeryStarsze: number;
      komputeryNauczycieli: number;
      przepustowoscMbps: string;
      etatyInformatyka: string;
      uczniowieSpecjalnePotrzeby: number;
      uczniowiePomocSpoleczna: number;
    };
    wskazniki: Record<KluczWskaznika, WskaznikJson>;
    standardLacza: { spelnia: number; z: number };
    administrowanieNieskuteczne: { tak: number; z: number };
    nieocenieni: number;
    wykluczenie: Record<Kolor, number>;
  };
  rekomendacje: Array<{
    id: string;
    priorytet: string;
    tekst: string;
    warunek: string;
    uruchomiona: boolean;
    szkoly: Array<{ wiersz: number; nazwa: string | null; regon: string | null; wartosc: string }>;
    nieocenione: Array<{ wiersz: number; nazwa: string | null; regon: string | null }>;
    wartoscJst: string;
  }>;
  rankingWykluczenia: Array<{
    wiersz: number;
    nazwa: string | null;
    regon: string | null;
    status: Kolor | null;
    udzial: string | null;
    uczniowieSpecjalnePotrzeby: number | null;
    uczniowiePomocSpoleczna: number | null;
  }>;
}

export function wskaznikJson(w: Wskaznik): WskaznikJson {
  const wartosc = w.stan === 'ok' && w.wartosc ? (w.procent ? procentJson(w.wartosc) : liczbaJson(w.wartosc)) : null;
  return {
    regula: w.regula,
    jednostka: w.procent ? 'procent' : 'liczba',
    wartosc,
    stan: w.stan,
    objasnienie: { wzor: w.objasnienie.wzor, dane: w.objasnienie.dane, wynik: w.objasnienie.wynik },
  };
}

function wszystkie(w: Wskazniki): Record<KluczWskaznika, WskaznikJson> {
  const o = {} as Record<KluczWskaznika, WskaznikJson>;
  for (const d of DEFINICJE) o[d.klucz] = wskaznikJson(w[d.klucz]);
  return o;
}

export function diagnozaJson(d: Diagnoza, rek: WynikReguly[], reguly: RegulyDiagnozy): DiagnozaJson {
  const j = d.jst;
  const ids = rekomendacjeSzkol(rek);
  return {
    parametry: {
      standardLaczaMbps: liczbaJson(d.parametry.standardMbps),
      wykluczenieCzerwone: procentJson(d.parametry.progCzerwony),
      wykluczenieBursztynowe: procentJson(d.parametry.progBursztynowy),
      domyslne: reguly.domyslne,
    },
    szkoly: d.szkoly.map((r) => ({
      wiersz: r.szkola.wiersz,
      nazwa: r.szkola.nazwa,
      regon: r.szkola.regon,
      typ: r.szkola.typ,
      wskazniki: wszystkie(r.w),
      standardLacza: r.standardLacza,
      administrowanieNieskuteczne: r.administrowanieNieskuteczne,
      nieocenieni: r.nieocenieni,
      wykluczenie: r.status,
      rekomendacje: ids.get(r) ?? [],
    })),
    jst: {
      liczbaSzkol: d.szkoly.length,
      sumy: {
        uczniowie: j.sumy.uczniowie,
        nauczyciele: j.sumy.nauczyciele,
        saleLekcyjne: j.sumy.sale,
        komputeryUczniow: j.sumy.kompUczniow,
        komputeryStarsze: j.sumy.kompStarsze,
        komputeryNauczycieli: j.sumy.kompNauczycieli,
        przepustowoscMbps: liczbaJson(j.sumy.mbps, 3),
        etatyInformatyka: liczbaJson(j.sumy.etaty, 4),
        uczniowieSpecjalnePotrzeby: j.sumy.specjalne,
        uczniowiePomocSpoleczna: j.sumy.pomoc,
      },
      wskazniki: wszystkie(j.w),
      standardLacza: j.standardLacza,
      administrowanieNieskuteczne: j.administrowanieNieskuteczne,
      nieocenieni: j.nieocenieni,
      wykluczenie: j.statusy,
    },
    rekomendacje: rek.map((g) => ({
      id: g.regula.id,
      priorytet: g.regula.priorytet,
      tekst: g.regula.tekst,
      warunek: g.warunek,
      uruchomiona: g.uruchomiona,
      szkoly: g.szkoly.map((t) => ({
        wiersz: t.szkola.szkola.wiersz,
        nazwa: t.szkola.szkola.nazwa,
        regon: t.szkola.szkola.regon,
        wartosc: t.wartosc,
      })),
      nieocenione: g.nieocenione.map((t) => ({
        wiersz: t.szkola.szkola.wiersz,
        nazwa: t.szkola.szkola.nazwa,
        regon: t.szkola.szkola.regon,
      })),
      wartoscJst: g.wartoscJst,
    })),
    rankingWykluczenia: rankingWykluczenia(d).map((r) => ({
      wiersz: r.szkola.wiersz,
      nazwa: r.szkola.nazwa,
      regon: r.szkola.regon,
      status: r.status,
      udzial: r.w.wykluczenie.wartosc ? procentJson(r.w.wykluczenie.wartosc) : null,
      uczniowieSpecjalnePotrzeby: r.szkola.specjalne,
      uczniowiePomocSpoleczna: r.szkola.pomoc,
    })),
  };
}
