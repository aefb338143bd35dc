import { walidujWnioskiDyrektorow } from '../../src/core/wnioski/wniosekDyrektora';
import { arkusz, bledy, d, err, KONTEKST, ostrzezenia, zeszyt } from './pomoc';
import { kalkulacja, LINIE_DOMYSLNE, wniosekDyrektora, wyposazenie, type Linia } from './budowa';
import type { ArkuszSnapshot } from '../../src/core/zeszyt/model';

function waliduj(...arkusze: ArkuszSnapshot[]) {
  return walidujWnioskiDyrektorow(zeszyt(...arkusze), KONTEKST);
}
function jeden(zmiany: Record<string, unknown> = {}, linie: Linia[] = LINIE_DOMYSLNE, wyp?: ArkuszSnapshot) {
  const r = waliduj(wniosekDyrektora(zmiany), kalkulacja(linie), wyp ?? wyposazenie());
  expect(r.wnioski).toHaveLength(1);
  return { model: r.wnioski[0], uwagi: r.uwagi };
}

describe('valid application', () => {
  test('WB-2 a complete valid application has no findings and a full model', () => {
    const { model, uwagi } = jeden();
    expect(uwagi).toEqual([]);
    expect(model.dane).toMatchObject({
      regon: '140000017',
      wielkosc: 'mała',
      limit: 9_000_000,
      uczniowie: 80,
      wariant: 'I',
      wariantZastepczy: 'II',
      wnioskowana: 9_000_000,
      liczbaUczniowWOddziale: 20,
    });
    expect(model.wklad).toMatchObject({
      sumaWsparcia: 9_000_000,
      wkladWlasny: 2_250_000,
      wkladPoniesiony: 200_000,
      wkladPlanowany: 2_050_000,
      minimumCs43: 2_250_000,
      dolnaGranica: 2_250_000,
      spelniaCs43: true,
      spelniaCs44: true,
      typyInwestycyjne: [],
    });
    expect(model.pokrycie?.map((w) => [w.funkcjonalnosc, w.wymagane, w.pokryte])).toEqual([
      ['sala z prezentacją treści cyfrowych dla całej klasy', 1, 1],
      ['zestaw komputerów przenośnych do pracy całego oddziału', 1, 1],
      ['bezprzewodowy dostęp do sieci w salach', 1, 2],
      ['drukowanie', 1, 2],
      ['skanowanie', 1, 1],
    ]);
  });
  test('WB-2 no director sheet → no application, no findings', () => {
    expect(waliduj(arkusz('Inny', [['x']]))).toMatchObject({ wnioski: [], uwagi: [] });
  });
});

