/**
 * JST-4 computed status (never typed). Planned progress in month M =
 * clamp((min(last day of M, Koniec) − Początek + 1) / (Koniec − Początek + 1), 0, 1) × 100, in days,
 * exact. Green when actual ≥ planned − green points, amber when ≥ planned − amber points, else red; past
 * its end (first day of M after Koniec) → red below 100 %; cumulative spending (months ≤ M) above the
 * budget → at least amber.
 */
import type { DataKalendarzowa } from '../../program/definicja';
import { dataIso, numerDnia } from '../../komorki/daty';
import { kwotaPl, type Grosze } from '../../kwota';
import { dni, indeksMiesiaca, miesiacIso, ostatniDzien, pierwszyDzien, type Miesiac } from '../kalendarz';
import { liczbaTekst, odejmij, porownaj, skalowana, ulamek, type Ulamek } from '../../rational';
import type { Kolor } from '../slowniki';
import type { Dzialanie } from '../plan/plan';
import type { ParametryMonitoringu } from './parametry';
import type { WierszMonitoringu } from './monitoring';
import { doGrupy } from '../../tablice/grupy';

const STO = ulamek(100n);

/** planned progress in percent (exact), with the day counts used */
export function postepPlanowany(
  od: DataKalendarzowa,
  doDnia: DataKalendarzowa,
  m: Miesiac,
): { procent: Ulamek; dni: number; z: number } {
  const koniecM = ostatniDzien(m);
  const granica = numerDnia(koniecM) < numerDnia(doDnia) ? koniecM : doDnia;
  const licznik = dni(od, granica); // 0 before the start (clamp at 0); ≤ z by construction (clamp at 1)
  const z = dni(od, doDnia);
  return { procent: ulamek(BigInt(licznik) * 100n, BigInt(z)), dni: licznik, z };
}

export interface StatusMiesiaca {
  wiersz: WierszMonitoringu;
  dzialanie: Dzialanie;
  miesiac: Miesiac;
  /** percent, exact; null when the plan dates are unusable */
  planowany: Ulamek | null;
  /** percent (from hundredths) */
  postep: Ulamek | null;
  narastajaco: Grosze;
  poTerminie: boolean;
  przekroczenie: boolean;
  kolor: Kolor | null;
  objasnienie: string;
}

/** JST-4 colour from the planned and actual progress (both percent), before the spending rule */
export function kolorPostepu(planowany: Ulamek, postep: Ulamek, poTerminie: boolean, p: ParametryMonitoringu): Kolor {
  if (poTerminie && porownaj(postep, STO) < 0) return 'czerwony';
  if (porownaj(postep, odejmij(planowany, p.zielony)) >= 0) return 'zielony';
  if (porownaj(postep, odejmij(planowany, p.bursztynowy)) >= 0) return 'bursztynowy';
  return 'czerwony';
}

const pr = (u: Ulamek) => `${liczbaTekst(u)} %`;

/** JST-4: cumulative spending of the row's action over the months ≤ the row's month (used rows only) */
export function wydatkiNarastajaco(wiersze: readonly WierszMonitoringu[]): Map<WierszMonitoringu, Grosze> {
  const wgDzialania = new Map<Dzialanie, WierszMonitoringu[]>();
  for (const w of wiersze) if (w.uzyty && w.dzialanie && w.miesiac) doGrupy(wgDzialania, w.dzialanie, w);
  const wynik = new Map<WierszMonitoringu, Grosze>();
  for (const lista of wgDzialania.values()) {
    lista.sort((a, b) => indeksMiesiaca(a.miesiac!) - indeksMiesiaca(b.miesiac!));
    let s = 0;
    for (const w of lista) wynik.set(w, (s += w.wydatki));
  }
  return wynik;
}

/** every used monitoring row with its status, in sheet order */
export function statusy(wiersze: readonly WierszMonitoringu[], p: ParametryMonitoringu): StatusMiesiaca[] {
  const wynik: StatusMiesiaca[] = [];
  const narastajace = wydatkiNarastajaco(wiersze);
  for (const w of wiersze) {
    if (!w.uzyty || !w.dzialanie || !w.miesiac) continue;
    const d = w.dzialanie;
    const m = w.miesiac;
    const narastajaco = narastajace.get(w) ?? 0;
    const postep = w.postep === null ? null : skalowana(w.postep, 2);
    const przekroczenie = d.budzet !== null && narastajaco > d.budzet;
    const baza = { wiersz: w, dzialanie: d, miesiac: m, postep, narastajaco, przekroczenie };
    if (!d.okres) {
      wynik.push({
        ...baza,
        planowany: null,
        poTerminie: false,
        kolor: null,
        objasnienie: 'brak poprawnych dat działania w planie — status nieobliczony',
      });
      continue;
    }
    const plan = postepPlanowany(d.okres.od, d.okres.do, m);
    const poTerminie = numerDnia(pierwszyDzien(m)) > numerDnia(d.okres.do);
    const czesci = [
      `plan ${miesiacIso(m)}: ${plan.dni}/${plan.z} dni (${dataIso(d.okres.od)} … ${dataIso(d.okres.do)}) = ${pr(plan.procent)}`,
    ];
    if (!postep) {
      wynik.push({
        ...baza,
        planowany: plan.procent,
        poTerminie,
        kolor: null,
        objasnienie: `${czesci[0]}; brak odczytu postępu — status nieobliczony`,
      });
      continue;
    }
    let kolor = kolorPostepu(plan.procent, postep, poTerminie, p);
    if (poTerminie && porownaj(postep, STO) < 0) czesci.push(`po terminie i postęp ${pr(postep)} < 100 % → czerwony`);
    else
      czesci.push(
        `postęp ${pr(postep)}; zielony od ${pr(odejmij(plan.procent, p.zielony))}, bursztynowy od ${pr(odejmij(plan.procent, p.bursztynowy))} → ${kolor}`,
      );
    if (przekroczenie) {
      czesci.push(
        `wydatki narastająco ${kwotaPl(narastajaco)} > budżet ${kwotaPl(d.budzet!)} → co najmniej bursztynowy`,
      );
      if (kolor === 'zielony') kolor = 'bursztynowy';
    }
    wynik.push({ ...baza, planowany: plan.procent, poTerminie, kolor, objasnienie: czesci.join('; ') });
  }
  return wynik;
}
