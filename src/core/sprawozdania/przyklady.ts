/** Scenario S8 (scenarios.md) as filled templates: the school report and the body's report with its settlement. */
import type { ZapisArkusza, ZapisKomorki } from '../zeszyt/model';
import { data, liczba, tekst, zl } from '../zeszyt/formaty';
import { ES, EO } from './schemat';
import { szablonSprawozdaniaOrganu, szablonSprawozdaniaSzkoly } from './szablony';

export const REGON_S8_A = '140000023';
export const REGON_S8_B = '140000030';

/** S8 school report: 250 pupils, variant II, T = 7 … → 7 of 9 tasks, W1 TAK. */
export function przykladSzkolyS8(zmiany: Record<string, ZapisKomorki> = {}): ZapisArkusza[] {
  return szablonSprawozdaniaSzkoly({
    [ES.nazwa]: tekst('Szkoła Podstawowa nr 1 w Przykładowie'),
    [ES.regon]: tekst(REGON_S8_A),
    [ES.teryt]: tekst('1465011'),
    [ES.uczniowie]: liczba(250),
    [ES.wariant]: tekst('II'),
    [ES.data]: data('2013-06-10'),
    [ES.nauczyciele]: liczba(7),
    [ES.ekoordWyznaczony]: tekst('TAK'),
    [ES.ekoordPrzeszkolony]: tekst('TAK'),
    [ES.wsparcie]: tekst('TAK'),
    [ES.przeszkoleni]: liczba(2),
    [ES.wSieciach]: liczba(4),
    [ES.spotkania]: liczba(3),
    [ES.lekcje]: liczba(4),
    [ES.scenariusze]: liczba(5),
    [ES.projekty]: liczba(4),
    [ES.godziny]: { v: 6.5, fmt: '0.00' },
    [ES.wypozyczone]: liczba(28),
    [ES.zasady]: tekst('TAK'),
    [ES.szkolenieTechniczne]: tekst('TAK'),
    [ES.obsluga]: tekst('TAK'),
    ...zmiany,
  });
}

/** One `Wydatki` row: REGON, point, name, quantity, unit price (gr), source, investment, date. */
export function wierszWydatku(
  regon: string,
  pkt: number,
  pomoc: string,
  ilosc: number,
  cena: number,
  zrodlo: 'dotacja' | 'wkład własny',
  inwestycja: 'TAK' | 'NIE',
  dataWydatku: string,
  wartosc = ilosc * cena,
): ZapisKomorki[] {
  return [
    tekst(regon),
    liczba(pkt),
    tekst(pomoc),
    liczba(ilosc),
    zl(cena),
    zl(wartosc),
    tekst(zrodlo),
    tekst(inwestycja),
    data(dataWydatku),
  ];
}

export const WYDATKI_S8: ReadonlyArray<ZapisKomorki[]> = [
  wierszWydatku(REGON_S8_A, 1, 'komputery uczniów', 28, 250_000, 'dotacja', 'NIE', '2012-09-15'),
  wierszWydatku(REGON_S8_A, 7, 'tablice interaktywne', 2, 800_000, 'dotacja', 'TAK', '2012-10-01'),
  wierszWydatku(REGON_S8_A, 7, 'tablica interaktywna', 1, 800_000, 'wkład własny', 'TAK', '2012-10-01'),
  wierszWydatku(REGON_S8_A, 8, 'projektory', 2, 300_000, 'dotacja', 'NIE', '2012-10-01'),
  wierszWydatku(REGON_S8_A, 15, 'serwer szkolny', 1, 1_200_000, 'dotacja', 'TAK', '2013-01-15'),
  wierszWydatku(REGON_S8_A, 3, 'szafka do ładowania', 1, 3_000_000, 'wkład własny', 'NIE', '2012-08-20'),
  wierszWydatku(REGON_S8_A, 4, 'punkty dostępowe', 4, 100_000, 'dotacja', 'NIE', '2012-09-01'),
  wierszWydatku(REGON_S8_B, 1, 'komputery uczniów', 30, 250_000, 'dotacja', 'NIE', '2012-09-20'),
  wierszWydatku(REGON_S8_B, 12, 'drukarka', 1, 1_500_000, 'wkład własny', 'NIE', '2012-09-20'),
];

/** S8 body report (two schools, the nine `Wydatki` lines). */
export function przykladOrganuS8(): ZapisArkusza[] {
  return szablonSprawozdaniaOrganu({
    etykiety: {
      [EO.organ]: tekst('Gmina Przykładowo'),
      [EO.teryt]: tekst('1465011'),
      [EO.wojewodztwo]: tekst('mazowieckie'),
      [EO.data]: data('2013-06-28'),
      [EO.ocena]: tekst('Szkoły zrealizowały większość zadań.'),
      [EO.wplyw]: tekst('Wzrosło wykorzystanie TIK na lekcjach.'),
      [EO.efektyI]: tekst('Lekcje z komputerami w szkole.'),
      [EO.efektyII]: tekst('Uczniowie klasy IV pracują też w domu.'),
      [EO.problemy]: tekst('Słabe łącze internetowe.'),
    },
    dotacje: [
      [tekst(REGON_S8_A), tekst('Szkoła Podstawowa nr 1'), tekst('II'), liczba(250), zl(14_000_000)],
      [tekst(REGON_S8_B), tekst('Szkoła Podstawowa nr 2'), tekst('I'), liczba(90), zl(9_000_000)],
    ],
    wydatki: [...WYDATKI_S8],
  });
}
