/** Worksheets, the worksheet collection, notes (ExcelApi 1.18), freeze panes and page layout. */
import type ExcelJS from 'exceljs';
import { BladFake } from './bledy';
import { adres as adresA1 } from '../../src/core/komorki/adres';
import { Obiekt, listaWlasciwosci } from './obiekt';
import { idArkusza, type Kontekst, type Obsluga } from './kontekst';
import { celZAdresu, FakeRange, type Cel } from './zakres';
import { FakeChartCollection } from './wykresy';
import { przepiszOdwolania } from './odwolania';
import { obszaryZAdresu, type FakeRangeAreas } from './formatyWarunkowe';

const WIDOCZNOSC: Record<string, ExcelJS.WorksheetState> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};
const Z_EXCELJS: Record<string, string> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };

type SekcjaStrony = 'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter';
const SEKCJE: Record<SekcjaStrony, [string, string]> = {
  leftHeader: ['oddHeader', '&L'],
  centerHeader: ['oddHeader', '&C'],
  rightHeader: ['oddHeader', '&R'],
  leftFooter: ['oddFooter', '&L'],
  centerFooter: ['oddFooter', '&C'],
  rightFooter: ['oddFooter', '&R'],
};

/** Replaces one section (`&L`/`&C`/`&R`) of an xlsx header/footer string, keeping the others. */
function zSekcja(stary: string | undefined, znacznik: string, tekst: string): string {
  const czesci: Record<string, string> = { '&L': '', '&C': '', '&R': '' };
  for (const m of (stary ?? '').matchAll(/&([LCR])((?:[^&]|&[^LCR])*)/g)) czesci[`&${m[1]}`] = m[2];
  czesci[znacznik] = tekst;
  return Object.entries(czesci)
    .filter(([, v]) => v)
    .map(([k, v]) => k + v)
    .join('');
}

/** `pageLayout.*Margin` (points) → the xlsx margins (inches). */
function margines(ws: ExcelJS.Worksheet, klucz: 'left' | 'right' | 'top' | 'bottom', pt: number): void {
  const m = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3, ...ws.pageSetup.margins };
  m[klucz] = pt / 72;
  ws.pageSetup.margins = m;
}

function posortowane(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return wb.worksheets;
}

function wersjaCo(ctx: Kontekst, wymagana: string, co: string): void {
  const [a, b] = ctx.host.wersja.split('.').map(Number);
  const [x, y] = wymagana.split('.').map(Number);
  if (a < x || (a === x && b < y))
    throw new BladFake('ApiNotFound', `${co} needs ExcelApi ${wymagana}; this host supports ${ctx.host.wersja}.`);
}

function znajdz(wb: ExcelJS.Workbook, klucz: string): ExcelJS.Worksheet | null {
  return posortowane(wb).find((w) => idArkusza(w) === klucz || w.name.toLowerCase() === klucz.toLowerCase()) ?? null;
}

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end, not „History”. */
function sprawdzNazwe(nazwa: string): void {
  if (
    typeof nazwa !== 'string' ||
    nazwa.length === 0 ||
    nazwa.length > 31 ||
    /[:\\/?*[\]]/.test(nazwa) ||
    nazwa.startsWith("'") ||
    nazwa.endsWith("'") ||
    nazwa.toLowerCase() === 'history'
  )
    throw new BladFake('InvalidArgument', `Invalid sheet name ${nazwa}.`);
}

function widoczne(wb: ExcelJS.Workbook): number {
  return posortowane(wb).filter((w) => w.state === 'visible' || w.state === undefined).length;
}

