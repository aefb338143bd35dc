/**
 * Start-up in Chromium (issue 8 §7): the pane opened outside Excel or on an old Excel shows a Polish message;
 * in a hidden shared runtime nothing reads the workbook or fetches a section until the pane is shown; a section
 * whose code fails to load shows the error boundary, and "Spróbuj ponownie" loads it once the network is back.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { katalogPanelu, zbudujFakeOffice } from './pomoc/budowanie';
import { opiszZChromium, otworzPanel, type Przegladarka } from './pomoc/przegladarka';

const opisz = opiszZChromium('Start panelu w przeglądarce');
const TMP = mkdtempSync(path.join(tmpdir(), 'cs-start-'));

/** an office.js of the given text, as a file for otworzPanel */
function officeJs(nazwa: string, tekst: string): string {
  const plik = path.join(TMP, `${nazwa}.js`);
  writeFileSync(plik, tekst);
  return plik;
}

/** office.js outside Office, or in an Excel whose isSetSupported says yes only up to `doWersji` */
const stubOffice = (host: string | null, doWersji: string) => `
  window.Office = {
    HostType: { Excel: 'Excel' },
    onReady(cb) { const i = { host: ${JSON.stringify(host)}, platform: null }; if (cb) setTimeout(() => cb(i), 0); return Promise.resolve(i); },
    actions: { associate() {} },
    addin: { showAsTaskpane: async () => undefined },
    context: { requirements: { isSetSupported: (z, w) => Number(String(w).split('.')[1]) <= ${Number(doWersji.split('.')[1])} } },
  };
  ${host ? 'window.Excel = { run: () => Promise.reject(new Error("not in this test")) };' : ''}`;

/**
 * the page starts hidden (a shared runtime started by custom functions), with the remembered tab one that reads
 * the workbook as soon as it is shown (Kwalifikacja); window.__pokazPanel() shows the pane
 */
const UKRYTY = `(() => {
  localStorage.setItem('cyfrowa-szkola.zakladka', 'kwalifikacja');
  let stan = 'hidden';
  Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => stan });
  window.__pokazPanel = () => { stan = 'visible'; document.dispatchEvent(new Event('visibilitychange')); };
})();\n`;

/** scripts the page fetched so far whose names start with one of `przedrostki` */
const pobrane = (p: Page, przedrostki: string[]) =>
  p.evaluate(
    (pr) =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name.split('/').pop()!)
        .filter((n) => pr.some((x) => n.startsWith(x))),
    przedrostki,
  );

/** no page errors but the expected ones (office.js missing: the custom functions' file cannot register) */
const tylkoOczekiwane = (b: Przegladarka, oczekiwane: RegExp[]) =>
  expect(b.bledy.filter((e) => !oczekiwane.some((r) => r.test(e)))).toEqual([]);

