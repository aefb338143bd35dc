/**
 * A generated voivodeship workbook (`Parametry`, `Wnioski`, `Reguły` of the WB-2 template), used for
 * the realistic example (with deliberate non-blocking problems) and for the benchmark's synthetic
 * national dataset. Deterministic: the same options give the same sheets.
 */
import {
  type ZapisArkusza,
  type ZapisKomorki,
  type DataKalendarzowa,
  WOJEWODZTWA,
  type PodzialWielkosci,
  arkuszTabeli,
  szablonWojewodztwa,
  KOLUMNY_SZABLONU_WNIOSKOW,
  ARKUSZ_WNIOSKI,
  ARKUSZ_PARAMETRY,
} from '../core';
import { Los } from './los';
import { GeneratorRegonow } from './regony';
import { generujOrgany } from './organy';
import { generujSzkoly, limit, type Szkola } from './szkoly';
import { oczekiwaneLimity, wstawBledyCelowe } from './bledyCelowe';
import { kolumna, wierszWniosku } from './wierszWniosku';
import { arkuszParametrowZWartosciami } from './parametry';
import { d } from './komorki';
import { SKLAD_ZESPOLU } from './nazwy';
import type { OczekiwanaUwaga, PrzykladZeszytu, WierszCelowy, ZapisSpecjalny } from './model';

export interface OpcjeWojewodztwa {
  /** 2-digit TERYT of the voivodeship */
  teryt: string;
  liczbaWnioskow: number;
  /** PRNG seed of the generator */
  ziarno: number;
  /** plant the deliberate non-blocking problems and one blank row */
  bledyCelowe?: boolean;
  /** `Ziarno losowania` (WB-1.8) */
  ziarnoLosowania?: string;
  /** `Kwota środków` as this fraction of Σ r of the formally positive rows, down to whole 1 000 zł */
  udzialKwoty?: number;
  /** `Kwota środków` given exactly (grosze), e.g. the voivodeship's 2012 allocation; wins over `udzialKwoty` */
  kwota?: number;
  /** the probability that an application's first variant is I (default 0.72) */
  udzialWnioskowI?: number;
  udzialWariantu?: number | null;
  podzial?: PodzialWielkosci | null;
  sio?: readonly [number, number, number] | null;
  dataPosiedzenia?: DataKalendarzowa;
  /** dropdowns on the template rows (off for the stress workbook) */
  walidacje?: boolean;
}

export interface Statystyka {
  wnioski: number;
  organy: number;
  organyWgRodzaju: Record<string, number>;
  wielkosci: Record<string, number>;
  warianty: Record<string, number>;
  zastepcze: Record<string, number>;
  polozenia: Record<string, number>;
  typy: Record<string, number>;
  ponadLimit: number;
  kwotyTekstem: number;
  sumaWnioskowana: number;
  sumaR: number;
  kwota: number;
  /** true when `Kwota środków` was given (not a fraction of Σ r) */
  kwotaPodana: boolean;
}

export interface PrzykladWojewodztwa extends PrzykladZeszytu {
  oczekiwane: OczekiwanaUwaga[];
  celowe: WierszCelowy[];
  statystyka: Statystyka;
}

function policz<T extends string>(lista: readonly T[]): Record<string, number> {
  const m: Record<string, number> = {};
  for (const x of lista) m[x] = (m[x] ?? 0) + 1;
  return m;
}

function wielkosc(u: number): string {
  return u <= 0 ? '—' : u <= 100 ? 'mała' : u <= 300 ? 'średnia' : 'duża';
}

function r(s: Szkola): number {
  return Math.min(s.wnioskowana, limit(s.uczniowie) || s.wnioskowana);
}

function statystyka(szkoly: readonly Szkola[], kwota: number, kwotaPodana: boolean): Statystyka {
  const rodzaj = (s: Szkola) => (s.nadpisane.rodzajOrganu?.v as string | undefined) ?? s.organ.rodzaj;
  const organ = (s: Szkola) => (s.nadpisane.organ?.v as string | undefined) ?? s.organ.nazwa;
  const organy = new Map<string, string>();
  for (const s of szkoly) organy.set(organ(s), rodzaj(s));
  return {
    wnioski: szkoly.length,
    organy: organy.size,
    organyWgRodzaju: policz([...organy.values()]),
    wielkosci: policz(szkoly.map((s) => wielkosc(s.uczniowie))),
    warianty: policz(szkoly.map((s) => s.wariant)),
    zastepcze: policz(szkoly.map((s) => s.zastepczy)),
    polozenia: policz(szkoly.map((s) => s.polozenie)),
    typy: policz(
      szkoly.map((s) => (s.nadpisane.typ?.v as string | undefined) ?? s.typ ?? '(puste = szkoła podstawowa)'),
    ),
    ponadLimit: szkoly.filter((s) => limit(s.uczniowie) > 0 && s.wnioskowana > limit(s.uczniowie)).length,
    kwotyTekstem: szkoly.filter((s) => s.zapisKwot !== 'liczba').length,
    sumaWnioskowana: szkoly.reduce((a, s) => a + s.wnioskowana, 0),
    sumaR: szkoly.reduce((a, s) => a + r(s), 0),
    kwota,
    kwotaPodana,
  };
}