export class FakeWorksheet extends Obiekt {
  private ws: ExcelJS.Worksheet | null | undefined;
  readonly freezePanes: {
    freezeRows(n: number): void;
    freezeColumns(n: number): void;
    freezeAt(r: FakeRange | string): void;
    unfreeze(): void;
  };
  readonly pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: Excel.PageLayoutZoomOptions;
    leftMargin: number;
    rightMargin: number;
    topMargin: number;
    bottomMargin: number;
    headersFooters: { defaultForAllPages: Record<SekcjaStrony, string> };
    setPrintTitleRows(r: string): void;
    setPrintTitleColumns(r: string): void;
  };
  readonly autoFilter: { apply(r: FakeRange | string): void; remove(): void };

  constructor(
    ctx: Kontekst,
    private readonly szukaj: () => ExcelJS.Worksheet | null,
    private readonly mozeBycNull = false,
  ) {
    super(ctx);
    const zapis = (dane: unknown, f: (ws: ExcelJS.Worksheet) => void) => ctx.zapis(dane, () => f(this.arkusz()));
    const zamroz = (ws: ExcelJS.Worksheet, wiersze: number, kolumny: number) => {
      ws.views = [{ state: 'frozen', xSplit: kolumny, ySplit: wiersze }];
    };
    this.freezePanes = {
      freezeRows: (n) => zapis({ freezeRows: n }, (ws) => zamroz(ws, n, 0)),
      freezeColumns: (n) => zapis({ freezeColumns: n }, (ws) => zamroz(ws, 0, n)),
      freezeAt: (r) =>
        zapis({ freezeAt: typeof r === 'string' ? r : 'range' }, (ws) => {
          const c: Cel = typeof r === 'string' ? celZAdresu(ws, r) : r.wymagany();
          zamroz(ws, c.r0 + c.nr, c.c0 + c.nc);
        }),
      unfreeze: () => zapis({ unfreeze: true }, (ws) => (ws.views = [])),
    };
    this.pageLayout = {
      set orientation(v: string) {
        zapis({ orientation: v }, (ws) => (ws.pageSetup.orientation = v === 'Landscape' ? 'landscape' : 'portrait'));
      },
      get orientation(): string {
        throw new BladFake('NotImplemented', 'Reading page layout is outside the fake host subset.');
      },
      set paperSize(v: string) {
        zapis({ paperSize: v }, (ws) => {
          if (v !== 'A4') throw new BladFake('NotImplemented', 'Only A4 is modelled.');
          ws.pageSetup.paperSize = 9;
        });
      },
      get paperSize(): string {
        throw new BladFake('NotImplemented', 'Reading page layout is outside the fake host subset.');
      },
      set zoom(z: Excel.PageLayoutZoomOptions) {
        zapis({ zoom: z }, (ws) =>
          Object.assign(
            ws.pageSetup,
            z.scale !== undefined
              ? { fitToPage: false, scale: z.scale }
              : { fitToPage: true, fitToWidth: z.horizontalFitToPages ?? 0, fitToHeight: z.verticalFitToPages ?? 0 },
          ),
        );
      },
      set leftMargin(pt: number) {
        zapis({ leftMargin: pt }, (ws) => margines(ws, 'left', pt));
      },
      set rightMargin(pt: number) {
        zapis({ rightMargin: pt }, (ws) => margines(ws, 'right', pt));
      },
      set topMargin(pt: number) {
        zapis({ topMargin: pt }, (ws) => margines(ws, 'top', pt));
      },
      set bottomMargin(pt: number) {
        zapis({ bottomMargin: pt }, (ws) => margines(ws, 'bottom', pt));
      },
      get leftMargin(): number {
        throw new BladFake('NotImplemented', 'Reading page layout is outside the fake host subset.');
      },
      get rightMargin(): number {
        throw new BladFake('NotImplemented', 'Reading page layout is outside the fake host subset.');
      },
      get topMargin(): number {
        throw new BladFake('NotImplemented', 'Reading page layout is outside the fake host subset.');
      },
      get bottomMargin(): number {
        throw new BladFake('NotImplemented', 'Reading page layout is outside the fake host subset.');
      },
      headersFooters: {
        defaultForAllPages: Object.fromEntries((Object.keys(SEKCJE) as SekcjaStrony[]).map((k) => [k, ''])) as Record<
          SekcjaStrony,
          string
        >,
      },
      get zoom(): Excel.PageLayoutZoomOptions {
        throw new BladFake('NotImplemented', 'Reading page layout is outside the fake host subset.');
      },
      setPrintTitleRows: (r) =>
        zapis({ printTitleRows: r }, (ws) => (ws.pageSetup.printTitlesRow = r.replace(/\$/g, ''))),
      setPrintTitleColumns: (r) =>
        zapis({ printTitleColumns: r }, (ws) => (ws.pageSetup.printTitlesColumn = r.replace(/\$/g, ''))),
    };
    // ExcelApi 1.9 `headersFooters.defaultForAllPages.<section>` = one section of the xlsx odd header/footer
    const sekcje = this.pageLayout.headersFooters.defaultForAllPages;
    for (const k of Object.keys(SEKCJE) as SekcjaStrony[])
      Object.defineProperty(sekcje, k, {
        set: (v: string) =>
          zapis({ [k]: v }, (ws) => {
            wersjaCo(ctx, '1.9', 'headersFooters');
            const [pole, znacznik] = SEKCJE[k];
            const hf = ws.headerFooter as Record<string, string | undefined>;
            hf[pole] = zSekcja(hf[pole], znacznik, v);
          }),
        get: () => {
          throw new BladFake('NotImplemented', 'Reading page layout is outside the fake host subset.');
        },
      });
    // ExcelApi 1.9 `worksheet.autoFilter.apply(range)` (criteria are outside the subset)
    this.autoFilter = {
      apply: (r) =>
        zapis({ autoFilter: typeof r === 'string' ? r : 'range' }, (ws) => {
          wersjaCo(ctx, '1.9', 'autoFilter');
          const c: Cel = typeof r === 'string' ? celZAdresu(ws, r) : r.wymagany();
          ws.autoFilter = `${adresA1(c.r0, c.c0)}:${adresA1(c.r0 + c.nr - 1, c.c0 + c.nc - 1)}`;
        }),
      remove: () =>
        zapis({ autoFilter: null }, (ws) => {
          wersjaCo(ctx, '1.9', 'autoFilter');
          ws.autoFilter = undefined as unknown as string;
        }),
    };
  }

  /** set by `worksheets.add` when its operation runs */
  ustaw(ws: ExcelJS.Worksheet): void {
    this.ws = ws;
  }

  arkusz(): ExcelJS.Worksheet {
    if (this.ws === undefined) this.ws = this.szukaj();
    if (!this.ws) throw new BladFake('ItemNotFound', 'The requested worksheet does not exist.');
    if (this.ctx.host.wb.getWorksheet(this.ws.id) !== this.ws)
      throw new BladFake('InvalidObjectPath', 'The worksheet has been deleted.');
    return this.ws;
  }

  protected pobierz(p: string): unknown {
    if (this.mozeBycNull) {
      if (this.ws === undefined) this.ws = this.szukaj();
      this.zaladowane.set('isNullObject', this.ws === null);
      if (this.ws === null) return undefined;
    }
    const ws = this.arkusz();
    switch (p) {
      case 'name':
        return ws.name;
      case 'id':
        return idArkusza(ws);
      case 'visibility':
        return Z_EXCELJS[ws.state ?? 'visible'];
      case 'position':
        return posortowane(this.ctx.host.wb).indexOf(ws);
      default:
        throw new BladFake('NotImplemented', `Worksheet.${p} is outside the fake host subset.`);
    }
  }

  get isNullObject(): boolean {
    return this.wez('isNullObject');
  }
  get name(): string {
    return this.wez('name');
  }
  set name(v: string) {
    this.ctx.zapis({ name: v }, () => {
      const ws = this.arkusz();
      sprawdzNazwe(v);
      const inny = znajdz(this.ctx.host.wb, v);
      if (inny && inny !== ws) throw new BladFake('ItemAlreadyExists', `A worksheet named ${v} already exists.`);
      const stara = ws.name;
      ws.name = v;
      if (stara !== v) przepiszOdwolania(this.ctx.host.wb, stara, v);
    });
  }
  get id(): string {
    return this.wez('id');
  }
  get visibility(): string {
    return this.wez('visibility');
  }
  set visibility(v: string) {
    this.ctx.zapis({ visibility: v }, () => {
      const ws = this.arkusz();
      const stan = WIDOCZNOSC[v];
      if (stan !== 'visible' && ws.state === 'visible' && widoczne(this.ctx.host.wb) === 1)
        throw new BladFake('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      ws.state = stan;
    });
  }
  get position(): number {
    return this.wez('position');
  }
  set position(p: number) {
    this.ctx.zapis({ position: p }, () => {
      const ws = this.arkusz();
      const lista = posortowane(this.ctx.host.wb).filter((w) => w !== ws);
      lista.splice(Math.min(p, lista.length), 0, ws);
      lista.forEach((w, i) => ((w as unknown as { orderNo: number }).orderNo = i + 1));
    });
  }

  delete(): void {
    this.ctx.zapis({ delete: true }, () => {
      const ws = this.arkusz();
      if (ws.state === 'visible' && widoczne(this.ctx.host.wb) === 1)
        throw new BladFake('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      this.ctx.host.wb.removeWorksheet(ws.id);
      przepiszOdwolania(this.ctx.host.wb, ws.name, null);
    });
  }

  activate(): void {
    this.ctx.odczyt(() => (this.ctx.host.aktywny = this.arkusz().id));
  }

  getRange(adres?: string): FakeRange {
    return new FakeRange(this.ctx, () => celZAdresu(this.arkusz(), adres ?? 'A:XFD'));
  }

  /** ExcelApi 1.9: several areas ('A1,B2:B4') */
  getRanges(adres: string): FakeRangeAreas {
    return obszaryZAdresu(this.ctx, () => this.arkusz(), adres);
  }

  getRangeByIndexes(r: number, c: number, nr: number, nc: number): FakeRange {
    return new FakeRange(this.ctx, () => ({ ws: this.arkusz(), r0: r, c0: c, nr, nc }));
  }

  /** bounding box of cells with a value (valuesOnly) or with a value or a format; A1 when blank */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.ctx,
      () => uzywany(this.arkusz(), valuesOnly) ?? { ws: this.arkusz(), r0: 0, c0: 0, nr: 1, nc: 1 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => uzywany(this.arkusz(), valuesOnly));
  }

  /** `protection.protected` (load): the sheets listed in `chronione` */
  get protection(): FakeWorksheetProtection {
    return new FakeWorksheetProtection(this.ctx, () => this.arkusz());
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, () => this.arkusz());
  }

  get notes(): FakeNoteCollection {
    return new FakeNoteCollection(this.ctx, this);
  }
}

