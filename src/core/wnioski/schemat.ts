/** WB-2 application workbooks: sheet names, labels and headers (one schema for reading and templates). */
import type { DefinicjaEtykiety, DefinicjaKolumny } from '../zeszyt/czytnik';
import { K as K_WNIOSKOW } from '../wojewodztwo/kolumny';

// ---------------------------------------------------------------- sheet names
export const ARKUSZ_WNIOSKU_DYREKTORA = 'Wniosek dyrektora';
export const ARKUSZ_KALKULACJI = 'Kalkulacja kosztów';
export const ARKUSZ_WYPOSAZENIA = 'Wyposażenie szkoły';
export const ARKUSZ_KATALOGU = 'Katalog pomocy';
export const ARKUSZ_FUNKCJONALNOSCI = 'Funkcjonalności';
export const ARKUSZ_WNIOSKU_ORGANU = 'Wniosek organu';
export const ARKUSZ_SZKOL = 'Szkoły';
/** owned sheet (WB-3.1) with the CS-11.2 size split */
export const ARKUSZ_SZKOL_WG_WIELKOSCI = 'Szkoły wg wielkości';

// ---------------------------------------------------------------- `Wniosek dyrektora` labels (WB-2, CS-10.2)
export const E = {
  nazwa: 'Nazwa szkoły',
  adres: 'Adres',
  telefon: 'Telefon',
  email: 'E-mail',
  regon: 'REGON szkoły',
  typ: 'Typ szkoły',
  polozenie: 'Położenie',
  uczniowie: 'Liczba uczniów klas I-VI',
  prognozaIVVI: 'Prognoza uczniów klas IV-VI',
  prognozaIV: 'Prognoza uczniów klasy IV',
  oddzial: 'Największa liczba uczniów w oddziale',
  nauczyciele: 'Prognoza nauczycieli klas IV-VI',
  nauczycieleTik: 'W tym nauczycieli prowadzących zajęcia z TIK',
  platforma: 'Platforma e-learningowa',
  epodreczniki: 'E-podręczniki i zasoby',
  dziennik: 'Dziennik elektroniczny',
  sposoby: 'Planowane sposoby wykorzystania',
  wariant: 'Wariant',
  wariantZastepczy: 'Wariant zastępczy',
  wnioskowana: 'Wnioskowana kwota (zł)',
  dataWniosku: 'Data wniosku',
  dataOpinii: 'Data opinii rady pedagogicznej',
} as const;

/** Every label is required except `Największa liczba uczniów w oddziale` (default 25). */
export const ETYKIETY_DYREKTORA: readonly DefinicjaEtykiety[] = Object.values(E).map((etykieta) => ({
  etykieta,
  wymagana: etykieta !== E.oddzial,
}));

// ---------------------------------------------------------------- `Kalkulacja kosztów` headers
export const K = {
  lp: 'Lp.',
  pkt: 'Pkt katalogu',
  pomoc: 'Pomoc dydaktyczna',
  liczba: 'Liczba',
  cena: 'Cena jednostkowa brutto (zł)',
  wartosc: 'Wartość (zł)',
  zrodlo: 'Źródło',
  dataZakupu: 'Data zakupu',
  inwestycja: 'Wydatek inwestycyjny',
} as const;

export const KOLUMNY_KALKULACJI: readonly DefinicjaKolumny[] = [
  { naglowek: K.lp, wymagana: false },
  { naglowek: K.pkt, wymagana: true },
  { naglowek: K.pomoc, wymagana: false },
  { naglowek: K.liczba, wymagana: true },
  { naglowek: K.cena, wymagana: true },
  { naglowek: K.wartosc, wymagana: true },
  { naglowek: K.zrodlo, wymagana: true },
  { naglowek: K.dataZakupu, wymagana: false },
  { naglowek: K.inwestycja, wymagana: false },
];

// ---------------------------------------------------------------- `Wyposażenie szkoły` headers
export const W = {
  lp: 'Lp.',
  pkt: 'Pkt katalogu',
  nazwa: 'Nazwa',
  liczba: 'Liczba',
  wliczane: 'Wliczane do funkcjonalności',
} as const;

export const KOLUMNY_WYPOSAZENIA: readonly DefinicjaKolumny[] = [
  { naglowek: W.lp, wymagana: false },
  { naglowek: W.pkt, wymagana: true },
  { naglowek: W.nazwa, wymagana: true },
  { naglowek: W.liczba, wymagana: true },
  { naglowek: W.wliczane, wymagana: true },
];

// ---------------------------------------------------------------- catalogues (CS-A1, CS-A2)
export const KA = {
  pkt: 'Pkt',
  pomoc: 'Pomoc dydaktyczna',
  szkolenie: 'Wymaga szkolenia technicznego',
  inwestycja: 'Domyślnie wydatek inwestycyjny',
  warunki: 'Warunki techniczne',
} as const;
export const KOLUMNY_KATALOGU: readonly DefinicjaKolumny[] = [
  { naglowek: KA.pkt, wymagana: true },
  { naglowek: KA.pomoc, wymagana: true },
  { naglowek: KA.szkolenie, wymagana: true },
  { naglowek: KA.inwestycja, wymagana: true },
  { naglowek: KA.warunki, wymagana: false },
];

export const KF = {
  nazwa: 'Funkcjonalność',
  wariant: 'Wariant',
  mala: 'Minimum: mała',
  srednia: 'Minimum: średnia',
  duza: 'Minimum: duża',
  spelniana: 'Spełniana przez pkt katalogu',
} as const;
export const KOLUMNY_FUNKCJONALNOSCI: readonly DefinicjaKolumny[] = Object.values(KF).map((naglowek) => ({
  naglowek,
  wymagana: true,
}));

// ---------------------------------------------------------------- `Wniosek organu` + `Szkoły`
export const O = {
  organ: 'Organ prowadzący',
  rodzaj: 'Rodzaj organu',
  teryt: 'TERYT organu',
  adres: 'Adres',
  wojewodztwo: 'Województwo',
  data: 'Data wniosku',
} as const;
export const ETYKIETY_ORGANU: readonly DefinicjaEtykiety[] = Object.values(O).map((etykieta) => ({
  etykieta,
  wymagana: true,
}));

/** `Szkoły`: the `Wnioski` columns from `Nazwa szkoły` to `Wkład własny (zł)` (WB-2). */
export const S = {
  lp: K_WNIOSKOW.lp,
  nazwa: K_WNIOSKOW.nazwa,
  regon: K_WNIOSKOW.regon,
  typ: K_WNIOSKOW.typ,
  polozenie: K_WNIOSKOW.polozenie,
  uczniowie: K_WNIOSKOW.uczniowie,
  wariant: K_WNIOSKOW.wariant,
  wariantZastepczy: K_WNIOSKOW.zastepczy,
  wnioskowana: K_WNIOSKOW.wnioskowana,
  wklad: K_WNIOSKOW.wklad,
} as const;
export const KOLUMNY_SZKOL: readonly DefinicjaKolumny[] = Object.values(S).map((naglowek) => ({
  naglowek,
  wymagana: naglowek !== S.lp && naglowek !== S.typ,
}));
