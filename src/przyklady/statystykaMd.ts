/** The "what the example contains" section of examples/README.md (counts from the generator and the run). */
import { kwotaPl } from '../core';
import type { Statystyka } from './wojewodztwo';

/** `87 456,32 zł` with plain spaces (Markdown) */
const zl = (g: number) => kwotaPl(g, true, ' ');
const lista = (m: Record<string, number>) =>
  Object.entries(m)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'pl'))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

interface JsonKwalifikacji {
  kwotaSrodkow?: string;
  wnioski?: Array<{ decyzja: string; krok: string | null }>;
  podsumowanie?: { zakwalifikowane: number; kwotaPrzyznana: string; niewykorzystane: string };
}

export function opisStatystyki(s: Statystyka, json: unknown): string {
  const j = (json ?? {}) as JsonKwalifikacji;
  const decyzje: Record<string, number> = {};
  const kroki: Record<string, number> = {};
  for (const w of j.wnioski ?? []) {
    decyzje[w.decyzja] = (decyzje[w.decyzja] ?? 0) + 1;
    if (w.krok) kroki[`krok ${w.krok}`] = (kroki[`krok ${w.krok}`] ?? 0) + 1;
  }
  return [
    `- **${s.wnioski} wniosków** (wierszy danych) od **${s.organy} organów prowadzących**: ${lista(s.organyWgRodzaju)}.`,
    `- Wielkość szkół (CS-5.1): ${lista(s.wielkosci)}; typ szkoły: ${lista(s.typy)}.`,
    `- Położenie: ${lista(s.polozenia)}; wariant: ${lista(s.warianty)}; wariant zastępczy: ${lista(s.zastepcze)}.`,
    `- Wnioskowano ${zl(s.sumaWnioskowana)}; po obcięciu do limitów (CS-5.2, ${s.ponadLimit} wniosków powyżej limitu) Σ r = ${zl(s.sumaR)}; ${s.kwotyTekstem} wierszy ma kwoty wpisane tekstem (np. „87 456,32 zł”).`,
    s.kwotaPodana
      ? `- \`Kwota środków (zł)\` = ${zl(s.kwota)} — tyle otrzymało województwo mazowieckie w 2012 r.; wnioski przekraczają ją kilkanaście razy, więc odbywa się losowanie z ziarnem (CS-Z3.1).`
      : `- \`Kwota środków (zł)\` = ${zl(s.kwota)} (połowa Σ r wniosków ocenionych pozytywnie, w dół do 1 000 zł), więc odbywa się losowanie z ziarnem (CS-Z3.1).`,
    j.podsumowanie
      ? `- Wynik (\`kwalifikuj\`): ${lista(decyzje)}; zakwalifikowane w krokach: ${lista(kroki)}; przyznano ${j.podsumowanie.kwotaPrzyznana} zł, niewykorzystane ${j.podsumowanie.niewykorzystane} zł.`
      : '- Wynik: brak (kwalifikacja nie zakończyła się).',
  ].join('\n');
}
