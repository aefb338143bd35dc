/** Per-sheet layout of a written sheet: widths, frozen panes, print setup, row heights, AutoFilter, dropdowns, merges, charts (WB-2, WB-3.2, WB-3.4, JST-4). */
import {
  type UkladWydruku,
  type Walidacja,
  type ZapisArkusza,
  bladListy,
  jestLista,
  literaKolumny,
  STYL_POLA_WEJSCIOWEGO,
} from '../../core';
import { type ProstokatStylu, wierszeWPorcjach } from './porcje';
import { narysujWykresy } from './wykresy';

/**
 * Excel character units → points (Calibri 11: a digit is 7 px, plus 5 px padding; 1 px = 0.75 pt).
 * Office.js sets `columnWidth` in points, the plan and the xlsx file in characters.
 */
function punktyZZnakow(znaki: number): number {
  return Math.round((znaki * 7 + 5) * 0.75 * 100) / 100;
}

/** Inline list source for a dropdown (the core checked it: `sprawdzPlan`; the same rule guards here). */
function zrodloListy(lista: readonly string[]): string {
  const b = bladListy(lista);
  if (b) throw new Error(`${b.pl[0].toUpperCase()}${b.pl.slice(1)}.`);
  return lista.join(',');
}

const OPERATOR = (w: { min?: unknown; max?: unknown }): 'Between' | 'GreaterThanOrEqualTo' | 'LessThanOrEqualTo' =>
  w.min !== undefined && w.max !== undefined
    ? 'Between'
    : w.min !== undefined
      ? 'GreaterThanOrEqualTo'
      : 'LessThanOrEqualTo';

/** WB-2.0: the Office.js rule of one planned validation (dates as `RRRR-MM-DD`, which Excel reads). */
export function regulaWalidacji(w: Walidacja): Excel.DataValidationRule {
  if (jestLista(w)) return { list: { inCellDropDown: true, source: zrodloListy(w.lista) } };
  const [formula1, formula2] = [w.min, w.max].filter((x) => x !== undefined).map(String);
  const warunek: Excel.BasicDataValidation = { operator: OPERATOR(w), formula1, ...(formula2 ? { formula2 } : {}) };
  switch (w.rodzaj) {
    case 'calkowita':
      return { wholeNumber: warunek };
    case 'dziesietna':
      return { decimal: warunek };
    case 'dlugoscTekstu':
      return { textLength: warunek };
    case 'data':
      return { date: warunek as Excel.DateTimeDataValidation };
  }
}

function hex(kolor: string): string {
  return kolor.startsWith('#') ? kolor : `#${kolor}`;
}

/** Queues a style rectangle (bold, fill, font colour, wrap). */
export function nalozStyl(s: Excel.Worksheet, p: ProstokatStylu): void {
  const f = s.getRangeByIndexes(p.wiersz0, p.kolumna0, p.wierszy, p.kolumn).format;
  if (p.styl.pogrubienie) f.font.bold = true;
  if (p.styl.kolorTekstu) f.font.color = hex(p.styl.kolorTekstu);
  if (p.styl.tlo) f.fill.color = hex(p.styl.tlo);
  if (p.styl.zawijaj) f.wrapText = true;
}

/**
 * WB-2: a whole column's number format for the rows the user will fill (zł, dates, text `@` for REGON and
 * TERYT). Queued before the sheet's cells: formatting a whole column reformats every cell already in it,
 * and the cells then keep their own formats (as the CLI writes them).
 */
export function sformatujKolumny(s: Excel.Worksheet, a: ZapisArkusza): void {
  (a.formatyKolumn ?? []).forEach((f, c) => {
    if (!f) return;
    const kolumna = literaKolumny(c);
    // a single value applies to every cell of the range (Office.js), here the whole column
    s.getRange(`${kolumna}:${kolumna}`).numberFormat = f as unknown as string[][];
  });
}

