/** Findings as text lines: `Wnioski!H7  błąd  CS-4.3  komunikat`, sorted by place, then a count line. */
import {
  adresUwagi,
  tekstUwagi,
  WAGI_EN,
  type Jezyk,
  type Uwaga,
  type Waga,
  indeksKolumny,
  ile,
  najwieksza,
} from '../core';

function miejsce(komorka: string | null): [number, number] {
  const m = komorka ? /^\$?([A-Z]+)\$?(\d+)/i.exec(komorka) : null;
  return m ? [Number(m[2]), indeksKolumny(m[1])] : [0, -1];
}

/** Workbook-level findings first, then sheets in workbook order, then row and column; ties keep the core's order. */
export function posortujUwagi(uwagi: readonly Uwaga[], kolejnoscArkuszy: readonly string[] = []): Uwaga[] {
  const pozycja = new Map(kolejnoscArkuszy.map((n, i) => [n, i]));
  const klucz = (u: Uwaga): [number, string, number, number] => {
    const [w, k] = miejsce(u.komorka);
    if (u.arkusz === null) return [-1, '', w, k];
    return [pozycja.get(u.arkusz) ?? kolejnoscArkuszy.length, u.arkusz, w, k];
  };
  return uwagi
    .map((u, i) => ({ u, i, k: klucz(u) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1].localeCompare(b.k[1]) || a.k[2] - b.k[2] || a.k[3] - b.k[3] || a.i - b.i)
    .map((x) => x.u);
}

export function liniaWagi(w: Waga, jezyk: Jezyk): string {
  return jezyk === 'en' ? WAGI_EN[w] : w;
}

export function linieUwag(uwagi: readonly Uwaga[], jezyk: Jezyk, kolejnoscArkuszy: readonly string[] = []): string[] {
  const lista = posortujUwagi(uwagi, kolejnoscArkuszy);
  const adresy = lista.map((u) => adresUwagi(u) || (jezyk === 'en' ? '(workbook)' : '(skoroszyt)'));
  const szAdresu = najwieksza(
    0,
    adresy.map((a) => a.length),
  );
  const szWagi = najwieksza(
    0,
    lista.map((u) => liniaWagi(u.waga, jezyk).length),
  );
  const szReguly = najwieksza(
    0,
    lista.map((u) => u.regula.length),
  );
  return lista.map((u, i) =>
    `${adresy[i].padEnd(szAdresu)}  ${liniaWagi(u.waga, jezyk).padEnd(szWagi)}  ${u.regula.padEnd(szReguly)}  ${tekstUwagi(u, jezyk)}`.trimEnd(),
  );
}

export function liniaLiczby(uwagi: readonly Uwaga[], jezyk: Jezyk): string {
  const n = (w: Waga): number => uwagi.filter((u) => u.waga === w).length;
  const [b, o, i] = [n('błąd'), n('ostrzeżenie'), n('informacja')];
  if (jezyk === 'en') return `Findings: ${b} error${b === 1 ? '' : 's'}, ${o} warning${o === 1 ? '' : 's'}, ${i} info.`;
  return `Uwagi: ${ile(b, 'błąd', 'błędy', 'błędów')}, ${ile(o, 'ostrzeżenie', 'ostrzeżenia', 'ostrzeżeń')}, ${ile(i, 'informacja', 'informacje', 'informacji')}.`;
}
