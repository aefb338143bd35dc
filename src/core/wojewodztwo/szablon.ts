/** WB-2 template `wojewodztwo`: `Parametry`, `Wnioski`, `Reguły` (with dropdowns and zł formats). */
import type { ZapisArkusza } from '../zeszyt/model';
import { arkuszEtykiet, arkuszTabeli, type KolumnaSzablonu } from '../zeszyt/szablon';
import { FORMAT_DATA, FORMAT_TEKST, FORMAT_ZL } from '../zeszyt/formaty';
import { CYFROWA_SZKOLA_2012, WOJEWODZTWA, type Program } from '../program/definicja';
import { arkuszRegul } from '../program/arkuszRegul';
import { POLOZENIE, RODZAJ_ORGANU, TYP_SZKOLY, WARIANT, WARIANT_ZASTEPCZY } from '../wnioski/slowniki';
import { TAK_NIE } from '../komorki/odczyt';
import { ARKUSZ_WNIOSKI, K } from './kolumny';
import { ARKUSZ_PARAMETRY, ETYKIETY_PARAMETROW as E, LOSOWANIE_RECZNE, PODZIAL } from './parametry';
import { OCENA } from './wiersze';

export const KOLUMNY_SZABLONU_WNIOSKOW: KolumnaSzablonu[] = [
  { naglowek: K.lp, szerokosc: 6 },
  { naglowek: K.organ, szerokosc: 30 },
  { naglowek: K.rodzajOrganu, lista: RODZAJ_ORGANU.wartosci },
  { naglowek: K.teryt, format: FORMAT_TEKST, regula: { rodzaj: 'dlugoscTekstu', min: 2, max: 7 } },
  { naglowek: K.nazwa, szerokosc: 36 },
  { naglowek: K.regon, format: FORMAT_TEKST, szerokosc: 16, regula: { rodzaj: 'dlugoscTekstu', min: 9, max: 14 } },
  { naglowek: K.typ, lista: TYP_SZKOLY.wartosci, szerokosc: 24 },
  { naglowek: K.polozenie, lista: POLOZENIE.wartosci, szerokosc: 20 },
  { naglowek: K.uczniowie, regula: { rodzaj: 'calkowita', min: 1 } },
  { naglowek: K.wariant, lista: WARIANT.wartosci, szerokosc: 10 },
  { naglowek: K.zastepczy, lista: WARIANT_ZASTEPCZY.wartosci, szerokosc: 14 },
  { naglowek: K.wnioskowana, format: FORMAT_ZL, szerokosc: 18, regula: { rodzaj: 'dziesietna', min: 0.01 } },
  { naglowek: K.wklad, format: FORMAT_ZL, szerokosc: 18 },
  { naglowek: K.dataWniosku, format: FORMAT_DATA },
  { naglowek: K.ocena, lista: OCENA.wartosci },
  { naglowek: K.uzasadnienie, szerokosc: 30 },
  { naglowek: K.kolejnosc, regula: { rodzaj: 'calkowita', min: 1 } },
  { naglowek: K.rezygnacja, lista: TAK_NIE.wartosci, szerokosc: 12 },
  { naglowek: K.dataRezygnacji, format: FORMAT_DATA },
];

const SIO = { rodzaj: 'calkowita', min: 0 } as const;

export function arkuszParametrow(): ZapisArkusza {
  return arkuszEtykiet(
    ARKUSZ_PARAMETRY,
    [
      {
        etykieta: E.wojewodztwo,
        lista: WOJEWODZTWA.map((w) => w.nazwa),
        podpowiedz: 'jedna z 16 nazw, małymi literami',
      },
      {
        etykieta: E.kwota,
        regula: { rodzaj: 'dziesietna', min: 1 },
        podpowiedz: 'kwota środków województwa, np. 5 764 000,00',
      },
      {
        etykieta: E.udzial,
        regula: { rodzaj: 'dziesietna', min: 20, max: 80 },
        podpowiedz: '20–80; puste = udział wg wnioskowanych kwot (CS-Z3.2)',
      },
      { etykieta: E.podzial, lista: PODZIAL.wartosci, podpowiedz: 'puste = wg wnioskowanych kwot (CS-Z3.3)' },
      { etykieta: E.sioMale, regula: SIO, podpowiedz: 'tylko przy podziale wg liczby szkół i limitów (§9)' },
      { etykieta: E.sioSrednie, regula: SIO },
      { etykieta: E.sioDuze, regula: SIO },
      { etykieta: E.ziarno, podpowiedz: 'tekst ogłoszony przed losowaniem; niepotrzebne przy kolejności ręcznej' },
      {
        etykieta: E.losowanie,
        lista: LOSOWANIE_RECZNE.wartosci,
        podpowiedz:
          'puste = jedna lista; „w koszykach” = losowano osobno w każdym koszyku wariant × wielkość, a „Kolejność losowania” to numer w koszyku (CS-Z3.1)',
      },
      { etykieta: E.data, regula: { rodzaj: 'data', min: '2000-01-01', max: '2099-12-31' }, podpowiedz: 'RRRR-MM-DD' },
      { etykieta: E.sklad, podpowiedz: 'imiona i nazwiska rozdzielone średnikami (co najmniej 4 osoby)' },
    ],
    {
      tytul: 'Cyfrowa szkoła 2012 — parametry naboru w województwie',
      instrukcja:
        'Wypełnij żółte pola w kolumnie B (etykiet w kolumnie A nie zmieniaj). Podpowiedzi są w kolumnie C; listy i zakresy sprawdza Excel przy wpisywaniu, a dodatek — przy sprawdzeniu.',
    },
  );
}

/** WB-2.0: the title block of `Wnioski`. */
export const TYTUL_WNIOSKOW = {
  tytul: 'Cyfrowa szkoła 2012 — wnioski organów prowadzących (jeden wiersz = jedna szkoła)',
  instrukcja:
    'Wpisuj dane od wiersza pod nagłówkiem, w żółtych polach; pola z listą wybierz z listy. Nie zmieniaj nazw nagłówków — dodatek odnajduje kolumny po nich.',
};

export function szablonWojewodztwa(program: Program = CYFROWA_SZKOLA_2012): ZapisArkusza[] {
  return [
    arkuszParametrow(),
    arkuszTabeli(ARKUSZ_WNIOSKI, KOLUMNY_SZABLONU_WNIOSKOW, [], TYTUL_WNIOSKOW),
    arkuszRegul(program),
  ];
}