/** WB-3.4 print setup, every field of `UkladWydruku` (`pageLayout` and `headersFooters`: ExcelApi 1.9). */
function ustawWydruk(s: Excel.Worksheet, w: UkladWydruku): void {
  const p = s.pageLayout;
  p.orientation = w.orientacja === 'pozioma' ? 'Landscape' : 'Portrait';
  p.paperSize = 'A4';
  if (w.powtarzaneWiersze) p.setPrintTitleRows(`$${w.powtarzaneWiersze[0]}:$${w.powtarzaneWiersze[1]}`);
  if (w.powtarzaneKolumny)
    p.setPrintTitleColumns(
      `$${literaKolumny(w.powtarzaneKolumny[0] - 1)}:$${literaKolumny(w.powtarzaneKolumny[1] - 1)}`,
    );
  p.zoom = w.dopasujDoSzerokosci ? { horizontalFitToPages: w.stronWszerz ?? 1 } : { scale: w.skala ?? 100 };
  if (w.marginesy) {
    const cal = 72; // Office.js margins are in points, the plan's in inches
    p.leftMargin = w.marginesy.lewy * cal;
    p.rightMargin = w.marginesy.prawy * cal;
    p.topMargin = w.marginesy.gorny * cal;
    p.bottomMargin = w.marginesy.dolny * cal;
  }
  const hf = p.headersFooters.defaultForAllPages;
  if (w.naglowek) {
    hf.leftHeader = w.naglowek.lewa ?? '';
    hf.centerHeader = w.naglowek.srodek ?? '';
    hf.rightHeader = w.naglowek.prawa ?? '';
  }
  if (w.stopka) {
    hf.leftFooter = w.stopka.lewa ?? '';
    hf.centerFooter = w.stopka.srodek ?? '';
    hf.rightFooter = w.stopka.prawa ?? '';
  }
}

/**
 * WB-3.2 row heights of rows [od, do) (0-based), adjacent rows of one height in one range: they are sent
 * with the portion that writes those rows, so a long list's heights never pile up in one request.
 */
export function ustawWysokosci(s: Excel.Worksheet, a: ZapisArkusza, od: number, do_: number): void {
  const w: Array<{ wiersz: number; wysokosc: number }> = [];
  for (const g of a.wysokosciWierszy ?? [])
    for (const wiersz of g.wiersze) if (wiersz - 1 >= od && wiersz - 1 < do_) w.push({ wiersz, wysokosc: g.wysokosc });
  w.sort((x, y) => x.wiersz - y.wiersz);
  for (let i = 0; i < w.length;) {
    let j = i + 1;
    while (j < w.length && w[j].wiersz === w[j - 1].wiersz + 1 && w[j].wysokosc === w[i].wysokosc) j++;
    s.getRange(`${w[i].wiersz}:${w[j - 1].wiersz}`).format.rowHeight = w[i].wysokosc;
    i = j;
  }
}

/** Queues everything but cells, row heights of written rows and visibility for one sheet (ExcelApi ≤ 1.9). */
export function wykonczArkusz(s: Excel.Worksheet, a: ZapisArkusza): void {
  (a.szerokosciKolumn ?? []).forEach((w, c) => {
    s.getRangeByIndexes(0, c, 1, 1).format.columnWidth = punktyZZnakow(w);
  });
  const z = a.zamrozenie;
  if (z && z.wiersze > 0 && z.kolumny > 0) s.freezePanes.freezeAt(s.getRangeByIndexes(0, 0, z.wiersze, z.kolumny));
  else if (z && z.wiersze > 0) s.freezePanes.freezeRows(z.wiersze);
  else if (z && z.kolumny > 0) s.freezePanes.freezeColumns(z.kolumny);
  if (a.wydruk) ustawWydruk(s, a.wydruk);
  ustawWysokosci(s, a, wierszeWPorcjach(a), Infinity);
  if (a.autofiltr) s.autoFilter.apply(s.getRange(a.autofiltr));
  for (const w of a.walidacje ?? []) {
    const dv = s.getRange(w.zakres).dataValidation;
    dv.rule = regulaWalidacji(w);
    if (w.podpowiedz) dv.prompt = { showPrompt: true, title: w.podpowiedz.tytul, message: w.podpowiedz.tresc };
    if (w.blad)
      dv.errorAlert = {
        showAlert: true,
        style: 'Stop',
        title: w.blad.tytul,
        message: w.blad.tresc,
      };
  }
  // WB-2.0: one look for every input cell
  for (const z of a.polaWejsciowe ?? []) s.getRange(z).format.fill.color = hex(STYL_POLA_WEJSCIOWEGO.tlo);
  for (const m of a.scalenia ?? []) s.getRange(m).merge(false);
  narysujWykresy(s, a);
}
