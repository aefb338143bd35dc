/** JST-5 programme indicators and JST-6 programme budget. */
import { PROJEKT_FERS_2023, wskazniki } from '../../src/core/jst';
import type { WskaznikiJson } from '../../src/core/jst/projekt/json';
import { rozlicz, uzgodnieniaPlanu, udzialKwoty } from '../../src/core/jst/projekt/rozliczenie';
import type { PlanProjektu } from '../../src/core/jst/projekt/planProjektu';
import { arkusz, KONTEKST, szukaj, zeszyt, type Wartosc } from './pomoc';

const NU = [
  'Identyfikator',
  'Płeć',
  'JST',
  'TERYT JST',
  'Rola',
  'Rozpoczęcie wsparcia',
  'Ukończył szkolenia',
  'Podniósł kompetencje',
  'JST objęta doradztwem',
];
const NB = ['Zadanie', 'Data', 'Kwota (zł)', 'Opis'];
type U = [
  id: string,
  plec: string,
  teryt: string,
  szk?: string,
  komp?: string,
  dor?: string,
  start?: string,
  rola?: string,
];
const u = ([
  id,
  plec,
  teryt,
  szk = 'TAK',
  komp = 'TAK',
  dor = 'TAK',
  start = '2024-05-06',
  rola = 'kadra operacyjna',
]: U): Wartosc[] => [id, plec, `Gmina ${teryt}`, teryt, rola, start, szk, komp, dor];

const uruchom = (osoby: U[], linie: Wartosc[][] = [], ...inne: ReturnType<typeof arkusz>[]) => {
  const w = wskazniki(
    zeszyt(arkusz('Uczestnicy', [NU, ...osoby.map(u)]), arkusz('Budżet projektu', [NB, ...linie]), ...inne),
    KONTEKST,
  );
  return { w, j: w.json as WskaznikiJson };
};
const T1 = '1401011';
const T2 = '1401022';
const ZESPOL: U[] = [
  ['A1', 'K', T1],
  ['A2', 'K', T1],
  ['A3', 'M', T1],
];

