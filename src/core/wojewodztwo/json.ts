/** WB-4.1 `kwalifikuj --json` object, built from the protocol model. */
import { kwotaJson, type Grosze } from '../kwota';
import { dziesietnyZaokraglony } from '../rational';
import { ID_ALGORYTMU, type Grupa, type Wariant } from '../kwalifikacja';
import type { ModelProtokolu } from './model';

const m = (g: Grosze | null | undefined): string | null => (g === null || g === undefined ? null : kwotaJson(g));

export function regonJson(w: ModelProtokolu['wiersze'][number]): string | null {
  return w.regonCyfry ?? w.regonTekst ?? null;
}

export function jsonKwalifikacji(mp: ModelProtokolu): Record<string, unknown> {
  const { wynik, parametry: p } = mp;
  const k = wynik.koperty;
  const grupy: Grupa[] = p.podzial === 'bez podziału' ? ['wszystkie'] : ['mała', 'średnia', 'duża'];
  const koperty: Record<string, string | null> = { I: m(k?.E.I), II: m(k?.E.II) };
  for (const v of ['I', 'II'] as Wariant[])
    for (const g of grupy) koperty[`${v}.${g}`] = m(k ? (k.Es[v][g] ?? 0) : null);
  koperty['D.I'] = m(k?.D.I);
  koperty['D.II'] = m(k?.D.II);

  const wnioski = mp.wiersze.map((w) => {
    const d = mp.decyzje.get(w.indeks);
    if (!d) {
      return {
        regon: regonJson(w),
        decyzja: 'odrzucona formalnie',
        wariant: w.wariant,
        kwotaWsparcia: null,
        krok: null,
        pozycjaLosowania: null,
        numerWKoszyku: null,
        brakujacaKwota: null,
        powod: `odrzucona formalnie: ${mp.powodyOdrzucenia.get(w.indeks) ?? ''}`,
      };
    }
    const kwal = d.decyzja === 'zakwalifikowana' || d.decyzja === 'rezygnacja';
    return {
      regon: regonJson(w),
      decyzja: d.decyzja,
      wariant: d.wariant,
      kwotaWsparcia: kwal ? m(d.wsparcie) : null,
      krok: kwal ? d.krok : null,
      pozycjaLosowania: d.pozycja,
      numerWKoszyku: d.numerWKoszyku ?? null,
      brakujacaKwota: d.decyzja === 'niezakwalifikowana' ? m(d.brak) : null,
      powod: d.powod,
    };
  });

  const podsum = (v: Wariant) => {
    const lista = [...mp.decyzje.values()].filter((d) => d.decyzja === 'zakwalifikowana' && d.wariant === v);
    return {
      zakwalifikowane: lista.length,
      kwota: m(lista.reduce((s, d) => s + (d.wsparcie ?? 0), 0)),
      niewykorzystane: m(k ? k.L[v] : null),
    };
  };
  const zakw = [...mp.decyzje.values()].filter((d) => d.decyzja === 'zakwalifikowana');
  return {
    algorytm: ID_ALGORYTMU,
    odcisk: mp.odcisk,
    kwotaSrodkow: m(p.kwota),
    parametry: {
      udzialWariantuI: wynik.udzial ? dziesietnyZaokraglony(wynik.udzial.licznik, wynik.udzial.mianownik, 4) : null,
      udzialDomyslny: wynik.udzial ? wynik.udzial.domyslny : null,
      podzialWielkosci: p.podzial,
      ziarno: mp.ziarnoUzyte ? p.ziarno : null,
      kolejnoscReczna: mp.kolejnoscReczna,
      losowanieReczne: mp.losowanieReczne,
    },
    koperty,
    wnioski,
    podsumowanie: {
      zakwalifikowane: zakw.length,
      kwotaPrzyznana: m(wynik.przyznano),
      niewykorzystane: m(wynik.niewykorzystane),
      I: podsum('I'),
      II: podsum('II'),
    },
  };
}