describe('WB-2 labels and values', () => {
  test('WB-1.1 WB-2 a missing required label → błąd naming it (blocking)', () => {
    const { uwagi } = jeden({ Telefon: undefined });
    expect(bledy(uwagi, 'WB-1.1')).toEqual([
      expect.objectContaining({ komunikat: expect.stringContaining('„Telefon”'), blokujaca: true }),
    ]);
  });
  test('WB-2 `Największa liczba uczniów w oddziale` is optional with default 25', () => {
    const { model, uwagi } = jeden({ 'Największa liczba uczniów w oddziale': undefined }, [
      ...LINIE_DOMYSLNE,
      [1, 'komputer', 5, 0.01, 0.05, 'wkład własny', null, 'NIE'],
    ]);
    expect(model.dane.liczbaUczniowWOddziale).toBe(25);
    expect(uwagi).toEqual([]);
  });
  test('WB-1.1 a label present twice → błąd', () => {
    const a = wniosekDyrektora();
    a.wiersze.push([
      { t: 's', v: 'Telefon' },
      { t: 's', v: '1' },
    ]);
    expect(bledy(waliduj(a, kalkulacja(), wyposazenie()).uwagi)).toHaveLength(1);
  });
  test('CS-10.4 e-mail must match the pattern', () => {
    const { uwagi } = jeden({ 'E-mail': 'sp1@testowo' });
    expect(bledy(uwagi, 'CS-10.4')).toEqual([expect.objectContaining({ komorka: 'B4' })]);
  });
  test('CS-10.4 REGON check digit in the application', () => {
    const { model, uwagi } = jeden({ 'REGON szkoły': '140000018' });
    expect(bledy(uwagi, 'CS-10.4')).toHaveLength(1);
    expect(model.dane.regonCyfry).toBe('140000018');
  });
  test('CS-2.1 gimnazjum is not eligible', () => {
    expect(bledy(jeden({ 'Typ szkoły': 'gimnazjum' }).uwagi, 'CS-2.1')).toHaveLength(1);
  });
  test('WB-2 location outside its vocabulary → błąd', () => {
    expect(bledy(jeden({ Położenie: 'miasto' }).uwagi, 'WB-2')).toEqual([expect.objectContaining({ komorka: 'B7' })]);
  });
  test.each([[0], [-5], [12.5], ['sto'], [null], [err('#N/A')]])(
    'CS-5.1 S1 pupils %p in the application → błąd at B8, no size',
    (v) => {
      const { model, uwagi } = jeden({ 'Liczba uczniów klas I-VI': v });
      expect(bledy(uwagi, 'CS-5.1')).toEqual([expect.objectContaining({ arkusz: 'Wniosek dyrektora', komorka: 'B8' })]);
      expect(model.dane.wielkosc).toBeNull();
      expect(model.pokrycie).toBeNull();
    },
  );
  test('CS-5.1 size and cap in the model (301 pupils → duża, 200 000)', () => {
    expect(jeden({ 'Liczba uczniów klas I-VI': 301 }).model.dane).toMatchObject({
      wielkosc: 'duża',
      limit: 20_000_000,
    });
  });
  test('CS-5.2 a request above the cap in an application → błąd', () => {
    const linie: Linia[] = [
      ...LINIE_DOMYSLNE,
      [17, 'tablet', 1, 1000, 1000, 'wsparcie', null, 'NIE'],
      [16, 'ekran', 1, 250, 250, 'wkład własny', null, 'NIE'],
    ];
    const { uwagi } = jeden({ 'Wnioskowana kwota (zł)': 91000 }, linie);
    expect(bledy(uwagi)).toEqual([
      expect.objectContaining({ regula: 'CS-5.2', komorka: 'B20', komunikat: expect.stringContaining('małej szkoły') }),
    ]);
  });
  test('CS-5.3 a request of 0 → błąd', () => {
    expect(bledy(jeden({ 'Wnioskowana kwota (zł)': 0 }).uwagi, 'CS-5.3')).toHaveLength(1);
  });
  test('CS-10.2 teachers with ICT ≤ teachers', () => {
    expect(bledy(jeden({ 'W tym nauczycieli prowadzących zajęcia z TIK': 9 }).uwagi, 'CS-10.2')).toEqual([
      expect.objectContaining({ komorka: 'B13' }),
    ]);
    expect(jeden({ 'W tym nauczycieli prowadzących zajęcia z TIK': 8 }).uwagi).toEqual([]);
  });
  test('CS-8.1 variant equal to the fallback → błąd', () => {
    expect(bledy(jeden({ 'Wariant zastępczy': 'I' }).uwagi, 'CS-8.1')).toEqual([
      expect.objectContaining({ komorka: 'B19' }),
    ]);
  });
  test('CS-10.1 an application after 18 Apr 2012 → ostrzeżenie; 18 Apr is in time', () => {
    expect(ostrzezenia(jeden({ 'Data wniosku': d('2012-04-19') }).uwagi, 'CS-10.1')).toEqual([
      expect.objectContaining({ komorka: 'B21' }),
    ]);
    expect(jeden({ 'Data wniosku': '18.04.2012' }).uwagi).toEqual([]);
  });
  test('CS-10.1 empty `Data opinii rady pedagogicznej` → ostrzeżenie (opinion not obtained)', () => {
    const { uwagi } = jeden({ 'Data opinii rady pedagogicznej': null });
    expect(uwagi).toEqual([expect.objectContaining({ waga: 'ostrzeżenie', regula: 'CS-10.1', komorka: 'B22' })]);
  });
  test('WB-1.7 an impossible date → błąd', () => {
    expect(bledy(jeden({ 'Data wniosku': '2012-02-30' }).uwagi, 'WB-1.7')).toHaveLength(1);
  });
});

