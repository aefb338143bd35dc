/**
 * Applies a core PlanZapisu to an ExcelJS workbook (WB-3.1, WB-3.3): every planned sheet is replaced
 * wholesale (removed and re-created at the same position) or created at the end; no other sheet is
 * touched. Text is written as a string value with format `@`, so `=…`,
 * `+…`, `-…`, `@…` never become formulas (WB-3.3).
 */
import * as ExcelJS from 'exceljs';
import {
  jestLista,
  STYL_POLA_WEJSCIOWEGO,
  type PlanZapisu,
  type SekcjeStrony,
  type UkladWydruku,
  type Walidacja,
  type ZapisArkusza,
  type ZapisKomorki,
  FORMAT_TEKST,
  bladNazwyArkusza,
  literaKolumny,
  wysokosciWgWiersza,
} from '../../core';
import { formulaListy } from '../listy';

const A4 = 9;

// Not in ExcelJS's typings, present at run time: the sheet order and the range-keyed validations.
type ArkuszZPozycja = ExcelJS.Worksheet & { orderNo: number };
type ZWalidacjami = { dataValidations: { add(zakres: string, w: ExcelJS.DataValidation): void } };

function znajdz(wb: ExcelJS.Workbook, nazwa: string): ArkuszZPozycja | undefined {
  const n = nazwa.toLowerCase(); // Excel sheet names are case-insensitive
  return wb.worksheets.find((w) => w.name.toLowerCase() === n) as ArkuszZPozycja | undefined;
}

// the core checked the plan (`sprawdzPlan`); these guards use the same rules for plans built elsewhere
function sprawdzNazwe(nazwa: string): void {
  const b = bladNazwyArkusza(nazwa);
  if (b) throw new Error(`invalid sheet name in the write plan: "${nazwa}" (${b.en})`);
}

