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
  { naglowek: K.teryt, format: FORMAT_TEKST },
  { naglowek: K.nazwa, szerokosc: 36 },
  { naglowek: K.regon, format: FORMAT_TEKST, szerokosc: 16 },
  { naglowek: K.typ, lista: TYP_SZKOLY.wartosci, szerokosc: 24 },
  { naglowek: K.polozenie, lista: POLOZENIE.wartosci, szerokosc: 20 },
  { naglowek: K.uczniowie },
  { naglowek: K.wariant, lista: WARIANT.wartosci, szerokosc: 10 },
  { naglowek: K.zastepczy, lista: WARIANT_ZASTEPCZY.wartosci, szerokosc: 14 },
  { naglowek: K.wnioskowana, format: FORMAT_ZL, szerokosc: 18 },
  { naglowek: K.wklad, format: FORMAT_ZL, szerokosc: 18 },
  { naglowek: K.dataWniosku, format: FORMAT_DATA },
  { naglowek: K.ocena, lista: OCENA.wartosci },
  { naglowek: K.uzasadnienie, szerokosc: 30 },
  { naglowek: K.kolejnosc },
  { naglowek: K.rezygnacja, lista: TAK_NIE.wartosci, szerokosc: 12 },
  { naglowek: K.dataRezygnacji, format: FORMAT_DATA },
];

export function arkuszParametrow(): ZapisArkusza {
  return arkuszEtykiet(ARKUSZ_PARAMETRY, [
    { etykieta: E.wojewodztwo, lista: WOJEWODZTWA.map((w) => w.nazwa), podpowiedz: 'jedna z 16 nazw, małymi literami' },
    { etykieta: E.kwota, podpowiedz: 'kwota środków województwa, np. 5 764 000,00' },
    { etykieta: E.udzial, podpowiedz: '20–80; puste = udział wg wnioskowanych kwot (CS-Z3.2)' },
    { etykieta: E.podzial, lista: PODZIAL.wartosci, podpowiedz: 'puste = wg wnioskowanych kwot (CS-Z3.3)' },
    { etykieta: E.sioMale, podpowiedz: 'tylko przy podziale wg liczby szkół i limitów (§9)' },
    { etykieta: E.sioSrednie },
    { etykieta: E.sioDuze },
    { etykieta: E.ziarno, podpowiedz: 'tekst ogłoszony przed losowaniem; niepotrzebne przy kolejności ręcznej' },
    {
      etykieta: E.losowanie,
      lista: LOSOWANIE_RECZNE.wartosci,
      podpowiedz:
        'puste = jedna lista; „w koszykach” = losowano osobno w każdym koszyku wariant × wielkość, a „Kolejność losowania” to numer w koszyku (CS-Z3.1)',
    },
    { etykieta: E.data, podpowiedz: 'RRRR-MM-DD' },
    { etykieta: E.sklad, podpowiedz: 'imiona i nazwiska rozdzielone średnikami (co najmniej 4 osoby)' },
  ]);
}

export function szablonWojewodztwa(program: Program = CYFROWA_SZKOLA_2012): ZapisArkusza[] {
  return [arkuszParametrow(), arkuszTabeli(ARKUSZ_WNIOSKI, KOLUMNY_SZABLONU_WNIOSKOW), arkuszRegul(program)];
}
