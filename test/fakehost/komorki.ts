/** ExcelJS cells ↔ what Office.js reports and accepts (values, valueTypes, numberFormat, fill). */
import type ExcelJS from 'exceljs';
import { celOdwolania } from './odwolania';

const DZIEN = 86_400_000;

/** JS Date → serial number in the workbook's date system (fractional part = time). */
export function serial(d: Date, system1904: boolean): number {
  const s = (d.getTime() - Date.UTC(1899, 11, 30)) / DZIEN;
  return system1904 ? s - 1462 : s;
}

/** Calendar date → serial (1900 system counts the fictitious 1900-02-29). */
export function serialDaty(y: number, m: number, d: number, system1904: boolean): number {
  const dni = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 31)) / DZIEN;
  if (system1904) return dni - 1461;
  return dni >= 60 ? dni + 1 : dni;
}

export interface OdczytKomorki {
  wartosc: unknown;
  typ: 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';
  format: string;
}

/** ExcelJS `ValueType.Merge`: a merged cell other than the top-left one. */
const TYP_SCALENIA = 1;

/** What `values` / `valueTypes` / `numberFormat` report for one cell (formulas: their cached result, or the referenced cell's value for a one-reference formula). */
export function odczytaj(cell: ExcelJS.Cell, system1904: boolean): OdczytKomorki {
  const format = cell.numFmt ?? (cell.value instanceof Date ? 'mm-dd-yy' : 'General');
  // like Excel, a merged area's value is in its top-left cell only (ExcelJS repeats it in every cell)
  if ((cell.type as number) === TYP_SCALENIA) return { wartosc: '', typ: 'Empty', format };
  const cel = celOdwolania(cell);
  if (cel === '#REF!') return { wartosc: '#REF!', typ: 'Error', format };
  if (cel) return { ...odczytaj(cel, system1904), format };
  return { ...wartosc(cell.value, system1904), format };
}

function wartosc(v: ExcelJS.CellValue, system1904: boolean): { wartosc: unknown; typ: OdczytKomorki['typ'] } {
  if (v === null || v === undefined || v === '') return { wartosc: '', typ: 'Empty' };
  if (typeof v === 'number') return { wartosc: v, typ: 'Double' };
  if (typeof v === 'string') return { wartosc: v, typ: 'String' };
  if (typeof v === 'boolean') return { wartosc: v, typ: 'Boolean' };
  if (v instanceof Date) return { wartosc: serial(v, system1904), typ: 'Double' };
  if ('error' in v) return { wartosc: v.error, typ: 'Error' };
  if ('richText' in v) return { wartosc: v.richText.map((t) => t.text).join(''), typ: 'String' };
  if ('formula' in v || 'sharedFormula' in v)
    return wartosc((v as { result?: ExcelJS.CellValue }).result ?? null, system1904);
  if ('text' in v) return { wartosc: String(v.text), typ: 'String' };
  return { wartosc: String(v), typ: 'String' };
}

/**
 * What Excel stores when `values` sets `v` on a cell with format `format`: like Excel, a string is
 * parsed unless the cell is Text (`@`): `=…` becomes a formula, a plain number becomes a number.
 */
export function doKomorki(v: unknown, format: string | undefined): ExcelJS.CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v !== 'string' || format === '@') return v as ExcelJS.CellValue;
  if (v.startsWith('=')) return { formula: v.slice(1) } as ExcelJS.CellValue;
  if (/^[+-]?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return v;
}

/** Fill as Excel reports it: no fill = pattern 'None', colour '#FFFFFF'. Only solid fills are modelled. */
export function wypelnienie(cell: ExcelJS.Cell): { color: string; pattern: string } {
  const f = cell.fill;
  if (f && f.type === 'pattern' && f.pattern === 'solid' && f.fgColor?.argb)
    return { color: `#${f.fgColor.argb.slice(2).toUpperCase()}`, pattern: 'Solid' };
  return { color: '#FFFFFF', pattern: 'None' };
}

export function argb(kolor: string): string {
  return `FF${kolor.replace('#', '').toUpperCase()}`;
}

/** Replaces part of a cell's style without mutating a style object ExcelJS may share between cells. */
export function zmienStyl(cell: ExcelJS.Cell, zmiana: Partial<ExcelJS.Style>): void {
  // as in Excel, an untouched cell of a formatted column shows (and keeps) the column's format
  const kolumna = cell.worksheet.getColumn(Number(cell.col)).style ?? {};
  const styl = { ...kolumna, ...cell.style, ...zmiana } as Partial<ExcelJS.Style>;
  for (const k of Object.keys(zmiana) as Array<keyof ExcelJS.Style>) if (zmiana[k] === undefined) delete styl[k];
  cell.style = styl;
}
