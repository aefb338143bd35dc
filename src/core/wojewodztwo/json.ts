/** WB-4.1 `kwalifikuj --json` object, derived from the typed result (grosze → "123.45"). */
import { kwotaJson, type Grosze } from '../kwota';
import type { Grupa, Wariant } from '../kwalifikacja';
import type { DaneKwalifikacji, PodsumowanieWariantu } from './dane';

const m = (g: Grosze | null | undefined): string | null => (g === null || g === undefined ? null : kwotaJson(g));

export function jsonKwalifikacji(d: DaneKwalifikacji): Record<string, unknown> {
  const k = d.koperty;
  const grupy: Grupa[] = d.parametry.podzialWielkosci === 'bez podziału' ? ['wszystkie'] : ['mała', 'średnia', 'duża'];
  const koperty: Record<string, string | null> = { I: m(k?.E.I), II: m(k?.E.II) };
  for (const v of ['I', 'II'] as Wariant[])
    for (const g of grupy) koperty[`${v}.${g}`] = m(k ? (k.Es[v][g] ?? 0) : null);
  koperty['D.I'] = m(k?.D.I);
  koperty['D.II'] = m(k?.D.II);

  const wnioski = d.wnioski.map((w) => ({
    regon: w.regon,
    decyzja: w.decyzja,
    wariant: w.wariant,
    kwotaWsparcia: m(w.kwotaWsparcia),
    krok: w.krok,
    pozycjaLosowania: w.pozycjaLosowania,
    numerWKoszyku: w.numerWKoszyku,
    brakujacaKwota: m(w.brakujacaKwota),
    powod: w.powod,
  }));
  const s = d.podsumowanie;
  const wariant = (v: PodsumowanieWariantu) => ({
    zakwalifikowane: v.liczba,
    kwota: m(v.kwota),
    niewykorzystane: m(v.niewykorzystane),
  });
  return {
    algorytm: d.algorytm,
    odcisk: d.odcisk,
    kwotaSrodkow: m(d.kwotaSrodkow),
    parametry: { ...d.parametry },
    koperty,
    wnioski,
    podsumowanie: {
      zakwalifikowane: s.zakwalifikowane,
      kwotaPrzyznana: m(s.przyznano),
      niewykorzystane: m(s.niewykorzystane),
      I: wariant(s.warianty.I),
      II: wariant(s.warianty.II),
    },
  };
}
