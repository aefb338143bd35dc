/**
 * `monitoruj`'s typed data (`DaneMonitoringu`, money in grosze) and the `monitoruj --json` object derived
 * from it (`MonitoringJson`, money as WB-4.1 strings): one shape, `K` = how money is held.
 */
import { dataIso } from '../../komorki/daty';
import { kwotaJson, type Grosze } from '../../kwota';
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

export interface Monitoring<K> {
  parametry: { progZielony: string; progBursztynowy: string; domyslne: string[] };
  dzialania: Array<{
    wiersz: number;
    cel: string | null;
    dzialanie: string | null;
    odpowiedzialny: string | null;
    poczatek: string | null;
    koniec: string | null;
    budzet: K | null;
    zrodlo: string | null;
    wskaznik: string | null;
    wartoscBazowa: string | null;
    wartoscDocelowa: string | null;
    rekomendacje: string[];
    konsultacje: string | null;
    podzialNaLata: Array<{ rok: number; dni: number; kwota: K }>;
  }>;
  budzetPlanu: { lata: Array<{ rok: number; zrodla: Record<string, K>; razem: K }>; razem: K };
  pokrycieRekomendacji: { sprawdzone: boolean; wymagane: string[]; nieuwzglednione: string[] };
  statusy: Array<{
    wiersz: number;
    dzialanie: string;
    miesiac: string;
    postepPlanowany: string | null;
    postep: string | null;
    wydatkiNarastajaco: K;
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
    wydatki: K;
    wydatkiNarastajaco: K;
    planWydatkowNarastajaco: K;
    budzetPlanu: K;
  }>;
}

/** `monitoruj`'s data: money in grosze (the pane formats it with the core's formatter). */
export type DaneMonitoringu = Monitoring<Grosze>;
/** The WB-4.1 JSON: money as `"1234.50"`. */
export type MonitoringJson = Monitoring<string>;

const w4 = (u: Ulamek | null) => (u ? liczbaJson(u, 4) : null);
const pr = (u: Ulamek | null) => (u ? liczbaJson(u, 2) : null);

export function daneMonitoringu(
  dzialania: readonly Dzialanie[],
  b: BudzetPlanu,
  pokrycie: Pokrycie | null,
  st: readonly StatusMiesiaca[],
  p: Pulpit,
  par: ParametryMonitoringu,
): DaneMonitoringu {
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
      budzet: d.budzet,
      zrodlo: d.zrodlo,
      wskaznik: d.wskaznik,
      wartoscBazowa: w4(d.bazowa),
      wartoscDocelowa: w4(d.docelowa),
      rekomendacje: d.rekomendacje,
      konsultacje: d.konsultacje,
      podzialNaLata: (podzial.get(d) ?? []).map((l) => ({ rok: l.rok, dni: l.dni, kwota: l.kwota })),
    })),
    budzetPlanu: {
      lata: b.lata.map((rok) => {
        const r = b.macierz.get(rok)!;
        return {
          rok,
          zrodla: Object.fromEntries(ZRODLA.map((z) => [z, r[z]])),
          razem: ZRODLA.reduce((s, z) => s + r[z], 0),
        };
      }),
      razem: b.razem,
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
      wydatkiNarastajaco: s.narastajaco,
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
      wydatki: m.wydatki,
      wydatkiNarastajaco: m.narastajaco,
      planWydatkowNarastajaco: m.planNarastajaco,
      budzetPlanu: m.budzet,
    })),
  };
}

/** The WB-4.1 JSON of the data: every money field as `kwotaJson`, every other field as it is. */
export function monitoringJson(d: DaneMonitoringu): MonitoringJson {
  return {
    ...d,
    dzialania: d.dzialania.map((x) => ({
      ...x,
      budzet: x.budzet === null ? null : kwotaJson(x.budzet),
      podzialNaLata: x.podzialNaLata.map((l) => ({ ...l, kwota: kwotaJson(l.kwota) })),
    })),
    budzetPlanu: {
      lata: d.budzetPlanu.lata.map((l) => ({
        rok: l.rok,
        zrodla: Object.fromEntries(Object.entries(l.zrodla).map(([z, g]) => [z, kwotaJson(g)])),
        razem: kwotaJson(l.razem),
      })),
      razem: kwotaJson(d.budzetPlanu.razem),
    },
    statusy: d.statusy.map((x) => ({ ...x, wydatkiNarastajaco: kwotaJson(x.wydatkiNarastajaco) })),
    miesiace: d.miesiace.map((m) => ({
      ...m,
      wydatki: kwotaJson(m.wydatki),
      wydatkiNarastajaco: kwotaJson(m.wydatkiNarastajaco),
      planWydatkowNarastajaco: kwotaJson(m.planWydatkowNarastajaco),
      budzetPlanu: kwotaJson(m.budzetPlanu),
    })),
  };
}