describe('JST-5', () => {
  test('JST-5 a participant listed twice is counted once', () => {
    const { j } = uruchom([...ZESPOL, ['A1', 'K', T1, 'TAK', 'TAK', 'TAK', '2024-09-02']]);
    expect(j.uczestnicy).toEqual({ wierszy: 4, osob: 3, jst: 1 });
    expect(j.wskazniki[0]).toMatchObject({ wartosc: 3, k: 2, m: 1 });
  });

  test('JST-5 K + M = total for every indicator; targets 150 (105/45), 150, 50 and progress', () => {
    const { w, j } = uruchom(ZESPOL);
    for (const x of j.wskazniki.filter((y) => y.k !== null)) expect(x.k! + x.m!).toBe(x.wartosc);
    expect(j.wskazniki.map((x) => [x.id, x.cel, x.celK, x.celM])).toEqual([
      ['kadra-wsparcie', 150, 105, 45],
      ['kadra-kompetencje', 150, 105, 45],
      ['jst-doradztwo', 50, null, null],
    ]);
    expect(j.wskazniki[0]).toMatchObject({ postep: '2.00', postepK: '1.90', postepM: '2.22' });
    expect(j.wskazniki[2]).toMatchObject({ wartosc: 1, postep: '2.00' });
    expect(szukaj(w.uwagi, { waga: 'błąd' })).toEqual([]);
  });

  test('JST-5 a person without a readable sex breaks K + M = total → błąd', () => {
    const { w, j } = uruchom([...ZESPOL, ['A4', '', T1]]);
    expect(j.wskazniki[0]).toMatchObject({ wartosc: 4, k: 2, m: 1 });
    expect(
      szukaj(w.uwagi, { regula: 'JST-5', waga: 'błąd' }).some((x) => x.komunikat.includes('K 2 + M 1 ≠ ogółem 4')),
    ).toBe(true);
  });

  test('JST-5 the same identifier with a different Płeć or TERYT → located błąd, first value kept', () => {
    const { w, j } = uruchom([...ZESPOL, ['A1', 'M', T2], ['B1', 'M', T2], ['B2', 'K', T2], ['B3', 'K', T2]]);
    const b = szukaj(w.uwagi, { regula: 'JST-5', waga: 'błąd' });
    expect(b.map((x) => x.komorka)).toEqual(['B5', 'D5']);
    expect(j.zespoly.map((z) => [z.teryt, z.osob])).toEqual([
      [T1, 3],
      [T2, 3],
    ]);
    expect(j.wskazniki[0]).toMatchObject({ k: 4, m: 2 });
  });

  test('JST-5 conflicting TAK/NIE → TAK with an ostrzeżenie', () => {
    const { w, j } = uruchom([
      ['A1', 'K', T1, 'TAK', 'NIE'],
      ['A2', 'K', T1],
      ['A3', 'M', T1],
      ['A1', 'K', T1, 'TAK', 'TAK'],
    ]);
    expect(szukaj(w.uwagi, { regula: 'JST-5', waga: 'ostrzeżenie', komorka: 'H5' })).toHaveLength(1);
    expect(j.wskazniki[1].wartosc).toBe(3);
  });

  test('JST-5 raised competences without the training → błąd and not counted', () => {
    const { w, j } = uruchom([
      ['A1', 'K', T1, 'NIE', 'TAK'],
      ['A2', 'K', T1],
      ['A3', 'M', T1],
    ]);
    expect(szukaj(w.uwagi, { regula: 'JST-5', waga: 'błąd' }).map((x) => x.komorka)).toEqual(['H2']);
    expect(j.wskazniki[1]).toMatchObject({ wartosc: 2, k: 1, m: 1 });
  });

  test('JST-5 teams of 2 and 5 → warnings; all roles count; JSTs counted once by TERYT', () => {
    const { w, j } = uruchom([
      ['A1', 'K', T1],
      ['A2', 'M', T1, 'TAK', 'TAK', 'NIE'],
      ['B1', 'K', T2, 'TAK', 'TAK', 'NIE'],
      ['B2', 'K', T2, 'TAK', 'TAK', 'NIE'],
      ['B3', 'K', T2, 'TAK', 'TAK', 'NIE', undefined, 'kierownictwo JST'],
      ['B4', 'M', T2, 'TAK', 'TAK', 'NIE'],
      ['B5', 'M', T2, 'TAK', 'TAK', 'NIE', undefined, 'dyrektor lub inny interesariusz'],
    ]);
    const o = szukaj(w.uwagi, { regula: 'JST-5', waga: 'ostrzeżenie' });
    expect(o.map((x) => x.komorka)).toEqual(['D2', 'D4']);
    expect(j.zespoly.map((z) => z.zgodny)).toEqual([false, false]);
    expect(j.wskazniki[2].wartosc).toBe(1); // only T1 has advisory
  });

  test('JST-5 a start date after the reporting date is not yet counted as supported', () => {
    const { w, j } = uruchom([...ZESPOL, ['A4', 'K', T1, 'NIE', 'NIE', 'TAK', '2025-07-01']]);
    expect(j.wskazniki[0].wartosc).toBe(3);
    expect(szukaj(w.uwagi, { regula: 'JST-5', waga: 'informacja' })).toHaveLength(1);
  });

  test('JST-5 an invalid TERYT is a located error', () => {
    const { w } = uruchom([['A1', 'K', '9901011']]);
    expect(szukaj(w.uwagi, { komorka: 'D2', waga: 'błąd' })).toHaveLength(1);
  });
});

