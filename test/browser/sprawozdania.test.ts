/**
 * Real-browser test of the Sprawozdania section (issue 11): the example body report is open in the fake
 * Excel host; the user picks school report files (one of them not a workbook) with the file input, the
 * pane reads them itself (lazy ExcelJS reader, nothing sent: every request but the pane's is refused),
 * gathers (CS-R.3a) and shows each source's status as the core gives it, the totals, and the deadline
 * tracker (CS-R.4) with the next deadline and what is missing for it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { zbierz, type ZrodloZbierania } from '../../src/core/sprawozdania';
import { czytajPrzyklad } from '../przyklady/pomoc';
import { katalogPanelu, KORZEN, zbudujFakeOffice } from './pomoc/budowanie';
import { chromiumDostepny, CHROMIUM, otworzPanel, type Przegladarka } from './pomoc/przegladarka';
import { hak } from './pomoc/hak';
import { komorkiArkuszy, zakladka, zrzut } from './pomoc/narzedzia';

const KATALOG = path.join(KORZEN, 'examples/sprawozdania');
const CEL = 'sprawozdanie-organu-gmina-przykladowo.xlsx';
const SZKOLY = ['szkola-01.xlsx', 'szkola-02.xlsx', 'szkola-05.xlsx', 'szkola-05-kopia.xlsx'];
/** the pane's clock: after the school deadline (CS-17.1, 2013-06-10), before the body's (CS-18.1) */
const ZEGAR = new Date('2013-06-20T10:00:00+02:00');

const dostepny = chromiumDostepny();
if (!dostepny) console.warn(`Test sekcji Sprawozdania w przeglądarce pominięty: brak ${CHROMIUM}.`);
const opisz = dostepny ? describe : describe.skip;

opisz('Sprawozdania section in Chromium (fake Excel host, issue 11)', () => {
  let b: Przegladarka;
  let p: Page;

  beforeAll(async () => {
    const [fake, panel] = await Promise.all([zbudujFakeOffice(), katalogPanelu()]);
    b = await otworzPanel(panel.katalog, fake, { width: 420, height: 1400 }, ZEGAR);
    p = b.strona;
    await p.getByTestId('zakladka-sprawdz').waitFor({ timeout: 30_000 });
  }, 600_000);

  afterAll(async () => {
    await b?.zamknij();
  });

  test('CS-R.3 CS-R.3a CS-R.4: pick files, gather, see each source as the core judges it, the totals and the deadline tracker; input sheets unchanged', async () => {
    // the core on the same files, for what the pane must show
    const cel = await czytajPrzyklad(`sprawozdania/${CEL}`);
    const zrodla: ZrodloZbierania[] = [
      ...(await Promise.all(SZKOLY.map(async (f) => ({ plik: f, zeszyt: await czytajPrzyklad(`sprawozdania/${f}`) })))),
      { plik: 'notatki.xlsx', zeszyt: null },
    ];
    const oczekiwane = (
      zbierz(cel, zrodla, { dzis: { y: 2013, m: 6, d: 20 }, jezyk: 'pl' }).json as {
        zrodla: Array<{ plik: string; status: string }>;
      }
    ).zrodla;

    await hak.wczytaj(p, readFileSync(path.join(KATALOG, CEL)));
    const przed = await komorkiArkuszy(await hak.pobierz(p), ['Sprawozdanie organu', 'Dotacje', 'Wydatki']);
    await zakladka(p, 'sprawozdania');
    await p.getByTestId('zbierz-pliki').waitFor({ timeout: 30_000 });
    await p.getByTestId('zbierz-pliki').setInputFiles([
      ...SZKOLY.map((f) => ({
        name: f,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: readFileSync(path.join(KATALOG, f)),
      })),
      { name: 'notatki.xlsx', mimeType: 'text/plain', buffer: Buffer.from('to nie jest skoroszyt') },
    ]);
    await p.getByTestId('uruchom-zbierz').click();
    await p.getByTestId('wynik-zbierania').waitFor({ timeout: 60_000 });

    const wiersze = p.locator('[data-testid="zrodla"] tbody tr');
    expect(await wiersze.count()).toBe(oczekiwane.length);
    for (let i = 0; i < oczekiwane.length; i++) {
      expect(await wiersze.nth(i).getAttribute('data-plik')).toBe(oczekiwane[i].plik);
      expect(await wiersze.nth(i).getAttribute('data-status')).toBe(oczekiwane[i].status);
    }
    expect(await p.locator('[data-plik="notatki.xlsx"]').textContent()).toContain('to nie jest plik .xlsx');
    // a school listed twice (05 and its copy): both not accepted (CS-R.3a)
    expect(await p.locator('[data-plik="szkola-05-kopia.xlsx"]').getAttribute('data-status')).toBe('nieprzyjęte');
    expect(await p.getByTestId('razem-zbierania').textContent()).toContain('Zadań');

    // the deadline tracker re-reads the Terminy sheet zbierz wrote
    const tracker = p.getByTestId('terminy');
    await tracker.locator('[data-regula="CS-17.1"]').waitFor({ timeout: 30_000 });
    expect(await tracker.locator('[data-regula="CS-17.1"]').getAttribute('data-stan')).toBe('zaległe');
    const najblizszy = (await p.getByTestId('najblizszy-termin').textContent()) ?? '';
    expect(najblizszy).toContain('CS-17.1');
    expect(najblizszy).toMatch(/Brakuje \(\d+\): \d{9}/);
    await zrzut(p, 'sprawozdania-zbierz.png');

    expect(await komorkiArkuszy(await hak.pobierz(p), ['Sprawozdanie organu', 'Dotacje', 'Wydatki'])).toEqual(przed);
    expect((await hak.arkusze(p)).map((a) => a.nazwa)).toEqual(
      expect.arrayContaining(['Sprawozdania szkół', 'Terminy']),
    );
    expect(b.bledy).toEqual([]);
  }, 180_000);
});
