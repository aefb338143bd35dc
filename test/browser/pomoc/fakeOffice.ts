/**
 * Browser bundle served in place of office.js in the real-browser tests: the fake Excel host (ExcelJS
 * behind the Excel API subset) as the globals `Office`, `Excel` and `CustomFunctions`, plus a test hook
 * `window.__fakeExcel` to load a workbook from bytes, read it back, and type into a cell like a user.
 */
import ExcelJS from 'exceljs';
import { utworzFakeExcel } from '../../fakehost';
import { celZAdresu } from '../../fakehost/zakres';
import { doKomorki, odczytaj } from '../../fakehost/komorki';
import { zglosZmiane } from '../../fakehost/kontekst';
import { uruchomGlobalnie } from '../../fakehost/edycja';
import type { WykresFake } from '../../fakehost';

export interface HakFakeExcel {
  wczytaj(base64: string): Promise<void>;
  pobierz(): Promise<string>;
  wpisz(arkusz: string, adres: string, wartosc: string | number | boolean | null): void;
  arkusze(): Array<{ nazwa: string; widocznosc: string }>;
  /** what Office.js would report for one cell: value, type and number format */
  komorka(arkusz: string, adres: string): { wartosc: unknown; typ: string; format: string };
  zaznaczenie(): string | null;
  synchronizacje(): number;
  /** protect (or unprotect) a sheet: cell writes then fail with AccessDenied, as in Excel */
  chron(arkusz: string, tak: boolean): void;
  /** the native charts the add-in added to a sheet (the fake host records them: test/fakehost/wykresy.ts) */
  wykresy(arkusz: string): WykresFake[];
}

const wb = new ExcelJS.Workbook();
wb.addWorksheet('Arkusz1');
const fake = utworzFakeExcel(wb);
const { run, obsluguje } = fake.host;

function doBase64(bajty: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bajty.length; i += 0x8000) s += String.fromCharCode(...bajty.subarray(i, i + 0x8000));
  return btoa(s);
}

function arkusz(nazwa: string): ExcelJS.Worksheet {
  const ws = fake.stan.wb.worksheets.find((w) => w.name === nazwa);
  if (!ws) throw new Error(`no sheet ${nazwa}`);
  return ws;
}

const hak: HakFakeExcel = {
  async wczytaj(base64) {
    const bajty = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const nowy = new ExcelJS.Workbook();
    await nowy.xlsx.load(bajty.buffer as ArrayBuffer);
    fake.stan.wb = nowy;
    fake.stan.aktywny = null;
    fake.stan.zaznaczenie = null;
  },
  async pobierz() {
    const buf = await fake.stan.wb.xlsx.writeBuffer();
    return doBase64(new Uint8Array(buf as ArrayBuffer));
  },
  wpisz(nazwa, adres, wartosc) {
    const ws = arkusz(nazwa);
    const c = celZAdresu(ws, adres);
    const cell = ws.getCell(c.r0 + 1, c.c0 + 1);
    cell.value = doKomorki(wartosc, cell.numFmt);
    if (fake.stan.zdarzenia) zglosZmiane(fake.stan, ws, adres);
  },
  arkusze: () => fake.stan.wb.worksheets.map((w) => ({ nazwa: w.name, widocznosc: w.state ?? 'visible' })),
  komorka(nazwa, adres) {
    const ws = arkusz(nazwa);
    const c = celZAdresu(ws, adres);
    const o = odczytaj(ws.getCell(c.r0 + 1, c.c0 + 1), !!fake.stan.wb.properties.date1904);
    return { wartosc: o.wartosc, typ: o.typ, format: o.format };
  },
  zaznaczenie: () => fake.stan.zaznaczenie,
  synchronizacje: () => fake.synchronizacje,
  chron(nazwa, tak) {
    if (tak) fake.stan.chronione.add(nazwa);
    else fake.stan.chronione.delete(nazwa);
  },
  // a copy: plain data crosses to Node through Playwright
  wykresy: (nazwa) => JSON.parse(JSON.stringify(fake.wykresy(nazwa))) as WykresFake[],
};

class BladFunkcji extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const okno = window as unknown as Record<string, unknown>;
okno.__fakeExcel = hak;
okno.Excel = {
  run: (a: unknown, b?: unknown) => uruchomGlobalnie(run, a, b),
};
okno.Office = {
  onReady(cb?: (info: { host: string; platform: string }) => void) {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    if (cb) setTimeout(() => cb(info), 0);
    return Promise.resolve(info);
  },
  context: { requirements: { isSetSupported: (_zestaw: string, wersja?: string) => obsluguje(wersja ?? '1.1') } },
  actions: { associate: () => undefined },
  addin: { showAsTaskpane: async () => undefined },
  HostType: { Excel: 'Excel' },
};
okno.CustomFunctions = {
  associate: () => undefined,
  Error: BladFunkcji,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
};
