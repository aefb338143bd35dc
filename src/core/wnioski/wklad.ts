/**
 * Own contribution of a director's application from its cost lines: CS-10.3 (sums), CS-4.3 (≥ 20 % of
 * the task: 4·wkład ≥ G), CS-4.4 (per investment type t: wkład_t ≥ wsparcie_t) and the displayed lower
 * bound max(ceil(G/4), Σ investment wsparcie_t). Exact in grosze.
 */
import type { Program } from '../program/definicja';
import { dolnaGranicaWkladu, minimalnyWklad } from '../program/reguly';
import { kwotaEn, kwotaPl, type Grosze } from '../kwota';
import type { Uwaga } from '../uwagi';
import { czyWklad, type LiniaKalkulacji } from './kalkulacja';
import { sprawdzMinimalnyWklad, uwagaW, type Miejsce } from './szkola';
import { doGrupy } from '../tablice/grupy';

export interface TypInwestycyjny {
  /** catalogue point = type of aid */
  pkt: number;
  wsparcie: Grosze;
  wklad: Grosze;
  /** CS-4.4: wkład_t ≥ wsparcie_t */
  spelniony: boolean;
  /** some lines of the point say TAK and others NIE */
  mieszane: boolean;
}

export interface ObliczenieWkladu {
  /** G: the support the checks use (the request; Σ support lines when the request is unreadable) */
  wsparcie: Grosze;
  /** Σ `Wartość` of the support lines (CS-10.3) */
  sumaWsparcia: Grosze;
  /** Σ of the counted own-contribution lines of both sources (CS-10.3, CS-4.2) */
  wkladWlasny: Grosze;
  wkladPoniesiony: Grosze;
  wkladPlanowany: Grosze;
  /** own-contribution lines declared but not counted (CS-4.2) */
  wkladNieliczony: Grosze;
  /** CS-4.3: ceil(G/4) */
  minimumCs43: Grosze;
  typyInwestycyjne: TypInwestycyjny[];
  sumaWsparciaInwestycyjnego: Grosze;
  /** CS-4.4 displayed lower bound: max(ceil(G/4), Σ investment wsparcie_t) */
  dolnaGranica: Grosze;
  spelniaCs43: boolean;
  spelniaCs44: boolean;
}

export function obliczWklad(
  linie: readonly LiniaKalkulacji[],
  wnioskowana: Grosze | null,
  program: Program,
): ObliczenieWkladu {
  let sumaWsparcia = 0;
  let wkladPoniesiony = 0;
  let wkladPlanowany = 0;
  let wkladNieliczony = 0;
  const typy = new Map<number, { wsparcie: Grosze; wklad: Grosze; tak: boolean; nie: boolean }>();
  for (const l of linie) {
    if (l.wartosc === null) continue;
    if (l.zrodlo === 'wsparcie') sumaWsparcia += l.wartosc;
    else if (czyWklad(l.zrodlo)) {
      if (!l.wkladLiczySie) wkladNieliczony += l.wartosc;
      else if (l.zrodlo === 'wkład własny') wkladPlanowany += l.wartosc;
      else wkladPoniesiony += l.wartosc;
    }
    if (l.pkt === null || l.zrodlo === null) continue;
    const t = typy.get(l.pkt) ?? { wsparcie: 0, wklad: 0, tak: false, nie: false };
    if (l.inwestycja) t.tak = true;
    else t.nie = true;
    if (l.zrodlo === 'wsparcie') t.wsparcie += l.wartosc;
    else if (l.wkladLiczySie) t.wklad += l.wartosc;
    typy.set(l.pkt, t);
  }
  const typyInwestycyjne: TypInwestycyjny[] = [...typy.entries()]
    .filter(([, t]) => t.tak)
    .sort(([a], [b]) => a - b)
    .map(([pkt, t]) => ({
      pkt,
      wsparcie: t.wsparcie,
      wklad: t.wklad,
      spelniony: t.wklad >= t.wsparcie,
      mieszane: t.nie,
    }));
  const wsparcie = wnioskowana ?? sumaWsparcia;
  const wkladWlasny = wkladPoniesiony + wkladPlanowany;
  const minimumCs43 = minimalnyWklad(wsparcie, program);
  return {
    wsparcie,
    sumaWsparcia,
    wkladWlasny,
    wkladPoniesiony,
    wkladPlanowany,
    wkladNieliczony,
    minimumCs43,
    typyInwestycyjne,
    sumaWsparciaInwestycyjnego: typyInwestycyjne.reduce((s, t) => s + t.wsparcie, 0),
    dolnaGranica: dolnaGranicaWkladu(
      wsparcie,
      typyInwestycyjne.map((t) => t.wsparcie),
      program,
    ),
    spelniaCs43: wkladWlasny >= minimumCs43,
    spelniaCs44: typyInwestycyjne.every((t) => t.spelniony),
  };
}

/**
 * Findings: CS-4.3 at `mWklad` (the minimum stated), CS-4.4 per failing type and mixed flags at the
 * type's first line's investment cell.
 */
export function uwagiWkladu(
  o: ObliczenieWkladu,
  linie: readonly LiniaKalkulacji[],
  mWklad: Miejsce,
  program: Program,
): Uwaga[] {
  const uwagi = sprawdzMinimalnyWklad(o.wsparcie, o.wkladWlasny, mWklad, program);
  // the lines of each point, grouped once (a filter per type was quadratic: 80 000 lines of distinct points, 45 s)
  const wgPunktu = new Map<number | null, LiniaKalkulacji[]>();
  for (const l of linie) if (l.zrodlo !== null && l.wartosc !== null) doGrupy(wgPunktu, l.pkt, l);
  for (const t of o.typyInwestycyjne) {
    const linieTypu = wgPunktu.get(t.pkt) ?? [];
    const m = (linieTypu.find((l) => l.inwestycja) ?? linieTypu[0]).miejsceInwestycji;
    if (t.mieszane) {
      const zle = linieTypu.find((l) => !l.inwestycja)!;
      uwagi.push(
        uwagaW(
          zle.miejsceInwestycji,
          'ostrzeżenie',
          'CS-4.4',
          `Pkt ${t.pkt}: część pozycji oznaczono jako wydatek inwestycyjny, część nie — cały typ traktowany jest jako inwestycyjny.`,
          `Point ${t.pkt}: some lines are flagged as investment and some are not — the whole type is treated as investment.`,
        ),
      );
    }
    if (!t.spelniony)
      uwagi.push(
        uwagaW(
          m,
          'błąd',
          'CS-4.4',
          `Pkt ${t.pkt} (wydatek inwestycyjny): wkład własny ${kwotaPl(t.wklad)} jest mniejszy niż wsparcie ${kwotaPl(t.wsparcie)} — wymagane co najmniej 50 % kosztu typu, tj. co najmniej ${kwotaPl(t.wsparcie)} (brakuje ${kwotaPl(t.wsparcie - t.wklad)}).`,
          `Point ${t.pkt} (investment): own contribution ${kwotaEn(t.wklad)} is less than the support ${kwotaEn(t.wsparcie)} — at least 50 % of the type's cost, i.e. at least ${kwotaEn(t.wsparcie)}, is required (${kwotaEn(t.wsparcie - t.wklad)} missing).`,
        ),
      );
  }
  return uwagi;
}
