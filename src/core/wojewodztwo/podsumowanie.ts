/** Human summary of a qualification (CLI stderr, task pane): counts and amounts per variant × size, unused, smallest shortfall. */
import { kwotaEn, kwotaPl } from '../kwota';
import type { Jezyk } from '../uwagi';
import { WIELKOSCI } from '../program/definicja';
import type { ModelProtokolu } from './model';

export function podsumowanieKwalifikacji(mp: ModelProtokolu, jezyk: Jezyk): string[] {
  const zl = jezyk === 'en' ? kwotaEn : kwotaPl;
  const d = [...mp.decyzje.values()];
  const zakw = d.filter((x) => x.decyzja === 'zakwalifikowana');
  const wgIndeksu = new Map(mp.wiersze.map((w) => [w.indeks, w]));
  const linie: string[] = [];
  const en = jezyk === 'en';
  linie.push(
    en
      ? `Applications: ${mp.wiersze.length}, formally positive: ${d.length}, qualified: ${zakw.length} for ${zl(mp.wynik.przyznano)}.`
      : `Wnioski: ${mp.wiersze.length}, ocenione pozytywnie: ${d.length}, zakwalifikowane: ${zakw.length} na kwotę ${zl(mp.wynik.przyznano)}.`,
  );
  for (const v of ['I', 'II'] as const) {
    const czesci = WIELKOSCI.map((s) => {
      const l = zakw.filter((x) => x.wariant === v && wgIndeksu.get(x.indeks)?.wielkosc === s);
      return `${s} ${l.length} (${zl(l.reduce((a, x) => a + (x.wsparcie ?? 0), 0))})`;
    });
    linie.push(`${en ? 'Variant' : 'Wariant'} ${v}: ${czesci.join(', ')}`);
  }
  const k = mp.wynik.koperty;
  linie.push(
    en
      ? `Unused: ${zl(mp.wynik.niewykorzystane)}${k ? ` (I ${zl(k.L.I)}, II ${zl(k.L.II)})` : ''}.`
      : `Niewykorzystane: ${zl(mp.wynik.niewykorzystane)}${k ? ` (I ${zl(k.L.I)}, II ${zl(k.L.II)})` : ''}.`,
  );
  const braki = d.filter((x) => x.decyzja === 'niezakwalifikowana' && x.brak !== null).map((x) => x.brak!);
  if (braki.length)
    linie.push(en ? `Smallest shortfall: ${zl(Math.min(...braki))}.` : `Najmniejszy brak: ${zl(Math.min(...braki))}.`);
  return linie;
}
