/**
 * ExcelJS keeps data validations per cell and, when writing, squeezes them back into ranges in
 * string order of addresses (`C10` before `C2`), which produces overlapping ranges (`C10:C20` and
 * `C2:C20`) that Excel reports as damaged, and it spends seconds on large ranges. After loading, each
 * sheet's validations are rebuilt from the file's own XML, one ExcelJS entry per stored range, so a
 * copy writes them back exactly as they were. (Extension-list validations, `x14:`, are not kept by
 * ExcelJS; `--w-miejscu` detects that loss.)
 */
import type * as ExcelJS from 'exceljs';
import type { WalidacjaXml } from '../zip/walidacjeXml';

const DZIEN_MS = 86_400_000;
const BEZ_OPERATORA = new Set(['any', 'list', 'custom']);

function logiczna(v: string | undefined): boolean | undefined {
  return v === undefined ? undefined : v === '1' || v === 'true';
}

/** The ExcelJS model entry of one stored `<dataValidation>` (as ExcelJS's own reader builds it). */
export function walidacjaExcelJS(w: WalidacjaXml): Record<string, unknown> {
  const a = w.atrybuty;
  const typ = a.get('type') ?? 'any';
  const dv: Record<string, unknown> = { type: typ };
  if (a.has('type') && a.has('allowBlank')) dv.allowBlank = logiczna(a.get('allowBlank'));
  if (a.has('showInputMessage')) dv.showInputMessage = logiczna(a.get('showInputMessage'));
  if (a.has('showErrorMessage')) dv.showErrorMessage = logiczna(a.get('showErrorMessage'));
  if (!BEZ_OPERATORA.has(typ)) dv.operator = a.get('operator') ?? 'between';
  for (const k of ['promptTitle', 'prompt', 'errorStyle', 'errorTitle', 'error']) if (a.has(k)) dv[k] = a.get(k);
  if (w.formuly.length) {
    dv.formulae = w.formuly.map((f) => {
      switch (typ) {
        case 'whole':
        case 'textLength':
          return parseInt(f, 10);
        case 'decimal':
          return parseFloat(f);
        case 'date':
          return new Date(Math.round((parseFloat(f) - 25_569) * DZIEN_MS));
        default:
          return f;
      }
    });
  } else delete dv.operator;
  return dv;
}

interface ZWalidacjami {
  dataValidations?: { model: Record<string, unknown> };
}

/** Replaces the sheet's per-cell validation model by the stored ranges (main list only). */
export function odbudujWalidacje(ws: ExcelJS.Worksheet, walidacje: readonly WalidacjaXml[]): void {
  const dv = (ws as unknown as ZWalidacjami).dataValidations;
  if (!dv) return;
  const model: Record<string, unknown> = {};
  for (const w of walidacje) {
    if (w.rozszerzenie) continue;
    const wpis = walidacjaExcelJS(w);
    for (const zakres of w.sqref.split(/\s+/).filter(Boolean)) model[zakres.replace(/\$/g, '')] = wpis;
  }
  dv.model = model;
}
