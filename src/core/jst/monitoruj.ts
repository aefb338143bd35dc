/**
 * `monitoruj` (JST-3, JST-4; WB-4): reads `Plan strategiczny` (required), `Monitoring` (optional —
 * without it only the schedule and the plan budget are written), `Parametry monitoringu` (optional,
 * defaults 10 / 25 points) and, for the JST-3 coverage check, `Szkoły JST` + `Reguły diagnozy` when
 * present; writes the owned sheets `Harmonogram`, `Budżet planu`, `Pulpit monitoringu`, `Uwagi`.
 *
 * `dane` (`DaneMonitoringu`): the shape below with money in grosze; the JSON on exit 0 (`MonitoringJson`,
 * monitoring/json.ts) is derived from it:
 * {
 *   "parametry": { "progZielony": "10.00", "progBursztynowy": "25.00", "domyslne": [] },
 *   "dzialania": [ { "wiersz": 2, "cel": "…", "dzialanie": "…", "odpowiedzialny": "…", "poczatek": "2024-01-01", "koniec": "2024-06-30",
 *       "budzet": "50000.00", "zrodlo": "budżet JST", "wskaznik": "…", "wartoscBazowa": "0.0000", "wartoscDocelowa": "100.0000",
 *       "rekomendacje": ["R-LACZE"], "konsultacje": "…", "podzialNaLata": [ { "rok": 2024, "dni": 182, "kwota": "50000.00" } ] } ],
 *   "budzetPlanu": { "lata": [ { "rok": 2024, "zrodla": { "budżet JST": "50000.00", "fundusze UE": "0.00", "KPO": "0.00", "program rządowy": "0.00", "inne": "0.00" }, "razem": "50000.00" } ], "razem": "50000.00" },
 *   "pokrycieRekomendacji": { "sprawdzone": true, "wymagane": ["R-LACZE", …], "nieuwzglednione": [] },
 *   "statusy": [ { "wiersz": 2, "dzialanie": "…", "miesiac": "2024-01", "postepPlanowany": "17.03", "postep": "10.00",
 *       "wydatkiNarastajaco": "8000.00", "poTerminie": false, "przekroczenieBudzetu": false, "status": "zielony", "objasnienie": "…" } ],
 *   "miesiace": [ { "miesiac": "2024-01", "zielone": 1, "bursztynowe": 0, "czerwone": 0, "brakDanych": 0, "wydatki": "8000.00",
 *       "wydatkiNarastajaco": "8000.00", "planWydatkowNarastajaco": "8516.48", "budzetPlanu": "50000.00" } ]
 * }
 * Progress values are percent strings with 2 decimals rounded half up (the status uses the exact value);
 * indicator values are strings with 4 decimals; money has 2 decimals. The native charts travel in the write
 * plan (`Pulpit monitoringu`.wykresy). Exit 1: `{ uwagi }`; exit 2: `{ blad }`.
 */
import type { Kontekst, WynikOperacji } from '../api';
import type { ZeszytSnapshot } from '../zeszyt/model';
import { brakArkusza, znajdzArkusz } from '../zeszyt/czytnik';
import { uwaga, type Uwaga } from '../uwagi';
import { kwotaEn, kwotaPl } from '../kwota';
import { gotowe, odmowa, odmowaDlugosci, zablokowane } from '../wynikOperacji';
import { ARKUSZ_PLANU, czytajPlan } from './plan/plan';
import { pokrycieRekomendacji, type Pokrycie } from './plan/pokrycie';
import { budzetPlanu } from './plan/budzetPlanu';
import { arkuszHarmonogramu } from './plan/harmonogram';
import { arkuszBudzetuPlanu } from './plan/arkuszBudzetuPlanu';
import { ARKUSZ_MONITORINGU, czytajMonitoring, type WierszMonitoringu } from './monitoring/monitoring';
import { ARKUSZ_PARAMETROW_MONITORINGU, czytajParametryMonitoringu } from './monitoring/parametry';
import { statusy } from './monitoring/status';
import { pulpit, uwagiBrakow } from './monitoring/pulpit';
import { arkuszPulpitu } from './monitoring/arkuszPulpitu';
import { daneMonitoringu, monitoringJson } from './monitoring/json';
import { ARKUSZ_SZKOL } from './diagnoza/szkoly';
import { przebiegDiagnozy } from './diagnoza/przebieg';
import { dolacz } from '../tablice/dolacz';

