/**
 * CONTRACT between the task pane and the Office.js adapter (the only code that calls `Excel.run`).
 * The task pane imports only these functions; tests run them on the fake host.
 */
import type { Uwaga, Operacja, RodzajSzablonu, WynikOperacji, ZeszytSnapshot, ZrodloZbierania } from '../../core';

export interface Postep {
  (ulamek: number, etap: string): void;
}

/** One value cell of a label–value sheet (WB-1.1) to write: `null` clears it. */
export interface WartoscEtykiety {
  etykieta: string;
  wartosc: string | number | null;
  /** number-format code; default `@` for text (WB-3.3), General for numbers */
  format?: string;
}

/** Which sheets to read: exact names (matched case-insensitively) or a predicate on the name. */
export type WyborArkuszy = readonly string[] | ((nazwa: string) => boolean);

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
  kwalifikuj(postep?: Postep): Promise<WynikOperacji<'kwalifikuj'>>;
  /** Part A on a `Podział środków` workbook */
  podziel(postep?: Postep): Promise<WynikOperacji<'podziel'>>;
  /** recompute the fingerprint and compare with the protocol's (CS-Z3.F) */
  zweryfikujProtokol(): Promise<{ zgodny: boolean; odcisk: string; odciskProtokolu: string | null }>;

  // ---- optional (added for the task pane; `src/addin/office/panel.ts` implements them on a HostExcel) ----
  /** read sheets into a snapshot without validating or highlighting (director's form, Kwalifikacja preview) */
  czytajArkusze?(wybor: WyborArkuszy): Promise<ZeszytSnapshot>;
  /** write `Parametry` value cells (column B of each label's row; a missing label is appended) — only on the
   *  user's explicit "Zapisz parametry"; a run never writes input cells */
  zapiszParametry?(wartosci: readonly WartoscEtykiety[]): Promise<void>;
  /** any core operation that writes owned sheets (JST: diagnozuj, monitoruj, wskazniki; also kwalifikuj, podziel) */
  wykonaj?<O extends Exclude<Operacja, 'waliduj'>>(operacja: O, postep?: Postep): Promise<WynikOperacji<O>>;
  /** watch which sheets change (the user's or a co-author's edits), whether or not live validation is on;
   *  reads no cells and writes nothing; `czas` = when the burst of changes began (`performance.now()`);
   *  resolves to the function that stops watching */
  obserwujZmiany?(naZmiane: (arkusze: string[], czas: number) => void): Promise<() => Promise<void>>;
  /** CS-R.3 `zbierz`: the current workbook is the target; the sources are files the user picked, already
   *  read into snapshots inside the pane (never sent anywhere); writes the owned sheets like `wykonaj` */
  zbierz?(zrodla: readonly ZrodloZbierania[], postep?: Postep): Promise<WynikOperacji<'zbierz'>>;
}
