/**
 * Issue 4, the JST section of the task pane: its view models against the core's JSON (always run), and
 * real-browser tests (Debian Chromium + playwright-core, office.js routed to the fake Excel host, as in
 * panel.test.ts) on examples/gmina-jst.xlsx and examples/projekt-fers.xlsx — ranking, dashboard, native
 * charts recorded by the fake host, indicators, a located finding for a bad value, input cells untouched.
 * Without /usr/bin/chromium the browser part is skipped with a warning, or fails under CI.
 * The README's dashboard picture (docs/panel-jst-pulpit.png) comes from this run (`npm run zrzuty`), with a fixed clock.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  ARKUSZE_WEJSCIOWE_JST,
  ARKUSZE_WYNIKOWE_JST,
  ARKUSZ_PULPITU,
  diagnozuj,
  monitoruj,
  opisWykresu,
  opisWykresuWydatkow,
  wskazniki,
  type DiagnozaJson,
  type MonitoringJson,
  type WskaznikiJson,
} from '../../src/core/jst';
import type { Kontekst } from '../../src/core/api';
import { TLO_KOLORU } from '../../src/core/jst/slowniki';
import { kwotaJson } from '../../src/core/kwota';
import {
  kwotaSkrocona,
  modelDiagnozy,
  modelPulpitu,
  modelWskaznikow,
  nazwaMiesiaca,
  procent,
  skalaOsi,
} from '../../src/addin/taskpane/sekcje/jst/model';
import { TLO } from '../../src/addin/taskpane/sekcje/jst/kolory';
import { jstEn, jstPl } from '../../src/addin/taskpane/i18n/jst';
import { czytajPrzyklad } from '../przyklady/pomoc';
import { katalogPanelu, KORZEN, zbudujFakeOffice } from './pomoc/budowanie';
import { opiszZChromium, otworzPanel, type Przegladarka } from './pomoc/przegladarka';
import { hak } from './pomoc/hak';
import { doczekaj, komorkiArkuszy, stoper, wierszeArkusza, zakladka, zrzut, zrzutElementu } from './pomoc/narzedzia';

const GMINA = path.join(KORZEN, 'examples/gmina-jst.xlsx');
const PROJEKT = path.join(KORZEN, 'examples/projekt-fers.xlsx');
/** after the examples' monitoring year (2025) and the project's start dates: JST-5 counts support started by then */
const K: Kontekst = { dzis: { y: 2026, m: 1, d: 15 }, jezyk: 'pl' };
const ZEGAR = new Date('2026-01-15T10:15:00+01:00');
const WEJSCIE_GMINY = [...new Set([...ARKUSZE_WEJSCIOWE_JST.diagnozuj, ...ARKUSZE_WEJSCIOWE_JST.monitoruj])];
const WEJSCIE_PROJEKTU = ARKUSZE_WEJSCIOWE_JST.wskazniki;

/** the core's JSON for an example (what the pane must show) */
async function jsonRdzenia<T>(
  plik: string,
  op: (...a: Parameters<typeof diagnozuj>) => { status: string; json: unknown },
): Promise<T> {
  const w = op(await czytajPrzyklad(plik), K);
  expect(w.status).toBe('ok');
  return w.json as T;
}

/** the core's typed data for an example (what the pane's models read) */
async function daneRdzenia<D>(
  plik: string,
  op: (...a: Parameters<typeof diagnozuj>) => { status: string; dane: D | null },
) {
  const w = op(await czytajPrzyklad(plik), K);
  expect(w.status).toBe('ok');
  return w.dane!;
}

/** actions whose latest month with a status is red — computed here from the JSON, independently of the pane's model */
function czerwoneWgJson(m: MonitoringJson): string[] {
  const ostatni = new Map<string, { miesiac: string; status: string | null }>();
  for (const s of m.statusy) {
    if (s.status === null) continue;
    const o = ostatni.get(s.dzialanie);
    if (!o || s.miesiac > o.miesiac) ostatni.set(s.dzialanie, { miesiac: s.miesiac, status: s.status });
  }
  return [...ostatni]
    .filter(([, o]) => o.status === 'czerwony')
    .map(([d]) => d)
    .sort();
}