describe('Kalkulacja kosztów', () => {
  test('CS-10.3 requested ≠ Σ support lines → błąd naming both', () => {
    const { uwagi } = jeden({ 'Wnioskowana kwota (zł)': 89999.99 });
    const b = bledy(uwagi, 'CS-10.3');
    expect(b).toEqual([expect.objectContaining({ komorka: 'B20' })]);
    expect(b[0].komunikat).toContain('89\u00a0999,99');
    expect(b[0].komunikat).toContain('90\u00a0000,00');
  });
  test('CS-10.3 own contribution = Σ of both own-contribution sources', () => {
    const { model } = jeden();
    expect(model.wklad?.wkladWlasny).toBe(1_250_000 + 200_000 + 800_000);
  });
  test('WB-2 Wartość ≠ Liczba × Cena → błąd on that line (exact to the grosz)', () => {
    const linie = LINIE_DOMYSLNE.map((l): Linia => (l[0] === 4 ? [4, 'ap', 3, 0.1, 0.3, 'wsparcie', null, 'NIE'] : l));
    // 3 × 0,10 = 0,30 exactly (no float error): fine; 3 × 0,10 ≠ 0,31
    expect(bledy(jeden({ 'Wnioskowana kwota (zł)': 87000.3 }, linie).uwagi, 'WB-2')).toEqual([]);
    const zle = LINIE_DOMYSLNE.map((l): Linia =>
      l[0] === 4 ? [4, 'ap', 2, 1500, 2999.99, 'wsparcie', null, 'NIE'] : l,
    );
    const b = bledy(jeden({ 'Wnioskowana kwota (zł)': 89999.99 }, zle).uwagi);
    expect(b).toEqual([
      expect.objectContaining({ regula: 'WB-2', arkusz: 'Kalkulacja kosztów', komorka: 'E7', wiersz: 7 }),
    ]);
  });
  test('CS-4.2 `wkład własny poniesiony od 1.01.2012` dated before 2012 → błąd on that line, not counted', () => {
    const linie = LINIE_DOMYSLNE.map((l): Linia =>
      l[0] === 12
        ? [12, 'drukarka', 1, 2000, 2000, 'wkład własny poniesiony od 01.01.2012', d('2011-12-31'), 'NIE']
        : l,
    );
    const { model, uwagi } = jeden({}, linie);
    expect(bledy(uwagi, 'CS-4.2')).toEqual([expect.objectContaining({ komorka: 'G11' })]);
    expect(model.wklad?.wkladWlasny).toBe(2_050_000);
    expect(model.wklad?.wkladNieliczony).toBe(200_000);
    expect(bledy(uwagi, 'CS-4.3')).toHaveLength(1);
  });
  test('CS-4.2 `… od 01.01.2012` spelling accepted; 2012-01-01 counts', () => {
    const linie = LINIE_DOMYSLNE.map((l): Linia =>
      l[0] === 12 ? [12, 'drukarka', 1, 2000, 2000, 'wkład własny poniesiony od 01.01.2012', '1.01.2012', 'NIE'] : l,
    );
    expect(jeden({}, linie).uwagi).toEqual([]);
  });
  test('CS-4.2 the purchase date is required for the spent source', () => {
    const linie = LINIE_DOMYSLNE.map((l): Linia =>
      l[0] === 12 ? [12, 'drukarka', 1, 2000, 2000, 'wkład własny poniesiony od 1.01.2012', null, 'NIE'] : l,
    );
    expect(bledy(jeden({}, linie).uwagi, 'CS-4.2')).toEqual([expect.objectContaining({ komorka: 'G11' })]);
  });
  test('CS-4.2 own contribution outside the catalogue → błąd, not counted', () => {
    const linie: Linia[] = [...LINIE_DOMYSLNE, [18, 'ławki', 10, 100, 1000, 'wkład własny', null, 'NIE']];
    const { model, uwagi } = jeden({}, linie);
    expect(bledy(uwagi, 'CS-4.2')).toEqual([expect.objectContaining({ komorka: 'A13' })]);
    expect(model.wklad?.wkladWlasny).toBe(2_250_000);
  });
  test('CS-2.2 support for an item outside the catalogue → błąd', () => {
    const linie = LINIE_DOMYSLNE.map((l): Linia =>
      l[0] === 17 ? [99, 'tablet', 4, 3500, 14000, 'wsparcie', null, 'NIE'] : l,
    );
    expect(bledy(jeden({}, linie).uwagi, 'CS-2.2')).toHaveLength(1);
  });
  test('WB-2 a line with an unknown source → błąd', () => {
    const linie = LINIE_DOMYSLNE.map((l): Linia =>
      l[0] === 16 ? [16, 'ekran', 1, 8000, 8000, 'dotacja', null, 'NIE'] : l,
    );
    expect(bledy(jeden({}, linie).uwagi, 'WB-2')).toEqual([expect.objectContaining({ komorka: 'F12' })]);
  });
  test('WB-2 missing `Kalkulacja kosztów` sheet → blocking błąd; no contribution working', () => {
    const r = waliduj(wniosekDyrektora(), wyposazenie());
    expect(bledy(r.uwagi)).toEqual([expect.objectContaining({ arkusz: 'Kalkulacja kosztów', blokujaca: true })]);
    expect(r.wnioski[0].wklad).toBeNull();
  });
  test('WB-2 missing `Wyposażenie szkoły` → ostrzeżenie only', () => {
    const r = waliduj(wniosekDyrektora(), kalkulacja());
    expect(bledy(r.uwagi)).toEqual([]);
    expect(ostrzezenia(r.uwagi, 'WB-2')).toHaveLength(1);
  });
});

