/**
 * Applies a core PlanZapisu to an ExcelJS workbook (WB-3.1, WB-3.3): every planned sheet is replaced
 * wholesale (removed and re-created at the same position) or created at the end; `usun` sheets are
 * deleted; no other sheet is touched. Text is written as a string value with format `@`, so `=…`,
 * `+…`, `-…`, `@…` never become formulas (WB-3.3).
 */
import * as ExcelJS from 'exceljs';
import type { PlanZapisu, SekcjeStrony, UkladWydruku, ZapisArkusza, ZapisKomorki } from '../../core/zeszyt/model';
import { FORMAT_TEKST } from '../../core/zeszyt/formaty';

/** Excel's limit for a literal dropdown list (`"a,b,c"`). */
export const MAKS_DLUGOSC_LISTY = 255;
const A4 = 9;

// Not in ExcelJS's typings, present at run time: the sheet order and the range-keyed validations.
type ArkuszZPozycja = ExcelJS.Worksheet & { orderNo: number };
type ZWalidacjami = { dataValidations: { add(zakres: string, w: ExcelJS.DataValidation): void } };

function znajdz(wb: ExcelJS.Workbook, nazwa: string): ArkuszZPozycja | undefined {
  const n = nazwa.toLowerCase(); // Excel sheet names are case-insensitive
  return wb.worksheets.find((w) => w.name.toLowerCase() === n) as ArkuszZPozycja | undefined;
}

function sprawdzNazwe(nazwa: string): void {
  if (!nazwa || nazwa.length > 31 || /[*?:/\\[\]]/.test(nazwa) || /^'|'$/.test(nazwa))
    throw new Error(`invalid sheet name in the write plan: "${nazwa}"`);
}

export function formulaListy(lista: readonly string[]): string {
  for (const x of lista)
    if (/[",]/.test(x)) throw new Error(`dropdown value cannot contain a comma or a quote: "${x}"`);
  const tekst = lista.join(',');
  if (tekst.length > MAKS_DLUGOSC_LISTY)
    throw new Error(`dropdown list longer than ${MAKS_DLUGOSC_LISTY} characters: "${tekst.slice(0, 40)}…"`);
  return `"${tekst}"`;
}

/** One shared style object per distinct look (ExcelJS deduplicates them again when writing). */
class Style {
  private readonly mapa = new Map<string, Partial<ExcelJS.Style>>();
  dla(k: NonNullable<ZapisKomorki>): Partial<ExcelJS.Style> {
    const fmt = typeof k.v === 'string' ? FORMAT_TEKST : k.fmt;
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
      if (k.zawijaj) s.alignment = { wrapText: true, vertical: 'top' };
      this.mapa.set(klucz, s);
    }
    return s;
  }
}

function wartosc(k: NonNullable<ZapisKomorki>): ExcelJS.CellValue {
  if (typeof k.v === 'number' && !Number.isFinite(k.v))
    throw new Error(`not a finite number in the write plan: ${k.v}`);
  return k.v; // a string stays a string value (never a formula, WB-3.3)
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
    p.fitToWidth = 1;
    p.fitToHeight = 0; // as many pages down as needed
  } else {
    p.fitToPage = false;
    p.scale = w.skala ?? 100;
  }
  if (w.powtarzaneWiersze) p.printTitlesRow = `${w.powtarzaneWiersze[0]}:${w.powtarzaneWiersze[1]}`;
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
      if (k.v !== '') cell.value = wartosc(k);
      cell.style = style.dla(k);
    });
  });
  z.szerokosciKolumn?.forEach((s, i) => {
    if (typeof s === 'number' && s > 0) ws.getColumn(i + 1).width = s;
  });
  if (z.zamrozenie && (z.zamrozenie.wiersze > 0 || z.zamrozenie.kolumny > 0))
    ws.views = [{ state: 'frozen', xSplit: z.zamrozenie.kolumny, ySplit: z.zamrozenie.wiersze }];
  if (z.wydruk) ustawWydruk(ws, z.wydruk);
  for (const w of z.wysokosciWierszy ?? []) ws.getRow(w.wiersz).height = w.wysokosc;
  if (z.autofiltr) ws.autoFilter = z.autofiltr;
  for (const w of z.walidacje ?? [])
    (ws as unknown as ZWalidacjami).dataValidations.add(w.zakres, {
      type: 'list',
      allowBlank: true,
      showErrorMessage: true,
      formulae: [formulaListy(w.lista)],
    });
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
  for (const nazwa of plan.usun ?? []) {
    if (plan.arkusze.some((a) => a.nazwa.toLowerCase() === nazwa.toLowerCase())) continue;
    const ws = znajdz(wb, nazwa);
    if (ws) wb.removeWorksheet(ws.id);
  }
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