export function generujWojewodztwo(o: OpcjeWojewodztwa): PrzykladWojewodztwa {
  const woj = WOJEWODZTWA.find((w) => w.teryt === o.teryt);
  if (!woj) throw new Error(`unknown voivodeship TERYT ${o.teryt}`);
  const los = new Los(o.ziarno);
  const regony = new GeneratorRegonow(los.potomny());
  const organy = generujOrgany(los.potomny(), o.teryt, o.liczbaWnioskow);
  const szkoly = generujSzkoly(los.potomny(), organy, regony, o.udzialWnioskowI);
  if (o.bledyCelowe) wstawBledyCelowe(szkoly, regony, los.potomny());
  oczekiwaneLimity(szkoly);

  const sumaPozytywnych = szkoly
    .filter((s) => s.celowy?.decyzja !== 'odrzucona formalnie')
    .reduce((a, s) => a + r(s), 0);
  const kwota =
    o.kwota ?? Math.max(100_000, Math.floor((sumaPozytywnych * (o.udzialKwoty ?? 0.5)) / 100_000) * 100_000);

  // Wnioski: header row 1, data from row 2; one blank row in the middle when errors are planted
  const pusty = o.bledyCelowe ? Math.floor(szkoly.length * 0.55) : -1;
  const dane: ZapisKomorki[][] = [];
  const specjalne: ZapisSpecjalny[] = [];
  const oczekiwane: OczekiwanaUwaga[] = [];
  const celowe: WierszCelowy[] = [];
  szkoly.forEach((s, i) => {
    if (i === pusty) {
      dane.push([]);
      const nr = dane.length + 1;
      oczekiwane.push({
        arkusz: ARKUSZ_WNIOSKI,
        komorka: `A${nr}`,
        waga: 'ostrzeżenie',
        regula: 'WB-1.2',
        opis: `pusty wiersz ${nr} w środku danych`,
      });
    }
    const w = wierszWniosku(s, i + 1);
    dane.push(w.komorki);
    const nr = dane.length + 1;
    for (const sp of w.specjalne)
      specjalne.push({ arkusz: ARKUSZ_WNIOSKI, adres: `${sp.kolumna}${nr}`, wartosc: sp.wartosc });
    for (const u of s.oczekiwane)
      oczekiwane.push({
        arkusz: ARKUSZ_WNIOSKI,
        komorka: `${kolumna(u.klucz)}${nr}`,
        waga: u.waga,
        regula: u.regula,
        opis: u.opis,
      });
    if (s.celowy) celowe.push({ wiersz: nr, regon: s.regon, opis: s.celowy.opis, decyzja: s.celowy.decyzja });
  });

  const wnioski: ZapisArkusza = arkuszTabeli(ARKUSZ_WNIOSKI, KOLUMNY_SZABLONU_WNIOSKOW, dane);
  if (o.walidacje === false) delete wnioski.walidacje;
  const parametry = arkuszParametrowZWartosciami({
    wojewodztwo: woj.nazwa,
    kwota,
    udzial: o.udzialWariantu ?? null,
    podzial: o.podzial ?? null,
    sio: o.sio ?? null,
    ziarno: o.ziarnoLosowania ?? `2012-05-10 losowanie ${woj.nazwa}`,
    data: o.dataPosiedzenia ?? d(2012, 5, 10),
    sklad: SKLAD_ZESPOLU,
  });
  const [, , reguly] = szablonWojewodztwa();
  if (parametry.nazwa !== ARKUSZ_PARAMETRY) throw new Error('unexpected template');
  return {
    arkusze: [parametry, wnioski, reguly],
    specjalne,
    oczekiwane,
    celowe,
    statystyka: statystyka(szkoly, kwota, o.kwota !== undefined),
  };
}
