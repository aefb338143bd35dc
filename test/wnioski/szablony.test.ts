import { szablonWnioskuDyrektora, szablonWnioskuOrganu } from '../../src/core/wnioski/szablony';
import { przykladWnioskuDyrektora, przykladWnioskuOrganu } from '../../src/core/wnioski/przyklady';
import { walidujWnioski } from '../../src/core/wnioski/walidacja';
import { czytajKatalogi } from '../../src/core/wnioski/katalog';
import { czytajEtykiety, czytajTabele } from '../../src/core/zeszyt/czytnik';
import {
  ETYKIETY_DYREKTORA,
  ETYKIETY_ORGANU,
  KOLUMNY_KALKULACJI,
  KOLUMNY_SZKOL,
  KOLUMNY_WYPOSAZENIA,
} from '../../src/core/wnioski/schemat';
import { CYFROWA_SZKOLA_2012 } from '../../src/core/program/definicja';
import { jestLista, type ZapisArkusza } from '../../src/core/zeszyt/model';
import { bledy, KONTEKST, zeszyt, zZapisu } from './pomoc';

const wg = (a: ZapisArkusza[], n: string) => a.find((x) => x.nazwa === n)!;

describe('WB-2 templates', () => {
  test('WB-2 wniosek-dyrektora: the five sheets, every label and header readable', () => {
    const s = szablonWnioskuDyrektora();
    expect(s.map((a) => a.nazwa)).toEqual([
      'Wniosek dyrektora',
      'Kalkulacja kosztów',
      'Wyposażenie szkoły',
      'Katalog pomocy',
      'Funkcjonalności',
    ]);
    expect(czytajEtykiety(zZapisu(s[0]), ETYKIETY_DYREKTORA).uwagi).toEqual([]);
    expect(czytajTabele(zZapisu(s[1]), KOLUMNY_KALKULACJI).uwagi).toEqual([]);
    expect(czytajTabele(zZapisu(s[2]), KOLUMNY_WYPOSAZENIA).uwagi).toEqual([]);
  });
  test('WB-2 dropdowns for every vocabulary of the director template', () => {
    const s = szablonWnioskuDyrektora();
    const listy = (a: ZapisArkusza) => (a.walidacje ?? []).filter(jestLista).map((w) => w.lista);
    expect(listy(s[0])).toEqual(
      expect.arrayContaining([
        ['szkoła podstawowa', 'ogólnokształcąca szkoła muzyczna I stopnia'],
        ['wieś', 'miasto do 5 tys.', 'miasto powyżej 5 tys.'],
        ['I', 'II'],
        ['I', 'II', 'odstąpienie'],
      ]),
    );
    expect(listy(s[1])).toEqual(
      expect.arrayContaining([
        ['wsparcie', 'wkład własny', 'wkład własny poniesiony od 1.01.2012'],
        ['TAK', 'NIE'],
      ]),
    );
    expect(listy(s[2])).toEqual(expect.arrayContaining([['TAK', 'NIE']]));
    expect(s[1].walidacje?.filter(jestLista).find((w) => w.lista[0] === 'wsparcie')?.zakres).toBe('G5:G1004');
  });
  test('CS-A1 CS-A2 catalogue sheets show the reconstruction label in row 1 and read back as the defaults', () => {
    const s = szablonWnioskuDyrektora();
    const kp = wg(s, 'Katalog pomocy');
    const fn = wg(s, 'Funkcjonalności');
    expect(String(kp.wiersze[0][0]?.v)).toContain('do weryfikacji z załącznikiem nr 1');
    expect(String(fn.wiersze[0][0]?.v)).toContain('do weryfikacji z załącznikiem nr 2');
    expect(kp.scalenia).toEqual(['A1:E1']);
    expect(kp.walidacje?.[0].zakres).toBe('C3:C1002');
    const k = czytajKatalogi(zeszyt(zZapisu(kp), zZapisu(fn)));
    expect(k.uwagi).toEqual([]);
    expect(k.zrodlo).toEqual({ pomoce: 'arkusz', funkcjonalnosci: 'arkusz' });
    expect(k.pomoce).toEqual(CYFROWA_SZKOLA_2012.katalogPomocy);
    expect(k.funkcjonalnosci.map((f) => [f.nazwa, f.wariant, f.minimum, f.spelnianaPrzez])).toEqual(
      CYFROWA_SZKOLA_2012.funkcjonalnosci.map((f) => [f.nazwa, f.wariant, f.minimum, f.spelnianaPrzez]),
    );
  });
  test('WB-2 wniosek-organu: `Wniosek organu` + `Szkoły` with dropdowns', () => {
    const s = szablonWnioskuOrganu();
    expect(s.map((a) => a.nazwa)).toEqual(['Wniosek organu', 'Szkoły']);
    expect(czytajEtykiety(zZapisu(s[0]), ETYKIETY_ORGANU).uwagi).toEqual([]);
    expect(czytajTabele(zZapisu(s[1]), KOLUMNY_SZKOL).uwagi).toEqual([]);
    expect((s[0].walidacje ?? []).filter(jestLista).map((w) => w.lista.length)).toEqual([5, 16]);
    expect((s[1].walidacje ?? []).filter(jestLista).map((w) => w.lista)).toEqual([
      ['szkoła podstawowa', 'ogólnokształcąca szkoła muzyczna I stopnia'],
      ['wieś', 'miasto do 5 tys.', 'miasto powyżej 5 tys.'],
      ['I', 'II'],
      ['I', 'II', 'odstąpienie'],
    ]);
  });
});