/** S1 contribution rows through a real application (small school, cap 90 000). */
function s1(linie: Linia[], G: number) {
  return jeden({ 'Wnioskowana kwota (zł)': G }, linie, wyposazenie([]));
}
describe('S1 own contribution rows (CS-4.3, CS-4.4) in a director application', () => {
  const baza = (G: number, wklad: number): Linia[] => [
    [1, 'komputer', 1, G, G, 'wsparcie', null, 'NIE'],
    [15, 'serwer', 1, wklad, wklad, 'wkład własny', null, 'NIE'],
  ];
  test.each([
    [90000, 22500, true],
    [90000, 22499.99, false],
    [90000, 18000, false],
    [100000.01, 25000.01, true],
    [100000.01, 25000, false],
  ])('CS-4.3 S1 support %p, contribution %p → ok=%p', (G, w, ok) => {
    const { model, uwagi } = s1(baza(G, w), G);
    const b = bledy(uwagi, 'CS-4.3');
    expect(b.length === 0).toBe(ok);
    expect(model.wklad?.minimumCs43).toBe(G === 90000 ? 2_250_000 : 2_500_001);
    if (!ok)
      expect(b[0].komunikat).toContain(
        `wymagane co najmniej ${G === 90000 ? '22\u00a0500,00' : '25\u00a0000,01'}\u00a0zł (20 % wartości zadania = wsparcie + wkład`,
      );
  });
  test('CS-4.4 S1 86 000 support, 6 000 investment type with 6 000 own, 18 000 total → CS-4.3 błąd (min 21 500), CS-4.4 met', () => {
    const linie: Linia[] = [
      [1, 'komputer', 1, 80000, 80000, 'wsparcie', null, 'NIE'],
      [7, 'tablica', 1, 6000, 6000, 'wsparcie', null, 'TAK'],
      [7, 'tablica', 1, 6000, 6000, 'wkład własny', null, 'TAK'],
      [15, 'serwer', 1, 12000, 12000, 'wkład własny', null, 'NIE'],
    ];
    const { model, uwagi } = s1(linie, 86000);
    expect(bledy(uwagi).map((u) => u.regula)).toEqual(['CS-4.3']);
    expect(bledy(uwagi)[0].komunikat).toContain('21\u00a0500,00');
    expect(model.wklad).toMatchObject({
      wkladWlasny: 1_800_000,
      minimumCs43: 2_150_000,
      dolnaGranica: 2_150_000,
      sumaWsparciaInwestycyjnego: 600_000,
      spelniaCs43: false,
      spelniaCs44: true,
      typyInwestycyjne: [{ pkt: 7, wsparcie: 600_000, wklad: 600_000, spelniony: true, mieszane: false }],
    });
  });
  test('CS-4.4 S1 10 000 support, 5 000,01 investment type with 4 999,99 own, 5 000 total → CS-4.4 błąd for that type, CS-4.3 met, lower bound 5 000,01', () => {
    const linie: Linia[] = [
      [7, 'tablica', 1, 5000.01, 5000.01, 'wsparcie', null, 'TAK'],
      [1, 'komputer', 1, 4999.99, 4999.99, 'wsparcie', null, 'NIE'],
      [7, 'tablica', 1, 4999.99, 4999.99, 'wkład własny', null, 'TAK'],
      [15, 'serwer', 1, 0.01, 0.01, 'wkład własny', null, 'NIE'],
    ];
    const { model, uwagi } = s1(linie, 10000);
    const b = bledy(uwagi);
    expect(b.map((u) => u.regula)).toEqual(['CS-4.4']);
    expect(b[0]).toMatchObject({ arkusz: 'Kalkulacja kosztów', komorka: 'H2' });
    expect(b[0].komunikat).toContain('Pkt 7');
    expect(model.wklad).toMatchObject({
      wkladWlasny: 500_000,
      minimumCs43: 250_000,
      dolnaGranica: 500_001,
      spelniaCs43: true,
      spelniaCs44: false,
    });
  });
  test('CS-4.4 mixed investment flags on one point → ostrzeżenie, the type is investment', () => {
    const linie: Linia[] = [
      [7, 'tablica', 1, 6000, 6000, 'wsparcie', null, 'TAK'],
      [7, 'tablica', 1, 2000, 2000, 'wsparcie', null, 'NIE'],
      [7, 'tablica', 1, 8000, 8000, 'wkład własny', null, null],
    ];
    const { model, uwagi } = s1(linie, 8000);
    expect(ostrzezenia(uwagi, 'CS-4.4')).toEqual([expect.objectContaining({ komorka: 'H3' })]);
    expect(bledy(uwagi)).toEqual([]);
    expect(model.wklad?.typyInwestycyjne).toEqual([
      { pkt: 7, wsparcie: 800_000, wklad: 800_000, spelniony: true, mieszane: true },
    ]);
  });
  test('CS-4.4 an empty flag takes the catalogue default (`Domyślnie wydatek inwestycyjny` = TAK in the workbook catalogue)', () => {
    const kat = arkusz('Katalog pomocy', [
      [
        'Pkt',
        'Pomoc dydaktyczna',
        'Wymaga szkolenia technicznego',
        'Domyślnie wydatek inwestycyjny',
        'Warunki techniczne',
      ],
      [1, 'komputer przenośny dla ucznia', 'TAK', 'NIE', ''],
      [7, 'tablica interaktywna', 'TAK', 'TAK', ''],
      [15, 'serwer', 'TAK', 'NIE', ''],
    ]);
    const linie: Linia[] = [
      [7, 'tablica', 1, 8000, 8000, 'wsparcie', null, null],
      [1, 'komputer', 1, 2000, 2000, 'wsparcie', null, null],
      [15, 'serwer', 1, 2500, 2500, 'wkład własny', null, null],
    ];
    const r = walidujWnioskiDyrektorow(
      zeszyt(wniosekDyrektora({ 'Wnioskowana kwota (zł)': 10000 }), kalkulacja(linie), wyposazenie([]), kat),
      KONTEKST,
    );
    expect(bledy(r.uwagi).map((u) => u.regula)).toEqual(['CS-4.4']);
    expect(r.wnioski[0].wklad?.dolnaGranica).toBe(800_000);
  });
});