describe('JST section view models (no browser)', () => {
  test('the pane’s status colours are the written sheets’ fills', () => {
    expect(Object.fromEntries(Object.entries(TLO).map(([k, v]) => [k, v.slice(1)]))).toEqual(TLO_KOLORU);
  });

  test('the JST dictionaries have the same keys in Polish and English', () => {
    const klucze = (o: object, pre = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' ? klucze(v as object, `${pre}${k}.`) : [`${pre}${k}`],
      );
    // names by indicator id are optional in Polish (the core's name is Polish)
    expect(klucze(jstEn).filter((k) => !k.startsWith('projekt.nazwy.'))).toEqual(klucze(jstPl));
    expect(jstPl.pulpit.czerwoneOd('maj 2025', 8)).toBe('czerwone od: maj 2025 (8 miesięcy)');
    expect(jstPl.diagnoza.szkolRek(3)).toBe('3 szkoły');
  });

  test('formatting and axis scale (the pane gets money in grosze: no money text is parsed)', () => {
    expect(procent('40.36', 'pl')).toBe('40,36\u00a0%');
    expect(procent('40.36', 'en')).toBe('40.36%');
    expect(nazwaMiesiaca('2025-12', 'pl')).toBe('gru 2025');
    expect(nazwaMiesiaca('2025-12', 'en')).toBe('Dec 2025');
    expect(kwotaSkrocona(120_000_000, 'pl')).toBe('1,2\u00a0mln');
    expect(skalaOsi(1_362_000, 4)).toEqual({ krok: 500_000, gora: 1_500_000 });
    expect(skalaOsi(1_193_097, 4)).toEqual({ krok: 500_000, gora: 1_500_000 });
    expect(skalaOsi(900, 4)).toEqual({ krok: 250, gora: 1000 });
    expect(skalaOsi(7, 5, true)).toEqual({ krok: 2, gora: 8 });
    expect(skalaOsi(12, 5, true)).toEqual({ krok: 5, gora: 15 });
    expect(skalaOsi(0, 4)).toEqual({ krok: 1, gora: 4 });
  });

  test('diagnosis: the core’s ranking as given, JST ratios of sums, triggered recommendations high priority first', async () => {
    const d = await jsonRdzenia<DiagnozaJson>('gmina-jst.xlsx', diagnozuj);
    const m = modelDiagnozy(d);
    expect(m.ranking.map((r) => r.wiersz)).toEqual(d.rankingWykluczenia.map((r) => r.wiersz));
    expect(m.szkol).toBe(12);
    expect(m.statusy).toEqual({ zielony: 3, bursztynowy: 5, czerwony: 4 });
    expect(m.wskazniki.find((w) => w.klucz === 'uczniowieNaKomputer')?.wartosc).toBe('11.75');
    const uruchomione = d.rekomendacje.filter((r) => r.uruchomiona);
    expect(m.rekomendacje.map((r) => r.id).sort()).toEqual(uruchomione.map((r) => r.id).sort());
    const priorytety = m.rekomendacje.map((r) => r.priorytet);
    expect(priorytety.lastIndexOf('wysoki')).toBeLessThan(priorytety.indexOf('średni'));
  });

  test('dashboard: one entry per month with the JSON’s counts; red actions with their red run', async () => {
    const j = await jsonRdzenia<MonitoringJson>('gmina-jst.xlsx', monitoruj);
    const m = modelPulpitu(await daneRdzenia('gmina-jst.xlsx', monitoruj));
    expect(m.miesiace).toHaveLength(12);
    expect(m.miesiace.map((x) => [x.miesiac, x.liczby.zielony, x.liczby.bursztynowy, x.liczby.czerwony])).toEqual(
      j.miesiace.map((x) => [x.miesiac, x.zielone, x.bursztynowe, x.czerwone]),
    );
    expect(m.skala).toBe(Math.max(...j.miesiace.map((x) => x.zielone + x.bursztynowe + x.czerwone + x.brakDanych)));
    expect(m.czerwone.map((c) => c.dzialanie).sort()).toEqual(czerwoneWgJson(j));
    const cuw = m.czerwone.find((c) => c.dzialanie.startsWith('Centralna obsługa'))!;
    expect(cuw).toMatchObject({ od: '2025-05', miesiac: '2025-12', miesiecy: 8, poTerminie: false });
    expect(m.czerwone[0]).toBe(cuw);
    // the model's grosze are the JSON's WB-4.1 amounts
    expect(kwotaJson(m.budzet)).toBe(j.budzetPlanu.razem);
    expect(m.miesiace.map((x) => [kwotaJson(x.wydatki), kwotaJson(x.plan)])).toEqual(
      j.miesiace.map((x) => [x.wydatkiNarastajaco, x.planWydatkowNarastajaco]),
    );
  });

  test('indicators: value, target, K/M and a bar capped at 100 %', async () => {
    const w = await jsonRdzenia<WskaznikiJson>('projekt-fers.xlsx', wskazniki);
    const m = modelWskaznikow(await daneRdzenia('projekt-fers.xlsx', wskazniki));
    expect([m.wydatki, m.plan, m.pozaOknem].map(kwotaJson)).toEqual([
      w.budzet.wydatki.razem,
      w.budzet.plan.ogolem,
      w.budzet.wydatki.pozaOknem,
    ]);
    expect(m.wskazniki.map((x) => [x.id, x.wartosc, x.cel])).toEqual(w.wskazniki.map((x) => [x.id, x.wartosc, x.cel]));
    for (const x of m.wskazniki) {
      expect(x.pasek).toBeLessThanOrEqual(1);
      if (x.k && x.m) expect(x.k.wartosc + x.m.wartosc + x.bezPlci).toBe(x.wartosc);
    }
    // the example has one person without a valid `Płeć` (the core reports K + M ≠ total): shown, not hidden
    expect(m.wskazniki[0].bezPlci).toBe(1);
    expect(m.wskazniki.find((x) => x.id === 'jst-doradztwo')?.k).toBeNull();
  });
});

