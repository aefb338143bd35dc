/** Findings grouped for display: by sheet (first appearance order; workbook-level first), then severity. */
import type { Uwaga, Waga } from '../../../../core';

export const KOLEJNOSC_WAG: readonly Waga[] = ['błąd', 'ostrzeżenie', 'informacja'];

export interface GrupaWagi {
  waga: Waga;
  uwagi: Uwaga[];
}

export interface GrupaArkusza {
  /** null = the whole workbook */
  arkusz: string | null;
  liczby: Record<Waga, number>;
  wagi: GrupaWagi[];
}

export function grupujUwagi(
  uwagi: readonly Uwaga[],
  widoczne: ReadonlySet<Waga> = new Set(KOLEJNOSC_WAG),
): GrupaArkusza[] {
  const wgArkusza = new Map<string | null, Uwaga[]>();
  if (uwagi.some((u) => u.arkusz === null)) wgArkusza.set(null, []);
  for (const u of uwagi) {
    const lista = wgArkusza.get(u.arkusz) ?? [];
    lista.push(u);
    wgArkusza.set(u.arkusz, lista);
  }
  const grupy: GrupaArkusza[] = [];
  for (const [arkusz, lista] of wgArkusza) {
    const liczby: Record<Waga, number> = { błąd: 0, ostrzeżenie: 0, informacja: 0 };
    for (const u of lista) liczby[u.waga]++;
    const wagi = KOLEJNOSC_WAG.filter((w) => widoczne.has(w) && liczby[w] > 0).map((waga) => ({
      waga,
      uwagi: lista.filter((u) => u.waga === waga),
    }));
    if (wagi.length > 0) grupy.push({ arkusz, liczby, wagi });
  }
  return grupy;
}
