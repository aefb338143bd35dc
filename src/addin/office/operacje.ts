/**
 * CONTRACT between the task pane and the Office.js adapter (the only code that calls `Excel.run`).
 * The task pane imports only these functions; tests run them on the fake host.
 */
import type { Uwaga } from '../../core/uwagi';
import type { RodzajSzablonu, WynikOperacji } from '../../core/api';

export interface Postep {
  (ulamek: number, etap: string): void;
}

export interface OperacjeDodatku {
  /** insert a template's sheets (user-owned) into the current workbook; refuses when a sheet name is taken */
  wstawSzablon(rodzaj: RodzajSzablonu): Promise<{ wstawione: string[]; uwagi: Uwaga[] }>;
  /** validate the whole workbook now, refresh highlights (fill + note) on invalid input cells */
  sprawdz(): Promise<Uwaga[]>;
  /** remove every highlight the add-in made, restoring the cells' previous formats */
  wyczyscOznaczenia(): Promise<number>;
  /** select a cell (from a finding) */
  zaznacz(arkusz: string, komorka: string | null): Promise<void>;
  /** start/stop live validation (onChanged, debounced); the callback gets the full current findings */
  walidacjaNaZywo(wlacz: boolean, naZmiane?: (uwagi: Uwaga[]) => void): Promise<void>;
  /** run the qualification (CS-Z3, with resignations) and write the WB-3.2 sheets in place */
  kwalifikuj(postep?: Postep): Promise<WynikOperacji>;
  /** Part A on a `Podział środków` workbook */
  podziel(postep?: Postep): Promise<WynikOperacji>;
  /** recompute the fingerprint and compare with the protocol's (CS-Z3.F) */
  zweryfikujProtokol(): Promise<{ zgodny: boolean; odcisk: string; odciskProtokolu: string | null }>;
}
