/** CS-R sheet names, labels and headers (reports-and-settlement.md), in one place. */

// CS-R.1 school report
export const ARKUSZ_SPRAWOZDANIA_SZKOLY = 'Sprawozdanie szkoły';
export const ARKUSZ_OCENY_ZADAN = 'Ocena realizacji zadań';

export const ES = {
  nazwa: 'Nazwa szkoły',
  regon: 'REGON szkoły',
  teryt: 'TERYT organu',
  uczniowie: 'Liczba uczniów klas I-VI',
  wariant: 'Wariant',
  data: 'Data sprawozdania',
  nauczyciele: 'Liczba nauczycieli klas IV-VI',
  ekoordWyznaczony: 'E-koordynator wyznaczony',
  ekoordPrzeszkolony: 'E-koordynator przeszkolony',
  wsparcie: 'Nauczyciele korzystają ze wsparcia e-koordynatora',
  przeszkoleni: 'Nauczyciele przeszkoleni w zakresie TIK',
  wSieciach: 'Nauczyciele w sieciach współpracy',
  spotkania: 'Nauczyciele z co najmniej 4 spotkaniami sieci',
  lekcje: 'Lekcje otwarte',
  scenariusze: 'Scenariusze i dobre praktyki udostępnione',
  projekty: 'Projekty edukacyjne',
  godziny: 'Godziny lekcyjne z TIK tygodniowo (średnio)',
  wypozyczone: 'Uczniowie klasy IV z wypożyczonym komputerem',
  zasady: 'Zasady wypożyczania ustalone',
  szkolenieTechniczne: 'Szkolenie techniczne nauczycieli',
  obsluga: 'Obsługa administracyjna sprzętu',
  tryb: 'Tryb zamówienia',
  dataZamowienia: 'Data zamówienia',
} as const;

export const NAGLOWKI_OCENY = ['Zadanie', 'Reguła', 'Wymagane', 'Osiągnięte', 'Spełnione'] as const;

// CS-R.2 body report
export const ARKUSZ_SPRAWOZDANIA_ORGANU = 'Sprawozdanie organu';
export const ARKUSZ_DOTACJI = 'Dotacje';
export const ARKUSZ_WYDATKOW = 'Wydatki';
export const ARKUSZ_ROZLICZENIA = 'Rozliczenie dotacji';
export const ARKUSZ_ZESTAWIENIA = 'Zestawienie wydatków';
export const ARKUSZ_NIEUWZGLEDNIONYCH = 'Wydatki nieuwzględnione';

export const EO = {
  organ: 'Organ prowadzący',
  teryt: 'TERYT organu',
  wojewodztwo: 'Województwo',
  data: 'Data sprawozdania',
  ocena: 'Ocena realizacji zadań przez szkoły',
  wplyw: 'Wpływ TIK na zaangażowanie nauczycieli i uczniów',
  efektyI: 'Efekty wariantu I',
  efektyII: 'Efekty wariantu II',
  problemy: 'Problemy i bariery',
} as const;

/** §18 texts with the point of §18 each one answers (an empty one → `ostrzeżenie` naming it). */
export const TEKSTY_PAR18: ReadonlyArray<{ etykieta: string; pkt: string; wariant?: 'I' | 'II' }> = [
  { etykieta: EO.ocena, pkt: '§18 pkt 2' },
  { etykieta: EO.wplyw, pkt: '§18 pkt 2' },
  { etykieta: EO.efektyI, pkt: '§18 pkt 3', wariant: 'I' },
  { etykieta: EO.efektyII, pkt: '§18 pkt 3', wariant: 'II' },
  { etykieta: EO.problemy, pkt: '§18 pkt 4' },
];

export const KD = {
  regon: 'REGON szkoły',
  nazwa: 'Nazwa szkoły',
  wariant: 'Wariant',
  uczniowie: 'Liczba uczniów klas I-VI',
  kwota: 'Kwota dotacji (zł)',
} as const;

export const KW = {
  regon: 'REGON szkoły',
  pkt: 'Pkt katalogu',
  pomoc: 'Pomoc dydaktyczna',
  liczba: 'Liczba',
  cena: 'Cena jednostkowa brutto (zł)',
  wartosc: 'Wartość (zł)',
  zrodlo: 'Źródło',
  inwestycja: 'Wydatek inwestycyjny',
  data: 'Data wydatku',
  dokument: 'Dokument',
} as const;

export const ZRODLA = ['dotacja', 'wkład własny'] as const;
export type ZrodloWydatku = (typeof ZRODLA)[number];

// CS-R.3 / CS-R.4
export const ARKUSZ_SPRAWOZDAN_SZKOL = 'Sprawozdania szkół';
export const ARKUSZ_TERMINOW = 'Terminy';
export const BRAK_SPRAWOZDANIA_SZKOLY = 'brak sprawozdania szkoły';
