/**
 * The Office.js boundary: the only place that calls `Excel.run`. Everything else in the adapter gets a
 * `HostExcel`, so tests (and the browser bundle of the fake host) can pass their own.
 */

/** Options of a batch run without an earlier context. */
export interface OpcjeUruchomienia {
  /** `delayForCellEdit: true`: a background batch waits until the user leaves the cell being edited */
  poEdycjiKomorki?: boolean;
}

export interface HostExcel {
  /** `Excel.run`; with `kontekst` the batch reuses an earlier request context (event handler removal). */
  run<T>(
    batch: (ctx: Excel.RequestContext) => Promise<T>,
    kontekst?: Excel.RequestContext,
    opcje?: OpcjeUruchomienia,
  ): Promise<T>;
  /** `Office.context.requirements.isSetSupported('ExcelApi', wersja)` */
  obsluguje(wersjaExcelApi: string): boolean;
}

/** The real host: globals `Excel` and `Office` from office.js. */
export function hostOffice(): HostExcel {
  return {
    run: (batch, kontekst, opcje) =>
      kontekst
        ? Excel.run(kontekst, batch)
        : opcje?.poEdycjiKomorki
          ? Excel.run({ delayForCellEdit: true }, batch)
          : Excel.run(batch),
    obsluguje: (wersja) => Office.context.requirements.isSetSupported('ExcelApi', wersja),
  };
}

/** How the workbook is open: read-only (view mode in Excel on the web, a read-only file) or for editing. */
export interface TrybSkoroszytu {
  tylkoDoOdczytu: boolean;
}

/** `Office.context.document.mode` (Office.DocumentMode "readOnly" / "readWrite"); outside Office: editable. */
export function trybSkoroszytu(): TrybSkoroszytu {
  try {
    return { tylkoDoOdczytu: String(Office.context.document.mode).toLowerCase() === 'readonly' };
  } catch {
    return { tylkoDoOdczytu: false };
  }
}

/** Lets Excel paint and process input between two syncs (a macrotask, not a microtask). */
export function oddajSterowanie(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}
