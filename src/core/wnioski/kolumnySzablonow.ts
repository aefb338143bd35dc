/** WB-2 template layouts (columns with dropdowns, labels with dropdowns and hints) of the application sheets. */
import type { EtykietaSzablonu, KolumnaSzablonu } from '../zeszyt/szablon';
import { WOJEWODZTWA } from '../program/definicja';
import { FORMAT_DATA, FORMAT_TEKST, FORMAT_ZL } from '../zeszyt/formaty';
import type { PozycjaKatalogu } from '../program/katalogi';
import { E, K, KA, KF, O, S, W } from './schemat';
import { POLOZENIE, RODZAJ_ORGANU, TYP_SZKOLY, WARIANT, WARIANT_ZASTEPCZY, ZRODLO } from './slowniki';

const TAK_NIE = ['TAK', 'NIE'];

export const KOLUMNY_SZABLONU_SZKOL: readonly KolumnaSzablonu[] = [
  { naglowek: S.lp, szerokosc: 6 },
  { naglowek: S.nazwa, szerokosc: 40 },
  { naglowek: S.regon, szerokosc: 16, format: FORMAT_TEKST },
  { naglowek: S.typ, szerokosc: 30, lista: TYP_SZKOLY.wartosci },
  { naglowek: S.polozenie, szerokosc: 22, lista: POLOZENIE.wartosci },
  { naglowek: S.uczniowie, szerokosc: 14 },
  { naglowek: S.wariant, szerokosc: 10, lista: WARIANT.wartosci },
  { naglowek: S.wariantZastepczy, szerokosc: 16, lista: WARIANT_ZASTEPCZY.wartosci },
  { naglowek: S.wnioskowana, szerokosc: 20, format: FORMAT_ZL },
  { naglowek: S.wklad, szerokosc: 20, format: FORMAT_ZL },
];

export function kolumnyKalkulacji(katalog: readonly PozycjaKatalogu[]): KolumnaSzablonu[] {
  return [
    { naglowek: K.lp, szerokosc: 6 },
    { naglowek: K.pkt, szerokosc: 12, lista: katalog.map((p) => String(p.pkt)) },
    { naglowek: K.pomoc, szerokosc: 44 },
    { naglowek: K.liczba, szerokosc: 10, regula: { rodzaj: 'calkowita', min: 1 } },
    { naglowek: K.cena, szerokosc: 20, format: FORMAT_ZL, regula: { rodzaj: 'dziesietna', min: 0.01 } },
    // WB-2.0: computed, re-checked by the reader (`Wartość` = `Liczba × Cena` to the grosz)
    {
      naglowek: K.wartosc,
      szerokosc: 20,
      format: FORMAT_ZL,
      formula: (r) => `IF(OR(D${r}="",E${r}=""),"",ROUND(D${r}*E${r},2))`,
    },
    { naglowek: K.zrodlo, szerokosc: 36, lista: ZRODLO.wartosci },
    { naglowek: K.dataZakupu, szerokosc: 14, format: FORMAT_DATA },
    { naglowek: K.inwestycja, szerokosc: 14, lista: TAK_NIE },
  ];
}

export function kolumnyWyposazenia(katalog: readonly PozycjaKatalogu[]): KolumnaSzablonu[] {
  return [
    { naglowek: W.lp, szerokosc: 6 },
    { naglowek: W.pkt, szerokosc: 12, lista: katalog.map((p) => String(p.pkt)) },
    { naglowek: W.nazwa, szerokosc: 44 },
    { naglowek: W.liczba, szerokosc: 10, regula: { rodzaj: 'calkowita', min: 0 } },
    { naglowek: W.wliczane, szerokosc: 18, lista: TAK_NIE },
  ];
}

export const KOLUMNY_SZABLONU_KATALOGU: readonly KolumnaSzablonu[] = [
  { naglowek: KA.pkt, szerokosc: 6 },
  { naglowek: KA.pomoc, szerokosc: 60 },
  { naglowek: KA.szkolenie, szerokosc: 16, lista: TAK_NIE },
  { naglowek: KA.inwestycja, szerokosc: 16, lista: TAK_NIE },
  { naglowek: KA.warunki, szerokosc: 60 },
];

export const KOLUMNY_SZABLONU_FUNKCJONALNOSCI: readonly KolumnaSzablonu[] = [
  { naglowek: KF.nazwa, szerokosc: 56 },
  { naglowek: KF.wariant, szerokosc: 10, lista: ['I', 'II', 'oba'] },
  { naglowek: KF.mala, szerokosc: 16 },
  { naglowek: KF.srednia, szerokosc: 16 },
  { naglowek: KF.duza, szerokosc: 16 },
  { naglowek: KF.spelniana, szerokosc: 30 },
];

