/**
 * JST-4 `Pulpit monitoringu` data: per month the counts of green / amber / red, spending in the month
 * and cumulatively vs the planned cumulative spending (Σ budget × planned progress, rounded half up to
 * the grosz per action), and the actions missing a row in a month they are active in.
 */
import type { Grosze } from '../../kwota';
import { uwaga, type Uwaga } from '../../uwagi';
import { indeksMiesiaca, miesiacIso, miesiace, miesiacWOkresie, zIndeksu, type Miesiac } from '../kalendarz';
import { mnoz, ulamek, zaokraglij } from '../../rational';
import type { Dzialanie } from '../plan/plan';
import { ARKUSZ_MONITORINGU, type WierszMonitoringu } from './monitoring';
import { postepPlanowany, type StatusMiesiaca } from './status';
import { doGrupy } from '../../tablice/grupy';

/**
 * a contiguous month axis is drawn up to this length; longer spans show only the months present, at most this
 * many (the first ones: JST-4 monitors 12 months; thousands of months, e.g. a year typed as 2925, would make
 * the dashboard actions × months large enough to exhaust memory)
 */
export const MAKS_MIESIECY_PULPITU = 120;

export interface MiesiacPulpitu {
  miesiac: Miesiac;
  zielone: number;
  bursztynowe: number;
  czerwone: number;
  /** rows whose status cannot be computed + active actions with no row */
  brakDanych: number;
  wydatki: Grosze;
  narastajaco: Grosze;
  planNarastajaco: Grosze;
  budzet: Grosze;
}

export interface Pulpit {
  miesiace: MiesiacPulpitu[];
  /** months with rows left off the axis (beyond `MAKS_MIESIECY_PULPITU`) */
  pominieteMiesiace: number;
  /** action → active months without a monitoring row */
  braki: Map<Dzialanie, Miesiac[]>;
}

/** The dashboard's months, and how many months with rows it leaves off. */
export function osMiesiecy(wiersze: readonly WierszMonitoringu[]): { os: Miesiac[]; pominiete: number } {
  const idx = [...new Set(wiersze.filter((w) => w.uzyty && w.miesiac).map((w) => indeksMiesiaca(w.miesiac!)))].sort(
    (a, b) => a - b,
  );
  if (!idx.length) return { os: [], pominiete: 0 };
  if (idx[idx.length - 1] - idx[0] + 1 > MAKS_MIESIECY_PULPITU)
    return {
      os: idx.slice(0, MAKS_MIESIECY_PULPITU).map(zIndeksu),
      pominiete: Math.max(0, idx.length - MAKS_MIESIECY_PULPITU),
    };
  return { os: miesiace(zIndeksu(idx[0]), zIndeksu(idx[idx.length - 1])), pominiete: 0 };
}

export function pulpit(
  dzialania: readonly Dzialanie[],
  st: readonly StatusMiesiaca[],
  wiersze: readonly WierszMonitoringu[],
): Pulpit {
  const { os, pominiete } = osMiesiecy(wiersze);
  const budzet = dzialania.reduce((s, d) => s + (d.budzet ?? 0), 0);
  const obecne = new Set(st.map((s) => `${s.dzialanie.wiersz}|${indeksMiesiaca(s.miesiac)}`));
  const braki = new Map<Dzialanie, Miesiac[]>();
  const stWgMiesiaca = new Map<number, StatusMiesiaca[]>();
  for (const s of st) doGrupy(stWgMiesiaca, indeksMiesiaca(s.miesiac), s);
  const wydatkiWgMiesiaca = new Map<number, Grosze>();
  for (const w of wiersze)
    if (w.uzyty && w.miesiac)
      wydatkiWgMiesiaca.set(
        indeksMiesiaca(w.miesiac),
        (wydatkiWgMiesiaca.get(indeksMiesiaca(w.miesiac)) ?? 0) + w.wydatki,
      );
  let narastajaco = 0;
  const wynik = os.map((m): MiesiacPulpitu => {
    const i = indeksMiesiaca(m);
    const tu = stWgMiesiaca.get(i) ?? [];
    let brakDanych = tu.filter((s) => s.kolor === null).length;
    let planNarastajaco = 0;
    for (const d of dzialania) {
      if (!d.okres) continue;
      const plan = postepPlanowany(d.okres.od, d.okres.do, m);
      if (d.budzet !== null)
        planNarastajaco += Number(zaokraglij(mnoz(ulamek(BigInt(d.budzet)), mnoz(plan.procent, ulamek(1n, 100n))), 0));
      if (miesiacWOkresie(m, d.okres.od, d.okres.do) && !obecne.has(`${d.wiersz}|${i}`)) {
        brakDanych++;
        doGrupy(braki, d, m);
      }
    }
    const wydatki = wydatkiWgMiesiaca.get(i) ?? 0;
    narastajaco += wydatki;
    return {
      miesiac: m,
      zielone: tu.filter((s) => s.kolor === 'zielony').length,
      bursztynowe: tu.filter((s) => s.kolor === 'bursztynowy').length,
      czerwone: tu.filter((s) => s.kolor === 'czerwony').length,
      brakDanych,
      wydatki,
      narastajaco,
      planNarastajaco,
      budzet,
    };
  });
  return { miesiace: wynik, pominieteMiesiace: pominiete, braki };
}

/** JST-4: one warning per action that lacks rows in months it is active in; one when the axis leaves months off */
export function uwagiBrakow(p: Pulpit): Uwaga[] {
  const ostrzezenie = (pl: string, en: string) => uwaga(ARKUSZ_MONITORINGU, null, 'ostrzeżenie', 'JST-4', pl, en);
  const uwagi: Uwaga[] = [];
  if (p.pominieteMiesiace > 0)
    uwagi.push(
      ostrzezenie(
        `Pulpit pokazuje ${MAKS_MIESIECY_PULPITU} pierwszych miesięcy z wierszami monitoringu; pominięto ${p.pominieteMiesiace} dalszych — sprawdź lata w kolumnie „Miesiąc”.`,
        `The dashboard shows the first ${MAKS_MIESIECY_PULPITU} months with monitoring rows; ${p.pominieteMiesiace} later ones are left off — check the years in "Miesiąc".`,
      ),
    );
  for (const [d, ms] of p.braki) {
    // the months of the axis only: at most MAKS_MIESIECY_PULPITU
    const miesiace = ms.map(miesiacIso).join(', ');
    uwagi.push(
      ostrzezenie(
        `Działanie „${d.etykieta}” (plan, wiersz ${d.wiersz}) nie ma wiersza monitoringu za: ${miesiace}.`,
        `Action "${d.etykieta}" (plan row ${d.wiersz}) has no monitoring row for: ${miesiace}.`,
      ),
    );
  }
  return uwagi;
}
