import {
  duplikatyRegon,
  sprawdzLimit,
  sprawdzMinimalnyWklad,
  sprawdzPolozenie,
  sprawdzRegon,
  sprawdzRodzajOrganu,
  sprawdzTeryt,
  sprawdzTypSzkoly,
  sprawdzUczniow,
  sprawdzWariant,
  sprawdzWariantZastepczy,
  sprawdzWklad,
  sprawdzWnioskowana,
  terytWojewodztwa,
  type Miejsce,
} from '../../src/core/wnioski/szkola';
import { komorka, err, bledy, ostrzezenia } from './pomoc';

const M: Miejsce = { arkusz: 'Wnioski', komorka: 'H7', wiersz: 7 };
const k = komorka;

describe('S1 sizes and caps (CS-5.1)', () => {
  test.each([
    [1, 'mała', 9_000_000],
    [100, 'mała', 9_000_000],
    [101, 'średnia', 14_000_000],
    [300, 'średnia', 14_000_000],
    [301, 'duża', 20_000_000],
  ])('CS-5.1 S1 %p pupils → %s, cap %p gr', (n, wielkosc, limit) => {
    const s = sprawdzUczniow(k(n), M);
    expect(s.uwagi).toEqual([]);
    expect(s.wartosc).toEqual({ uczniowie: n, wielkosc, limit });
  });
  test('CS-5.1 S1 "80,0" as text is 80 (integer-valued)', () => {
    expect(sprawdzUczniow(k('80,0'), M).wartosc?.wielkosc).toBe('mała');
  });
  test.each([
    ['0', 0],
    ['-5', -5],
    ['12.5', 12.5],
    ['"sto"', 'sto'],
    ['empty', null],
    ['blank text', '  '],
    ['#N/A', err('#N/A')],
  ])('CS-5.1 S1 bad pupil count %s → błąd located at the cell', (_n, v) => {
    const s = sprawdzUczniow(k(v), M);
    expect(s.wartosc).toBeNull();
    expect(s.uwagi).toHaveLength(1);
    expect(s.uwagi[0]).toMatchObject({ waga: 'błąd', regula: 'CS-5.1', arkusz: 'Wnioski', komorka: 'H7', wiersz: 7 });
  });
});

describe('CS-5.2 / CS-5.3 request', () => {
  test('CS-5.2 in an application a request above the cap → błąd naming the maximum', () => {
    const s = sprawdzWnioskowana(k(95000), M, 'mała', 'wniosek');
    expect(bledy(s.uwagi, 'CS-5.2')).toHaveLength(1);
    expect(s.uwagi[0].komunikat).toContain('małej szkoły');
    expect(s.uwagi[0].komunikat).toContain('90\u00a0000,00\u00a0zł');
  });
  test('CS-5.2 in the voivodeship workbook → ostrzeżenie with the cut, r = cap', () => {
    const s = sprawdzWnioskowana(k(215000), M, 'duża', 'wojewodztwo');
    expect(s.wartosc).toEqual({ wnioskowana: 21_500_000, r: 20_000_000 });
    expect(ostrzezenia(s.uwagi, 'CS-5.2')).toHaveLength(1);
    expect(s.uwagi[0].komunikat).toContain('obcięto 15\u00a0000,00\u00a0zł');
    expect(bledy(s.uwagi)).toEqual([]);
  });
  test('CS-5.2 exactly the cap is fine', () => {
    expect(sprawdzLimit(14_000_000, 'średnia', M, 'wniosek').uwagi).toEqual([]);
  });
  test.each([[0], [-1], ['0,00']])('CS-5.3 request %p → błąd', (v) => {
    const s = sprawdzWnioskowana(k(v), M, 'mała', 'wniosek');
    expect(s.wartosc).toBeNull();
    expect(bledy(s.uwagi, 'CS-5.3')).toHaveLength(1);
  });
  test('CS-5.3 empty request → błąd; WB-1.4 "90.000,00" → błąd', () => {
    expect(bledy(sprawdzWnioskowana(null, M, null, 'wniosek').uwagi)).toHaveLength(1);
    expect(bledy(sprawdzWnioskowana(k('90.000,00'), M, null, 'wniosek').uwagi, 'WB-1.4')).toHaveLength(1);
  });
});