describe('examples', () => {
  test('WB-2 CS-6.1 the director example validates without any finding and carries its coverage sheet', () => {
    const p = przykladWnioskuDyrektora();
    expect(p.map((a) => a.nazwa)).toEqual([
      'Wniosek dyrektora',
      'Kalkulacja kosztów',
      'Wyposażenie szkoły',
      'Katalog pomocy',
      'Funkcjonalności',
      'Pokrycie funkcjonalności',
    ]);
    const r = walidujWnioski(zeszyt(...p.map(zZapisu)), KONTEKST);
    expect(r.uwagi).toEqual([]);
    const m = r.dyrektorzy[0];
    expect(m.dane).toMatchObject({ wielkosc: 'mała', wnioskowana: 9_000_000, wariant: 'I' });
    expect(m.wklad).toMatchObject({
      sumaWsparcia: 9_000_000,
      wkladWlasny: 2_250_000,
      spelniaCs43: true,
      spelniaCs44: true,
      typyInwestycyjne: [{ pkt: 15, wsparcie: 0, wklad: 2_050_000, spelniony: true, mieszane: false }],
    });
    expect(m.pokrycie?.every((w) => w.brakJednostek === 0)).toBe(true);
    const pk = wg(p, 'Pokrycie funkcjonalności');
    expect(pk.wiersze.slice(3).map((w) => w[7]?.v)).toEqual(['TAK', 'TAK', 'TAK', 'TAK', 'TAK']);
    // money cells carry the zł format
    expect(wg(p, 'Kalkulacja kosztów').wiersze[4][4]).toMatchObject({ fmt: '#,##0.00\\ "zł"' });
  });
  test('CS-11.2 the organ example (4 schools + directors\u2019 applications) validates without any finding', () => {
    const p = przykladWnioskuOrganu();
    expect(p.map((a) => a.nazwa).slice(0, 5)).toEqual([
      'Wniosek organu',
      'Szkoły',
      'Wniosek dyrektora',
      'Kalkulacja kosztów',
      'Wyposażenie szkoły',
    ]);
    expect(p.map((a) => a.nazwa)).toContain('Wniosek dyrektora (4)');
    const r = walidujWnioski(zeszyt(...p.map(zZapisu)), KONTEKST);
    expect(bledy(r.uwagi)).toEqual([]);
    expect(r.uwagi).toEqual([]);
    expect(r.dyrektorzy).toHaveLength(4);
    expect(r.organ?.wgWielkosci.map((g) => [g.wielkosc, g.szkoly.length, g.wnioskowana, g.wklad])).toEqual([
      ['mała', 2, 15_000_000, 3_750_000],
      ['średnia', 1, 12_000_000, 3_000_000],
      ['duża', 1, 20_000_000, 5_000_000],
    ]);
  });
});
