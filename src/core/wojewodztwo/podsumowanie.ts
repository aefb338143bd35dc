/** Human summary lines of a qualification (CLI stderr), from the typed summary the pane also shows. */
import { kwotaEn, kwotaPl } from '../kwota';
import type { Jezyk } from '../uwagi';
import { WIELKOSCI } from '../program/definicja';
import type { DaneKwalifikacji } from './dane';

export function podsumowanieKwalifikacji(d: DaneKwalifikacji, jezyk: Jezyk): string[] {
  const zl = jezyk === 'en' ? kwotaEn : kwotaPl;
  const s = d.podsumowanie;
  const en = jezyk === 'en';
  const linie: string[] = [
    en
      ? `Applications: ${s.wnioski}, formally positive: ${s.pozytywne}, qualified: ${s.zakwalifikowane} for ${zl(s.przyznano)}.`
      : `Wnioski: ${s.wnioski}, ocenione pozytywnie: ${s.pozytywne}, zakwalifikowane: ${s.zakwalifikowane} na kwotę ${zl(s.przyznano)}.`,
  ];
  for (const v of ['I', 'II'] as const) {
    const czesci = WIELKOSCI.map((g) => {
      const c = s.warianty[v].wgWielkosci[g];
      return `${g} ${c.liczba} (${zl(c.kwota)})`;
    });
    linie.push(`${en ? 'Variant' : 'Wariant'} ${v}: ${czesci.join(', ')}`);
  }
  const L = d.koperty?.L;
  const reszty = L ? ` (I ${zl(L.I)}, II ${zl(L.II)})` : '';
  linie.push(en ? `Unused: ${zl(s.niewykorzystane)}${reszty}.` : `Niewykorzystane: ${zl(s.niewykorzystane)}${reszty}.`);
  if (s.najmniejszyBrak)
    linie.push(
      en ? `Smallest shortfall: ${zl(s.najmniejszyBrak.kwota)}.` : `Najmniejszy brak: ${zl(s.najmniejszyBrak.kwota)}.`,
    );
  return linie;
}