const ICT = ['używana', 'planowana', 'nie'];

export const ETYKIETY_SZABLONU_DYREKTORA: readonly EtykietaSzablonu[] = [
  { etykieta: E.nazwa },
  { etykieta: E.adres },
  { etykieta: E.telefon },
  {
    etykieta: E.email,
    regula: { rodzaj: 'dlugoscTekstu', min: 5, max: 254 },
    podpowiedz: 'np. sekretariat@sp1.edu.pl',
  },
  { etykieta: E.regon, regula: { rodzaj: 'dlugoscTekstu', min: 9, max: 14 }, podpowiedz: '9 lub 14 cyfr (CS-10.4)' },
  { etykieta: E.typ, lista: TYP_SZKOLY.wartosci, podpowiedz: 'CS-2.1: tylko te dwa typy szkół' },
  { etykieta: E.polozenie, lista: POLOZENIE.wartosci },
  {
    etykieta: E.uczniowie,
    regula: { rodzaj: 'calkowita', min: 1 },
    podpowiedz: 'wg SIO na 30.09.2011; mała 1–100, średnia 101–300, duża 301+ (CS-5.1)',
  },
  { etykieta: E.prognozaIVVI, regula: { rodzaj: 'calkowita', min: 0 }, podpowiedz: 'rok szkolny 2012/2013' },
  {
    etykieta: E.prognozaIV,
    regula: { rodzaj: 'calkowita', min: 0 },
    podpowiedz: 'rok szkolny 2012/2013 (wariant II: komputer dla każdego ucznia kl. IV)',
  },
  { etykieta: E.oddzial, regula: { rodzaj: 'calkowita', min: 1 }, podpowiedz: 'N w załączniku nr 2; puste = 25' },
  { etykieta: E.nauczyciele, regula: { rodzaj: 'calkowita', min: 0 }, podpowiedz: 'rok szkolny 2012/2013' },
  {
    etykieta: E.nauczycieleTik,
    regula: { rodzaj: 'calkowita', min: 0 },
    podpowiedz: 'nie więcej niż nauczycieli klas IV-VI',
  },
  { etykieta: E.platforma, lista: ICT },
  { etykieta: E.epodreczniki, lista: ICT },
  { etykieta: E.dziennik, lista: ICT },
  { etykieta: E.sposoby },
  {
    etykieta: E.wariant,
    lista: WARIANT.wartosci,
    podpowiedz: 'I: komputery uczniów tylko w szkole; II: także wypożyczane uczniom kl. IV do domu',
  },
  {
    etykieta: E.wariantZastepczy,
    lista: WARIANT_ZASTEPCZY.wartosci,
    podpowiedz: 'gdy szkoła nie zakwalifikuje się w wybranym wariancie (CS-8.1)',
  },
  {
    etykieta: E.wnioskowana,
    regula: { rodzaj: 'dziesietna', min: 0.01 },
    podpowiedz: '= suma pozycji „wsparcie” w arkuszu Kalkulacja kosztów (CS-10.3)',
  },
  {
    etykieta: E.dataWniosku,
    regula: { rodzaj: 'data', min: '2000-01-01', max: '2099-12-31' },
    podpowiedz: 'termin: 18.04.2012 (CS-10.1)',
  },
  {
    etykieta: E.dataOpinii,
    regula: { rodzaj: 'data', min: '2000-01-01', max: '2099-12-31' },
    podpowiedz: 'puste = opinia nieuzyskana',
  },
];

export const ETYKIETY_SZABLONU_ORGANU: readonly EtykietaSzablonu[] = [
  { etykieta: O.organ },
  { etykieta: O.rodzaj, lista: RODZAJ_ORGANU.wartosci, podpowiedz: 'CS-3.1: tylko jednostka samorządu terytorialnego' },
  { etykieta: O.teryt, regula: { rodzaj: 'dlugoscTekstu', min: 2, max: 7 }, podpowiedz: '2, 4 lub 7 cyfr (CS-10.4)' },
  { etykieta: O.adres },
  { etykieta: O.wojewodztwo, lista: WOJEWODZTWA.map((w) => w.nazwa) },
  {
    etykieta: O.data,
    regula: { rodzaj: 'data', min: '2000-01-01', max: '2099-12-31' },
    podpowiedz: 'termin: 30.04.2012 (CS-11.1)',
  },
];
