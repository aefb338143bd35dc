/** Builders of director's / organ's application sheets for tests (valid by default, overridable). */
import type { ArkuszSnapshot } from '../../src/core/zeszyt/model';
import { arkusz } from './pomoc';

export const ETYKIETY_DOMYSLNE: Array<[string, unknown]> = [
  ['Nazwa szkoły', 'Szkoła Podstawowa nr 1 w Testowie'],
  ['Adres', 'ul. Szkolna 1, 00-001 Testowo'],
  ['Telefon', '22 123 45 67'],
  ['E-mail', 'sp1@testowo.pl'],
  ['REGON szkoły', '140000017'],
  ['Typ szkoły', 'szkoła podstawowa'],
  ['Położenie', 'wieś'],
  ['Liczba uczniów klas I-VI', 80],
  ['Prognoza uczniów klas IV-VI', 40],
  ['Prognoza uczniów klasy IV', 14],
  ['Największa liczba uczniów w oddziale', 20],
  ['Prognoza nauczycieli klas IV-VI', 8],
  ['W tym nauczycieli prowadzących zajęcia z TIK', 5],
  ['Platforma e-learningowa', 'planowana'],
  ['E-podręczniki i zasoby', 'TAK'],
  ['Dziennik elektroniczny', 'planowany'],
  ['Planowane sposoby wykorzystania', 'lekcje z tablicą interaktywną, praca w grupach'],
  ['Wariant', 'I'],
  ['Wariant zastępczy', 'II'],
  ['Wnioskowana kwota (zł)', 90000],
  ['Data wniosku', '2012-04-16'],
  ['Data opinii rady pedagogicznej', '2012-04-12'],
];

/** `Wniosek dyrektora`; `zmiany[label] = undefined` removes the label. */
export function wniosekDyrektora(zmiany: Record<string, unknown> = {}, nazwa = 'Wniosek dyrektora'): ArkuszSnapshot {
  const rows: unknown[][] = [];
  for (const [e, v] of ETYKIETY_DOMYSLNE) {
    if (e in zmiany && zmiany[e] === undefined) continue;
    rows.push([e, e in zmiany ? zmiany[e] : v]);
  }
  return arkusz(nazwa, rows);
}

export const NAGLOWKI_KALKULACJI = [
  'Pkt katalogu',
  'Pomoc dydaktyczna',
  'Liczba',
  'Cena jednostkowa brutto (zł)',
  'Wartość (zł)',
  'Źródło',
  'Data zakupu',
  'Wydatek inwestycyjny',
];
export type Linia = [number | string | null, string, unknown, unknown, unknown, string, unknown, string | null];

/** A valid 90 000 zł request (small school, variant I, N = 20) with 22 500 zł own contribution. */
export const LINIE_DOMYSLNE: Linia[] = [
  [1, 'komputer przenośny dla ucznia', 20, 2500, 50000, 'wsparcie', null, 'NIE'],
  [2, 'komputer przenośny dla nauczyciela', 1, 3000, 3000, 'wsparcie', null, 'NIE'],
  [7, 'tablica interaktywna', 1, 8000, 8000, 'wsparcie', null, 'NIE'],
  [8, 'projektor', 1, 4000, 4000, 'wsparcie', null, 'NIE'],
  [3, 'szafka', 1, 6000, 6000, 'wsparcie', null, 'NIE'],
  [4, 'punkt dostępowy', 2, 1500, 3000, 'wsparcie', null, 'NIE'],
  [14, 'urządzenie wielofunkcyjne', 1, 2000, 2000, 'wsparcie', null, 'NIE'],
  [17, 'tablet', 4, 3500, 14000, 'wsparcie', null, 'NIE'],
  [15, 'serwer', 1, 12500, 12500, 'wkład własny', null, 'NIE'],
  [12, 'drukarka', 1, 2000, 2000, 'wkład własny poniesiony od 1.01.2012', '2012-02-15', 'NIE'],
  [16, 'ekran', 1, 8000, 8000, 'wkład własny', null, 'NIE'],
];

export function kalkulacja(
  linie: Linia[] = LINIE_DOMYSLNE,
  nazwa = 'Kalkulacja kosztów',
  naglowki = NAGLOWKI_KALKULACJI,
): ArkuszSnapshot {
  return arkusz(nazwa, [naglowki, ...linie]);
}

export function wyposazenie(
  linie: unknown[][] = [
    [7, 'tablica interaktywna', 1, 'TAK'],
    [13, 'skaner', 1, 'NIE'],
    [null, 'komputery stacjonarne w pracowni', 12, 'NIE'],
  ],
  nazwa = 'Wyposażenie szkoły',
): ArkuszSnapshot {
  return arkusz(nazwa, [['Pkt katalogu', 'Nazwa', 'Liczba', 'Wliczane do funkcjonalności'], ...linie]);
}

export function wniosekOrganu(zmiany: Record<string, unknown> = {}): ArkuszSnapshot {
  const domyslne: Array<[string, unknown]> = [
    ['Organ prowadzący', 'Gmina Testowo'],
    ['Rodzaj organu', 'gmina'],
    ['TERYT organu', '1412011'],
    ['Adres', 'ul. Rynek 1, 00-001 Testowo'],
    ['Województwo', 'mazowieckie'],
    ['Data wniosku', '2012-04-27'],
  ];
  const rows: unknown[][] = [];
  for (const [e, v] of domyslne) {
    if (e in zmiany && zmiany[e] === undefined) continue;
    rows.push([e, e in zmiany ? zmiany[e] : v]);
  }
  return arkusz('Wniosek organu', rows);
}

export const NAGLOWKI_SZKOL = [
  'Lp.',
  'Nazwa szkoły',
  'REGON szkoły',
  'Typ szkoły',
  'Położenie',
  'Liczba uczniów klas I-VI',
  'Wariant',
  'Wariant zastępczy',
  'Wnioskowana kwota (zł)',
  'Wkład własny (zł)',
];
/** Row 2 matches the default director's application (REGON 140000017). */
export const SZKOLY_DOMYSLNE: unknown[][] = [
  [1, 'SP nr 1 w Testowie', '140000017', 'szkoła podstawowa', 'wieś', 80, 'I', 'II', 90000, 22500],
  [2, 'SP nr 2 w Testowie', '140000023', null, 'wieś', 250, 'I', 'odstąpienie', 140000, 35000],
  [3, 'SP w Woli', '140000030', 'szkoła podstawowa', 'miasto powyżej 5 tys.', 420, 'II', 'I', 200000, 50000],
  [4, 'SP w Lesie', '140000046', 'szkoła podstawowa', 'wieś', 95, 'II', 'I', 60000, 15000],
];
export function szkoly(rows: unknown[][] = SZKOLY_DOMYSLNE): ArkuszSnapshot {
  return arkusz('Szkoły', [NAGLOWKI_SZKOL, ...rows]);
}
