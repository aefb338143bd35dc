/**
 * An owned sheet (ZapisArkusza) as worksheet XML, produced in chunks while it is deflated, with the
 * same values, number formats, widths, panes, page setup, validations and merges as the ExcelJS
 * writer (src/cli/exceljs/zapisz.ts). Text is an inline string with format `@` (WB-3.3): never a
 * formula, exactly the string.
 */
import { type ZapisArkusza, type ZapisKomorki, adres, jestLista, literaKolumny } from '../../core';
import { formulaListy } from '../exceljs/zapisz';
import { xmlAtrybut, xmlTekst } from './escape';
import type { RejestrStylow } from './style';

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const KAWALEK = 1 << 16;
const A4 = 9;

function komorka(k: NonNullable<ZapisKomorki>, r: number, c: number, style: RejestrStylow): string {
  const s = style.xf(k, typeof k.v === 'string');
  const ref = adres(r, c);
  const sa = s ? ` s="${s}"` : '';
  switch (typeof k.v) {
    case 'number':
      if (!Number.isFinite(k.v)) throw new Error(`not a finite number in the write plan: ${k.v}`);
      return `<c r="${ref}"${sa}><v>${String(k.v)}</v></c>`;
    case 'boolean':
      return `<c r="${ref}"${sa} t="b"><v>${k.v ? 1 : 0}</v></c>`;
    default:
      // an empty text is an empty cell in Excel (as the add-in writes it); only its format is kept
      if (k.v === '') return `<c r="${ref}"${sa}/>`;
      return `<c r="${ref}"${sa} t="inlineStr"><is><t xml:space="preserve">${xmlTekst(k.v)}</t></is></c>`;
  }
}

function kolumny(z: ZapisArkusza, style: RejestrStylow): string {
  const n = Math.max(z.szerokosciKolumn?.length ?? 0, z.formatyKolumn?.length ?? 0);
  let w = '';
  for (let i = 0; i < n; i++) {
    const szer = z.szerokosciKolumn?.[i];
    const fmt = z.formatyKolumn?.[i];
    const maSzer = typeof szer === 'number' && szer > 0;
    if (!maSzer && !fmt) continue;
    const s = fmt ? style.xf({ fmt }) : 0;
    // a column with a format only keeps Excel's default width (no `width`, as ExcelJS writes it)
    w += `<col min="${i + 1}" max="${i + 1}"${maSzer ? ` width="${szer}" customWidth="1"` : ''}${s ? ` style="${s}"` : ''}/>`;
  }
  return w ? `<cols>${w}</cols>` : '';
}

function widok(z: ZapisArkusza): string {
  const zam = z.zamrozenie;
  if (!zam || (zam.wiersze <= 0 && zam.kolumny <= 0)) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const x = Math.max(0, zam.kolumny);
  const y = Math.max(0, zam.wiersze);
  const aktywny = x && y ? 'bottomRight' : y ? 'bottomLeft' : 'topRight';
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${x ? ` xSplit="${x}"` : ''}${y ? ` ySplit="${y}"` : ''}` +
    ` topLeftCell="${adres(y, x)}" activePane="${aktywny}" state="frozen"/><selection pane="${aktywny}" activeCell="${adres(y, x)}" sqref="${adres(y, x)}"/></sheetView></sheetViews>`
  );
}

/** The worksheet XML of a planned sheet, in chunks of about 64 K characters. */
export function* xmlArkusza(z: ZapisArkusza, style: RejestrStylow): Generator<string> {
  const dopasuj = !!z.wydruk?.dopasujDoSzerokosci;
  let bufor =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>` +
    (dopasuj ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    widok(z) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    kolumny(z, style) +
    '<sheetData>';
  for (let r = 0; r < z.wiersze.length; r++) {
    const wiersz = z.wiersze[r];
    if (!wiersz || !wiersz.some((k) => k)) continue;
    bufor += `<row r="${r + 1}">`;
    for (let c = 0; c < wiersz.length; c++) {
      const k = wiersz[c];
      if (k) bufor += komorka(k, r, c, style);
    }
    bufor += '</row>';
    if (bufor.length >= KAWALEK) {
      yield bufor;
      bufor = '';
    }
  }
  bufor += '</sheetData>';
  if (z.scalenia?.length)
    bufor += `<mergeCells count="${z.scalenia.length}">${z.scalenia.map((s) => `<mergeCell ref="${xmlAtrybut(s)}"/>`).join('')}</mergeCells>`;
  if (z.walidacje?.length)
    bufor +=
      `<dataValidations count="${z.walidacje.length}">` +
      z.walidacje
        .filter(jestLista) // the only kind an operation writes (zastosuj.ts refuses the others)
        .map(
          (w) =>
            `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${xmlAtrybut(w.zakres)}"><formula1>${xmlTekst(formulaListy(w.lista))}</formula1></dataValidation>`,
        )
        .join('') +
      '</dataValidations>';
  bufor += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (z.wydruk)
    bufor += `<pageSetup paperSize="${A4}" orientation="${z.wydruk.orientacja === 'pozioma' ? 'landscape' : 'portrait'}"${dopasuj ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`;
  bufor += '</worksheet>';
  yield bufor;
}

/** `'Nazwa arkusza'!$1:$3` — the print titles of a sheet (a defined name `_xlnm.Print_Titles`). */
export function tytulyWydruku(z: ZapisArkusza): string | null {
  const p = z.wydruk?.powtarzaneWiersze;
  if (!p) return null;
  return `'${z.nazwa.replace(/'/g, "''")}'!$${p[0]}:$${p[1]}`;
}

export { literaKolumny };
