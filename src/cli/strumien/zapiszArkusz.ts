/**
 * An owned sheet (ZapisArkusza) as worksheet XML, produced in chunks while it is deflated, with the
 * same values, number formats, widths, panes, page setup, validations and merges as the ExcelJS
 * writer (src/cli/exceljs/zapisz.ts). Text is an inline string with format `@` (WB-3.3): never a
 * formula, exactly the string.
 */
import {
  type SekcjeStrony,
  type UkladWydruku,
  type ZapisArkusza,
  type ZapisKomorki,
  adres,
  jestLista,
  literaKolumny,
} from '../../core';
import { formulaListy } from '../listy';
import { elementTekstu, xmlAtrybut, xmlTekst } from './escape';
import type { RejestrStylow } from './style';
import { najwieksza, wysokosciWgWiersza } from '../../core';

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const KAWALEK = 1 << 16;
const A4 = 9;

/**
 * A plan with template features (formulas, input cells, number/date/length rules) is for the ExcelJS writer
 * (`szablon`); the merging writer refuses it rather than drop them.
 */
export const bezCechSzablonu = (arkusz: string): Error =>
  new Error(`write plan: sheet ${arkusz} has template features the streaming writer does not write`);

/** `ref` = the cell's A1 address */
function komorka(k: NonNullable<ZapisKomorki>, ref: string, style: RejestrStylow, arkusz: string): string {
  if (k.formula !== undefined) throw bezCechSzablonu(arkusz);
  const s = style.xf(k, typeof k.v === 'string');
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
      return `<c r="${ref}"${sa} t="inlineStr"><is>${elementTekstu(k.v)}</is></c>`;
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

/** WB-3.4 margins in inches (header and footer at half the top and bottom margins, as the ExcelJS writer). */
function marginesy(m: UkladWydruku['marginesy']): string {
  if (!m) return '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  return `<pageMargins left="${m.lewy}" right="${m.prawy}" top="${m.gorny}" bottom="${m.dolny}" header="${m.gorny / 2}" footer="${m.dolny / 2}"/>`;
}

/** `&L…&C…&R…` of one header or footer section set. */
function kodStrony(s: SekcjeStrony): string {
  return `${s.lewa ? `&L${s.lewa}` : ''}${s.srodek ? `&C${s.srodek}` : ''}${s.prawa ? `&R${s.prawa}` : ''}`;
}

function naglowekIStopka(w: UkladWydruku): string {
  if (!w.naglowek && !w.stopka) return '';
  const g = w.naglowek ? `<oddHeader>${xmlTekst(kodStrony(w.naglowek))}</oddHeader>` : '';
  const d = w.stopka ? `<oddFooter>${xmlTekst(kodStrony(w.stopka))}</oddFooter>` : '';
  return `<headerFooter>${g}${d}</headerFooter>`;
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
  // WB-3.4: explicit heights of rows with wrapped text
  const wysokosci = wysokosciWgWiersza(z);
  const n = najwieksza(z.wiersze.length, wysokosci.keys());
  const litery: string[] = []; // column letters, made once per sheet
  for (let r = 0; r < n; r++) {
    const wiersz = z.wiersze[r] ?? [];
    const ht = wysokosci.get(r + 1);
    if (!wiersz.some((k) => k) && ht === undefined) continue;
    const nr = String(r + 1);
    bufor += `<row r="${nr}"${ht === undefined ? '' : ` ht="${ht}" customHeight="1"`}>`;
    for (let c = 0; c < wiersz.length; c++) {
      const k = wiersz[c];
      if (k) bufor += komorka(k, (litery[c] ??= literaKolumny(c)) + nr, style, z.nazwa);
    }
    bufor += '</row>';
    if (bufor.length >= KAWALEK) {
      yield bufor;
      bufor = '';
    }
  }
  bufor += '</sheetData>';
  if (z.autofiltr) bufor += `<autoFilter ref="${xmlAtrybut(z.autofiltr)}"/>`;
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
  bufor += marginesy(z.wydruk?.marginesy);
  if (z.wydruk) {
    const skala = dopasuj
      ? ` fitToWidth="${z.wydruk.stronWszerz ?? 1}" fitToHeight="0"`
      : ` scale="${z.wydruk.skala ?? 100}"`;
    bufor += `<pageSetup paperSize="${A4}"${skala} orientation="${z.wydruk.orientacja === 'pozioma' ? 'landscape' : 'portrait'}"/>`;
    bufor += naglowekIStopka(z.wydruk);
  }
  bufor += '</worksheet>';
  yield bufor;
}

/**
 * `'Nazwa arkusza'!$A:$B,'Nazwa arkusza'!$1:$3` — the print titles of a sheet (a defined name
 * `_xlnm.Print_Titles`: repeated columns first, then rows, as Excel writes them).
 */
export function tytulyWydruku(z: ZapisArkusza): string | null {
  const arkusz = `'${z.nazwa.replace(/'/g, "''")}'!`;
  const k = z.wydruk?.powtarzaneKolumny;
  const w = z.wydruk?.powtarzaneWiersze;
  const czesci = [
    ...(k ? [`${arkusz}$${literaKolumny(k[0] - 1)}:$${literaKolumny(k[1] - 1)}`] : []),
    ...(w ? [`${arkusz}$${w[0]}:$${w[1]}`] : []),
  ];
  return czesci.length ? czesci.join(',') : null;
}

export { literaKolumny };
