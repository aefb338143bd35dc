/** Range proxies: values, valueTypes, numberFormat, format, dataValidation, merge, copyFrom, cell properties. */
import type ExcelJS from 'exceljs';
import { BladFake } from './bledy';
import { Obiekt } from './obiekt';
import { adresProstokata, type Kontekst } from './kontekst';
import { argb, doKomorki, odczytaj, wypelnienie, zmienStyl } from './komorki';
import { FakeConditionalFormatCollection } from './formatyWarunkowe';

export interface Cel {
  ws: ExcelJS.Worksheet;
  r0: number;
  c0: number;
  nr: number;
  nc: number;
}

export function adresCelu(c: Cel): string {
  return adresProstokata(c.r0, c.c0, c.nr, c.nc);
}

/** 'B2:D4', 'B2', '3:5' (whole rows) or 'A:C' (whole columns) → target on `ws`. */
export function celZAdresu(ws: ExcelJS.Worksheet, a: string): Cel {
  const bez = a.includes('!') ? a.slice(a.lastIndexOf('!') + 1) : a;
  const czesci = bez.replace(/\$/g, '').toUpperCase().split(':');
  const punkt = (s: string, koniec: boolean) => {
    const m = /^([A-Z]*)(\d*)$/.exec(s);
    if (!m || (!m[1] && !m[2])) throw new BladFake('InvalidArgument', `Invalid address: ${a}`);
    const kol = m[1] ? [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : koniec ? 16383 : 0;
    const wiersz = m[2] ? Number(m[2]) - 1 : koniec ? 1048575 : 0;
    return { kol, wiersz };
  };
  const p = punkt(czesci[0], false);
  const q = punkt(czesci[1] ?? czesci[0], true);
  return { ws, r0: p.wiersz, c0: p.kol, nr: q.wiersz - p.wiersz + 1, nc: q.kol - p.kol + 1 };
}

/** Every existing cell of a target (missing cells are not created). */
function* komorki(c: Cel, tworz: boolean): Generator<{ cell: ExcelJS.Cell | undefined; r: number; k: number }> {
  for (let r = 0; r < c.nr; r++)
    for (let k = 0; k < c.nc; k++)
      yield {
        cell: tworz ? c.ws.getCell(c.r0 + r + 1, c.c0 + k + 1) : c.ws.findCell(c.r0 + r + 1, c.c0 + k + 1),
        r,
        k,
      };
}

/** The cells ExcelJS holds inside a target (fast on whole-sheet targets). */
function istniejace(c: Cel): ExcelJS.Cell[] {
  const out: ExcelJS.Cell[] = [];
  c.ws.eachRow({ includeEmpty: true }, (row, nr) => {
    if (nr - 1 < c.r0 || nr - 1 >= c.r0 + c.nr) return;
    row.eachCell({ includeEmpty: true }, (cell, nc) => {
      if (nc - 1 >= c.c0 && nc - 1 < c.c0 + c.nc) out.push(cell);
    });
  });
  return out;
}

const calaKolumna = (c: Cel) => c.r0 === 0 && c.nr === 1_048_576;
const calyWiersz = (c: Cel) => c.c0 === 0 && c.nc === 16_384;

function sieStykaja(c: Cel, a1: string): boolean {
  const d = celZAdresu(c.ws, a1);
  return d.r0 < c.r0 + c.nr && c.r0 < d.r0 + d.nr && d.c0 < c.c0 + c.nc && c.c0 < d.c0 + d.nc;
}

type Walidacje = { model: Record<string, Record<string, unknown>> };

function siatka<T>(c: Cel, f: (cell: ExcelJS.Cell | undefined) => T): T[][] {
  if (c.nr * c.nc > 5_000_000)
    throw new BladFake('ResponsePayloadSizeLimitExceeded', 'The response payload is too large.');
  const w: T[][] = Array.from({ length: c.nr }, () => new Array<T>(c.nc));
  for (const { cell, r, k } of komorki(c, false)) w[r][k] = f(cell);
  return w;
}

/** One number format for a whole range; whole columns keep it as the column's format (new cells take it). */
function jedenFormat(c: Cel, f: string): void {
  const numFmt = f === 'General' ? undefined : f;
  if (c.r0 === 0 && c.nr === 1_048_576) {
    // ExcelJS's column setter also reformats the cells already in the column, as Excel does
    for (let k = 0; k < c.nc; k++) c.ws.getColumn(c.c0 + k + 1).numFmt = numFmt as string;
    return;
  }
  for (const { cell } of komorki(c, true)) zmienStyl(cell!, { numFmt });
}

export class FakeRange extends Obiekt {
  private cel: Cel | null | undefined;
  readonly format: FakeRangeFormat;
  readonly dataValidation: {
    rule: Excel.DataValidationRule;
    prompt: Excel.DataValidationPrompt;
    errorAlert: Excel.DataValidationErrorAlert;
    clear(): void;
  };

  /** `szukaj` returns null only for …OrNullObject ranges (then `isNullObject` is true after a load) */
  constructor(
    ctx: Kontekst,
    private readonly szukaj: () => Cel | null,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(this);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the get/set accessor objects below need the instance; arrows cannot be accessors
    const zakres = this;
    /** WB-2.0: list, whole, decimal, date and text-length rules, with prompt and error alert (ExcelJS model) */
    const zmien = (dane: object, f: (dv: Record<string, unknown>) => void) =>
      zakres.ctx.zapis(dane, () => {
        const c = zakres.wymagany(true);
        const dvs = (c.ws as unknown as { dataValidations: { model: Record<string, Record<string, unknown>> } })
          .dataValidations;
        const adres = adresCelu(c);
        const dv = { ...(dvs.model[adres] ?? {}) };
        f(dv);
        dvs.model[adres] = dv;
      });
    const OPERATORY: Record<string, string> = {
      Between: 'between',
      GreaterThanOrEqualTo: 'greaterThanOrEqual',
      LessThanOrEqualTo: 'lessThanOrEqual',
    };
    this.dataValidation = {
      set rule(r: Excel.DataValidationRule) {
        zmien({ rule: r }, (dv) => {
          Object.assign(dv, { allowBlank: true, showErrorMessage: true });
          if (r.list) Object.assign(dv, { type: 'list', formulae: [`"${String(r.list.source)}"`] });
          else {
            const rodzaje = { wholeNumber: 'whole', decimal: 'decimal', date: 'date', textLength: 'textLength' };
            const klucz = (Object.keys(rodzaje) as Array<keyof typeof rodzaje>).find((k) => r[k]);
            if (!klucz) throw new BladFake('InvalidArgument', 'Unsupported validation rule on the fake host.');
            const b = r[klucz] as Excel.BasicDataValidation;
            const operator = OPERATORY[String(b.operator)];
            if (!operator) throw new BladFake('InvalidArgument', `Unsupported operator ${String(b.operator)}.`);
            const f = [b.formula1, b.formula2].filter((x) => x !== undefined).map(String);
            if (f.length !== (operator === 'between' ? 2 : 1))
              throw new BladFake('InvalidArgument', 'Wrong number of formulas for the validation operator.');
            Object.assign(dv, { type: rodzaje[klucz], operator, formulae: f });
          }
        });
      },
      get rule(): Excel.DataValidationRule {
        throw new BladFake('NotImplemented', 'Reading validation rules is outside the fake host subset.');
      },
      set prompt(p: Excel.DataValidationPrompt) {
        zmien({ prompt: p }, (dv) =>
          Object.assign(dv, { showInputMessage: p.showPrompt, promptTitle: p.title, prompt: p.message }),
        );
      },
      get prompt(): Excel.DataValidationPrompt {
        throw new BladFake('NotImplemented', 'Reading validation prompts is outside the fake host subset.');
      },
      set errorAlert(e: Excel.DataValidationErrorAlert) {
        zmien({ errorAlert: e }, (dv) =>
          Object.assign(dv, {
            showErrorMessage: e.showAlert,
            errorStyle: String(e.style).toLowerCase(),
            errorTitle: e.title,
            error: e.message,
          }),
        );
      },
      get errorAlert(): Excel.DataValidationErrorAlert {
        throw new BladFake('NotImplemented', 'Reading validation alerts is outside the fake host subset.');
      },
      /** ExcelApi 1.8: every rule touching the range goes (Excel trims a rule partly outside; the fake drops it) */
      clear() {
        zakres.ctx.zapis({ clearValidation: true }, () => {
          const c = zakres.wymagany(true);
          const dvs = (c.ws as unknown as { dataValidations: Walidacje }).dataValidations;
          for (const a of Object.keys(dvs.model)) if (a.split(' ').some((x) => sieStykaja(c, x))) delete dvs.model[a];
        });
      },
    };
  }

  /** resolves the target (once); throws ItemNotFound unless this is an …OrNullObject */
  rozwiaz(): Cel | null {
    if (this.cel === undefined) this.cel = this.szukaj();
    return this.cel;
  }

  wymagany(zapis = false): Cel {
    const c = this.rozwiaz();
    if (!c) throw new BladFake('ItemNotFound', 'The requested resource does not exist.');
    if (zapis && this.ctx.host.chronione.has(c.ws.name))
      throw new BladFake(
        'AccessDenied',
        `The cell or chart you're trying to change is on a protected sheet (${c.ws.name}).`,
      );
    return c;
  }

  protected pobierz(p: string): unknown {
    const c = this.rozwiaz();
    this.zaladowane.set('isNullObject', c === null);
    if (!c) return undefined;
    const s1904 = !!this.ctx.host.wb.properties.date1904;
    switch (p) {
      case 'address':
        return `'${c.ws.name}'!${adresCelu(c)}`;
      case 'rowIndex':
        return c.r0;
      case 'columnIndex':
        return c.c0;
      case 'rowCount':
        return c.nr;
      case 'columnCount':
        return c.nc;
      case 'values':
        return siatka(c, (x) => (x ? odczytaj(x, s1904).wartosc : ''));
      case 'valueTypes':
        return siatka(c, (x) => (x ? odczytaj(x, s1904).typ : 'Empty'));
      case 'numberFormat':
        return siatka(c, (x) => (x ? odczytaj(x, s1904).format : 'General'));
      default:
        throw new BladFake('NotImplemented', `Range.${p} is outside the fake host subset.`);
    }
  }

  get isNullObject(): boolean {
    return this.wez('isNullObject');
  }
  get address(): string {
    return this.wez('address');
  }
  get rowIndex(): number {
    return this.wez('rowIndex');
  }
  get columnIndex(): number {
    return this.wez('columnIndex');
  }
  get rowCount(): number {
    return this.wez('rowCount');
  }
  get columnCount(): number {
    return this.wez('columnCount');
  }
  get values(): unknown[][] {
    return this.wez('values');
  }
  set values(v: unknown[][]) {
    this.ctx.zapis({ values: v }, () => {
      const c = this.wymagany(true);
      this.wymiary(c, v);
      for (const { cell, r, k } of komorki(c, true)) cell!.value = doKomorki(v[r][k], cell!.numFmt);
      this.ctx.zmiana(c);
    });
  }
  get valueTypes(): string[][] {
    return this.wez('valueTypes');
  }
  get numberFormat(): string[][] {
    return this.wez('numberFormat');
  }
  /** a 2-D array of the range's size, or one code for every cell (whole columns: the column's own format) */
  set numberFormat(v: string[][] | string) {
    this.ctx.zapis({ numberFormat: v }, () => {
      const c = this.wymagany(true);
      if (typeof v === 'string') return jedenFormat(c, v);
      this.wymiary(c, v);
      for (const { cell, r, k } of komorki(c, true))
        zmienStyl(cell!, { numFmt: v[r][k] === 'General' ? undefined : v[r][k] });
    });
  }

  private wymiary(c: Cel, v: unknown[][]): void {
    if (!Array.isArray(v) || v.length !== c.nr || v.some((w) => !Array.isArray(w) || w.length !== c.nc))
      throw new BladFake(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${adresCelu(c)}).`,
      );
  }

  /** for style setters of `format` */
  kazdaKomorka(dane: unknown, f: (cell: ExcelJS.Cell, c: Cel) => void): void {
    this.ctx.zapis(dane, () => {
      const c = this.wymagany(true);
      for (const { cell } of komorki(c, true)) f(cell!, c);
    });
  }

  /** 'All' | 'Contents' | 'Formats': contents, formats (merges too, as Excel's Clear Formats unmerges); whole columns also lose their column format */
  clear(co: string = 'All'): void {
    this.ctx.zapis({ clear: co }, () => {
      const c = this.wymagany(true);
      if (!['All', 'Contents', 'Formats'].includes(co))
        throw new BladFake('NotImplemented', `clear(${co}) is outside the fake host subset.`);
      const tresc = co !== 'Formats';
      const formaty = co !== 'Contents';
      if (formaty)
        for (const m of Object.keys((c.ws as unknown as { _merges: Record<string, unknown> })._merges))
          if (sieStykaja(c, m)) c.ws.unMergeCells(m);
      for (const cell of istniejace(c)) {
        if (tresc) cell.value = null;
        if (formaty) cell.style = {};
      }
      if (formaty && calaKolumna(c))
        for (let k = c.c0; k < Math.min(c.c0 + c.nc, c.ws.columnCount); k++) c.ws.getColumn(k + 1).style = {};
    });
  }

  merge(across = false): void {
    this.ctx.zapis({ merge: across }, () => {
      const c = this.wymagany(true);
      c.ws.mergeCells(c.r0 + 1, c.c0 + 1, c.r0 + c.nr, c.c0 + c.nc);
    });
  }

  select(): void {
    this.ctx.odczyt(() => {
      const c = this.wymagany();
      this.ctx.host.zaznaczenie = `${c.ws.name}!${adresCelu(c)}`;
    });
  }

  /**
   * 'Formats' or 'All' (values and formulas as stored, number formats, fonts, fills, wrap — the cells'
   * own styles); the source is one cell or a range of the same size. With 'All', a formula moves to another
   * place only unchanged (no relative-reference shifting: same position on another sheet, or NotImplemented).
   */
  copyFrom(zrodlo: FakeRange | string, typ: string = 'All'): void {
    this.ctx.zapis({ copyFrom: typeof zrodlo === 'string' ? zrodlo : 'range', typ }, () => {
      if (typ !== 'Formats' && typ !== 'All')
        throw new BladFake('NotImplemented', 'Only copyFrom(…, "Formats" | "All") is in the fake host subset.');
      const c = this.wymagany(true);
      const z = typeof zrodlo === 'string' ? celZAdresu(this.ctx.arkuszZAdresu(zrodlo), zrodlo) : zrodlo.wymagany();
      if (typ === 'All' && (z.nr !== c.nr || z.nc !== c.nc))
        throw new BladFake('NotImplemented', 'copyFrom(…, "All") needs a source of the same size on the fake host.');
      for (const { cell, r, k } of komorki(c, true)) {
        const src = z.ws.getCell(z.r0 + (z.nr === 1 ? 0 : r) + 1, z.c0 + (z.nc === 1 ? 0 : k) + 1);
        cell!.style = JSON.parse(JSON.stringify(src.style ?? {}));
        if (typ !== 'All') continue;
        if (src.formula && (z.r0 !== c.r0 || z.c0 !== c.c0))
          throw new BladFake('NotImplemented', 'Moving formulas to another position is outside the fake host subset.');
        cell!.value = src.formula ? ({ formula: src.formula } as ExcelJS.CellValue) : src.value;
      }
      if (typ === 'All') this.ctx.zmiana(c);
    });
  }

  /** only `format.fill.color` / `format.fill.pattern` */
  getCellProperties(_opcje: Excel.CellPropertiesLoadOptions): { value: Excel.CellProperties[][] } {
    const wynik: { wartosc?: Excel.CellProperties[][] } = {};
    this.ctx.odczyt(() => {
      const c = this.wymagany();
      wynik.wartosc = siatka(
        c,
        (x) =>
          ({ format: { fill: x ? wypelnienie(x) : { color: '#FFFFFF', pattern: 'None' } } }) as Excel.CellProperties,
      );
    });
    return {
      get value() {
        if (!wynik.wartosc)
          throw new BladFake('ValueNotLoaded', 'The value of the result object has not been loaded yet.');
        return wynik.wartosc;
      },
    };
  }

  /** the bounding box of the cells holding values inside this range (only `valuesOnly` is modelled) */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    if (!valuesOnly) throw new BladFake('NotImplemented', 'Range.getUsedRange counts values only on the fake host.');
    return new FakeRange(this.ctx, () => zWartosciami(this.wymagany()));
  }

  getUsedRange(valuesOnly = false): FakeRange {
    const r = this.getUsedRangeOrNullObject(valuesOnly);
    return new FakeRange(this.ctx, () => {
      const c = r.rozwiaz();
      if (!c) throw new BladFake('ItemNotFound', 'The range has no used cells.');
      return c;
    });
  }

  /** ExcelApi 1.6: the conditional formats that intersect this range */
  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.ctx, () => [this.wymagany()]);
  }

  getIntersection(inny: FakeRange): FakeRange {
    return new FakeRange(this.ctx, () => {
      const w = przeciecie(this.wymagany(), inny.wymagany());
      if (!w) throw new BladFake('ItemNotFound', 'The ranges do not intersect.');
      return w;
    });
  }
}

function zWartosciami(c: Cel): Cel | null {
  let [r0, c0, r1, c1] = [Infinity, Infinity, -1, -1];
  for (const cell of istniejace(c)) {
    if (cell.value === null || cell.value === undefined || cell.value === '') continue;
    const [r, k] = [Number(cell.row) - 1, Number(cell.col) - 1];
    [r0, c0, r1, c1] = [Math.min(r0, r), Math.min(c0, k), Math.max(r1, r), Math.max(c1, k)];
  }
  return r1 < 0 ? null : { ws: c.ws, r0, c0, nr: r1 - r0 + 1, nc: c1 - c0 + 1 };
}

function przeciecie(a: Cel, b: Cel): Cel | null {
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r0 + a.nr, b.r0 + b.nr);
  const c1 = Math.min(a.c0 + a.nc, b.c0 + b.nc);
  return r1 > r0 && c1 > c0 && a.ws === b.ws ? { ws: a.ws, r0, c0, nr: r1 - r0, nc: c1 - c0 } : null;
}

/** `format.fill`, `format.font`, `format.wrapText`, `format.columnWidth`, `format.rowHeight` — setters only. */
export class FakeRangeFormat {
  readonly fill: { color: string; pattern: string; clear(): void };
  readonly font: { bold: boolean; color: string };

  constructor(private readonly z: FakeRange) {
    this.fill = {
      set color(v: string) {
        z.kazdaKomorka({ fill: v }, (cell) =>
          zmienStyl(cell, { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(v) } } }),
        );
      },
      get color(): string {
        throw new BladFake('NotImplemented', 'Use getCellProperties to read fills on the fake host.');
      },
      set pattern(v: string) {
        z.kazdaKomorka({ pattern: v }, () => {
          if (v !== 'Solid') throw new BladFake('NotImplemented', 'Only solid fills are modelled by the fake host.');
        });
      },
      get pattern(): string {
        throw new BladFake('NotImplemented', 'Use getCellProperties to read fills on the fake host.');
      },
      clear() {
        z.kazdaKomorka({ clear: 'fill' }, (cell) => zmienStyl(cell, { fill: undefined }));
      },
    };
    this.font = {
      set bold(v: boolean) {
        z.kazdaKomorka({ bold: v }, (cell) => zmienStyl(cell, { font: { ...cell.font, bold: v } }));
      },
      get bold(): boolean {
        throw new BladFake('NotImplemented', 'Reading fonts is outside the fake host subset.');
      },
      set color(v: string) {
        z.kazdaKomorka({ color: v }, (cell) => zmienStyl(cell, { font: { ...cell.font, color: { argb: argb(v) } } }));
      },
      get color(): string {
        throw new BladFake('NotImplemented', 'Reading fonts is outside the fake host subset.');
      },
    };
  }

  set wrapText(v: boolean) {
    this.z.kazdaKomorka({ wrapText: v }, (cell) => zmienStyl(cell, { alignment: { ...cell.alignment, wrapText: v } }));
  }

  /** points → Excel character units (Calibri 11: 7 px per digit + 5 px; 1 px = 0.75 pt) */
  set columnWidth(pt: number) {
    this.z.context.zapis({ columnWidth: pt }, () => {
      const c = this.z.wymagany(true);
      for (let k = 0; k < c.nc; k++) c.ws.getColumn(c.c0 + k + 1).width = Math.round(((pt / 0.75 - 5) / 7) * 100) / 100;
    });
  }

  /** whole columns back to the standard width (only a whole-column range is modelled) */
  set useStandardWidth(v: boolean) {
    this.z.context.zapis({ useStandardWidth: v }, () => {
      const c = this.z.wymagany(true);
      if (!v) return;
      if (!calaKolumna(c)) throw new BladFake('NotImplemented', 'useStandardWidth on part of a column.');
      for (let k = c.c0; k < Math.min(c.c0 + c.nc, c.ws.columnCount); k++) c.ws.getColumn(k + 1).width = undefined;
    });
  }

  /** whole rows back to the standard height (only a whole-row range is modelled) */
  set useStandardHeight(v: boolean) {
    this.z.context.zapis({ useStandardHeight: v }, () => {
      const c = this.z.wymagany(true);
      if (!v) return;
      if (!calyWiersz(c)) throw new BladFake('NotImplemented', 'useStandardHeight on part of a row.');
      c.ws.eachRow({ includeEmpty: true }, (row, nr) => {
        if (nr - 1 >= c.r0 && nr - 1 < c.r0 + c.nr) row.height = undefined as unknown as number;
      });
    });
  }

  /** points, as in the xlsx file */
  set rowHeight(pt: number) {
    this.z.context.zapis({ rowHeight: pt }, () => {
      const c = this.z.wymagany(true);
      for (let k = 0; k < c.nr; k++) c.ws.getRow(c.r0 + k + 1).height = pt;
    });
  }
}
