/**
 * Real-browser tests of the built task pane (issue 3, item 5): Debian Chromium + playwright-core, the
 * pane from dist/ (or a fresh build when dist/ is stale), office.js routed to the fake Excel host.
 * Without /usr/bin/chromium: skipped with a warning, or failed under CI (which installs it with apt).
 * Screenshots go to a temporary folder; `npm run zrzuty` also copies the README's two into docs/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { katalogPanelu, KORZEN, zbudujFakeOffice } from './pomoc/budowanie';
import { opiszZChromium, otworzPanel, type Przegladarka } from './pomoc/przegladarka';
import { hak } from './pomoc/hak';
import { zrzut } from './pomoc/narzedzia';

const PRZYKLAD = path.join(KORZEN, 'examples/wojewodztwo-mazowieckie.xlsx');
const ZLOTY_JSON = path.join(KORZEN, 'examples/wojewodztwo-mazowieckie.json');
const WNIOSEK = path.join(KORZEN, 'examples/wniosek-dyrektora.xlsx');
const PODZIAL = path.join(KORZEN, 'examples/podzial-srodkow.xlsx');

const opisz = opiszZChromium('Testy w przeglądarce');

/** money as the pane shows it in Polish: "34 794 819,89 zł" with no-break spaces */
function zl(json: string): string {
  const [c, g] = json.split('.');
  return `${c.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')},${g}\u00a0zł`;
}

/** polls `f` until it returns `oczekiwane` (Playwright's locators wait; the hook's values do not) */
async function doczekaj<T>(f: () => Promise<T>, oczekiwane: T, ms = 10_000): Promise<void> {
  const koniec = Date.now() + ms;
  let v = await f();
  while (v !== oczekiwane && Date.now() < koniec) {
    await new Promise((r) => setTimeout(r, 100));
    v = await f();
  }
  expect(v).toBe(oczekiwane);
}

const czasy: Record<string, number> = {};
async function mierz<T>(nazwa: string, f: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  try {
    return await f();
  } finally {
    czasy[nazwa] = Date.now() - t0;
  }
}

/** the live-validation switch, on or off (it moves at once; the adapter's first full check follows) */
async function naZywo(p: Page, wlacz: boolean): Promise<void> {
  await zakladka(p, 'sprawdz');
  const s = p.getByTestId('na-zywo');
  if ((await s.isChecked()) !== wlacz) await s.click();
  await doczekaj(() => s.isChecked(), wlacz);
}

/** runs `klik` and tells whether a progress bar appeared inside `kontener` meanwhile (a MutationObserver sees
 *  it even when the work then holds the main thread until it is gone again, as the fake host's does) */
async function zPaskiemPostepu(
  p: Page,
  kontener: string,
  klik: () => Promise<void>,
  koniec: () => Promise<void>,
): Promise<boolean> {
  await p.evaluate((id) => {
    const w = window as unknown as { __pasek: boolean };
    w.__pasek = false;
    const el = document.querySelector(`[data-testid="${id}"]`)!;
    new MutationObserver(() => {
      if (el.querySelector('[role="progressbar"]')) w.__pasek = true;
    }).observe(el, { childList: true, subtree: true });
  }, kontener);
  await klik();
  await koniec();
  return p.evaluate(() => (window as unknown as { __pasek: boolean }).__pasek);
}

async function zakladka(p: Page, nazwa: string): Promise<void> {
  await p.getByTestId(`zakladka-${nazwa}`).click();
  await p.getByTestId(`panel-${nazwa}`).waitFor({ state: 'visible' });
}

/** the example workbook */
async function zeszytPrzykladu(): Promise<Buffer> {
  return readFileSync(PRZYKLAD);
}