describe('CS-6.1 coverage', () => {
  test('CS-6.1 missing coverage → ostrzeżenie listing the functionality and the quantity missing', () => {
    const linie = LINIE_DOMYSLNE.map((l): Linia =>
      l[0] === 1 ? [1, 'komputer', 18, 2500, 45000, 'wsparcie', null, 'NIE'] : l,
    );
    const { model, uwagi } = jeden(
      { 'Wnioskowana kwota (zł)': 85000, 'Liczba uczniów klas I-VI': 120 },
      linie.map((l): Linia => (l[0] === 15 ? [15, 'serwer', 1, 11250, 11250, 'wkład własny', null, 'NIE'] : l)),
    );
    const o = ostrzezenia(uwagi, 'CS-6.1');
    // medium school: 2 rooms (has 1 teacher laptop), 2 sets of 20 (has 18), 2 APs (has 2)
    expect(o.map((u) => u.komunikat)).toEqual([
      expect.stringMatching(
        /^Funkcjonalność „sala z prezentacją treści cyfrowych dla całej klasy”.*wymagane 2, zapewnione 1 — brakuje 1: 1 szt\. pkt 2\.$/,
      ),
      expect.stringMatching(
        /„zestaw komputerów przenośnych do pracy całego oddziału”.*wymagane 2, zapewnione 0 — brakuje 2: 22 szt\. pkt 1 \(×N = 20\)\.$/,
      ),
    ]);
    expect(bledy(uwagi)).toEqual([]);
    expect(model.pokrycie?.[1]).toMatchObject({
      wymagane: 2,
      pokryte: 0,
      brakJednostek: 2,
      terminy: [{ punkty: [1], k: 'N', suma: 18, jednostki: 0, brakuje: 22 }],
    });
  });
  test('CS-6.1 variant II needs a computer per grade IV pupil; equipment with NIE does not count', () => {
    const wyp = wyposazenie([
      [1, 'laptopy', 10, 'NIE'],
      [7, 'tablica interaktywna', 1, 'TAK'],
    ]);
    const { model, uwagi } = jeden({ Wariant: 'II', 'Wariant zastępczy': 'odstąpienie' }, LINIE_DOMYSLNE, wyp);
    expect(model.pokrycie?.map((w) => w.funkcjonalnosc)).toContain('komputery przenośne dla uczniów klasy IV do domu');
    expect(model.pokrycie?.find((w) => w.funkcjonalnosc.startsWith('komputery'))).toMatchObject({
      wymagane: 14,
      pokryte: 20,
    });
    expect(uwagi).toEqual([]);
  });
  test('CS-6.1 equipment with TAK counts', () => {
    const linie = LINIE_DOMYSLNE.map((l): Linia =>
      l[0] === 1 ? [1, 'komputer', 15, 2500, 37500, 'wsparcie', null, 'NIE'] : l,
    );
    const wyp = wyposazenie([[1, 'laptopy', 5, 'TAK']]);
    const r = jeden(
      { 'Wnioskowana kwota (zł)': 77500, Wariant: 'I' },
      linie.map((l): Linia => (l[0] === 15 ? [15, 'serwer', 1, 9375, 9375, 'wkład własny', null, 'NIE'] : l)),
      wyp,
    );
    expect(r.model.ilosci.find((x) => x.pkt === 1)).toEqual({ pkt: 1, liczba: 20 });
    expect(ostrzezenia(r.uwagi, 'CS-6.1')).toEqual([]);
  });
});