export class FakeWorksheetProtection extends Obiekt {
  constructor(
    ctx: Kontekst,
    private readonly ws: () => ExcelJS.Worksheet,
  ) {
    super(ctx);
  }
  protected pobierz(p: string): unknown {
    if (p === 'protected') return this.ctx.host.chronione.has(this.ws().name);
    throw new BladFake('NotImplemented', `WorksheetProtection.${p} is outside the fake host subset.`);
  }
  get protected(): boolean {
    return this.wez('protected');
  }
}

function uzywany(ws: ExcelJS.Worksheet, valuesOnly: boolean): Cel | null {
  let r0 = Infinity,
    c0 = Infinity,
    r1 = -1,
    c1 = -1;
  ws.eachRow({ includeEmpty: false }, (row, nr) => {
    row.eachCell({ includeEmpty: !valuesOnly }, (cell, nc) => {
      const ma = cell.value !== null && cell.value !== undefined && cell.value !== '';
      if (!ma && (valuesOnly || Object.keys(cell.style ?? {}).length === 0)) return;
      r0 = Math.min(r0, nr - 1);
      r1 = Math.max(r1, nr - 1);
      c0 = Math.min(c0, nc - 1);
      c1 = Math.max(c1, nc - 1);
    });
  });
  return r1 < 0 ? null : { ws, r0, c0, nr: r1 - r0 + 1, nc: c1 - c0 + 1 };
}