/** One shared style object per distinct look (ExcelJS deduplicates them again when writing). */
class Style {
  private readonly mapa = new Map<string, Partial<ExcelJS.Style>>();
  dla(k: NonNullable<ZapisKomorki>): Partial<ExcelJS.Style> {
    const fmt = typeof k.v === 'string' && !k.formula ? FORMAT_TEKST : k.fmt;
    const klucz = `${fmt ?? ''}|${k.pogrubienie ? 1 : 0}|${k.kolorTekstu ?? ''}|${k.tlo ?? ''}|${k.zawijaj ? 1 : 0}`;
    let s = this.mapa.get(klucz);
    if (!s) {
      s = {};
      if (fmt) s.numFmt = fmt;
      if (k.pogrubienie || k.kolorTekstu) {
        const font: Partial<ExcelJS.Font> = {};
        if (k.pogrubienie) font.bold = true;
        if (k.kolorTekstu) font.color = { argb: `FF${k.kolorTekstu.toUpperCase()}` };
        s.font = font;
      }
      if (k.tlo) s.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${k.tlo.toUpperCase()}` } };
      if (k.zawijaj) s.alignment = { wrapText: true };
      this.mapa.set(klucz, s);
    }
    return s;
  }
}

function wartosc(k: NonNullable<ZapisKomorki>): ExcelJS.CellValue {
  if (typeof k.v === 'number' && !Number.isFinite(k.v))
    throw new Error(`not a finite number in the write plan: ${k.v}`);
  // WB-2.0: a template formula is written with its cached result, so a reader sees it before recalculation
  if (k.formula) return { formula: k.formula, result: k.v } as ExcelJS.CellValue;
  return k.v; // a string stays a string value (never a formula, WB-3.3)
}

const OPERATOR = (w: { min?: unknown; max?: unknown }): ExcelJS.DataValidationOperator =>
  w.min !== undefined && w.max !== undefined
    ? 'between'
    : w.min !== undefined
      ? 'greaterThanOrEqual'
      : 'lessThanOrEqual';

const TYP: Record<string, ExcelJS.DataValidation['type']> = {
  calkowita: 'whole',
  dziesietna: 'decimal',
  data: 'date',
  dlugoscTekstu: 'textLength',
};

/** `RRRR-MM-DD` → the UTC midnight ExcelJS turns into the date's serial number. */
function granica(x: number | string): number | Date {
  return typeof x === 'number' ? x : new Date(`${x}T00:00:00Z`);
}

/** WB-2.0: the ExcelJS model of one planned validation, with its Polish prompt and error message. */
export function walidacjaExcelJS(w: Walidacja): ExcelJS.DataValidation {
  const dv: ExcelJS.DataValidation = jestLista(w)
    ? { type: 'list', allowBlank: true, formulae: [formulaListy(w.lista)] }
    : {
        type: TYP[w.rodzaj],
        allowBlank: true,
        operator: OPERATOR(w),
        formulae: [w.min, w.max].filter((x) => x !== undefined).map((x) => granica(x!)),
      };
  dv.showErrorMessage = true;
  if (w.podpowiedz) {
    dv.showInputMessage = true;
    dv.promptTitle = w.podpowiedz.tytul;
    dv.prompt = w.podpowiedz.tresc;
  }
  if (w.blad) {
    dv.errorStyle = 'stop';
    dv.errorTitle = w.blad.tytul;
    dv.error = w.blad.tresc;
  }
  return dv;
}

/** WB-2.0: paints the input cells with the one input style, keeping each cell's number format and font (fill only: the add-in paints the same). */
function pomalujPola(ws: ExcelJS.Worksheet, zakresy: readonly string[]): void {
  const nowe = new Map<unknown, Partial<ExcelJS.Style>>();
  for (const z of zakresy) {
    const [a, b] = z.split(':');
    const p = ws.getCell(a);
    const k = ws.getCell(b ?? a);
    for (let r = Number(p.row); r <= Number(k.row); r++)
      for (let c = Number(p.col); c <= Number(k.col); c++) {
        const cell = ws.getCell(r, c);
        const stary = cell.style;
        let s = nowe.get(stary);
        if (!s) {
          s = {
            ...stary,
            fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${STYL_POLA_WEJSCIOWEGO.tlo}` } },
          };
          nowe.set(stary, s);
        }
        cell.style = s;
      }
  }
}

/** `&L…&C…&R…` of one header or footer (ExcelJS writes the string as the xlsx `headerFooter` element). */
function kodStrony(s: SekcjeStrony): string {
  return `${s.lewa ? `&L${s.lewa}` : ''}${s.srodek ? `&C${s.srodek}` : ''}${s.prawa ? `&R${s.prawa}` : ''}`;
}

/** WB-3.4 print setup, every field of `UkladWydruku`. */
function ustawWydruk(ws: ExcelJS.Worksheet, w: UkladWydruku): void {
  const p = ws.pageSetup;
  p.paperSize = A4;
  p.orientation = w.orientacja === 'pozioma' ? 'landscape' : 'portrait';
  if (w.dopasujDoSzerokosci) {
    p.fitToPage = true;
    p.fitToWidth = w.stronWszerz ?? 1;
    p.fitToHeight = 0; // as many pages down as needed
  } else {
    p.fitToPage = false;
    p.scale = w.skala ?? 100;
  }
  if (w.powtarzaneWiersze) p.printTitlesRow = `${w.powtarzaneWiersze[0]}:${w.powtarzaneWiersze[1]}`;
  if (w.powtarzaneKolumny)
    p.printTitlesColumn = `${literaKolumny(w.powtarzaneKolumny[0] - 1)}:${literaKolumny(w.powtarzaneKolumny[1] - 1)}`;
  if (w.marginesy) {
    const m = w.marginesy;
    p.margins = {
      left: m.lewy,
      right: m.prawy,
      top: m.gorny,
      bottom: m.dolny,
      header: m.gorny / 2,
      footer: m.dolny / 2,
    };
  }
  if (w.naglowek) ws.headerFooter.oddHeader = kodStrony(w.naglowek);
  if (w.stopka) ws.headerFooter.oddFooter = kodStrony(w.stopka);
}