describe('CS-6.2 other catalogue aids up to the cap', () => {
  test('CS-6.2 aids beyond the Annex 2 needs (tablets, cabinet) are fine while the cap binds (CS-5.2)', () => {
    const { model, uwagi } = jeden();
    expect(model.kalkulacja.filter((l) => l.pkt === 17 || l.pkt === 3).length).toBe(2);
    expect(uwagi).toEqual([]);
  });
});

describe('several applications in one workbook', () => {
  test('WB-2 suffixed sets `Wniosek dyrektora (2)` use `Kalkulacja kosztów (2)` and `Wyposażenie szkoły (2)`', () => {
    const r = waliduj(
      wniosekDyrektora(),
      kalkulacja(),
      wyposazenie(),
      wniosekDyrektora({ 'REGON szkoły': '140000023', 'Wnioskowana kwota (zł)': 10000 }, 'Wniosek dyrektora (2)'),
      kalkulacja(
        [
          [1, 'komputer', 4, 2500, 10000, 'wsparcie', null, 'NIE'],
          [15, 'serwer', 1, 2500, 2500, 'wkład własny', null, 'NIE'],
        ],
        'Kalkulacja kosztów (2)',
      ),
      wyposazenie([], 'Wyposażenie szkoły (2)'),
    );
    expect(
      r.wnioski.map((w) => [w.arkusze.wniosek, w.arkusze.kalkulacja, w.dane.regon, w.wklad?.sumaWsparcia]),
    ).toEqual([
      ['Wniosek dyrektora', 'Kalkulacja kosztów', '140000017', 9_000_000],
      ['Wniosek dyrektora (2)', 'Kalkulacja kosztów (2)', '140000023', 1_000_000],
    ]);
    expect(bledy(r.uwagi)).toEqual([]);
    expect(ostrzezenia(r.uwagi).every((u) => u.arkusz === 'Wniosek dyrektora (2)' && u.regula === 'CS-6.1')).toBe(true);
  });
});
