/**
 * Debian Chromium driven by playwright-core: a fresh profile, the built pane served from files at
 * https://localhost:3000/ and office.js replaced by the fake host — all through request routing, so no
 * server, certificate or network is involved (every other request is refused).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ADRES_PANELU = 'https://localhost:3000/taskpane.html';
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const ARGUMENTY = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TYPY: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export function chromiumDostepny(): boolean {
  return existsSync(CHROMIUM);
}

/**
 * `describe` for a browser suite. Without Chromium: under CI (`CI` set) the suite fails — CI installs it —
 * elsewhere it is skipped with a warning that says how to install it; never skipped silently.
 */
export function opiszZChromium(co: string): jest.Describe {
  if (chromiumDostepny()) return describe;
  const komunikat = `${co}: brak ${CHROMIUM} (zainstaluj: apt-get install chromium albo ustaw CHROMIUM_PATH).`;
  if (process.env.CI) {
    const nieudany = (nazwa: string) =>
      test(`${nazwa} — wymaga Chromium`, () => {
        throw new Error(`${komunikat} W CI te testy muszą się wykonać.`);
      });
    return ((nazwa: string) => describe(nazwa, () => nieudany(nazwa))) as unknown as jest.Describe;
  }
  console.warn(`${komunikat} Testy pominięte.`);
  return describe.skip;
}

export interface Przegladarka {
  kontekst: BrowserContext;
  strona: Page;
  /** console errors and page errors seen so far */
  bledy: string[];
  zamknij(): Promise<void>;
}

/** the wall clock the pane sees unless a test gives its own (the S2 team meeting) */
export const ZEGAR = new Date('2012-05-10T10:15:00+02:00');

export async function otworzPanel(
  katalogPanelu: string,
  fakeOffice: string,
  rozmiar = { width: 400, height: 900 },
  zegar: Date = ZEGAR,
): Promise<Przegladarka> {
  const { chromium } = await import('playwright-core');
  const profil = mkdtempSync(path.join(tmpdir(), 'cs-chromium-'));
  const kontekst = await chromium.launchPersistentContext(profil, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGUMENTY,
    viewport: rozmiar,
    deviceScaleFactor: 2,
    locale: 'pl-PL',
    timezoneId: 'Europe/Warsaw',
    serviceWorkers: 'block',
  });
  // later routes win: refuse everything, then serve the pane and the fake office.js
  await kontekst.route('**/*', (r) => r.abort('blockedbyclient'));
  await kontekst.route('https://localhost:3000/**', async (r) => {
    const url = new URL(r.request().url());
    const plik = path.join(katalogPanelu, decodeURIComponent(url.pathname));
    if (!plik.startsWith(katalogPanelu) || !existsSync(plik)) return r.fulfill({ status: 404, body: 'brak pliku' });
    await r.fulfill({
      status: 200,
      body: readFileSync(plik),
      headers: { 'content-type': TYPY[path.extname(plik)] ?? 'application/octet-stream' },
    });
  });
  await kontekst.route(OFFICE_JS, (r) =>
    r.fulfill({ status: 200, body: readFileSync(fakeOffice), headers: { 'content-type': TYPY['.js'] } }),
  );
  // a fixed wall clock (by default the S2 team meeting): the same screenshots on every run; timers still run
  await kontekst.clock.setFixedTime(zegar);
  const strona = kontekst.pages()[0] ?? (await kontekst.newPage());
  const bledy: string[] = [];
  strona.on('pageerror', (e) => bledy.push(`pageerror: ${e.message}`));
  strona.on('console', (m) => m.type() === 'error' && bledy.push(`console: ${m.text()}`));
  await strona.goto(ADRES_PANELU);
  return {
    kontekst,
    strona,
    bledy,
    async zamknij() {
      await kontekst.close();
      rmSync(profil, { recursive: true, force: true });
    },
  };
}
