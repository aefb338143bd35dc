/**
 * JST-3 `Budżet planu`: budget per year × source. An action spanning several years is split pro rata
 * by its days in each calendar year, in grosze, by largest remainder (equal remainders → the earlier
 * year).
 */
import type { Grosze } from '../../kwota';
import type { DataKalendarzowa } from '../../program/definicja';
import { largestRemainder } from '../../rational';
import { dniWLatach } from '../kalendarz';
import { ZRODLA, type Zrodlo } from '../slowniki';
import type { Dzialanie } from './plan';

export interface PodzialDzialania {
  dzialanie: Dzialanie;
  /** per calendar year, earliest first */
  lata: Array<{ rok: number; dni: number; kwota: Grosze }>;
}

export interface BudzetPlanu {
  podzialy: PodzialDzialania[];
  lata: number[];
  /** year → source → grosze */
  macierz: Map<number, Record<Zrodlo, Grosze>>;
  razem: Grosze;
  /** actions left out (bad dates, budget or source) */
  pominiete: Dzialanie[];
}

/** JST-3: pro-rata split of one budget over calendar years by days (largest remainder, ties → earlier). */
export function podzielNaLata(
  budzet: Grosze,
  od: DataKalendarzowa,
  doDnia: DataKalendarzowa,
): Array<{ rok: number; dni: number; kwota: Grosze }> {
  const lata = dniWLatach(od, doDnia);
  const kwoty = largestRemainder(
    BigInt(budzet),
    lata.map((l) => BigInt(l.dni)),
    (i, j) => i - j,
  );
  return lata.map((l, i) => ({ ...l, kwota: Number(kwoty[i]) }));
}

const pusty = (): Record<Zrodlo, Grosze> => Object.fromEntries(ZRODLA.map((z) => [z, 0])) as Record<Zrodlo, Grosze>;

export function budzetPlanu(dzialania: readonly Dzialanie[]): BudzetPlanu {
  const podzialy: PodzialDzialania[] = [];
  const pominiete: Dzialanie[] = [];
  const macierz = new Map<number, Record<Zrodlo, Grosze>>();
  let razem = 0;
  for (const d of dzialania) {
    if (!d.okres || d.budzet === null || d.zrodlo === null) {
      pominiete.push(d);
      continue;
    }
    const lata =
      d.budzet === 0
        ? dniWLatach(d.okres.od, d.okres.do).map((l) => ({ ...l, kwota: 0 }))
        : podzielNaLata(d.budzet, d.okres.od, d.okres.do);
    podzialy.push({ dzialanie: d, lata });
    for (const l of lata) {
      if (!macierz.has(l.rok)) macierz.set(l.rok, pusty());
      macierz.get(l.rok)![d.zrodlo] += l.kwota;
    }
    razem += d.budzet;
  }
  const lata = [...macierz.keys()].sort((a, b) => a - b);
  return { podzialy, lata, macierz, razem, pominiete };
}
