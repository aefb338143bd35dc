/** Shapes shared by the example generators (what they return besides the sheets). */
import type { ZapisArkusza, Waga } from '../core';

/**
 * A cell a write plan cannot express (ZapisKomorki has no error values or formulas): a formula error
 * value, or a formula with its cached result (what Excel stores after calculating).
 */
export type KomorkaSpecjalna = { blad: string } | { formula: string; wynik: number | string | { blad: string } };

export interface ZapisSpecjalny {
  arkusz: string;
  /** A1 address */
  adres: string;
  wartosc: KomorkaSpecjalna;
}

/** A generated workbook: sheets as the core's write plan, plus the few cells written afterwards. */
export interface PrzykladZeszytu {
  arkusze: ZapisArkusza[];
  specjalne: ZapisSpecjalny[];
}

/** A finding the example deliberately provokes (WB-5 / CS-*), listed in examples/README.md. */
export interface OczekiwanaUwaga {
  arkusz: string;
  /** A1 address without the sheet, or null for a sheet-level finding */
  komorka: string | null;
  waga: Waga;
  regula: string;
  /** what was entered there (Polish, for the README) */
  opis: string;
}

/** A deliberately unusual data row and the decision expected for it in the JSON. */
export interface WierszCelowy {
  /** 1-based Excel row */
  wiersz: number;
  /** the REGON as the JSON reports it (normalised digits) */
  regon: string;
  opis: string;
  decyzja: 'odrzucona formalnie' | 'w losowaniu';
}
