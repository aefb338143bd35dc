/** A generated school → one `Wnioski` row in the column order of the voivodeship template (WB-2). */
import { type ZapisKomorki, liczba, tekst, literaKolumny, K, KOLUMNY_SZABLONU_WNIOSKOW } from '../core';
import type { KomorkaSpecjalna } from './model';
import type { KluczKolumny, Szkola } from './szkoly';
import { dataTekstem, komorkaDaty, komorkaKwoty } from './komorki';

const KLUCZ_NAGLOWKA = new Map<string, KluczKolumny>(Object.entries(K).map(([k, h]) => [h, k as KluczKolumny]));

/** Template column order as column keys (every template header is a `Wnioski` header). */
export const KOLEJNOSC_KOLUMN: KluczKolumny[] = KOLUMNY_SZABLONU_WNIOSKOW.map((k) => {
  const klucz = KLUCZ_NAGLOWKA.get(k.naglowek);
  if (!klucz) throw new Error(`template header without a key: ${k.naglowek}`);
  return klucz;
});

/** A1 column letter of a column key in the template layout. */
export function kolumna(klucz: KluczKolumny): string {
  return literaKolumny(KOLEJNOSC_KOLUMN.indexOf(klucz));
}

function wartosci(s: Szkola, lp: number): Record<KluczKolumny, ZapisKomorki> {
  const o = s.organ;
  return {
    lp: liczba(lp),
    organ: tekst(o.nazwa),
    rodzajOrganu: s.pokazRodzaj ? tekst(o.rodzaj) : null,
    teryt: s.pokazTeryt ? tekst(o.teryt) : null,
    nazwa: tekst(s.nazwa),
    regon: tekst(s.regon),
    typ: s.typ ? tekst(s.typ) : null,
    polozenie: tekst(s.polozenie),
    uczniowie: s.uczniowieTekstem ? tekst(String(s.uczniowie)) : liczba(s.uczniowie),
    wariant: tekst(s.wariant),
    zastepczy: tekst(s.zastepczy),
    wnioskowana: komorkaKwoty(s.wnioskowana, s.zapisKwot),
    wklad: komorkaKwoty(s.wklad, s.zapisKwot),
    dataWniosku: o.dataWniosku ? (o.dataTekstem ? dataTekstem(o.dataWniosku) : komorkaDaty(o.dataWniosku)) : null,
    ocena: s.ocena ? tekst(s.ocena) : null,
    uzasadnienie: s.uzasadnienie ? tekst(s.uzasadnienie) : null,
    kolejnosc: null,
    rezygnacja: s.rezygnacja ? tekst(s.rezygnacja) : null,
    dataRezygnacji: s.dataRezygnacji ? komorkaDaty(s.dataRezygnacji) : null,
  };
}

export interface WierszZapisu {
  komorki: ZapisKomorki[];
  /** special cells of this row: column letter → value */
  specjalne: Array<{ kolumna: string; wartosc: KomorkaSpecjalna }>;
}

export function wierszWniosku(s: Szkola, lp: number): WierszZapisu {
  const w = { ...wartosci(s, lp), ...s.nadpisane };
  const komorki = KOLEJNOSC_KOLUMN.map((k) => w[k] ?? null);
  while (komorki.length && komorki[komorki.length - 1] === null) komorki.pop();
  const specjalne = Object.entries(s.specjalne).map(([k, wartosc]) => ({
    kolumna: kolumna(k as KluczKolumny),
    wartosc: wartosc!,
  }));
  return { komorki, specjalne };
}