export class FakeWorksheetCollection extends Obiekt {
  private elementy: FakeWorksheet[] | null = null;
  readonly onChanged: { add(h: Obsluga): { context: Kontekst; remove(): void } };

  constructor(ctx: Kontekst) {
    super(ctx);
    this.onChanged = {
      add: (h) => {
        ctx.odczyt(() => ctx.host.obslugi.add(h));
        return { context: ctx, remove: () => ctx.odczyt(() => ctx.host.obslugi.delete(h)) };
      },
    };
  }

  override load(opcje?: string | string[] | { select?: string }): this {
    const lista = listaWlasciwosci(opcje).map((p) => p.replace(/^items\//, ''));
    this.ctx.odczyt(() => {
      this.elementy = posortowane(this.ctx.host.wb).map((ws) => {
        const a = new FakeWorksheet(this.ctx, () => ws);
        a.zaladujTeraz(lista);
        return a;
      });
    });
    return this;
  }

  protected pobierz(): unknown {
    return undefined;
  }

  get items(): FakeWorksheet[] {
    if (!this.elementy)
      throw new BladFake(
        'PropertyNotLoaded',
        "The property 'items' is not available. Call load and context.sync() first.",
      );
    return this.elementy;
  }

  getItem(klucz: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => znajdz(this.ctx.host.wb, klucz));
  }

  getItemOrNullObject(klucz: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => znajdz(this.ctx.host.wb, klucz), true);
  }

  add(nazwa: string): FakeWorksheet {
    const a = new FakeWorksheet(this.ctx, () => null);
    this.ctx.zapis({ add: nazwa }, () => {
      if (znajdz(this.ctx.host.wb, nazwa))
        throw new BladFake('ItemAlreadyExists', `A worksheet named ${nazwa} already exists.`);
      sprawdzNazwe(nazwa);
      a.ustaw(this.ctx.host.wb.addWorksheet(nazwa));
    });
    return a;
  }
}

