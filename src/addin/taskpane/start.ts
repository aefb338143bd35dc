/**
 * Start-up checks (issue 8 §7): the pane runs only inside Excel, with the requirement sets the adapter's calls
 * need (ExcelApi 1.9: getRangeByIndexes, sheet visibility, freeze panes 1.7; data validation, events 1.8;
 * page layout, auto filter, copyFrom 1.9). Cell notes (ExcelApi 1.18) are optional and checked where used.
 */
export const WYMAGANE_ZESTAWY: ReadonlyArray<readonly [string, string]> = [['ExcelApi', '1.9']];

export type StanStartu =
  | { rodzaj: 'gotowe' }
  /** a plain browser, another Office application, or office.js not loaded at all */
  | { rodzaj: 'pozaExcelem' }
  | { rodzaj: 'staraWersja'; brakujace: string[] };

/** What Office.onReady and Office.context tell (null: no `Office` or no `Excel` global). */
export interface OfficeStartu {
  host: string | null | undefined;
  /** `Office.HostType.Excel` */
  excel: string;
  obsluguje(zestaw: string, wersja: string): boolean;
}

export function stanStartu(o: OfficeStartu | null): StanStartu {
  if (!o || !o.host || o.host !== o.excel) return { rodzaj: 'pozaExcelem' };
  const brakujace = WYMAGANE_ZESTAWY.filter(([z, w]) => !o.obsluguje(z, w)).map(([z, w]) => `${z} ${w}`);
  return brakujace.length ? { rodzaj: 'staraWersja', brakujace } : { rodzaj: 'gotowe' };
}