describe('S1 own contribution (CS-4.3)', () => {
  test.each([
    [9_000_000, 2_250_000, true],
    [9_000_000, 2_249_999, false],
    [9_000_000, 1_800_000, false],
    [10_000_001, 2_500_001, true],
    [10_000_001, 2_500_000, false],
    [8_600_000, 1_800_000, false],
  ])('CS-4.3 S1 support %p gr, contribution %p gr → ok=%p', (g, w, ok) => {
    const u = sprawdzMinimalnyWklad(g, w, M);
    expect(u.length === 0).toBe(ok);
  });
  test('CS-4.3 S1 the message states the minimum needed (18 000 for 90 000 fails)', () => {
    const [u] = sprawdzMinimalnyWklad(9_000_000, 1_800_000, M);
    expect(u).toMatchObject({ waga: 'błąd', regula: 'CS-4.3', komorka: 'H7' });
    expect(u.komunikat).toContain(
      'wymagane co najmniej 22\u00a0500,00\u00a0zł (20 % wartości zadania = wsparcie + wkład',
    );
    expect(u.message).toContain('at least 22,500.00 PLN');
  });
  test('CS-4.3 S1 86 000 support needs 21 500', () => {
    expect(sprawdzMinimalnyWklad(8_600_000, 1_800_000, M)[0].komunikat).toContain('21\u00a0500,00');
  });
  test('CS-4.3 sprawdzWklad reads the cell and checks against the support', () => {
    expect(sprawdzWklad(k('22 500,00 zł'), M, 9_000_000)).toEqual({ wartosc: 2_250_000, uwagi: [] });
    expect(bledy(sprawdzWklad(k(22499.99), M, 9_000_000).uwagi, 'CS-4.3')).toHaveLength(1);
    expect(sprawdzWklad(k(0), M, null)).toEqual({ wartosc: 0, uwagi: [] });
    expect(bledy(sprawdzWklad(k(-1), M, null).uwagi)).toHaveLength(1);
    expect(bledy(sprawdzWklad(null, M, 100).uwagi)).toHaveLength(1);
    expect(bledy(sprawdzWklad(k(1.005), M, 100).uwagi, 'WB-1.4')).toHaveLength(1);
  });
});

describe('CS-10.4 REGON', () => {
  test('CS-10.4 valid 9-digit and 14-digit REGONs', () => {
    expect(sprawdzRegon(k('140000017'), M)).toEqual({ wartosc: '140000017', cyfry: '140000017', uwagi: [] });
    expect(sprawdzRegon(k('12345678512347'), M).wartosc).toBe('12345678512347');
  });
  test('CS-10.4 wrong check digit → błąd, digits kept', () => {
    const s = sprawdzRegon(k('140000018'), M);
    expect(s.wartosc).toBeNull();
    expect(s.cyfry).toBe('140000018');
    expect(bledy(s.uwagi, 'CS-10.4')).toHaveLength(1);
  });
  test('CS-10.4 wrong length → błąd', () => {
    expect(bledy(sprawdzRegon(k('1234567890'), M).uwagi, 'CS-10.4')).toHaveLength(1);
  });
  test('WB-1.6 a number is padded with an informacja; text with spaces and dashes is normalised', () => {
    // 012345675: check digit of 01234567 is 5
    const s = sprawdzRegon(k(12345675), M);
    expect(s.wartosc).toBe('012345675');
    expect(s.uwagi.map((u) => u.waga)).toEqual(['informacja']);
    expect(sprawdzRegon(k('140-000 017'), M).wartosc).toBe('140000017');
    expect(bledy(sprawdzRegon(k('14000001X'), M).uwagi, 'WB-1.6')).toHaveLength(1);
  });
  test('CS-10.4 empty REGON → błąd (required)', () => {
    expect(bledy(sprawdzRegon(null, M).uwagi)).toHaveLength(1);
  });
  test('CS-10.4 the same REGON twice → błąd on both rows (blocking), empty ones ignored', () => {
    const m = (r: number): Miejsce => ({ arkusz: 'Szkoły', komorka: `B${r}`, wiersz: r });
    const u = duplikatyRegon([
      { regon: '140000017', miejsce: m(2) },
      { regon: null, miejsce: m(3) },
      { regon: null, miejsce: m(4) },
      { regon: '140000017', miejsce: m(5) },
      { regon: '140000023', miejsce: m(6) },
    ]);
    expect(u.map((x) => x.komorka)).toEqual(['B2', 'B5']);
    expect(u.every((x) => x.waga === 'błąd' && x.blokujaca && x.regula === 'CS-10.4')).toBe(true);
    expect(u[0].komunikat).toContain('B5');
  });
});

