/**
 * What the JST section shows, computed from the operations' typed `dane` (money in grosze, formatted by the
 * core's one formatter) — pure functions, no React, tested in test/browser/jst.test.ts.
 * The pane never recomputes a rule: it only sorts, groups and scales what the core returned.
 */
import type { DaneMonitoringu, DaneWskaznikow, DiagnozaJson, Jezyk } from '../../../../core';

export type Kolor = 'zielony' | 'bursztynowy' | 'czerwony';
export const KOLORY: readonly Kolor[] = ['zielony', 'bursztynowy', 'czerwony'];

/** a decimal string of the JSON ("11.75") in the pane's language ("11,75") */
export function dziesietna(s: string, jezyk: Jezyk): string {
  return jezyk === 'en' ? s : s.replace('.', ',');
}

/** a percent string of the JSON ("40.36") as "40,36 %" / "40.36%" */
export function procent(s: string, jezyk: Jezyk): string {
  return jezyk === 'en' ? `${s}%` : `${dziesietna(s, jezyk)}\u00a0%`;
}

/** a whole number with the language's grouping ("2621", "12 345") */
export function calkowita(n: number, jezyk: Jezyk): string {
  return new Intl.NumberFormat(jezyk === 'en' ? 'en-GB' : 'pl-PL').format(n);
}

