/** The `monitoruj --json` object (WB-4.1 style): shapes and builder. */
import { dataIso } from '../../komorki/daty';
import { kwotaJson } from '../../kwota';
import { miesiacIso } from '../kalendarz';
import { liczbaJson, type Ulamek } from '../../rational';
import { ZRODLA } from '../slowniki';
import type { Kolor } from '../slowniki';
import type { Dzialanie } from '../plan/plan';
import type { BudzetPlanu } from '../plan/budzetPlanu';
import type { Pokrycie } from '../plan/pokrycie';
import type { ParametryMonitoringu } from './parametry';
import type { StatusMiesiaca } from './status';
import type { Pulpit } from './pulpit';

export interface MonitoringJson {
  parametry: { progZielony: string; progBursztynowy: string; domyslne: string[] };
  dzialania: Array<{
    wiersz: number;
    cel: string | null;
    dzialanie: string | null;
    odpowiedzialny: string | null;
    poczatek: string | null;
    koniec: string | null;
    budzet: string | null;
    zrodlo: string | null;
    wskaznik: string | null;
    wartoscBazowa: string | null;
    wartoscDocelowa: string | null;
    rekomendacje: string[];
    konsultacje: string | null;
    podzialNaLata: Array<{ rok: number; dni: number; kwota: string }>;
  }>;
  budzetPlanu: { lata: Array<{ rok: number; zrodla: Record<string, string>; razem: string }>; razem: string };
  pokrycieRekomendacji: { sprawdzone: boolean; wymagane: string[]; nieuwzglednione: string[] };
  statusy: Array<{
    wiersz: number;
    dzialanie: string;
    miesiac: string;
    postepPlanowany: string | null;
    postep: string | null;
    wydatkiNarastajaco: string;
    poTerminie: boolean;
    przekroczenieBudzetu: boolean;
    status: Kolor | null;
    objasnienie: string;
  }>;
  miesiace: Array<{
    miesiac: string;
    zielone: number;
    bursztynowe: number;
    czerwone: number;
    brakDanych: number;
    wydatki: string;
    wydatkiNarastajaco: string;
    planWydatkowNarastajaco: string;
    budzetPlanu: string;
  }>;
}

const w4 = (u: Ulamek | null) => (u ? liczbaJson(u, 4) : null);
const pr = (u: Ulamek | null) => (u ? liczbaJson(u, 2) : null);

export function monitoringJson(
  dzialania: readonly Dzialanie[],
  b: BudzetPlanu,
  pokrycie: Pokrycie | null,
  st: readonly StatusMiesiaca[],
  p: Pulpit,
  par: ParametryMonitoringu,
): MonitoringJson {
  const podzial = new Map(b.podzialy.map((x) => [x.dzialanie, x.lata]));
  return {
    parametry: {
      progZielony: liczbaJson(par.zielony),
      progBursztynowy: liczbaJson(par.bursztynowy),
      domyslne: par.domyslne,
    },
    dzialania: dzialania.map((d) => ({
      wiersz: d.wiersz,
      cel: d.cel,
      dzialanie: d.nazwa,
      odpowiedzialny: d.odpowiedzialny,
      poczatek: d.poczatek ? dataIso(d.poczatek) : null,
      koniec: d.koniec ? dataIso(d.koniec) : null,
      budzet: d.budzet === null ? null : kwotaJson(d.budzet),
      zrodlo: d.zrodlo,
      wskaznik: d.wskaznik,
      wartoscBazowa: w4(d.bazowa),
      wartoscDocelowa: w4(d.docelowa),
      rekomendacje: d.rekomendacje,
      konsultacje: d.konsultacje,
      podzialNaLata: (podzial.get(d) ?? []).map((l) => ({ rok: l.rok, dni: l.dni, kwota: kwotaJson(l.kwota) })),
    })),
    budzetPlanu: {
      lata: b.lata.map((rok) => {
        const r = b.macierz.get(rok)!;
        return {
          rok,
          zrodla: Object.fromEntries(ZRODLA.map((z) => [z, kwotaJson(r[z])])),
          razem: kwotaJson(ZRODLA.reduce((s, z) => s + r[z], 0)),
        };
      }),
      razem: kwotaJson(b.razem),
    },
    pokrycieRekomendacji: pokrycie
      ? { sprawdzone: true, wymagane: pokrycie.wymagane, nieuwzglednione: pokrycie.nieuwzglednione }
      : { sprawdzone: false, wymagane: [], nieuwzglednione: [] },
    statusy: st.map((s) => ({
      wiersz: s.wiersz.wiersz,
      dzialanie: s.dzialanie.etykieta,
      miesiac: miesiacIso(s.miesiac),
      postepPlanowany: pr(s.planowany),
      postep: pr(s.postep),
      wydatkiNarastajaco: kwotaJson(s.narastajaco),
      poTerminie: s.poTerminie,
      przekroczenieBudzetu: s.przekroczenie,
      status: s.kolor,
      objasnienie: s.objasnienie,
    })),
    miesiace: p.miesiace.map((m) => ({
      miesiac: miesiacIso(m.miesiac),
      zielone: m.zielone,
      bursztynowe: m.bursztynowe,
      czerwone: m.czerwone,
      brakDanych: m.brakDanych,
      wydatki: kwotaJson(m.wydatki),
      wydatkiNarastajaco: kwotaJson(m.narastajaco),
      planWydatkowNarastajaco: kwotaJson(m.planNarastajaco),
      budzetPlanu: kwotaJson(m.budzet),
    })),
  };
}
