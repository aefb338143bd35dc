/**
 * Writing generated workbooks with ExcelJS: small ones through the CLI's own plan writer
 * (`zastosujPlan`, so dropdowns, formats and widths are exactly what `szablon` writes), large ones
 * through ExcelJS's streaming writer. The committed examples are made byte-stable: fixed document
 * dates and fixed zip entry dates, so re-running `npm run przyklady` changes no unchanged file.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { promises as fs } from 'node:fs';
import { type ZapisKomorki, FORMAT_TEKST } from '../core';
import { nowyZeszyt, zastosujPlan } from '../cli/exceljs/zapisz';
import type { KomorkaSpecjalna, PrzykladZeszytu } from './model';

/** the date stamped into the committed files (the S2 team meeting) */
export const DATA_PLIKOW = new Date(Date.UTC(2012, 4, 10, 12, 0, 0));

function wartoscSpecjalna(s: KomorkaSpecjalna): ExcelJS.CellValue {
  if ('blad' in s) return { error: s.blad } as ExcelJS.CellErrorValue;
  const wynik = typeof s.wynik === 'object' ? ({ error: s.wynik.blad } as ExcelJS.CellErrorValue) : s.wynik;
  return { formula: s.formula, result: wynik } as ExcelJS.CellFormulaValue;
}

/** The ExcelJS workbook of a generated example (plan writer + special cells). */
export function zeszytExcelJS(p: PrzykladZeszytu): ExcelJS.Workbook {
  const wb = nowyZeszyt();
  wb.created = DATA_PLIKOW;
  wb.modified = DATA_PLIKOW;
  zastosujPlan(wb, { arkusze: p.arkusze });
  for (const s of p.specjalne) {
    const ws = wb.getWorksheet(s.arkusz);
    if (!ws) throw new Error(`special cell on a missing sheet ${s.arkusz}`);
    ws.getCell(s.adres).value = wartoscSpecjalna(s.wartosc);
  }
  return wb;
}

/** Re-packs an .xlsx with a fixed date on every zip entry (same content → same bytes). */
export async function ustalDaty(xlsx: Buffer): Promise<Buffer> {
  const wej = await JSZip.loadAsync(xlsx);
  const wyj = new JSZip();
  for (const [nazwa, plik] of Object.entries(wej.files)) {
    if (plik.dir) continue;
    wyj.file(nazwa, await plik.async('nodebuffer'), { date: DATA_PLIKOW, createFolders: false });
  }
  return wyj.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Writes a generated workbook to `plik` (byte-stable unless `szybko`). */
export async function zapiszPrzyklad(
  p: PrzykladZeszytu,
  plik: string,
  opcje: { szybko?: boolean } = {},
): Promise<void> {
  const wb = zeszytExcelJS(p);
  if (opcje.szybko) {
    await wb.xlsx.writeFile(plik);
    return;
  }
  const bufor = Buffer.from(await wb.xlsx.writeBuffer());
  await fs.writeFile(plik, await ustalDaty(bufor));
}

function styl(k: NonNullable<ZapisKomorki>): Partial<ExcelJS.Style> {
  const s: Partial<ExcelJS.Style> = {};
  const fmt = typeof k.v === 'string' ? FORMAT_TEKST : k.fmt;
  if (fmt) s.numFmt = fmt;
  if (k.pogrubienie) s.font = { bold: true };
  return s;
}

/**
 * Streams a (large) generated workbook to `plik` with ExcelJS's WorkbookWriter: values, number
 * formats, bold, column widths and frozen header rows (no dropdowns — the stress and WB-1.9 files
 * do not need them). Bounded memory whatever the row count.
 */
export async function zapiszStrumieniowo(
  p: PrzykladZeszytu,
  plik: string,
  opcje: { stabilnie?: boolean } = {},
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: plik, useSharedStrings: true, useStyles: true });
  wb.creator = 'Cyfrowa szkoła';
  wb.created = DATA_PLIKOW;
  wb.modified = DATA_PLIKOW;
  const style = new Map<string, Partial<ExcelJS.Style>>();
  for (const a of p.arkusze) {
    const zamrozenie = a.zamrozenie;
    const ws = wb.addWorksheet(
      a.nazwa,
      zamrozenie ? { views: [{ state: 'frozen', xSplit: zamrozenie.kolumny, ySplit: zamrozenie.wiersze }] } : {},
    );
    a.szerokosciKolumn?.forEach((s, i) => {
      if (s > 0) ws.getColumn(i + 1).width = s;
    });
    const specjalne = new Map<number, Array<{ kolumna: string; wartosc: KomorkaSpecjalna }>>();
    for (const s of p.specjalne.filter((x) => x.arkusz === a.nazwa)) {
      const m = /^([A-Z]+)(\d+)$/.exec(s.adres)!;
      const nr = Number(m[2]);
      specjalne.set(nr, [...(specjalne.get(nr) ?? []), { kolumna: m[1], wartosc: s.wartosc }]);
    }
    for (let r = 0; r < a.wiersze.length; r++) {
      const w = a.wiersze[r];
      const sp = specjalne.get(r + 1);
      if (!w.some((k) => k) && !sp) continue;
      const row = ws.getRow(r + 1);
      w.forEach((k, c) => {
        if (!k) return;
        const cell = row.getCell(c + 1);
        cell.value = k.v;
        const klucz = `${typeof k.v === 'string' ? '@' : (k.fmt ?? '')}|${k.pogrubienie ? 1 : 0}`;
        let s = style.get(klucz);
        if (!s) style.set(klucz, (s = styl(k)));
        cell.style = s;
      });
      for (const x of sp ?? []) row.getCell(x.kolumna).value = wartoscSpecjalna(x.wartosc);
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
  if (opcje.stabilnie) await fs.writeFile(plik, await ustalDaty(await fs.readFile(plik)));
}
