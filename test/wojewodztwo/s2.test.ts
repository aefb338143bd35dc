import { kwalifikujWojewodztwo } from '../../src/core/wojewodztwo/operacja';
import type { Kontekst } from '../../src/core/api';
import { ZIARNO_S2, zeszytS2 } from '../pomoc/s2';

const K: Kontekst = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' };

type Json = {
  koperty: Record<string, string | null>;
  wnioski: Array<{
    regon: string;
    decyzja: string;
    wariant: string;
    kwotaWsparcia: string | null;
    krok: string | null;
    pozycjaLosowania: number | null;
    brakujacaKwota: string | null;
    powod: string | null;
  }>;
  podsumowanie: { niewykorzystane: string; I: { niewykorzystane: string }; II: { niewykorzystane: string } };
  parametry: { udzialWariantuI: string; udzialDomyslny: boolean; kolejnoscReczna: boolean; ziarno: string | null };
};

describe('S2 through the voivodeship workbook (WB-2, WB-5, CS-Z3)', () => {
  test('CS-Z3.2 CS-Z3.3 CS-Z3.4 CS-Z3.7 WB-4.1 S2 manual order: envelopes, results, shortfalls', () => {
    const w = kwalifikujWojewodztwo(zeszytS2(), K);
    expect(w.status).toBe('ok');
    const j = w.json as Json;
    expect(j.parametry).toMatchObject({
      udzialWariantuI: '0.6908',
      udzialDomyslny: true,
      kolejnoscReczna: true,
      ziarno: null,
    });
    expect(j.koperty).toEqual({
      I: '414492.75',
      II: '185507.25',
      'I.mała': '101449.27',
      'I.średnia': '81159.42',
      'I.duża': '231884.06',
      'II.mała': '34782.61',
      'II.średnia': '150724.64',
      'II.duża': '0.00',
      'D.I': '400000.00',
      'D.II': '200000.00',
    });
    const wyn = Object.fromEntries(
      j.wnioski.map((x) => [x.regon, [x.decyzja, x.wariant, x.kwotaWsparcia, x.krok, x.brakujacaKwota]]),
    );
    expect(wyn).toEqual({
      '140000017': ['zakwalifikowana', 'I', '90000.00', '4', null],
      '140000023': ['niezakwalifikowana', 'I', null, null, '15507.25'],
      '140000030': ['zakwalifikowana', 'I', '200000.00', '4', null],
      '140000046': ['zakwalifikowana', 'II', '60000.00', '7', null],
      '140000052': ['zakwalifikowana', 'II', '140000.00', '4', null],
      '140000069': ['zakwalifikowana', 'I', '85000.00', '5', null],
      '140000075': ['niezakwalifikowana', 'I', null, null, '160507.25'],
      '140000081': ['niezakwalifikowana', 'II', null, null, '74492.75'],
    });
    expect(j.wnioski.find((x) => x.regon === '140000023')!.powod).toBe('brak środków; wariant zastępczy: odstąpienie');
    expect(j.podsumowanie.niewykorzystane).toBe('25000.00');
    expect(j.podsumowanie.I.niewykorzystane).toBe('25000.00');
    expect(j.podsumowanie.II.niewykorzystane).toBe('0.00');
    // CS-5.2: 140000075's 215 000 is capped with a warning
    expect(w.uwagi.some((u) => u.regula === 'CS-5.2' && u.waga === 'ostrzeżenie' && u.komorka === 'I8')).toBe(true);
  });

  test('CS-Z3.1 WB-1.8 S2 seeded: positions and results', () => {
    const w = kwalifikujWojewodztwo(zeszytS2({ reczna: false, ziarno: ZIARNO_S2 }), K);
    expect(w.status).toBe('ok');
    const j = w.json as Json;
    const poz = Object.fromEntries(j.wnioski.map((x) => [x.regon.slice(6), x.pozycjaLosowania]));
    expect(poz).toEqual({ '023': 1, '046': 2, '017': 3, '069': 4, '030': 5, '081': 6, '075': 7, '052': 8 });
    expect(j.parametry.ziarno).toBe(ZIARNO_S2);
    expect(j.podsumowanie.niewykorzystane).toBe('45000.00');
  });

  test('WB-3.2 the written sheets have the exact names and headers', () => {
    const w = kwalifikujWojewodztwo(zeszytS2(), K);
    const nazwy = w.plan!.arkusze.map((a) => a.nazwa);
    expect(nazwy).toEqual([
      'Protokół',
      'Wykaz wniosków',
      'Zakwalifikowane',
      'Niezakwalifikowane',
      'Odrzucone formalnie',
      'Do publikacji — wariant I', // WB-3.4
      'Do publikacji — wariant II',
      'Przebieg kwalifikacji',
      'Informacja dla ministra',
      'Umowy dotacji', // CS-U.1
      'Terminy', // CS-R.4
      'Uwagi',
      '_cyfrowa_szkola',
    ]);
    // WB-3.4: the lists' header row follows their title block
    const naglowki = (n: string) =>
      w
        .plan!.arkusze.find((a) => a.nazwa === n)!
        .wiersze.find((r) => r[0]?.v === 'Lp.')!
        .map((c) => c && c.v);
    expect(naglowki('Zakwalifikowane')).toEqual([
      'Lp.',
      'Wariant',
      'Organ prowadzący',
      'Nazwa szkoły',
      'REGON szkoły',
      'Wielkość szkoły',
      'Wnioskowana kwota (zł)',
      'Kwota wsparcia (zł)',
      'Wkład własny (zł)',
      'Pozycja w losowaniu',
      'Krok',
    ]);
    expect(naglowki('Niezakwalifikowane')).toEqual([
      'Lp.',
      'Wariant',
      'Organ prowadzący',
      'Nazwa szkoły',
      'REGON szkoły',
      'Wielkość szkoły',
      'Wnioskowana kwota (zł)',
      'Powód',
      'Pozycja w losowaniu',
      'Brakująca kwota (zł)',
    ]);
    expect(naglowki('Odrzucone formalnie')).toEqual([
      'Lp.',
      'Wariant',
      'Organ prowadzący',
      'Nazwa szkoły',
      'REGON szkoły',
      'Wielkość szkoły',
      'Wnioskowana kwota (zł)',
      'Powód',
    ]);
    expect(naglowki('Wykaz wniosków')).toEqual([
      'Lp.',
      'Wariant',
      'Wariant zastępczy',
      'Organ prowadzący',
      'Nazwa szkoły',
      'REGON szkoły',
      'Wielkość szkoły',
      'Wnioskowana kwota (zł)',
      'Kwota do kwalifikacji (zł)',
      'Ocena formalna',
    ]);
    expect(naglowki('Przebieg kwalifikacji')).toEqual([
      'Lp.',
      'Krok',
      'Wariant',
      'Grupa',
      'Pozycja w losowaniu',
      'REGON szkoły',
      'Nazwa szkoły',
      'Klucz',
      'Kwota do kwalifikacji (zł)',
      'Dostępne przed (zł)',
      'Wynik',
      'Brakująca kwota (zł)',
      'Dostępne po (zł)',
    ]);
    const zak = w.plan!.arkusze.find((a) => a.nazwa === 'Zakwalifikowane')!;
    const tabela = zak.wiersze.slice(4); // WB-3.4 title block above the header row
    const etykiety = tabela.map((r) => r[1] && r[1].v);
    expect(etykiety).toEqual(['Wariant', 'I', 'I', 'I', 'Razem wariant I', 'II', 'II', 'Razem wariant II']);
    expect(tabela[1][7]).toEqual({ v: 90000, fmt: '#,##0.00\\ "zł"' });
  });
});
