/** Expected findings (README) vs the findings the core produced: what is missing, what is extra. */
import type { Uwaga } from '../core';

export interface UwagaKlucz {
  arkusz: string | null;
  komorka: string | null;
  waga: string;
  regula: string;
}

export const kluczUwagi = (u: UwagaKlucz): string => `${u.arkusz ?? ''}!${u.komorka ?? ''}|${u.waga}|${u.regula}`;

/** Multiset difference both ways (a finding listed twice must be produced twice). */
export function porownajUwagi(
  oczekiwane: readonly UwagaKlucz[],
  faktyczne: readonly Uwaga[],
): { brakujace: string[]; nadmiarowe: string[] } {
  const licz = (lista: readonly UwagaKlucz[]) => {
    const m = new Map<string, number>();
    for (const u of lista) m.set(kluczUwagi(u), (m.get(kluczUwagi(u)) ?? 0) + 1);
    return m;
  };
  const a = licz(oczekiwane);
  const b = licz(faktyczne);
  const roznica = (x: Map<string, number>, y: Map<string, number>) =>
    [...x].flatMap(([k, n]) => Array<string>(Math.max(0, n - (y.get(k) ?? 0))).fill(k));
  return { brakujace: roznica(a, b), nadmiarowe: roznica(b, a) };
}