const opisz = opiszZChromium('Testy sekcji JST w przeglądarce');

opisz('JST section in Chromium (fake Excel host)', () => {
  let b: Przegladarka;
  let p: Page;
  const { czasy, mierz } = stoper();

  beforeAll(async () => {
    const [fake, panel] = await mierz('budowanie', () => Promise.all([zbudujFakeOffice(), katalogPanelu()]));
    if (panel.swiezy)
      console.warn(
        `dist/ jest nieaktualny lub go nie ma — testy używają świeżej kompilacji (${panel.katalog}). Uruchom npm run build.`,
      );
    b = await mierz('uruchomienie', () => otworzPanel(panel.katalog, fake, { width: 400, height: 900 }, ZEGAR));
    p = b.strona;
    await p.getByTestId('zakladka-sprawdz').waitFor({ timeout: 30_000 });
  }, 300_000);

  afterAll(async () => {
    await b?.zamknij();
    console.log(`Czasy testów sekcji JST w przeglądarce (ms): ${JSON.stringify(czasy)}`);
  });

  afterEach(() => {
    expect(b.bledy).toEqual([]);
  });

  test('gmina-jst.xlsx: diagnozuj shows the ranked schools, monitoruj the dashboard; Pulpit monitoringu written with two native charts; input untouched', async () => {
    const [d, m] = await Promise.all([
      jsonRdzenia<DiagnozaJson>('gmina-jst.xlsx', diagnozuj),
      jsonRdzenia<MonitoringJson>('gmina-jst.xlsx', monitoruj),
    ]);
    await hak.wczytaj(p, readFileSync(GMINA));
    const przed = await komorkiArkuszy(await hak.pobierz(p), WEJSCIE_GMINY);
    expect(Object.keys(przed).length).toBeGreaterThan(300);
    await zakladka(p, 'jst');

    // JST-1/2: the ranking in the core's order, statuses as badges, focus on the new card
    await mierz('diagnozuj', async () => {
      await p.getByTestId('jst-diagnozuj').click();
      await p.getByTestId('jst-diagnoza').waitFor({ timeout: 60_000 });
    });
    const szkoly = await p.getByTestId('jst-szkola').evaluateAll((w) =>
      w.map((e) => ({
        wiersz: Number(e.getAttribute('data-wiersz')),
        status: e.getAttribute('data-status'),
        nazwa: e.querySelector('[data-testid="jst-szkola-nazwa"]')?.textContent,
      })),
    );
    expect(szkoly).toEqual(
      d.rankingWykluczenia.map((r) => ({ wiersz: r.wiersz, status: r.status ?? '', nazwa: r.nazwa })),
    );
    await expect(p.getByTestId('jst-szkola').first().textContent()).resolves.toMatch(
      /^1Szkoła Podstawowa w Dębinie14,49\u00a0% · SPE 6 · OPS 37czerwony$/,
    );
    await expect(p.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Diagnoza i rekomendacje');
    await expect(
      p.locator('[data-testid="jst-wskazniki-jst"] [data-klucz="uczniowieNaKomputer"]').textContent(),
    ).resolves.toBe('11,75');
    const rek = await p.getByTestId('jst-rekomendacja').evaluateAll((w) => w.map((e) => e.getAttribute('data-id')));
    expect([...rek].sort()).toEqual(
      d.rekomendacje
        .filter((r) => r.uruchomiona)
        .map((r) => r.id)
        .sort(),
    );
    // a recommendation opens to its schools
    const wyk = p.locator('[data-testid="jst-rekomendacja"][data-id="R-WYKLUCZENIE"]');
    await wyk.locator('summary').click();
    for (const s of d.rekomendacje.find((r) => r.id === 'R-WYKLUCZENIE')!.szkoly)
      await expect(wyk.textContent()).resolves.toContain(s.nazwa!);
    await p.getByTestId('jst-diagnoza').scrollIntoViewIfNeeded();
    await zrzutElementu(p.getByTestId('jst-diagnoza'), 'panel-jst-diagnoza.png');
    await wyk.locator('summary').click();

    // JST-4: the dashboard, 12 months with the JSON's counts, red actions, the data table
    await mierz('monitoruj', async () => {
      await p.getByTestId('jst-monitoruj').click();
      await p.getByTestId('jst-pulpit').waitFor({ timeout: 60_000 });
    });
    const miesiace = await p
      .getByTestId('jst-miesiac')
      .evaluateAll((w) =>
        w.map((e) => ['miesiac', 'zielone', 'bursztynowe', 'czerwone'].map((a) => e.getAttribute(`data-${a}`))),
      );
    expect(miesiace).toHaveLength(12);
    expect(miesiace).toEqual(
      m.miesiace.map((x) => [x.miesiac, String(x.zielone), String(x.bursztynowe), String(x.czerwone)]),
    );
    const ost = m.miesiace[11];
    await expect(
      p
        .getByRole('img', {
          name: `${nazwaMiesiaca(ost.miesiac, 'pl')}: zielone ${ost.zielone}, bursztynowe ${ost.bursztynowe}, czerwone ${ost.czerwone}`,
        })
        .count(),
    ).resolves.toBe(1);
    await expect(p.getByTestId('jst-wykres-wydatkow').getAttribute('aria-label')).resolves.toContain(
      '1\u00a0175\u00a0460,00\u00a0zł',
    );
    const czerwone = await p
      .getByTestId('jst-czerwone-dzialanie')
      .evaluateAll((w) => w.map((e) => e.firstElementChild?.textContent ?? ''));
    expect([...czerwone].sort()).toEqual(czerwoneWgJson(m));
    await expect(p.getByTestId('jst-czerwone').textContent()).resolves.toContain('po terminie');
    await expect(p.getByTestId('jst-tabela-pulpitu').isVisible()).resolves.toBe(false);
    await p.getByTestId('jst-pokaz-tabele').click();
    await expect(p.getByTestId('jst-tabela-pulpitu').locator('tbody tr').count()).resolves.toBe(12);
    await p.getByTestId('jst-pokaz-tabele').click();

    // the sheet: the chart table A3:I15 and the two native charts the fake host recorded
    const arkusze = (await hak.arkusze(p)).map((a) => a.nazwa);
    expect(arkusze).toEqual(
      expect.arrayContaining([...ARKUSZE_WYNIKOWE_JST.diagnozuj, ...ARKUSZE_WYNIKOWE_JST.monitoruj]),
    );
    const po = await hak.pobierz(p);
    const tabela = await wierszeArkusza(po, ARKUSZ_PULPITU);
    expect(tabela.slice(4, 16).map((r) => r.slice(0, 4))).toEqual(
      m.miesiace.map((x) => [x.miesiac, x.zielone, x.bursztynowe, x.czerwone]),
    );
    const wykresy = await hak.wykresy(p, ARKUSZ_PULPITU);
    expect(wykresy).toHaveLength(2);
    const seria = (nazwa: string, kol: string) => ({ nazwa, wartosci: `${kol}4:${kol}15`, osX: 'A4:A15' });
    expect(wykresy[0]).toMatchObject({
      typ: 'ColumnStacked',
      zrodlo: 'B3:D15',
      tytul: opisWykresu(12).tytul,
      serie: [seria('Zielone', 'B'), seria('Bursztynowe', 'C'), seria('Czerwone', 'D')],
    });
    expect(wykresy[1]).toMatchObject({
      typ: 'Line',
      zrodlo: 'G3:H15',
      tytul: opisWykresuWydatkow(12).tytul,
      serie: [seria('Wydatki narastająco (zł)', 'G'), seria('Plan wydatków narastająco (zł)', 'H')],
    });
    expect(wykresy.every((w) => w.polozenie !== null)).toBe(true);

    // WB-3.1: the input sheets are as they were (values and number formats)
    expect(await komorkiArkuszy(po, WEJSCIE_GMINY)).toEqual(przed);

    // the README picture: the diagnosis collapsed, the dashboard right under the section tabs
    await p.getByTestId('jst-diagnoza-zwin').click();
    const [tabsH, kartaH] = await Promise.all([
      p.getByRole('tablist').evaluate((e) => e.getBoundingClientRect().height),
      p.getByTestId('jst-pulpit').evaluate((e) => e.getBoundingClientRect().height),
    ]);
    await p.setViewportSize({ width: 400, height: Math.ceil(tabsH + kartaH + 24) });
    await p
      .getByTestId('jst-pulpit')
      .evaluate((e, h) => window.scrollTo(0, window.scrollY + e.getBoundingClientRect().top - h - 8), tabsH);
    await zrzut(p, 'panel-jst-pulpit.png', 'panel-jst-pulpit.png');
    await p.setViewportSize({ width: 400, height: 900 });
    await p.getByTestId('jst-diagnoza-zwin').click();
    await p.evaluate(() => window.scrollTo(0, 0));
  }, 240_000);

  test('a text in `Szkoły JST` pupils: a located finding after Sprawdź (click selects the cell); input cells untouched; diagnozuj still reports', async () => {
    await hak.wczytaj(p, readFileSync(GMINA));
    await zakladka(p, 'jst');
    await hak.wpisz(p, 'Szkoły JST', 'D5', 'dużo');
    const przed = await komorkiArkuszy(await hak.pobierz(p), WEJSCIE_GMINY);
    await mierz('sprawdz', async () => {
      await p.getByTestId('jst-sprawdz').click();
      await p.getByTestId('jst-wynik-sprawdzenia').waitFor({ timeout: 30_000 });
    });
    await expect(p.getByTestId('jst-wynik-sprawdzenia').textContent()).resolves.toMatch(/^1 błąd, 6 ostrzeżeń/);
    const uwaga = p.getByTestId('panel-jst').locator('[data-testid="uwaga"][data-komorka="Szkoły JST!D5"]');
    await expect(uwaga.count()).resolves.toBe(1);
    await expect(uwaga.getAttribute('data-regula')).resolves.toBe('WB-1.4');
    await expect(uwaga.textContent()).resolves.toContain('dużo');
    await uwaga.click();
    await expect(doczekaj(() => hak.zaznaczenie(p), 'Szkoły JST!D5')).resolves.toBe('Szkoły JST!D5');

    // the typed text stays; nothing else in the input sheets moved
    await expect(hak.komorka(p, 'Szkoły JST', 'D5')).resolves.toMatchObject({ wartosc: 'dużo', typ: 'String' });
    expect(await komorkiArkuszy(await hak.pobierz(p), WEJSCIE_GMINY)).toEqual(przed);

    // the school with the bad row has no status; the others are ranked, nothing crashes
    await p.getByTestId('jst-diagnozuj').click();
    await p.getByTestId('jst-wynik').waitFor({ timeout: 60_000 });
    await expect(p.locator('[data-testid="jst-szkola"][data-wiersz="5"]').getAttribute('data-status')).resolves.toBe(
      '',
    );
    await expect(p.getByTestId('jst-szkola').count()).resolves.toBe(12);
    expect(await komorkiArkuszy(await hak.pobierz(p), WEJSCIE_GMINY)).toEqual(przed);
  }, 120_000);

  test('projekt-fers.xlsx: wskazniki shows the three indicators with target, value, K/M and progress; input untouched', async () => {
    const w = await jsonRdzenia<WskaznikiJson>('projekt-fers.xlsx', wskazniki);
    await hak.wczytaj(p, readFileSync(PROJEKT));
    const przed = await komorkiArkuszy(await hak.pobierz(p), WEJSCIE_PROJEKTU);
    await zakladka(p, 'jst');
    await mierz('wskazniki', async () => {
      await p.getByTestId('jst-wskazniki').click();
      await p.getByTestId('jst-projekt').waitFor({ timeout: 60_000 });
    });
    const widoczne = await p
      .getByTestId('jst-wskaznik')
      .evaluateAll((l) =>
        l.map((e) => [
          e.getAttribute('data-id'),
          Number(e.getAttribute('data-wartosc')),
          Number(e.getAttribute('data-cel')),
        ]),
      );
    expect(widoczne).toEqual(w.wskazniki.map((x) => [x.id, x.wartosc, x.cel]));
    const pierwszy = (await p.getByTestId('jst-wskaznik').first().textContent()) ?? '';
    const x = w.wskazniki[0];
    expect(pierwszy).toContain(procent(x.postep, 'pl'));
    expect(pierwszy).toContain(`K ${x.k} / ${x.celK} (${procent(x.postepK!, 'pl')})`);
    expect(pierwszy).toContain(`M ${x.m} / ${x.celM} (${procent(x.postepM!, 'pl')})`);
    await expect(p.getByTestId('jst-wskaznik').first().locator('abbr').first().getAttribute('title')).resolves.toBe(
      'Kobiety',
    );
    await expect(p.getByTestId('jst-projekt').textContent()).resolves.toContain(`Stan na ${w.stanNa}`);
    await expect(p.getByTestId('jst-bez-plci').first().textContent()).resolves.toContain(
      'K + M ≠ ogółem: 1 osoba bez poprawnej płci',
    );
    expect((await hak.arkusze(p)).map((a) => a.nazwa)).toEqual(
      expect.arrayContaining([...ARKUSZE_WYNIKOWE_JST.wskazniki]),
    );
    expect(await komorkiArkuszy(await hak.pobierz(p), WEJSCIE_PROJEKTU)).toEqual(przed);

    // the example's deliberate data problems: counted in the result, listed on request, each at its cell
    const { uwagi } = wskazniki(await czytajPrzyklad('projekt-fers.xlsx'), K);
    const bledow = uwagi.filter((u) => u.waga === 'błąd').length;
    await expect(p.getByTestId('jst-wynik').textContent()).resolves.toContain(`Uwagi w danych: ${bledow} błędy`);
    await p.getByTestId('jst-pokaz-uwagi').click();
    await expect(p.getByTestId('panel-jst').locator('[data-testid="uwaga"]').count()).resolves.toBe(uwagi.length);
    for (const u of uwagi.filter((x) => x.komorka))
      await expect(
        p
          .getByTestId('panel-jst')
          .locator(`[data-testid="uwaga"][data-komorka="${u.arkusz}!${u.komorka}"][data-regula="${u.regula}"]`)
          .count(),
      ).resolves.toBeGreaterThan(0);
    await p.getByTestId('jst-pokaz-uwagi').click();
    await p.getByTestId('jst-projekt').scrollIntoViewIfNeeded();
    await zrzut(p, 'panel-jst-wskazniki.png');
  }, 120_000);

  test('English: the JST views follow the pane language', async () => {
    await p.getByTestId('jezyk-en').click();
    await expect(p.getByTestId('jst-pulpit').locator('h3').first().textContent()).resolves.toBe('Monitoring dashboard');
    await expect(p.getByRole('img', { name: /^Dec 2025: green \d+, amber \d+, red \d+$/ }).count()).resolves.toBe(1);
    await expect(p.getByTestId('jst-projekt').textContent()).resolves.toContain('JST staff supported');
    await expect(p.getByTestId('jst-szkola').first().textContent()).resolves.toMatch(/\d+\.\d{2}%/);
    await zrzut(p, 'panel-jst-en.png');
    await p.getByTestId('jezyk-pl').click();
    await expect(p.getByTestId('jst-pulpit').locator('h3').first().textContent()).resolves.toBe('Pulpit monitoringu');
  }, 60_000);
});
