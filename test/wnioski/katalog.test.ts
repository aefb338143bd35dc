import { parsujWyrazenie, wyrazenieTekst } from '../../src/core/wnioski/wyrazenie';
import { czytajKatalogi, katalogiDomyslne } from '../../src/core/wnioski/katalog';
import { obliczPokrycie } from '../../src/core/wnioski/pokrycie';
import { arkusz, bledy, zeszyt } from './pomoc';

describe('CS-A2 grammar', () => {
  test('CS-A2 parses + | ×k ×N with free whitespace', () => {
    const p = parsujWyrazenie(' 2 + 7|8 ×2 + 1×N ');
    expect(p).toEqual({
      ok: true,
      v: [
        { punkty: [2], k: { licznik: 1, mianownik: 1 } },
        { punkty: [7, 8], k: { licznik: 2, mianownik: 1 } },
        { punkty: [1], k: 'N' },
      ],
    });
    if (!p.ok) throw new Error('parse');
    expect(wyrazenieTekst(p.v)).toBe('2 + 7|8×2 + 1×N');
  });
  test('CS-A2 x and * are accepted for ×; a decimal k is exact', () => {
    expect(parsujWyrazenie('1x25')).toEqual({ ok: true, v: [{ punkty: [1], k: { licznik: 25, mianownik: 1 } }] });
    expect(parsujWyrazenie('4*2,5')).toEqual({ ok: true, v: [{ punkty: [4], k: { licznik: 25, mianownik: 10 } }] });
  });
  test.each([[''], ['+'], ['2 +'], ['2 | '], ['7|8×'], ['1×0'], ['2 7'], ['2;7'], ['1.5'], ['0'], ['1×N×2']])(
    'CS-A2 bad expression %p → error',
    (s) => {
      expect(parsujWyrazenie(s).ok).toBe(false);
    },
  );
  test('CS-A2 the error names the position', () => {
    expect(parsujWyrazenie('2 + 7;8')).toMatchObject({ ok: false, pl: expect.stringContaining('pozycji 6') });
  });
});

describe('CS-A1 / CS-A2 catalogue sheets', () => {
  test('CS-A1 CS-A2 absent sheets → programme defaults', () => {
    const k = czytajKatalogi(zeszyt());
    expect(k.zrodlo).toEqual({ pomoce: 'domyślny', funkcjonalnosci: 'domyślny' });
    expect(k.pomoce).toHaveLength(17);
    expect(k.funkcjonalnosci).toHaveLength(6);
    expect(k.uwagi).toEqual([]);
  });
  test('CS-A1 the workbook catalogue replaces the default; bad rows → located błąd and skipped', () => {
    const k = czytajKatalogi(
      zeszyt(
        arkusz('Katalog pomocy', [
          ['Rekonstrukcja — do weryfikacji z załącznikiem nr 1'],
          [
            'Pkt',
            'Pomoc dydaktyczna',
            'Wymaga szkolenia technicznego',
            'Domyślnie wydatek inwestycyjny',
            'Warunki techniczne',
          ],
          [1, 'komputer', 'TAK', 'NIE', 'x'],
          [1, 'duplikat', 'TAK', 'NIE', ''],
          ['a', 'zły', 'TAK', 'NIE', ''],
          [2, 'nauczyciel', 'może', 'NIE', ''],
          [3, null, 'NIE', 'NIE', ''],
          [7, 'tablica', true, 'TAK', ''],
        ]),
      ),
    );
    expect(k.zrodlo.pomoce).toBe('arkusz');
    expect(k.pomoce.map((p) => [p.pkt, p.wymagaSzkolenia, p.domyslnieInwestycja])).toEqual([
      [1, true, false],
      [7, true, true],
    ]);
    expect(bledy(k.uwagi, 'CS-A1').map((u) => u.komorka)).toEqual(['A4', 'A5', 'C6', 'B7']);
    // functionalities fall back to the default, whose points 2, 4, 8, 12, 13, 14 are now missing — defaults are not re-checked
    expect(k.zrodlo.funkcjonalnosci).toBe('domyślny');
  });
  test('CS-A2 workbook functionalities: bad expression, unknown point, bad minimum → located błąd', () => {
    const k = czytajKatalogi(
      zeszyt(
        arkusz('Funkcjonalności', [
          [
            'Funkcjonalność',
            'Wariant',
            'Minimum: mała',
            'Minimum: średnia',
            'Minimum: duża',
            'Spełniana przez pkt katalogu',
          ],
          ['sala', 'oba', 1, 2, 3, '2 + 7|8'],
          ['zła składnia', 'oba', 1, 1, 1, '2 + + 7'],
          ['nieznany punkt', 'I', 1, 1, 1, '18|19'],
          ['złe minimum', 'II', 'dużo', 1, 1, '1'],
          ['zły wariant', 'III', 1, 1, 1, '1'],
          ['do domu', 'II', 'Uczniowie kl. IV', 'uczniowie kl. IV', 'uczniowie kl. IV', 1],
        ]),
      ),
    );
    expect(k.funkcjonalnosci.map((f) => f.nazwa)).toEqual(['sala', 'do domu']);
    expect(k.funkcjonalnosci[1].minimum.mała).toBe('uczniowie kl. IV');
    expect(bledy(k.uwagi, 'CS-A2').map((u) => `${u.arkusz}!${u.komorka}`)).toEqual([
      'Funkcjonalności!F3',
      'Funkcjonalności!F4',
      'Funkcjonalności!C5',
      'Funkcjonalności!B6',
    ]);
  });
});

describe('CS-6.1 coverage arithmetic', () => {
  const f = katalogiDomyslne().funkcjonalnosci;
  test('CS-6.1 units = floor(min over + terms of Σ quantities / k)', () => {
    const il = new Map([
      [2, 3],
      [7, 1],
      [8, 1],
      [1, 49],
      [4, 3],
      [14, 1],
    ]);
    const p = obliczPokrycie(
      f,
      il,
      { wielkosc: 'duża', wariant: 'I', uczniowieKlIV: null, N: 25 },
      { arkusz: 'W', komorka: null },
    );
    expect(p.wiersze.map((w) => [w.pokryte, w.wymagane, w.brakJednostek])).toEqual([
      [2, 3, 1],
      [1, 3, 2],
      [3, 3, 0],
      [1, 1, 0],
      [1, 1, 0],
    ]);
    expect(p.uwagi).toHaveLength(2);
    expect(p.uwagi[0].komunikat).toContain('brakuje 1: 1 szt. pkt 7 lub 8');
    expect(p.uwagi[1].komunikat).toContain('26 szt. pkt 1 (×N = 25)');
  });
  test('CS-6.1 `uczniowie kl. IV` minimum with an unknown forecast gives no warning', () => {
    const p = obliczPokrycie(
      f,
      new Map(),
      { wielkosc: 'mała', wariant: 'II', uczniowieKlIV: null, N: 25 },
      { arkusz: 'W', komorka: null },
    );
    const w = p.wiersze.find((x) => x.wymagane === null)!;
    expect(w.brakJednostek).toBeNull();
    expect(p.uwagi.some((u) => u.komunikat.includes('do domu'))).toBe(false);
  });
});