/** `worksheet.notes` (ExcelApi 1.18): notes stored as ExcelJS cell notes. */
export class FakeNoteCollection {
  private elementy: FakeNote[] | null = null;

  constructor(
    private readonly ctx: Kontekst,
    private readonly arkusz: FakeWorksheet,
  ) {}

  /** `load('items/content')`: every note of the sheet, in row order */
  load(opcje?: string | string[] | { select?: string }): this {
    const lista = listaWlasciwosci(opcje).map((p) => p.replace(/^items\//, ''));
    this.ctx.odczyt(() => {
      wersjaCo(this.ctx, '1.18', 'Worksheet.notes');
      const komorki: ExcelJS.Cell[] = [];
      this.arkusz
        .arkusz()
        .eachRow({ includeEmpty: true }, (row) =>
          row.eachCell({ includeEmpty: true }, (c) => void (c.note ? komorki.push(c) : undefined)),
        );
      this.elementy = komorki.map((k) => {
        const n = new FakeNote(this.ctx, () => k);
        n.zaladujTeraz(lista);
        return n;
      });
    });
    return this;
  }

  get items(): FakeNote[] {
    if (!this.elementy)
      throw new BladFake(
        'PropertyNotLoaded',
        "The property 'items' is not available. Call load and context.sync() first.",
      );
    return this.elementy;
  }

  private komorka(adres: string): ExcelJS.Cell {
    wersjaCo(this.ctx, '1.18', 'Worksheet.notes');
    return this.arkusz.arkusz().getCell(adres);
  }

  add(cel: FakeRange | string, tresc: string): FakeNote {
    const n = new FakeNote(this.ctx, () => null);
    this.ctx.zapis({ note: tresc }, () => {
      const adres = typeof cel === 'string' ? cel : adresA1(cel.wymagany(true).r0, cel.wymagany(true).c0);
      const k = this.komorka(adres);
      if (k.note) throw new BladFake('InvalidArgument', `The cell ${adres} already has a note.`);
      k.note = tresc;
      n.ustaw(k);
    });
    return n;
  }

  getItem(adres: string): FakeNote {
    return new FakeNote(this.ctx, () => {
      const k = this.komorka(adres);
      if (!k.note) throw new BladFake('ItemNotFound', `No note at ${adres}.`);
      return k;
    });
  }

  getItemOrNullObject(adres: string): FakeNote {
    return new FakeNote(this.ctx, () => {
      const k = this.komorka(adres);
      return k.note ? k : null;
    });
  }
}

export class FakeNote extends Obiekt {
  private k: ExcelJS.Cell | null | undefined;

  constructor(
    ctx: Kontekst,
    private readonly szukaj: () => ExcelJS.Cell | null,
  ) {
    super(ctx);
  }

  ustaw(k: ExcelJS.Cell): void {
    this.k = k;
  }

  private komorka(): ExcelJS.Cell | null {
    if (this.k === undefined) this.k = this.szukaj();
    return this.k;
  }

  protected pobierz(p: string): unknown {
    const k = this.komorka();
    this.zaladowane.set('isNullObject', k === null);
    if (!k) return undefined;
    if (p === 'content') return tekstNotatki(k.note);
    throw new BladFake('NotImplemented', `Note.${p} is outside the fake host subset.`);
  }

  get isNullObject(): boolean {
    return this.wez('isNullObject');
  }
  get content(): string {
    return this.wez('content');
  }
  set content(v: string) {
    this.ctx.zapis({ content: v }, () => {
      const k = this.komorka();
      if (!k || !k.note) throw new BladFake('ItemNotFound', 'The note does not exist.');
      k.note = v;
    });
  }

  delete(): void {
    this.ctx.zapis({ delete: true }, () => {
      const k = this.komorka();
      if (!k || !k.note) throw new BladFake('ItemNotFound', 'The note does not exist.');
      (k as unknown as { _comment?: unknown })._comment = undefined; // ExcelJS has no public note removal
    });
  }

  /** the note's cell, wherever it is now (ExcelApi 1.18) */
  getLocation(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const k = this.komorka();
      if (!k || !k.note) throw new BladFake('ItemNotFound', 'The note does not exist.');
      return { ws: k.worksheet, r0: Number(k.row) - 1, c0: Number(k.col) - 1, nr: 1, nc: 1 };
    });
  }
}

export function tekstNotatki(n: ExcelJS.Cell['note']): string {
  if (!n) return '';
  if (typeof n === 'string') return n;
  return (n.texts ?? []).map((t) => (typeof t === 'string' ? t : t.text)).join('');
}
