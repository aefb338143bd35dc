/** Small helpers for the browser tests: tabs, polling the hook, timings, screenshots, workbook snapshots. */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { KORZEN } from './budowanie';

const DOCS = path.join(KORZEN, 'docs');
/** `npm run zrzuty` (scripts/zrzuty.js) sets it: the README's pictures in docs/ are refreshed, else never touched */
const DO_DOCS = process.env.CS_ZRZUTY_DO_DOCS === '1';

let wyniki: string | null = null;
/** this test file's screenshot folder, under the system temp dir (a test never writes into the repository) */
function katalogWynikow(): string {
  if (!wyniki) {
    wyniki = mkdtempSync(path.join(tmpdir(), 'cs-zrzuty-'));
    console.info(`Zrzuty ekranu: ${wyniki}`);
  }
  return wyniki;
}

export async function zakladka(p: Page, nazwa: string): Promise<void> {
  await p.getByTestId(`zakladka-${nazwa}`).click();
  await p.getByTestId(`panel-${nazwa}`).waitFor({ state: 'visible' });
}

/** polls `f` until it returns `oczekiwane` (Playwright's locators wait; the hook's values do not) */
export async function doczekaj<T>(f: () => Promise<T>, oczekiwane: T, ms = 10_000): Promise<T> {
  const koniec = Date.now() + ms;
  let v = await f();
  while (v !== oczekiwane && Date.now() < koniec) {
    await new Promise((r) => setTimeout(r, 100));
    v = await f();
  }
  return v;
}

/** a stopwatch that keeps each named step's time (ms) */
export function stoper(): { czasy: Record<string, number>; mierz<T>(nazwa: string, f: () => Promise<T>): Promise<T> } {
  const czasy: Record<string, number> = {};
  return {
    czasy,
    async mierz(nazwa, f) {
      const t0 = Date.now();
      try {
        return await f();
      } finally {
        czasy[nazwa] = Date.now() - t0;
      }
    },
  };
}

/** a viewport screenshot into the temp folder (no focus ring, no hover); `docs`: its README name, copied by `npm run zrzuty` */
export async function zrzut(p: Page, plik: string, docs?: string): Promise<string> {
  const cel = path.join(katalogWynikow(), plik);
  await p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await p.mouse.move(0, 0);
  await p.screenshot({ path: cel, animations: 'disabled' });
  if (docs && DO_DOCS) {
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(cel, path.join(DOCS, docs));
  }
  return cel;
}

/** one element's picture into the temp folder (for reviewing a card whole) */
export async function zrzutElementu(el: Locator, plik: string): Promise<string> {
  const cel = path.join(katalogWynikow(), plik);
  await el.page().mouse.move(0, 0);
  await el.screenshot({ path: cel, animations: 'disabled' });
  return cel;
}

/** every non-empty cell of the named sheets: value and number format, by `Arkusz!A1` */
export async function komorkiArkuszy(
  bajty: Buffer,
  nazwy: readonly string[],
): Promise<Record<string, { v: unknown; f: string }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bajty as never);
  const wynik: Record<string, { v: unknown; f: string }> = {};
  for (const n of nazwy) {
    const ws = wb.getWorksheet(n);
    if (!ws) continue;
    ws.eachRow({ includeEmpty: false }, (r) =>
      r.eachCell({ includeEmpty: false }, (c) => {
        const v = c.value instanceof Date ? c.value.toISOString() : c.value;
        wynik[`${n}!${c.address}`] = { v: JSON.parse(JSON.stringify(v ?? null)) as unknown, f: c.numFmt ?? '' };
      }),
    );
  }
  return wynik;
}

/** one sheet's values as rows (1-based row → cells from column A), for reading a written table */
export async function wierszeArkusza(bajty: Buffer, nazwa: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bajty as never);
  const ws = wb.getWorksheet(nazwa);
  if (!ws) return [];
  const wiersze: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (r, nr) => {
    wiersze[nr] = (r.values as unknown[]).slice(1);
  });
  return wiersze;
}