opisz('task pane in Chromium (fake Excel host)', () => {
  let b: Przegladarka;
  let p: Page;

  beforeAll(async () => {
    const [fake, panel] = await mierz('budowanie', () => Promise.all([zbudujFakeOffice(), katalogPanelu()]));
    if (panel.swiezy)
      console.warn(
        `dist/ jest nieaktualny lub go nie ma — testy używają świeżej kompilacji (${panel.katalog}). Uruchom npm run build.`,
      );
    b = await mierz('uruchomienie', () => otworzPanel(panel.katalog, fake));
    p = b.strona;
    await p.getByTestId('zakladka-sprawdz').waitFor({ timeout: 30_000 });
  }, 300_000);

  afterAll(async () => {
    await b?.zamknij();
    console.log(`Czasy testów w przeglądarce (ms): ${JSON.stringify(czasy)}`);
  });

  afterEach(() => {
    expect(b.bledy).toEqual([]);
  });

  test('WB-2 template inserted, a wrong value typed, its finding shown (live and Sprawdź), click selects the cell', async () => {
    await zakladka(p, 'szablony');
    await mierz('szablon', async () => {
      await p.getByTestId('wstaw-szablon').click();
      await p.getByTestId('wynik-szablonu').waitFor();
    });
    await expect(p.getByTestId('wynik-szablonu').textContent()).resolves.toContain('Parametry');
    expect((await hak.arkusze(p)).map((a) => a.nazwa)).toEqual(
      expect.arrayContaining(['Parametry', 'Wnioski', 'Reguły']),
    );

    await naZywo(p, true);
    await p.getByTestId('stan-uwag').waitFor();

    // a user types (the template's tables start under their WB-2.0 title block): "90.000,00" uses a dot as the thousands separator (WB-1.4)
    await mierz('na-zywo', async () => {
      await hak.wpisz(p, 'Parametry', 'B5', '90.000,00');
      await p
        .locator('[data-testid="uwaga"][data-komorka="Parametry!B5"]')
        .filter({ hasText: '90.000,00' })
        .waitFor({ timeout: 15_000 });
    });
    await expect(p.getByTestId('stan-uwag').textContent()).resolves.toContain('na bieżąco');

    // a few more, as an official would: one application row with a contribution below 20 % and the same fallback
    const wiersz: Array<[string, string | number]> = [
      ['B5', 'Gmina Wąsewo'],
      ['E5', 'Szkoła Podstawowa w Wąsewie'],
      ['F5', '140000017'],
      ['H5', 'wieś'],
      ['I5', 80],
      ['J5', 'I'],
      ['K5', 'I'],
      ['L5', 90000],
      ['M5', 18000],
    ];
    // and a second one asking for more than the cap of a medium school (capped, with a warning: CS-5.2)
    wiersz.push(
      ['B6', 'Gmina Wąsewo'],
      ['E6', 'Szkoła Podstawowa w Brańszczyku'],
      ['F6', '140000023'],
      ['H6', 'miasto do 5 tys.'],
      ['I6', 250],
      ['J6', 'I'],
      ['K6', 'II'],
      ['L6', 150000],
      ['M6', 37500],
    );
    for (const [a, v] of wiersz) await hak.wpisz(p, 'Wnioski', a, v);
    await hak.wpisz(p, 'Parametry', 'B4', 'mazowieckie');
    await hak.wpisz(p, 'Parametry', 'B13', 'Anna Nowak; Jan Kowalski');

    await mierz('sprawdz', async () => {
      await p.getByTestId('sprawdz').click();
      await p.getByTestId('stan-uwag').filter({ hasText: 'sprawdzenie' }).waitFor();
    });
    const uwaga = (komorka: string, regula: string) =>
      p.locator(`[data-testid="uwaga"][data-komorka="${komorka}"][data-regula="${regula}"]`);
    await expect(uwaga('Parametry!B5', 'WB-1.4').count()).resolves.toBe(1);
    await expect(uwaga('Wnioski!M5', 'CS-4.3').count()).resolves.toBe(1);
    await expect(uwaga('Wnioski!K5', 'CS-8.1').count()).resolves.toBe(1);
    await expect(uwaga('Parametry!B5', 'WB-1.4').textContent()).resolves.toContain('90.000,00');
    await expect(p.locator('[data-testid="uwaga"][data-komorka="Wnioski!L6"]').count()).resolves.toBe(1);

    // the finding is a button: Enter selects its cell in Excel
    await uwaga('Wnioski!M5', 'CS-4.3').focus();
    await p.keyboard.press('Enter');
    await doczekaj(() => hak.zaznaczenie(p), 'Wnioski!M5');
    await uwaga('Parametry!B5', 'WB-1.4').click();
    await doczekaj(() => hak.zaznaczenie(p), 'Parametry!B5');
    await p.getByTestId('ogloszenia').filter({ hasText: 'Zaznaczono Parametry!B5' }).waitFor();

    await p.evaluate(() => window.scrollTo(0, 0));
    await zrzut(p, 'panel-walidacja.png', 'panel-walidacja.png');

    // the highlighted cell got a fill; Wyczyść oznaczenia restores it
    await p.getByTestId('wyczysc').click();
    // the section's message (the live region `ogloszenia` may announce the same words meanwhile)
    await p
      .getByTestId('panel-sprawdz')
      .getByText(/Usunięto oznaczenia z \d+ komórek|Usunięto oznaczenia z 1 komórki/)
      .waitFor();
    await naZywo(p, false);
  }, 120_000);

  test('qualification of the example workbook: preview, run with progress, summary, sheets written, protocol check', async () => {
    await naZywo(p, false);
    await hak.wczytaj(p, await zeszytPrzykladu());
    const zloty = JSON.parse(readFileSync(ZLOTY_JSON, 'utf8')) as {
      koperty: Record<string, string>;
      podsumowanie: { zakwalifikowane: number; kwotaPrzyznana: string };
    };

    await mierz('podglad', async () => {
      await zakladka(p, 'kwalifikacja');
      await p.getByTestId('tabela-kopert').waitFor({ timeout: 30_000 });
    });
    await expect(p.getByTestId('pole-kwota').inputValue()).resolves.not.toBe('');
    const tabela = (await p.getByTestId('tabela-kopert').textContent()) ?? '';
    for (const k of ['I', 'II', 'I.mała', 'II.duża']) expect(tabela).toContain(zl(zloty.koperty[k]));

    const pasek = await mierz('kwalifikacja', () =>
      zPaskiemPostepu(
        p,
        'uruchomienie',
        () => p.getByTestId('uruchom-kwalifikacje').click(),
        () => p.getByTestId('podsumowanie').waitFor({ timeout: 120_000 }),
      ),
    );
    expect(pasek).toBe(true);
    await expect(p.getByTestId('uruchomienie').getByRole('progressbar').count()).resolves.toBe(0);
    const tekst = (await p.getByTestId('podsumowanie-tekst').textContent()) ?? '';
    expect(tekst).toMatch(/^Zakwalifikowano \d+ szkół na łączną kwotę/);
    expect(tekst).toContain(
      `${zloty.podsumowanie.zakwalifikowane} szkół na łączną kwotę ${zl(zloty.podsumowanie.kwotaPrzyznana)}`,
    );

    // WB-3.2 sheets written in place, the state sheet very hidden, input untouched
    const arkusze = await hak.arkusze(p);
    const nazwy = arkusze.map((a) => a.nazwa);
    expect(nazwy).toEqual(
      expect.arrayContaining([
        'Parametry',
        'Wnioski',
        'Protokół',
        'Wykaz wniosków',
        'Zakwalifikowane',
        'Niezakwalifikowane',
        'Odrzucone formalnie', // WB-3.2 / WB-3.4
        'Do publikacji — wariant I', // WB-3.4
        'Do publikacji — wariant II',
        'Przebieg kwalifikacji',
        'Informacja dla ministra',
        'Uwagi',
      ]),
    );
    expect(arkusze.find((a) => a.nazwa === '_cyfrowa_szkola')?.widocznosc).toBe('veryHidden');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await hak.pobierz(p)) as never);
    const zakw = wb.getWorksheet('Zakwalifikowane')!;
    expect((zakw.getRow(5).values as unknown[]).slice(1)).toEqual([
      // WB-3.4: below the 4-row title block
      'Lp.',
      'Wariant',
      'Organ prowadzący',
      'Nazwa szkoły',
      'REGON szkoły',
      'Wielkość szkoły',
      'Wnioskowana kwota (zł)',
      'Kwota wsparcia (zł)',
      'Wkład własny (zł)',
      'Pozycja w losowaniu',
      'Krok',
    ]);
    const kolumnaB: unknown[] = [];
    zakw.getColumn(2).eachCell((c) => kolumnaB.push(c.value));
    const liczba = Number(/Zakwalifikowano (\d+)/.exec(tekst)![1]);
    expect(kolumnaB.filter((v) => v === 'I' || v === 'II')).toHaveLength(liczba);
    const razem: string[] = [];
    zakw.eachRow((r) =>
      r.eachCell((c) => typeof c.value === 'string' && c.value.startsWith('Razem wariant') && razem.push(c.value)),
    );
    expect(razem).toEqual(['Razem wariant I', 'Razem wariant II']);
    expect(zakw.getCell('H6').numFmt).toMatch(/#,##0\.00.*"zł"/); // first data row below the title block
    expect(String(wb.getWorksheet('Protokół')!.getCell('A1').value)).toMatch(/protokół/i);

    // the README picture: parameters and preview collapsed (as a user would after checking them), the summary below
    await p.getByTestId('parametry-zwin').click();
    await p.getByTestId('podglad-kopert-zwin').click();
    await expect(p.getByTestId('podglad-kopert').textContent()).resolves.toContain('E_I = ');
    await p.setViewportSize({ width: 400, height: 1320 });
    await p.evaluate(() => window.scrollTo(0, 0));
    await zrzut(p, 'panel-kwalifikacja.png', 'panel-kwalifikacja.png');
    await p.setViewportSize({ width: 400, height: 900 });
    await p.getByTestId('parametry-zwin').click();
    await p.getByTestId('podglad-kopert-zwin').click();

    // Zweryfikuj protokół: unchanged, then an input changed since the protocol
    await p.getByTestId('weryfikuj').click();
    await expect(p.getByTestId('wynik-weryfikacji').getAttribute('data-zgodny')).resolves.toBe('true');
    await hak.wpisz(p, 'Wnioski', 'L5', 12345);
    await p.getByTestId('weryfikuj').click();
    await p.locator('[data-testid="wynik-weryfikacji"][data-zgodny="false"]').waitFor();
  }, 240_000);

  test('parameters are written to `Parametry` only by "Zapisz parametry"; a protected sheet gives a Polish message', async () => {
    await zakladka(p, 'kwalifikacja');
    await p.getByTestId('pole-udzial').fill('60');
    await p.getByTestId('niezapisane').waitFor();
    expect((await hak.komorka(p, 'Parametry', 'B6')).typ).toBe('Empty');
    await p.getByTestId('zapisz-parametry').click();
    await doczekaj(async () => (await hak.komorka(p, 'Parametry', 'B6')).wartosc, 60 as unknown);
    await expect(p.getByTestId('niezapisane').count()).resolves.toBe(0);
    await expect(p.getByTestId('podglad-kopert').textContent()).resolves.toContain('Udział wariantu I: 60 %');

    // an Excel error (protected sheet) becomes a clear Polish message; nothing is written
    await hak.chron(p, 'Parametry');
    await p.getByTestId('pole-udzial').fill('55');
    await p.getByTestId('zapisz-parametry').click();
    await expect(p.getByTestId('parametry').getByTestId('blad').textContent()).resolves.toMatch(
      /chroniony.*Nie chroń arkusza/,
    );
    expect((await hak.komorka(p, 'Parametry', 'B6')).wartosc).toBe(60);
    await hak.chron(p, 'Parametry', false);
    await p.getByTestId('parametry').getByText('Cofnij zmiany').click();
  }, 60_000);

  test('issue 9 §5: with live validation off the pane notices edits — the envelope preview follows Parametry, findings say they are stale', async () => {
    await naZywo(p, false);
    await zakladka(p, 'kwalifikacja');
    const udzial = async () =>
      /Udział wariantu I: 70 %/.test((await p.getByTestId('podglad-kopert').textContent()) ?? '');
    await hak.wpisz(p, 'Parametry', 'B6', 70);
    await doczekaj(udzial, true, 15_000); // no refresh clicked
    await hak.wpisz(p, 'Parametry', 'B6', 60);

    await zakladka(p, 'sprawdz');
    const stan = () => p.getByTestId('stan-uwag').textContent();
    const przed = await stan();
    await p.getByTestId('sprawdz').click();
    await p.waitForFunction((t) => document.querySelector('[data-testid="stan-uwag"]')?.textContent !== t, przed, {
      timeout: 30_000,
    }); // a new result (its time), which already holds the edits above
    await expect(p.getByTestId('uwagi-nieaktualne').count()).resolves.toBe(0);
    await hak.wpisz(p, 'Wnioski', 'E5', 'Szkoła Podstawowa w Wąsewie');
    await p.getByTestId('uwagi-nieaktualne').waitFor({ timeout: 15_000 });
    await p.getByTestId('uwagi-nieaktualne-odswiez').click(); // Sprawdź ponownie
    await p.getByTestId('uwagi-nieaktualne').waitFor({ state: 'detached', timeout: 30_000 });
  }, 90_000);

  test('director’s form: size, cap and the CS-4.3 minimum follow what the director types', async () => {
    await naZywo(p, false);
    await hak.wczytaj(p, readFileSync(WNIOSEK));
    await naZywo(p, true);
    await zakladka(p, 'wniosek');
    await p.getByTestId('odswiez-wniosek').click();
    await p.getByTestId('karta-szkoly').waitFor();
    await expect(p.getByTestId('minimum-cs43').textContent()).resolves.toMatch(/zł$/);

    let wiersz = 0;
    for (let r = 1; r <= 60 && !wiersz; r++)
      if ((await hak.komorka(p, 'Wniosek dyrektora', `A${r}`)).wartosc === 'Liczba uczniów klas I-VI') wiersz = r;
    expect(wiersz).toBeGreaterThan(0);
    await mierz('formularz-na-zywo', async () => {
      await hak.wpisz(p, 'Wniosek dyrektora', `B${wiersz}`, 350);
      await p.getByTestId('wielkosc').filter({ hasText: 'duża' }).waitFor({ timeout: 15_000 });
    });
    await expect(p.getByTestId('limit').textContent()).resolves.toBe(zl('200000.00'));
    await hak.wpisz(p, 'Wniosek dyrektora', `B${wiersz}`, 60);
    await p.getByTestId('wielkosc').filter({ hasText: 'mała' }).waitFor({ timeout: 15_000 });
    await expect(p.getByTestId('limit').textContent()).resolves.toBe(zl('90000.00'));
    await zrzut(p, 'panel-wniosek-dyrektora.png');
    await naZywo(p, false);
  }, 90_000);

  test('Podział środków: Part A on the example workbook, 16 voivodeships, the sum exact', async () => {
    await naZywo(p, false);
    await hak.wczytaj(p, readFileSync(PODZIAL));
    await zakladka(p, 'podzial');
    await mierz('podzial', async () => {
      await p.getByTestId('uruchom-podzial').click();
      await p.getByTestId('wynik-podzialu').waitFor();
    });
    const wiersze = p.getByTestId('wynik-podzialu').locator('tbody tr');
    await expect(wiersze.count()).resolves.toBe(17);
    await expect(wiersze.last().textContent()).resolves.toContain(zl('44000000.00'));
    expect((await hak.arkusze(p)).map((a) => a.nazwa)).toContain('Podział środków — wynik');
    await zrzut(p, 'panel-podzial.png');
    await zakladka(p, 'szablony');
    await zrzut(p, 'panel-szablony.png');
    await zakladka(p, 'jst');
    await zrzut(p, 'panel-jst.png');
    // JST-1/2 on a workbook without JST sheets: a result, a blocked run or a clear message — never a crash
    await p.getByTestId('jst-diagnozuj').click();
    await p
      .getByTestId('panel-jst')
      .locator('[data-testid="jst-wynik"], [data-testid="wynik-zablokowany"], [data-testid="blad"]')
      .first()
      .waitFor();
    await zrzut(p, 'panel-jst-wynik.png');
  }, 60_000);

  test('English locale switch', async () => {
    await p.getByTestId('jezyk-en').click();
    await expect(p.getByTestId('zakladka-sprawdz').textContent()).resolves.toMatch(/^Check/);
    await expect(p.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await zakladka(p, 'kwalifikacja');
    await expect(p.getByTestId('podglad-kopert').textContent()).resolves.toContain('Envelope preview');
    await zrzut(p, 'panel-en.png');
    await p.getByTestId('jezyk-pl').click();
    await expect(p.getByTestId('zakladka-sprawdz').textContent()).resolves.toMatch(/^Sprawdź/);
  }, 30_000);
});
