/**
 * Formulas that point at other sheets, as Excel keeps them: renaming a sheet rewrites every reference to it,
 * deleting a sheet turns them into `#REF!`; a formula that is one cell reference (`=Zakwalifikowane!H5`)
 * reports that cell's current value (the only recalculation the fake host does).
 */
import type ExcelJS from 'exceljs';

const REF = '#REF!';

function cytat(nazwa: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(nazwa) && !/^[A-Za-z]{1,3}\d+$/.test(nazwa)
    ? nazwa
    : `'${nazwa.replace(/'/g, "''")}'`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `Nazwa!` or `'Nazwa'!` (any letter case) inside a formula, not part of a longer name. */
function wzorzec(nazwa: string): RegExp {
  const q = escape(nazwa.replace(/'/g, "''"));
  return new RegExp(`'${q}'!|(?<![\\p{L}\\p{N}_.'])${escape(nazwa)}!`, 'giu');
}

function formula(v: ExcelJS.CellValue): string | null {
  return v && typeof v === 'object' && 'formula' in v && typeof v.formula === 'string' ? v.formula : null;
}

/** Every formula of the workbook that refers to sheet `stara`: to `nowa`, or `#REF!` when it was deleted. */
export function przepiszOdwolania(wb: ExcelJS.Workbook, stara: string, nowa: string | null): void {
  const w = wzorzec(stara);
  for (const ws of wb.worksheets)
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const f = formula(cell.value);
        if (!f || !w.test(f)) return;
        w.lastIndex = 0;
        const nowy =
          nowa === null ? f.replace(w, REF).replace(/#REF!\$?[A-Z]+\$?\d+/g, REF) : f.replace(w, `${cytat(nowa)}!`);
        cell.value = { formula: nowy } as ExcelJS.CellValue;
      }),
    );
}

/** The cell a one-reference formula (`Arkusz!H5`, `'Mój arkusz'!$H$5`) points at; `#REF!` for a broken one. */
export function celOdwolania(cell: ExcelJS.Cell): ExcelJS.Cell | typeof REF | null {
  const f = formula(cell.value);
  if (!f) return null;
  if (f.trim().startsWith(REF)) return REF;
  const m = /^\s*(?:'((?:[^']|'')+)'|([^'!\s]+))!\$?([A-Za-z]{1,3})\$?(\d+)\s*$/.exec(f);
  if (!m) return null;
  const nazwa = (m[1] ?? m[2]).replace(/''/g, "'").toLowerCase();
  const ws = cell.worksheet.workbook.worksheets.find((w) => w.name.toLowerCase() === nazwa);
  if (!ws) return REF;
  const cel = ws.getCell(`${m[3].toUpperCase()}${m[4]}`);
  return cel === cell ? null : cel;
}
