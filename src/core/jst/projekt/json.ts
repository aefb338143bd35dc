/**
 * `wskazniki`'s typed data (`DaneWskaznikow`, money in grosze) and the `wskazniki --json` object derived
 * from it (`WskaznikiJson`, money as WB-4.1 strings): one shape, `K` = how money is held.
 */
import { dataIso } from '../../komorki/daty';
import type { DataKalendarzowa } from '../../program/definicja';
import { kwotaJson, type Grosze } from '../../kwota';
import { dziesietny, procentJson, ulamek } from '../../rational';
import type { PlanProjektu } from './planProjektu';
import type { WskaznikiProjektu } from './wskaznikiProjektu';
import type { Rozliczenie } from './rozliczenie';

export interface Wskazniki<K> {
  stanNa: string;
  uczestnicy: { wierszy: number; osob: number; jst: number };
  wskazniki: Array<{
    id: string;
    nazwa: string;
    rodzaj: string;
    cel: number;
    celK: number | null;
    celM: number | null;
    wartosc: number;
    k: number | null;
    m: number | null;
    postep: string;
    postepK: string | null;
    postepM: string | null;
  }>;
  zespoly: Array<{
    teryt: string;
    jst: string | null;
    osob: number;
    k: number;
    m: number;
    identyfikatory: string[];
    zgodny: boolean;
  }>;
  budzet: {
    plan: {
      ogolem: K;
      wkladUe: K;
      udzialUe: string;
      wkladWlasny: K;
      lata: Array<{ rok: number; kwota: K }>;
      zadania: Array<{ zadanie: string; udzial: string; kwota: K; oknoOd: string; oknoDo: string }>;
    };
    uzgodnienia: Array<{
      kontrola: string;
      jednostka: 'zł' | '%';
      /** `zł`: money (`K`); `%`: hundredths of a percent (the data) or `"12.34"` (the JSON) */
      oczekiwane: K;
      wartosc: K;
      zgodne: boolean;
    }>;
    zadania: Array<{
      zadanie: string;
      plan: K;
      wydatki: K;
      pozostalo: K;
      wykonanie: string;
      pozaOknem: K;
      linii: number;
    }>;
    lata: Array<{
      rok: number;
      plan: K | null;
      wydatki: K;
      pozostalo: K | null;
      wykonanie: string | null;
    }>;
    zadanieRok: Array<{ zadanie: string; rok: number; wydatki: K; plan: K | null }>;
    wydatki: { razem: K; pozaOknem: K; pominieteLinie: number };
  };
}

/** `wskazniki`'s data: money in grosze (the pane formats it with the core's formatter). */
export type DaneWskaznikow = Wskazniki<Grosze>;
/** The WB-4.1 JSON: money as `"1234.50"`. */
export type WskaznikiJson = Wskazniki<string>;

const setne = (n: number) => dziesietny(BigInt(n), 2);
const wyk = (a: number, b: number) => procentJson(ulamek(BigInt(a), BigInt(b)));