describe('CS-10.4 TERYT, CS-3.1 body type', () => {
  test('CS-10.4 valid TERYT codes of the expected voivodeship', () => {
    for (const t of ['14', '1401', '1465011', '1401012'])
      expect(sprawdzTeryt(k(t), M, '14')).toEqual({ wartosc: t, uwagi: [] });
  });
  test('CS-10.4 TERYT missing is not an error', () => {
    expect(sprawdzTeryt(null, M, '14')).toEqual({ wartosc: null, uwagi: [] });
  });
  test.each([['140'], ['14010'], ['1401014'], ['1401018'], ['0301011'], ['99']])('CS-10.4 bad TERYT %s → błąd', (t) => {
    expect(bledy(sprawdzTeryt(k(t), M).uwagi, 'CS-10.4')).toHaveLength(1);
  });
  test('CS-10.4 TERYT of another voivodeship → błąd naming both', () => {
    const s = sprawdzTeryt(k('1261011'), M, terytWojewodztwa('Mazowieckie'));
    expect(s.wartosc).toBeNull();
    expect(s.uwagi[0].komunikat).toContain('małopolskie');
    expect(s.uwagi[0].komunikat).toContain('mazowieckie');
  });
  test('WB-1.6 numeric TERYT 201011 padded to 0201011 with an informacja', () => {
    const s = sprawdzTeryt(k(201011), M, '02');
    expect(s.wartosc).toBe('0201011');
    expect(s.uwagi.map((u) => u.waga)).toEqual(['informacja']);
  });
  test('CS-3.1 Rodzaj organu "inny" → błąd; empty → not checked; unknown → błąd', () => {
    expect(bledy(sprawdzRodzajOrganu(k('inny'), M).uwagi, 'CS-3.1')).toHaveLength(1);
    expect(sprawdzRodzajOrganu(k('Miasto na prawach powiatu'), M)).toEqual({
      wartosc: 'miasto na prawach powiatu',
      uwagi: [],
    });
    expect(sprawdzRodzajOrganu(null, M)).toEqual({ wartosc: null, uwagi: [] });
    expect(bledy(sprawdzRodzajOrganu(k('fundacja'), M).uwagi)).toHaveLength(1);
  });
});

describe('CS-2.1, CS-8.1, vocabularies', () => {
  test('CS-2.1 eligible types accepted, empty = szkoła podstawowa unless required', () => {
    expect(sprawdzTypSzkoly(k('Ogólnokształcąca  szkoła muzyczna I stopnia'), M).wartosc).toBe(
      'ogólnokształcąca szkoła muzyczna I stopnia',
    );
    expect(sprawdzTypSzkoly(null, M).wartosc).toBe('szkoła podstawowa');
    expect(bledy(sprawdzTypSzkoly(null, M, { wymagany: true }).uwagi)).toHaveLength(1);
  });
  test.each([['gimnazjum'], ['liceum ogólnokształcące'], ['szkoła muzyczna II stopnia'], ['przedszkole']])(
    'CS-2.1 %s → błąd, not eligible',
    (t) => {
      const s = sprawdzTypSzkoly(k(t), M);
      expect(s.wartosc).toBeNull();
      expect(bledy(s.uwagi, 'CS-2.1')).toHaveLength(1);
    },
  );
  test('CS-8.1 variant and fallback; the same twice → błąd', () => {
    expect(sprawdzWariant(k('II'), M).wartosc).toBe('II');
    expect(bledy(sprawdzWariant(k('III'), M).uwagi, 'CS-8.1')).toHaveLength(1);
    expect(sprawdzWariantZastepczy(k('Odstąpienie'), M, 'I')).toEqual({ wartosc: 'odstąpienie', uwagi: [] });
    const s = sprawdzWariantZastepczy(k('I'), M, 'I');
    expect(bledy(s.uwagi, 'CS-8.1')).toHaveLength(1);
  });
  test('WB-2 Położenie vocabulary', () => {
    expect(sprawdzPolozenie(k('Miasto do 5 tys.'), M).wartosc).toBe('miasto do 5 tys.');
    expect(bledy(sprawdzPolozenie(k('miasto'), M).uwagi, 'WB-2')).toHaveLength(1);
  });
});
