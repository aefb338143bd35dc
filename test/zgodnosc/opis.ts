/**
 * What a written workbook shows, as plain data to compare between appliers: sheet order and visibility,
 * every cell that has a value or a look (value, number format, bold, font colour, fill, wrapping and
 * alignment), column widths and column formats, freeze panes, merged ranges, data validations and the
 * page setup. Read back from the bytes with the CLI's reader (format codes kept exactly, validations as
 * stored ranges). Native charts are not in the file model (ExcelJS has none): the fake host records them.
 */
import type ExcelJS from 'exceljs';
import { wczytajExcelJS } from '../../src/cli/exceljs/plik';

export interface OpisArkusza {
  nazwa: string;
  stan: string;
  komorki: Record<string, string>;
  kolumny: Record<number, string>;
  zamrozenie: string | null;
  scalenia: string[];
  walidacje: Record<string, string>;
  wydruk: string;
}

export interface OpisZeszytu {
  arkusze: string[];
  opisy: OpisArkusza[];
}

type Wewnetrzny = ExcelJS.Worksheet & {
  dataValidations: { model: Record<string, { type?: string; formulae?: unknown[]; allowBlank?: boolean }> };
};

function wartosc(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined || v === '') return '';
  if (v instanceof Date) return `data:${v.toISOString()}`;
  return `${typeof v}:${JSON.stringify(v)}`;
}

function wyglad(c: ExcelJS.Cell): string {
  const czesci: string[] = [];
  if (c.numFmt && c.numFmt !== 'General') czesci.push(`fmt=${c.numFmt}`);
  if (c.font?.bold) czesci.push('pogrubienie');
  if (c.font?.color?.argb) czesci.push(`kolor=${c.font.color.argb}`);
  const f = c.fill as ExcelJS.FillPattern | undefined;
  if (f?.type === 'pattern' && f.pattern !== 'none') czesci.push(`tlo=${f.pattern}:${f.fgColor?.argb ?? '?'}`);
  if (c.alignment?.wrapText) czesci.push('zawijaj');
  if (c.alignment?.vertical) czesci.push(`pion=${c.alignment.vertical}`);
  if (c.alignment?.horizontal) czesci.push(`poziom=${c.alignment.horizontal}`);
  return czesci.join(' ');
}

function komorkiZakresu(zakres: string): string[] {
  const wynik: string[] = [];
  for (const czesc of zakres.split(/\s+/)) {
    const [a, b = a] = czesc.split(':');
    const [ka, wa] = [a.replace(/\d+/, ''), Number(a.replace(/\D+/, ''))];
    const [kb, wb] = [b.replace(/\d+/, ''), Number(b.replace(/\D+/, ''))];
    if (ka !== kb) wynik.push(czesc);
    else for (let w = wa; w <= wb; w++) wynik.push(`${ka}${w}`);
  }
  return wynik;
}

function opiszArkusz(ws: ExcelJS.Worksheet): OpisArkusza {
  const komorki: Record<string, string> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      if (c.isMerged && c.master !== c) return; // a merged range shows its top-left cell only
      const [v, w] = [wartosc(c.value), wyglad(c)];
      if (v || w) komorki[c.address] = `${v} | ${w}`;
    }),
  );
  const kolumny: Record<number, string> = {};
  for (let i = 1; i <= ws.columnCount; i++) {
    const k = ws.getColumn(i);
    const opis = [
      // ExcelJS reads a `<col>` without a width (a column format only) as its default 9: not a width of ours
      (k as ExcelJS.Column & { isCustomWidth: boolean }).isCustomWidth ? `szerokość=${k.width}` : '',
      k.numFmt && k.numFmt !== 'General' ? `fmt=${k.numFmt}` : '',
    ].filter(Boolean);
    if (opis.length) kolumny[i] = opis.join(' ');
  }
  const v = ws.views?.[0] as (ExcelJS.WorksheetView & { xSplit?: number; ySplit?: number }) | undefined;
  const zamrozenie = v?.state === 'frozen' ? `kolumny ${v.xSplit ?? 0}, wiersze ${v.ySplit ?? 0}` : null;
  const walidacje: Record<string, string> = {};
  for (const [zakres, w] of Object.entries((ws as Wewnetrzny).dataValidations?.model ?? {}))
    // per cell: `B14:B16` (ExcelJS) and `B14 B15 B16` (the streaming writer) are the same validation
    for (const adres of komorkiZakresu(zakres))
      walidacje[adres] = `${w.type} ${JSON.stringify(w.formulae ?? [])}${w.allowBlank ? ' puste dozwolone' : ''}`;
  const p = ws.pageSetup;
  const wydruk = [
    p.paperSize ? `papier=${p.paperSize}` : '',
    // portrait is the OOXML default: ExcelJS writes it always, the streaming writer only when asked
    p.orientation && p.orientation !== 'portrait' ? `orientacja=${p.orientation}` : '',
    p.fitToPage ? `dopasuj=${p.fitToWidth}×${p.fitToHeight}` : '',
    p.printTitlesRow ? `tytuły=${p.printTitlesRow}` : '',
    p.printTitlesColumn ? `tytuły kolumn=${p.printTitlesColumn}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    nazwa: ws.name,
    stan: ws.state ?? 'visible',
    komorki,
    kolumny,
    zamrozenie,
    scalenia: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
    walidacje,
    wydruk,
  };
}

export async function opiszZeszyt(bajty: Buffer): Promise<OpisZeszytu> {
  const wb = await wczytajExcelJS(bajty, 'wynik.xlsx');
  return {
    arkusze: wb.worksheets.map((w) => `${w.name}${w.state && w.state !== 'visible' ? ` (${w.state})` : ''}`),
    opisy: wb.worksheets.map(opiszArkusz),
  };
}