export function zapiszArkusz(ws: ExcelJS.Worksheet, z: ZapisArkusza, style = new Style()): void {
  // WB-2: a column's default number format (zł, dates, text) for the rows the user will fill — set before
  // the cells, because ExcelJS pushes a column format into the (shared) styles of existing cells
  z.formatyKolumn?.forEach((f, i) => {
    if (f) ws.getColumn(i + 1).numFmt = f;
  });
  z.wiersze.forEach((wiersz, r) => {
    if (!wiersz || !wiersz.some((k) => k)) return;
    const row = ws.getRow(r + 1);
    wiersz.forEach((k, c) => {
      if (!k) return;
      const cell = row.getCell(c + 1);
      // an empty text is an empty cell in Excel (as the add-in writes it); only its format is kept
      if (k.v !== '' || k.formula) cell.value = wartosc(k);
      cell.style = style.dla(k);
    });
  });
  z.szerokosciKolumn?.forEach((s, i) => {
    if (typeof s === 'number' && s > 0) ws.getColumn(i + 1).width = s;
  });
  if (z.zamrozenie && (z.zamrozenie.wiersze > 0 || z.zamrozenie.kolumny > 0))
    ws.views = [{ state: 'frozen', xSplit: z.zamrozenie.kolumny, ySplit: z.zamrozenie.wiersze }];
  if (z.wydruk) ustawWydruk(ws, z.wydruk);
  for (const [wiersz, wysokosc] of wysokosciWgWiersza(z)) ws.getRow(wiersz).height = wysokosc;
  if (z.autofiltr) ws.autoFilter = z.autofiltr;
  for (const w of z.walidacje ?? []) (ws as unknown as ZWalidacjami).dataValidations.add(w.zakres, walidacjaExcelJS(w));
  if (z.polaWejsciowe) pomalujPola(ws, z.polaWejsciowe);
  for (const s of z.scalenia ?? []) ws.mergeCells(s);
  ws.state = z.widocznosc === 'bardzoUkryty' ? 'veryHidden' : z.widocznosc === 'ukryty' ? 'hidden' : 'visible';
}

/** The workbook's active tab must be a visible sheet (Excel refuses to open on a very hidden one). */
function aktywnyWidoczny(wb: ExcelJS.Workbook): void {
  const arkusze = wb.worksheets;
  const widoczny = arkusze.findIndex((w) => w.state === 'visible');
  if (widoczny < 0) return;
  if (!wb.views || wb.views.length === 0) return;
  for (const v of wb.views) {
    const a = v.activeTab ?? 0;
    if (!arkusze[a] || arkusze[a].state !== 'visible') v.activeTab = widoczny;
    if (v.firstSheet !== undefined && (!arkusze[v.firstSheet] || v.firstSheet > (v.activeTab ?? 0))) v.firstSheet = 0;
  }
}

export function zastosujPlan(wb: ExcelJS.Workbook, plan: PlanZapisu): void {
  for (const a of plan.arkusze) sprawdzNazwe(a.nazwa);
  const style = new Style();
  for (const a of plan.arkusze) {
    const stary = znajdz(wb, a.nazwa);
    let pozycja: number | undefined;
    if (stary) {
      pozycja = stary.orderNo;
      wb.removeWorksheet(stary.id);
    }
    const ws = wb.addWorksheet(a.nazwa) as ArkuszZPozycja;
    if (pozycja !== undefined) ws.orderNo = pozycja;
    zapiszArkusz(ws, a, style);
  }
  aktywnyWidoczny(wb);
}

/** A new workbook for a template (`szablon`). */
export function nowyZeszyt(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Cyfrowa szkoła';
  wb.created = new Date();
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return wb;
}