export function monitoruj(z: ZeszytSnapshot, k: Kontekst): WynikOperacji<'monitoruj'> {
  k.postep?.(0, 'plan');
  const aPlanu = znajdzArkusz(z, ARKUSZ_PLANU);
  const aMon = znajdzArkusz(z, ARKUSZ_MONITORINGU);
  const aPar = znajdzArkusz(z, ARKUSZ_PARAMETROW_MONITORINGU);
  const dlugi = odmowaDlugosci([aPlanu, aMon, aPar]);
  if (dlugi) return odmowa(dlugi, k.jezyk);
  if (!aPlanu) return zablokowane([brakArkusza(ARKUSZ_PLANU)], k.jezyk, 'monitoruj');
  const plan = czytajPlan(aPlanu);
  const uwagi: Uwaga[] = [...plan.uwagi];
  if (plan.odmowa) return odmowa(plan.odmowa, k.jezyk, uwagi);
  const par = czytajParametryMonitoringu(aPar);
  dolacz(uwagi, par.uwagi);
  let wiersze: WierszMonitoringu[] = [];
  if (aMon) {
    const mon = czytajMonitoring(aMon, plan.dzialania);
    if (mon.odmowa) return odmowa(mon.odmowa, k.jezyk, [...uwagi, ...mon.uwagi]);
    dolacz(uwagi, mon.uwagi);
    wiersze = mon.wiersze;
  } else {
    // decision: the schedule and the plan budget are useful before monitoring starts
    uwagi.push(
      uwaga(
        ARKUSZ_MONITORINGU,
        null,
        'informacja',
        'JST-4',
        `Brak arkusza „${ARKUSZ_MONITORINGU}” — zapisano harmonogram i budżet planu, pulpit jest pusty.`,
        `Sheet "${ARKUSZ_MONITORINGU}" is missing — the schedule and plan budget are written, the dashboard is empty.`,
      ),
    );
  }
  if (uwagi.some((u) => u.blokujaca)) return zablokowane(uwagi, k.jezyk, 'monitoruj');

  // JST-3 coverage of the high-priority recommendations (needs the diagnosis in the same workbook)
  let pokrycie: Pokrycie | null = null;
  if (znajdzArkusz(z, ARKUSZ_SZKOL)) {
    const d = przebiegDiagnozy(z);
    if (d.wynik) {
      const p = pokrycieRekomendacji(plan.dzialania, d.wynik.rekomendacje);
      pokrycie = p.pokrycie;
      dolacz(uwagi, p.uwagi);
    } else
      uwagi.push(
        uwaga(
          ARKUSZ_PLANU,
          null,
          'informacja',
          'JST-3',
          `Nie sprawdzono pokrycia rekomendacji: diagnoza („${ARKUSZ_SZKOL}”) ma błędy blokujące — uruchom „diagnozuj”.`,
          `Recommendation coverage not checked: the diagnosis ("${ARKUSZ_SZKOL}") has blocking errors — run "diagnozuj".`,
        ),
      );
  } else
    uwagi.push(
      uwaga(
        ARKUSZ_PLANU,
        null,
        'informacja',
        'JST-3',
        `Nie sprawdzono pokrycia rekomendacji: brak arkusza „${ARKUSZ_SZKOL}” w tym skoroszycie.`,
        `Recommendation coverage not checked: no sheet "${ARKUSZ_SZKOL}" in this workbook.`,
      ),
    );

  k.postep?.(0.4, 'monitoring');
  const budzet = budzetPlanu(plan.dzialania);
  const st = statusy(wiersze, par.parametry);
  const pul = pulpit(plan.dzialania, st, wiersze);
  dolacz(uwagi, uwagiBrakow(pul));
  const arkusze = [
    arkuszHarmonogramu(plan.dzialania, uwagi),
    arkuszBudzetuPlanu(budzet),
    arkuszPulpitu(plan.dzialania, st, pul, par.parametry),
  ];
  const ile = (c: string) => st.filter((s) => s.kolor === c).length;
  const ostatni = pul.miesiace[pul.miesiace.length - 1];
  const en = k.jezyk === 'en';
  const podsumowanie = en
    ? [
        `Plan: ${plan.dzialania.length} action(s), budget ${kwotaEn(budzet.razem)} (JST-3).`,
        `Monitoring (JST-4): ${st.length} row(s) — green ${ile('zielony')}, amber ${ile('bursztynowy')}, red ${ile('czerwony')}${ostatni ? `; spent by the last month ${kwotaEn(ostatni.narastajaco)} of planned ${kwotaEn(ostatni.planNarastajaco)}` : ''}.`,
      ]
    : [
        `Plan: działań ${plan.dzialania.length}, budżet ${kwotaPl(budzet.razem)} (JST-3).`,
        `Monitoring (JST-4): wierszy ${st.length} — zielone ${ile('zielony')}, bursztynowe ${ile('bursztynowy')}, czerwone ${ile('czerwony')}${ostatni ? `; wydano do ostatniego miesiąca ${kwotaPl(ostatni.narastajaco)} wobec planu ${kwotaPl(ostatni.planNarastajaco)}` : ''}.`,
      ];
  k.postep?.(1, 'zapis');
  const dane = daneMonitoringu(plan.dzialania, budzet, pokrycie, st, pul, par.parametry);
  return gotowe(z, k, arkusze, uwagi, dane, monitoringJson(dane), podsumowanie, {
    operacja: 'monitoruj',
    zmiany: { meta: { 'jst.operacja': 'monitoruj' } },
  });
}