describe('JST-6', () => {
  test('JST-6 the plan reconciles to the grosz: 5/70/10/15 % of 6 000 000,00 and EU 82,52 % = 4 951 200,00', () => {
    const k = uzgodnieniaPlanu(PROJEKT_FERS_2023);
    expect(k.every((x) => x.zgodne)).toBe(true);
    expect(PROJEKT_FERS_2023.zadania.map((z) => z.kwota)).toEqual([30_000_000, 420_000_000, 60_000_000, 90_000_000]);
    expect(udzialKwoty(600_000_000, 8252)).toBe(495_120_000);
    expect(PROJEKT_FERS_2023.lata.map((l) => [l.rok, l.kwota])).toEqual([
      [2023, 150_000_000],
      [2024, 150_000_000],
      [2025, 150_000_000],
      [2026, 150_000_000],
    ]);
  });

  test('JST-6 a plan that does not reconcile (one grosz off) → błąd naming the check', () => {
    const zly: PlanProjektu = {
      ...PROJEKT_FERS_2023,
      wkladUe: 495_120_001,
      zadania: PROJEKT_FERS_2023.zadania.map((z, i) => (i === 0 ? { ...z, kwota: z.kwota - 1 } : z)),
    };
    const r = rozlicz(zly, [], null);
    const nie = r.uzgodnienia.filter((x) => !x.zgodne).map((x) => x.kontrola);
    expect(nie).toEqual([
      'Suma zadań = budżet ogółem',
      'Zadanie 1 = 5,00 % × budżet ogółem',
      'Wkład UE = 82,52 % × budżet ogółem (do grosza)',
    ]);
    expect(r.uwagi.filter((x) => x.waga === 'błąd')).toHaveLength(3);
  });

  test('JST-6 spending outside a task window → located warning; sums per task and year', () => {
    const { w, j } = uruchom(ZESPOL, [
      ['Zadanie 1', '2023-04-01', 1000, 'pierwszy dzień okna'],
      ['Zadanie 1', '2024-06-30', '2 000,50', 'ostatni dzień okna'],
      ['Zadanie 1', '2024-07-01', 10, 'dzień po oknie'],
      [3, '2025-06-30', 99.99, 'zadanie 3 przed oknem'],
      ['Zadanie 4', '2026-12-31', 5, 'koniec'],
    ]);
    const o = szukaj(w.uwagi, { regula: 'JST-6', waga: 'ostrzeżenie', arkusz: 'Budżet projektu' }).filter(
      (x) => x.komorka,
    );
    expect(o.map((x) => x.komorka)).toEqual(['B4', 'B5']);
    expect(j.budzet.zadania.map((z) => [z.zadanie, z.wydatki, z.pozaOknem])).toEqual([
      ['Zadanie 1', '3010.50', '10.00'],
      ['Zadanie 2', '0.00', '0.00'],
      ['Zadanie 3', '99.99', '99.99'],
      ['Zadanie 4', '5.00', '0.00'],
    ]);
    expect(j.budzet.lata.map((l) => [l.rok, l.wydatki])).toEqual([
      [2023, '1000.00'],
      [2024, '2010.50'],
      [2025, '99.99'],
      [2026, '5.00'],
    ]);
    expect(j.budzet.wydatki).toEqual({ razem: '3115.49', pozaOknem: '109.99', pominieteLinie: 0 });
  });

  test('JST-6 optional `Plan zadania × rok`: rows and columns must reconcile; spending above a cell → warning', () => {
    const plan = arkusz('Plan zadania × rok', [
      ['Zadanie', 'Rok 2023', 'Rok 2024', 'Rok 2025', 'Rok 2026'],
      ['Zadanie 1', 150_000, 150_000, 0, 0],
      ['Zadanie 2', 1_350_000, 1_350_000, 1_500_000, 0],
      ['Zadanie 3', 0, 0, 0, 600_000],
      ['Zadanie 4', 0, 0, 0, 899_999.99],
    ]);
    const { w, j } = uruchom(ZESPOL, [['Zadanie 1', '2023-05-05', 150_000.01, '']], plan);
    const b = szukaj(w.uwagi, { regula: 'JST-6', waga: 'błąd' });
    expect(b.map((x) => x.komunikat)).toEqual([
      'Plan się nie uzgadnia: Plan zadania × rok: Zadanie 4 (suma lat) = plan zadania — oczekiwane 900\u00a0000,00\u00a0zł, jest 899\u00a0999,99\u00a0zł.',
      'Plan się nie uzgadnia: Plan zadania × rok: rok 2026 (suma zadań) = plan roku — oczekiwane 1\u00a0500\u00a0000,00\u00a0zł, jest 1\u00a0499\u00a0999,99\u00a0zł.',
    ]);
    expect(
      szukaj(w.uwagi, { regula: 'JST-6', waga: 'ostrzeżenie', arkusz: 'Plan zadania × rok' })[0].komunikat,
    ).toContain('Zadanie 2: plan 1\u00a0350\u00a0000,00\u00a0zł w roku 2023');
    expect(w.uwagi.some((x) => x.komunikat.startsWith('Zadanie 1, rok 2023: wydatki 150\u00a0000,01'))).toBe(true);
    expect(j.budzet.zadanieRok.find((x) => x.zadanie === 'Zadanie 1' && x.rok === 2023)).toEqual({
      zadanie: 'Zadanie 1',
      rok: 2023,
      wydatki: '150000.01',
      plan: '150000.00',
    });
  });

  test('JST-6 without `Budżet projektu` or `Uczestnicy` → blocked', () => {
    expect(wskazniki(zeszyt(arkusz('Uczestnicy', [NU])), KONTEKST).status).toBe('zablokowane');
    expect(wskazniki(zeszyt(arkusz('Budżet projektu', [NB])), KONTEKST).status).toBe('zablokowane');
  });
});
