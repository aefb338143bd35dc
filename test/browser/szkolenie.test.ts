/**
 * Real-browser test of the Szkolenie section (issue 12): Krok po kroku on S2 driven from the keyboard
 * only (every trace row in order, the pane's before/after equal to the trace sheet's, the selected row
 * following the school), Co jeśli on S2 reproducing the spec's what-if line (CS-Z3.W), and the slider's
 * recompute time in Chromium for 640 and 6 000 applications (reported, not asserted: goals live in the
 * bench). Screenshots go to a temp folder; `npm run zrzuty` copies them to docs/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Kontekst } from '../../src/core/api';
import { kwalifikujWojewodztwo } from '../../src/core/wojewodztwo/operacja';
import { czytajPrzyklad } from '../przyklady/pomoc';
import { wojewodztwo } from '../addin/przyklady';
import { katalogPanelu, KORZEN, zbudujFakeOffice } from './pomoc/budowanie';
import { opiszZChromium, otworzPanel, type Przegladarka } from './pomoc/przegladarka';
import { kwotaPl } from '../../src/core/kwota';
import { hak } from './pomoc/hak';
import { doczekaj, komorkiArkuszy, stoper, zakladka, zrzut } from './pomoc/narzedzia';

/** the slider timings for the bench (outside the repository) */
const WYNIKI = path.join(tmpdir(), 'cyfrowa-szkola-pomiary');

const S2 = path.join(KORZEN, 'examples/s2-mazowieckie.xlsx');
const MAZOWIECKIE = path.join(KORZEN, 'examples/wojewodztwo-mazowieckie.xlsx');
const K: Kontekst = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' };

/** scenarios.md, S2 what-if line: share → [count I, zł I, count II, zł II, unused] */
const S2_CO_JESLI: Array<[number, number, number, number, number, number]> = [
  [20, 1, 90000, 4, 405000, 105000],
  [30, 1, 140000, 4, 410000, 50000],
  [40, 2, 230000, 3, 320000, 50000],
  [50, 2, 230000, 3, 285000, 85000],
  [60, 2, 285000, 3, 290000, 25000],
  [70, 3, 375000, 2, 200000, 25000],
  [80, 3, 430000, 2, 145000, 25000],
];

/** zł as the pane shows it in Polish */
const zl = (gr: number) => kwotaPl(gr);

const opisz = opiszZChromium('Sekcja Szkolenie w przeglądarce');

/** the slider set from the keyboard: Home = 20 %, then one ArrowRight per point */
async function ustawUdzial(p: Page, procent: number): Promise<void> {
  const s = p.getByTestId('co-jesli-udzial');
  await s.focus();
  await p.keyboard.press('Home');
  await czekaj(() => p.getByTestId('co-jesli').getAttribute('data-udzial'), '20');
  for (let i = 20; i < procent; i++) await p.keyboard.press('ArrowRight');
  await czekaj(() => p.getByTestId('co-jesli').getAttribute('data-udzial'), String(procent));
}

async function komorkaTabeli(p: Page, wiersz: string): Promise<string> {
  return (
    (await p.locator(`[data-testid="co-jesli-tabela"] tr[data-wiersz="${wiersz}"] td`).first().textContent()) ?? ''
  );
}

/** recompute times of the slider: the core's run (data-czas) and key press → table updated (wall) */
async function czasySuwaka(p: Page, n: number): Promise<{ rdzen: number[]; calosc: number[] }> {
  await ustawUdzial(p, 50);
  const rdzen: number[] = [];
  const calosc: number[] = [];
  for (let i = 0; i < n; i++) {
    const przed = await p.getByTestId('co-jesli').getAttribute('data-udzial');
    const t0 = Date.now();
    await p.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
    await p.waitForFunction(
      (u) => document.querySelector('[data-testid="co-jesli"]')?.getAttribute('data-udzial') !== u,
      przed,
    );
    calosc.push(Date.now() - t0);
    rdzen.push(Number(await p.getByTestId('co-jesli').getAttribute('data-czas')));
  }
  return { rdzen, calosc };
}

/** waits for `f` to give `v`, and fails when it does not */
async function czekaj<T>(f: () => Promise<T>, v: T): Promise<void> {
  expect(await doczekaj(f, v)).toBe(v);
}

const mediana = (x: number[]) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)];

