/** The `wskazniki --json` object (WB-4.1 style): shapes and builder. */
import { dataIso } from '../../komorki/daty';
import type { DataKalendarzowa } from '../../program/definicja';
import { kwotaJson } from '../../kwota';
import { dziesietny, procentJson, ulamek } from '../../rational';
import type { PlanProjektu } from './planProjektu';
import type { WskaznikiProjektu } from './wskaznikiProjektu';
import type { Rozliczenie } from './rozliczenie';

export interface WskaznikiJson {
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
      ogolem: string;
      wkladUe: string;
      udzialUe: string;
      wkladWlasny: string;
      lata: Array<{ rok: number; kwota: string }>;
      zadania: Array<{ zadanie: string; udzial: string; kwota: string; oknoOd: string; oknoDo: string }>;
    };
    uzgodnienia: Array<{
      kontrola: string;
      jednostka: 'zł' | '%';
      oczekiwane: string;
      wartosc: string;
      zgodne: boolean;
    }>;
    zadania: Array<{
      zadanie: string;
      plan: string;
      wydatki: string;
      pozostalo: string;
      wykonanie: string;
      pozaOknem: string;
      linii: number;
    }>;
    lata: Array<{
      rok: number;
      plan: string | null;
      wydatki: string;
      pozostalo: string | null;
      wykonanie: string | null;
    }>;
    zadanieRok: Array<{ zadanie: string; rok: number; wydatki: string; plan: string | null }>;
    wydatki: { razem: string; pozaOknem: string; pominieteLinie: number };
  };
}

const setne = (n: number) => dziesietny(BigInt(n), 2);
const wyk = (a: number, b: number) => procentJson(ulamek(BigInt(a), BigInt(b)));

export function wskaznikiJson(
  w: WskaznikiProjektu,
  wierszy: number,
  plan: PlanProjektu,
  r: Rozliczenie,
  dzis: DataKalendarzowa,
): WskaznikiJson {
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
        ogolem: kwotaJson(plan.ogolem),
        wkladUe: kwotaJson(plan.wkladUe),
        udzialUe: setne(plan.udzialUeSetne),
        wkladWlasny: kwotaJson(plan.wkladWlasny),
        lata: plan.lata.map((l) => ({ rok: l.rok, kwota: kwotaJson(l.kwota) })),
        zadania: plan.zadania.map((z) => ({
          zadanie: z.zadanie,
          udzial: setne(z.udzialSetne),
          kwota: kwotaJson(z.kwota),
          oknoOd: dataIso(z.okno.od),
          oknoDo: dataIso(z.okno.do),
        })),
      },
      uzgodnienia: r.uzgodnienia.map((k) => ({
        kontrola: k.kontrola,
        jednostka: k.jednostka,
        oczekiwane: k.jednostka === 'zł' ? kwotaJson(k.oczekiwane) : setne(k.oczekiwane),
        wartosc: k.jednostka === 'zł' ? kwotaJson(k.wartosc) : setne(k.wartosc),
        zgodne: k.zgodne,
      })),
      zadania: r.zadania.map((z) => ({
        zadanie: z.zadanie.zadanie,
        plan: kwotaJson(z.zadanie.kwota),
        wydatki: kwotaJson(z.wydatki),
        pozostalo: kwotaJson(z.zadanie.kwota - z.wydatki),
        wykonanie: wyk(z.wydatki, z.zadanie.kwota || 1),
        pozaOknem: kwotaJson(z.pozaOknem),
        linii: z.linii,
      })),
      lata: r.lata.map((l) => ({
        rok: l.rok,
        plan: l.plan === null ? null : kwotaJson(l.plan),
        wydatki: kwotaJson(l.wydatki),
        pozostalo: l.plan === null ? null : kwotaJson(l.plan - l.wydatki),
        wykonanie: l.plan ? wyk(l.wydatki, l.plan) : null,
      })),
      zadanieRok: plan.zadania.flatMap((z) =>
        lata.map((rok) => {
          const p = r.macierz?.get(z.zadanie)?.get(rok);
          return {
            zadanie: z.zadanie,
            rok,
            wydatki: kwotaJson(r.zadanieRok.get(z.zadanie)?.get(rok) ?? 0),
            plan: r.macierz ? kwotaJson(p ?? 0) : null,
          };
        }),
      ),
      wydatki: { razem: kwotaJson(r.razem), pozaOknem: kwotaJson(r.pozaOknem), pominieteLinie: r.pominiete },
    },
  };
}