opisz('start of the task pane in Chromium', () => {
  let katalog: string;
  let fake: string;
  beforeAll(async () => {
    [fake, { katalog }] = await Promise.all([zbudujFakeOffice(), katalogPanelu()]);
  }, 300_000);

  test('outside Excel (office.js not loaded, a plain browser, another application): the Polish message, nothing else', async () => {
    for (const [nazwa, tekst] of [
      ['brak', '/* office.js could not be fetched */'],
      ['przegladarka', stubOffice(null, '1.20')],
      ['word', stubOffice('Word', '1.20')],
    ] as const) {
      const b = await otworzPanel(katalog, officeJs(nazwa, tekst));
      try {
        const komunikat = b.strona.getByTestId('start-pozaExcelem');
        await komunikat.waitFor({ timeout: 30_000 });
        await expect(komunikat.textContent()).resolves.toMatch(
          /^Otwórz ten panel w Excelu.*Narzędzia główne → Cyfrowa szkoła → Panel/,
        );
        await expect(
          b.strona.getByRole('link', { name: 'Pomoc i obsługiwane wersje' }).getAttribute('href'),
        ).resolves.toBe('pomoc.html');
        await expect(b.strona.getByTestId('zakladka-sprawdz').count()).resolves.toBe(0);
        tylkoOczekiwane(b, [/CustomFunctions is not defined/]);
      } finally {
        await b.zamknij();
      }
    }
  }, 120_000);

  test('an Excel without ExcelApi 1.9 (requirement sets checked at start): the Polish message names what is missing', async () => {
    const b = await otworzPanel(katalog, officeJs('stary', stubOffice('Excel', '1.7')));
    try {
      const komunikat = b.strona.getByTestId('start-staraWersja');
      await komunikat.waitFor({ timeout: 30_000 });
      await expect(komunikat.textContent()).resolves.toMatch(/Ta wersja Excela nie obsługuje panelu.*ExcelApi 1\.9/);
      tylkoOczekiwane(b, [/CustomFunctions is not defined/]);
    } finally {
      await b.zamknij();
    }
  }, 60_000);

  test('a hidden shared runtime reads nothing and fetches no section until the pane is shown', async () => {
    const b = await otworzPanel(katalog, officeJs('ukryty', UKRYTY + readFileSync(fake, 'utf8')));
    try {
      const p = b.strona;
      // longer than the pane's prefetch of the other sections (1.5 s after it renders)
      await p.waitForTimeout(3000);
      await expect(p.evaluate(() => document.getElementById('korzen')!.childElementCount)).resolves.toBe(0);
      await expect(
        p.evaluate(() =>
          (window as unknown as { __fakeExcel: { synchronizacje(): number } }).__fakeExcel.synchronizacje(),
        ),
      ).resolves.toBe(0);
      await expect(pobrane(p, ['sekcja-', 'rdzen'])).resolves.toEqual([]);
      await p.evaluate(() => (window as unknown as { __pokazPanel(): void }).__pokazPanel());
      await p.getByTestId('panel-kwalifikacja').waitFor({ timeout: 30_000 });
      const synchronizacje = () =>
        p.evaluate(() =>
          (window as unknown as { __fakeExcel: { synchronizacje(): number } }).__fakeExcel.synchronizacje(),
        );
      for (let i = 0; i < 300 && (await synchronizacje()) === 0; i++) await p.waitForTimeout(100);
      expect(await synchronizacje()).toBeGreaterThan(0);
      expect(b.bledy).toEqual([]);
    } finally {
      await b.zamknij();
    }
  }, 90_000);

  test('a section whose code cannot be fetched: the error boundary in Polish, and “Spróbuj ponownie” loads it once the network is back', async () => {
    const b = await otworzPanel(katalog, officeJs('siec', UKRYTY + readFileSync(fake, 'utf8')));
    try {
      const p = b.strona;
      const blokada = (r: { abort(k: string): Promise<void> }) => r.abort('internetdisconnected');
      await b.kontekst.route(/\/sekcja-podzial\.[0-9a-f]+\.js$/, blokada);
      await p.evaluate(() => (window as unknown as { __pokazPanel(): void }).__pokazPanel());
      await p.getByTestId('zakladka-podzial').click();
      const granica = p.getByTestId('panel-podzial').getByTestId('granica-bledu');
      await granica.waitFor({ timeout: 30_000 });
      await expect(granica.textContent()).resolves.toMatch(
        /^Ta część panelu nie działa.*Nie udało się pobrać tej części panelu z serwera dodatku.*Spróbuj ponownie/,
      );
      // still offline: the retry fails the same way, nothing goes blank
      await p.getByTestId('sprobuj-ponownie').click();
      await granica.waitFor({ timeout: 30_000 });
      await b.kontekst.unroute(/\/sekcja-podzial\.[0-9a-f]+\.js$/, blokada);
      await p.getByTestId('sprobuj-ponownie').click();
      await p.getByTestId('uruchom-podzial').waitFor({ timeout: 30_000 });
      await expect(granica.count()).resolves.toBe(0);
      // the other tabs were never affected
      await p.getByTestId('zakladka-sprawdz').click();
      await expect(p.getByTestId('panel-sprawdz').getByTestId('granica-bledu').count()).resolves.toBe(0);
      tylkoOczekiwane(b, [
        /sekcja-podzial/,
        /ChunkLoadError|Loading chunk/,
        /ERR_INTERNET_DISCONNECTED|Failed to load resource/,
      ]);
    } finally {
      await b.zamknij();
    }
  }, 120_000);
});
