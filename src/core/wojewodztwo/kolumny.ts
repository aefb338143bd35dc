/** WB-2 `Wnioski` headers (voivodeship workbook). */
import type { DefinicjaKolumny } from '../zeszyt/czytnik';

export const ARKUSZ_WNIOSKI = 'Wnioski';

export const K = {
  lp: 'Lp.',
  organ: 'Organ prowadzący',
  rodzajOrganu: 'Rodzaj organu',
  teryt: 'TERYT organu',
  nazwa: 'Nazwa szkoły',
  regon: 'REGON szkoły',
  typ: 'Typ szkoły',
  polozenie: 'Położenie',
  uczniowie: 'Liczba uczniów klas I-VI',
  wariant: 'Wariant',
  zastepczy: 'Wariant zastępczy',
  wnioskowana: 'Wnioskowana kwota (zł)',
  wklad: 'Wkład własny (zł)',
  dataWniosku: 'Data wniosku organu',
  ocena: 'Ocena formalna',
  uzasadnienie: 'Uzasadnienie oceny',
  kolejnosc: 'Kolejność losowania',
  rezygnacja: 'Rezygnacja',
  dataRezygnacji: 'Data rezygnacji',
} as const;

export const KOLUMNY_WNIOSKOW: DefinicjaKolumny[] = [
  { naglowek: K.lp, wymagana: false },
  { naglowek: K.organ, wymagana: true },
  { naglowek: K.rodzajOrganu, wymagana: false },
  { naglowek: K.teryt, wymagana: false },
  { naglowek: K.nazwa, wymagana: true },
  { naglowek: K.regon, wymagana: true },
  { naglowek: K.typ, wymagana: false },
  { naglowek: K.polozenie, wymagana: true },
  { naglowek: K.uczniowie, wymagana: true },
  { naglowek: K.wariant, wymagana: true },
  { naglowek: K.zastepczy, wymagana: true },
  { naglowek: K.wnioskowana, wymagana: true },
  { naglowek: K.wklad, wymagana: true },
  { naglowek: K.dataWniosku, wymagana: false },
  { naglowek: K.ocena, wymagana: false },
  { naglowek: K.uzasadnienie, wymagana: false },
  { naglowek: K.kolejnosc, wymagana: false },
  { naglowek: K.rezygnacja, wymagana: false },
  { naglowek: K.dataRezygnacji, wymagana: false },
];