opisz('Szkolenie section in Chromium (fake Excel host, issue 12)', () => {
  let b: Przegladarka;
  let p: Page;
  const { czasy, mierz } = stoper();
  const pomiary: Record<string, unknown> = {};

  beforeAll(async () => {
    const [fake, panel] = await mierz('budowanie', () => Promise.all([zbudujFakeOffice(), katalogPanelu()]));
    b = await mierz('uruchomienie', () => otworzPanel(panel.katalog, fake, { width: 420, height: 1100 }));
    p = b.strona;
    await p.getByTestId('zakladka-sprawdz').waitFor({ timeout: 30_000 });
  }, 300_000);

  afterAll(async () => {
    await b?.zamknij();
    mkdirSync(WYNIKI, { recursive: true });
    writeFileSync(path.join(WYNIKI, 'szkolenie-czasy.json'), JSON.stringify(pomiary, null, 2));
    console.log(`Szkolenie w przeglądarce: ${JSON.stringify({ czasy, pomiary })}`);
  });

  afterEach(() => {
    expect(b.bledy).toEqual([]);
  });

  test("WB-3.2 CS-Z3.4 CS-Z3.5 CS-Z3.6 CS-Z3.7 S2 Krok po kroku from the keyboard: every trace row in order, before/after as the trace sheet, the school's row selected, nothing written", async () => {
    const w = kwalifikujWojewodztwo(await czytajPrzyklad('s2-mazowieckie.xlsx'), K);
    const przebieg = w.plan!.arkusze.find((a) => a.nazwa === 'Przebieg kwalifikacji')!.wiersze;
    const [nagl, ...wiersze] = przebieg.slice(przebieg.findIndex((r) => r[0]?.v === 'Lp.')); // WB-3.4: below the legend
    const kol = (h: string) => nagl.findIndex((c) => c?.v === h);
    const gr = (v: unknown) => Math.round((v as number) * 100);
    const wiersz = new Map<string, number>([
      ['140000017', 2],
      ['140000023', 3],
      ['140000030', 4],
      ['140000046', 5],
      ['140000052', 6],
      ['140000069', 7],
      ['140000075', 8],
      ['140000081', 9],
    ]);

    const bajty = readFileSync(S2);
    await hak.wczytaj(p, bajty);
    const przedKomorki = await komorkiArkuszy(await hak.pobierz(p), ['Parametry', 'Wnioski']);
    const przedArkusze = await hak.arkusze(p);
    await zakladka(p, 'szkolenie');
    const kpk = p.getByTestId('krok-po-kroku');
    await kpk.waitFor({ timeout: 30_000 });
    await kpk.focus();
    for (let i = 0; i < wiersze.length; i++) {
      const r = wiersze[i];
      await czekaj(() => kpk.getAttribute('data-lp'), String(r[kol('Lp.')]!.v));
      expect(await p.getByTestId('krok-przed').textContent()).toBe(zl(gr(r[kol('Dostępne przed (zł)')]!.v)));
      expect(await p.getByTestId('krok-po').textContent()).toBe(zl(gr(r[kol('Dostępne po (zł)')]!.v)));
      expect(await p.getByTestId('krok-zdanie').textContent()).toMatch(/\[CS-Z3\.\d\]$/);
      const regon = r[kol('REGON szkoły')]?.v as string | undefined;
      if (regon) {
        expect(await p.getByTestId('krok-szkola').textContent()).toContain(regon);
        const n = wiersz.get(regon)!;
        await czekaj(
          async () => (await hak.zaznaczenie(p))?.replace(/\$/g, '').includes(`Wnioski!A${n}:`) ?? false,
          true,
        );
      }
      if (i === 8) {
        await zrzut(p, 'szkolenie-krok-po-kroku.png', 'szkolenie-krok-po-kroku.png');
        await kpk.focus(); // the screenshot blurs the focused element
      }
      if (i < wiersze.length - 1) await p.keyboard.press('ArrowRight');
    }
    // jumps: 7 = start of step 7, Home = the first row; D opens "Dlaczego?" for the row's school
    await p.keyboard.press('7');
    await czekaj(() => kpk.getAttribute('data-lp'), '16');
    await p.keyboard.press('Home');
    await czekaj(() => kpk.getAttribute('data-indeks'), '0');
    await p.keyboard.press('d');
    await p.getByTestId('dlaczego').waitFor();
    expect(await p.getByTestId('dlaczego').textContent()).toContain('140000017');
    // projector mode: large type, high contrast; still keyboard driven
    await p.getByTestId('projektor').focus();
    await p.keyboard.press('Space');
    await kpk.focus();
    await p.keyboard.press('ArrowRight');
    await czekaj(() => kpk.getAttribute('data-indeks'), '1');
    await zrzut(p, 'szkolenie-projektor.png');
    // nothing written: the input sheets' cells and the sheet list are as loaded
    expect(await komorkiArkuszy(await hak.pobierz(p), ['Parametry', 'Wnioski'])).toEqual(przedKomorki);
    expect(await hak.arkusze(p)).toEqual(przedArkusze);
  }, 180_000);

  test("CS-Z3.W S2 Co jeśli: the slider (keyboard) reproduces the spec's what-if line for every share", async () => {
    await hak.wczytaj(p, readFileSync(S2));
    await zakladka(p, 'szkolenie');
    await p.getByTestId('co-jesli').waitFor({ timeout: 30_000 });
    for (const [udzial, nI, kI, nII, kII, u] of S2_CO_JESLI) {
      await ustawUdzial(p, udzial);
      expect(await komorkaTabeli(p, 'I razem')).toBe(`${nI} · ${zl(kI * 100)}`);
      expect(await komorkaTabeli(p, 'II razem')).toBe(`${nII} · ${zl(kII * 100)}`);
      expect(await komorkaTabeli(p, 'razem niewykorzystane')).toBe(zl(u * 100));
      if (udzial === 30) await zrzut(p, 'szkolenie-co-jesli.png', 'szkolenie-co-jesli.png');
    }
  }, 180_000);

  test.each([
    [640, 'wojewodztwo-mazowieckie.xlsx'],
    [6000, null],
  ] as const)(
    'CS-Z3.W the slider recompute for %i applications is measured in Chromium',
    async (n, plik) => {
      const bajty = plik ? readFileSync(MAZOWIECKIE) : Buffer.from(await (await wojewodztwo(n)).xlsx.writeBuffer());
      const wczesniej = await p.getByTestId('co-jesli').getAttribute('data-wnioski');
      await hak.wczytaj(p, bajty);
      await zakladka(p, 'szkolenie');
      await p.getByTestId('szkolenie-odswiez').click(); // the workbook was replaced under the open section
      await p.waitForFunction(
        (w) => document.querySelector('[data-testid="co-jesli"]')?.getAttribute('data-wnioski') !== w,
        wczesniej,
        { timeout: 120_000 },
      );
      const { rdzen, calosc } = await czasySuwaka(p, 9);
      pomiary[`wnioski${n}`] = { rdzenMs: mediana(rdzen), suwakMs: mediana(calosc), rdzen, calosc };
      expect(rdzen.every((x) => x > 0)).toBe(true);
    },
    300_000,
  );
});