/** "2025-03" → "mar 2025" / "Mar 2025" (a calendar month: no time zone involved) */
export function nazwaMiesiaca(rrrrMm: string, jezyk: Jezyk): string {
  const m = /^(\d{4})-(\d{2})$/.exec(rrrrMm);
  if (!m) return rrrrMm;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return new Intl.DateTimeFormat(jezyk === 'en' ? 'en-GB' : 'pl-PL', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(d)
    .replace(/\.$/, '');
}

/** axis labels: "400 tys.", "1,2 mln" / "400K", "1.2M" */
export function kwotaSkrocona(g: number, jezyk: Jezyk): string {
  return new Intl.NumberFormat(jezyk === 'en' ? 'en-GB' : 'pl-PL', {
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(g / 100);
}

/** the smallest "nice" step (1, 2, 2.5, 5 × 10^k; whole numbers only for counts) covering `maks` in at most `podzialek` steps */
export function skalaOsi(maks: number, podzialek = 4, calkowite = false): { krok: number; gora: number } {
  if (!(maks > 0) || !(podzialek > 0)) return { krok: 1, gora: Math.max(1, podzialek) };
  const surowy = maks / podzialek;
  const rzad = calkowite ? Math.max(1, 10 ** Math.floor(Math.log10(surowy))) : 10 ** Math.floor(Math.log10(surowy));
  const krok =
    (calkowite ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10]).map((m) => m * rzad).find((k) => k >= surowy) ?? 10 * rzad;
  return { krok, gora: krok * Math.ceil(maks / krok - 1e-9) };
}

// ---- diagnozuj -------------------------------------------------------------------------------

/** the JST figures the pane shows (ratios of sums), in this order */
export const WSKAZNIKI_JST = [
  'uczniowieNaKomputer',
  'starszeKomputery',
  'mbpsNaUcznia',
  'saleWifi',
  'saleMonitor',
  'etatyNa100',
  'nauczycieleB1',
  'wykluczenie',
] as const;
export type KluczWskaznikaJst = (typeof WSKAZNIKI_JST)[number];

export interface ModelDiagnozy {
  szkol: number;
  uczniow: number;
  statusy: Record<Kolor, number>;
  ranking: DiagnozaJson['rankingWykluczenia'];
  wskazniki: Array<{ klucz: KluczWskaznikaJst } & DiagnozaJson['jst']['wskazniki'][KluczWskaznikaJst]>;
  standardLacza: { spelnia: number; z: number; mbps: string };
  /** triggered recommendations, high priority first, then the rules' order */
  rekomendacje: DiagnozaJson['rekomendacje'];
}

const PRIORYTET: Record<string, number> = { wysoki: 0, średni: 1, niski: 2 };

export function modelDiagnozy(d: DiagnozaJson): ModelDiagnozy {
  const uruchomione = d.rekomendacje.map((r, i) => ({ r, i })).filter((x) => x.r.uruchomiona);
  uruchomione.sort((a, b) => (PRIORYTET[a.r.priorytet] ?? 3) - (PRIORYTET[b.r.priorytet] ?? 3) || a.i - b.i);
  return {
    szkol: d.jst.liczbaSzkol,
    uczniow: d.jst.sumy.uczniowie,
    statusy: {
      zielony: d.jst.wykluczenie.zielony ?? 0,
      bursztynowy: d.jst.wykluczenie.bursztynowy ?? 0,
      czerwony: d.jst.wykluczenie.czerwony ?? 0,
    },
    // the core's order (JST-1.7: worst first); kept as given
    ranking: d.rankingWykluczenia,
    wskazniki: WSKAZNIKI_JST.map((klucz) => ({ klucz, ...d.jst.wskazniki[klucz] })),
    standardLacza: { ...d.jst.standardLacza, mbps: d.parametry.standardLaczaMbps.replace(/\.00$/, '') },
    rekomendacje: uruchomione.map((x) => x.r),
  };
}

// ---- monitoruj -------------------------------------------------------------------------------

export interface MiesiacPulpitu {
  miesiac: string;
  liczby: Record<Kolor, number>;
  brakDanych: number;
  razem: number;
  wydatki: number;
  plan: number;
}

export interface CzerwoneDzialanie {
  dzialanie: string;
  /** the latest month with a status (red) */
  miesiac: string;
  /** first month of the current red run */
  od: string;
  miesiecy: number;
  postep: string | null;
  postepPlanowany: string | null;
  poTerminie: boolean;
  przekroczenieBudzetu: boolean;
  objasnienie: string;
}

export interface ModelPulpitu {
  miesiace: MiesiacPulpitu[];
  /** the longest bar (actions with a status in one month) */
  skala: number;
  ostatni: MiesiacPulpitu | null;
  dzialan: number;
  budzet: number;
  /** actions whose latest status is red, longest red run first */
  czerwone: CzerwoneDzialanie[];
}

export function modelPulpitu(m: DaneMonitoringu): ModelPulpitu {
  const miesiace: MiesiacPulpitu[] = m.miesiace.map((x) => ({
    miesiac: x.miesiac,
    liczby: { zielony: x.zielone, bursztynowy: x.bursztynowe, czerwony: x.czerwone },
    brakDanych: x.brakDanych,
    razem: x.zielone + x.bursztynowe + x.czerwone + x.brakDanych,
    wydatki: x.wydatkiNarastajaco,
    plan: x.planWydatkowNarastajaco,
  }));
  const poDzialaniu = new Map<string, DaneMonitoringu['statusy']>();
  for (const s of m.statusy) {
    const l = poDzialaniu.get(s.dzialanie) ?? [];
    l.push(s);
    poDzialaniu.set(s.dzialanie, l);
  }
  const czerwone: CzerwoneDzialanie[] = [];
  for (const [dzialanie, lista] of poDzialaniu) {
    const z = lista.filter((s) => s.status !== null).sort((a, b) => a.miesiac.localeCompare(b.miesiac));
    const ost = z[z.length - 1];
    if (!ost || ost.status !== 'czerwony') continue;
    let i = z.length - 1;
    while (i > 0 && z[i - 1].status === 'czerwony') i--;
    czerwone.push({
      dzialanie,
      miesiac: ost.miesiac,
      od: z[i].miesiac,
      miesiecy: z.length - i,
      postep: ost.postep,
      postepPlanowany: ost.postepPlanowany,
      poTerminie: ost.poTerminie,
      przekroczenieBudzetu: ost.przekroczenieBudzetu,
      objasnienie: ost.objasnienie,
    });
  }
  czerwone.sort((a, b) => b.miesiecy - a.miesiecy || a.dzialanie.localeCompare(b.dzialanie, 'pl'));
  const budzet = m.miesiace.length > 0 ? m.miesiace[m.miesiace.length - 1].budzetPlanu : m.budzetPlanu.razem;
  return {
    miesiace,
    skala: Math.max(1, ...miesiace.map((x) => x.razem)),
    ostatni: miesiace[miesiace.length - 1] ?? null,
    dzialan: m.dzialania.length,
    budzet,
    czerwone,
  };
}

// ---- wskazniki -------------------------------------------------------------------------------

export interface WskaznikProjektu {
  id: string;
  nazwa: string;
  rodzaj: string;
  cel: number;
  wartosc: number;
  postep: string;
  /** 0…1 for the bar (the text keeps values above 100 %) */
  pasek: number;
  k: { wartosc: number; cel: number; postep: string | null } | null;
  m: { wartosc: number; cel: number; postep: string | null } | null;
  /** people counted in the total but in neither K nor M (a bad `Płeć`: the core reports it, JST-5) */
  bezPlci: number;
}

export function modelWskaznikow(w: DaneWskaznikow): {
  stanNa: string;
  osob: number;
  jst: number;
  wskazniki: WskaznikProjektu[];
  wydatki: number;
  plan: number;
  pozaOknem: number;
} {
  return {
    stanNa: w.stanNa,
    osob: w.uczestnicy.osob,
    jst: w.uczestnicy.jst,
    wskazniki: w.wskazniki.map((x) => ({
      id: x.id,
      nazwa: x.nazwa,
      rodzaj: x.rodzaj,
      cel: x.cel,
      wartosc: x.wartosc,
      postep: x.postep,
      pasek: Math.max(0, Math.min(1, Number(x.postep) / 100)),
      k: x.k !== null && x.celK !== null ? { wartosc: x.k, cel: x.celK, postep: x.postepK } : null,
      m: x.m !== null && x.celM !== null ? { wartosc: x.m, cel: x.celM, postep: x.postepM } : null,
      bezPlci: x.k !== null && x.m !== null ? x.wartosc - x.k - x.m : 0,
    })),
    wydatki: w.budzet.wydatki.razem,
    plan: w.budzet.plan.ogolem,
    pozaOknem: w.budzet.wydatki.pozaOknem,
  };
}