export function daneWskaznikow(
  w: WskaznikiProjektu,
  wierszy: number,
  plan: PlanProjektu,
  r: Rozliczenie,
  dzis: DataKalendarzowa,
): DaneWskaznikow {
  const lata = r.lata.map((l) => l.rok);
  return {
    stanNa: dataIso(dzis),
    uczestnicy: { wierszy, osob: w.osob, jst: w.zespoly.length },
    wskazniki: w.wskazniki.map((x) => ({
      id: x.cel.id,
      nazwa: x.cel.nazwa,
      rodzaj: x.cel.rodzaj,
      cel: x.cel.cel,
      celK: x.cel.celK,
      celM: x.cel.celM,
      wartosc: x.wartosc,
      k: x.k,
      m: x.m,
      postep: procentJson(x.postep),
      postepK: x.postepK ? procentJson(x.postepK) : null,
      postepM: x.postepM ? procentJson(x.postepM) : null,
    })),
    zespoly: w.zespoly.map((z) => ({
      teryt: z.teryt,
      jst: z.jst,
      osob: z.osoby.length,
      k: z.k,
      m: z.m,
      identyfikatory: z.osoby.map((o) => o.id),
      zgodny: !z.niezgodny,
    })),
    budzet: {
      plan: {
        ogolem: plan.ogolem,
        wkladUe: plan.wkladUe,
        udzialUe: setne(plan.udzialUeSetne),
        wkladWlasny: plan.wkladWlasny,
        lata: plan.lata.map((l) => ({ rok: l.rok, kwota: l.kwota })),
        zadania: plan.zadania.map((z) => ({
          zadanie: z.zadanie,
          udzial: setne(z.udzialSetne),
          kwota: z.kwota,
          oknoOd: dataIso(z.okno.od),
          oknoDo: dataIso(z.okno.do),
        })),
      },
      uzgodnienia: r.uzgodnienia.map((k) => ({
        kontrola: k.kontrola,
        jednostka: k.jednostka,
        oczekiwane: k.oczekiwane,
        wartosc: k.wartosc,
        zgodne: k.zgodne,
      })),
      zadania: r.zadania.map((z) => ({
        zadanie: z.zadanie.zadanie,
        plan: z.zadanie.kwota,
        wydatki: z.wydatki,
        pozostalo: z.zadanie.kwota - z.wydatki,
        wykonanie: wyk(z.wydatki, z.zadanie.kwota || 1),
        pozaOknem: z.pozaOknem,
        linii: z.linii,
      })),
      lata: r.lata.map((l) => ({
        rok: l.rok,
        plan: l.plan,
        wydatki: l.wydatki,
        pozostalo: l.plan === null ? null : l.plan - l.wydatki,
        wykonanie: l.plan ? wyk(l.wydatki, l.plan) : null,
      })),
      zadanieRok: plan.zadania.flatMap((z) =>
        lata.map((rok) => {
          const p = r.macierz?.get(z.zadanie)?.get(rok);
          return {
            zadanie: z.zadanie,
            rok,
            wydatki: r.zadanieRok.get(z.zadanie)?.get(rok) ?? 0,
            plan: r.macierz ? (p ?? 0) : null,
          };
        }),
      ),
      wydatki: { razem: r.razem, pozaOknem: r.pozaOknem, pominieteLinie: r.pominiete },
    },
  };
}

/** The WB-4.1 JSON of the data: every money field as `kwotaJson`, every other field as it is. */
export function wskaznikiJson(d: DaneWskaznikow): WskaznikiJson {
  const b = d.budzet;
  const kwN = (g: Grosze | null) => (g === null ? null : kwotaJson(g));
  return {
    ...d,
    budzet: {
      plan: {
        ...b.plan,
        ogolem: kwotaJson(b.plan.ogolem),
        wkladUe: kwotaJson(b.plan.wkladUe),
        wkladWlasny: kwotaJson(b.plan.wkladWlasny),
        lata: b.plan.lata.map((l) => ({ ...l, kwota: kwotaJson(l.kwota) })),
        zadania: b.plan.zadania.map((z) => ({ ...z, kwota: kwotaJson(z.kwota) })),
      },
      uzgodnienia: b.uzgodnienia.map((k) => {
        const f = k.jednostka === 'zł' ? kwotaJson : setne;
        return { ...k, oczekiwane: f(k.oczekiwane), wartosc: f(k.wartosc) };
      }),
      zadania: b.zadania.map((z) => ({
        ...z,
        plan: kwotaJson(z.plan),
        wydatki: kwotaJson(z.wydatki),
        pozostalo: kwotaJson(z.pozostalo),
        pozaOknem: kwotaJson(z.pozaOknem),
      })),
      lata: b.lata.map((l) => ({
        ...l,
        plan: kwN(l.plan),
        wydatki: kwotaJson(l.wydatki),
        pozostalo: kwN(l.pozostalo),
      })),
      zadanieRok: b.zadanieRok.map((x) => ({ ...x, wydatki: kwotaJson(x.wydatki), plan: kwN(x.plan) })),
      wydatki: { ...b.wydatki, razem: kwotaJson(b.wydatki.razem), pozaOknem: kwotaJson(b.wydatki.pozaOknem) },
    },
  };
}
