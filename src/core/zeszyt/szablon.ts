/** WB-2 template builders: table sheets with headers, dropdowns, formats and frozen header rows. */
import type { WalidacjaListy, ZapisArkusza, ZapisKomorki } from './model';
import { literaKolumny } from '../komorki/adres';
import { naglowek, tekst } from './formaty';

/** Rows that get dropdowns/formats in an empty template. */
export const WIERSZE_SZABLONU = 1000;

export interface KolumnaSzablonu {
  naglowek: string;
  szerokosc?: number;
  /** dropdown values (WB-2 vocabularies) */
  lista?: readonly string[];
  /** number format of the column's data rows (e.g. FORMAT_ZL) */
  format?: string;
}

/** A table template: header row 1, frozen; dropdowns on rows 2…WIERSZE_SZABLONU+1. */
export function arkuszTabeli(
  nazwa: string,
  kolumny: readonly KolumnaSzablonu[],
  dane: ZapisKomorki[][] = [],
): ZapisArkusza {
  const walidacje: WalidacjaListy[] = [];
  kolumny.forEach((k, i) => {
    if (k.lista)
      walidacje.push({
        zakres: `${literaKolumny(i)}2:${literaKolumny(i)}${WIERSZE_SZABLONU + 1}`,
        lista: [...k.lista],
      });
  });
  return {
    nazwa,
    wiersze: [kolumny.map((k) => naglowek(k.naglowek)), ...dane],
    szerokosciKolumn: kolumny.map((k) => k.szerokosc ?? Math.max(12, Math.min(40, k.naglowek.length + 2))),
    zamrozenie: { wiersze: 1, kolumny: 0 },
    walidacje,
    formatyKolumn: kolumny.map((k) => k.format ?? null),
  };
}

export interface EtykietaSzablonu {
  etykieta: string;
  lista?: readonly string[];
  /** a pre-filled value */
  wartosc?: ZapisKomorki;
  /** a hint in column C */
  podpowiedz?: string;
}

/** A label–value template (WB-1.1): labels in column A, values in B, hints in C. */
export function arkuszEtykiet(nazwa: string, etykiety: readonly EtykietaSzablonu[]): ZapisArkusza {
  const walidacje: WalidacjaListy[] = [];
  const wiersze = etykiety.map((e, i) => {
    if (e.lista) walidacje.push({ zakres: `B${i + 1}`, lista: [...e.lista] });
    return [
      tekst(e.etykieta, { pogrubienie: true }),
      e.wartosc ?? null,
      e.podpowiedz ? tekst(e.podpowiedz, { kolorTekstu: '595959' }) : null,
    ];
  });
  return { nazwa, wiersze, szerokosciKolumn: [42, 30, 60], walidacje };
}
