/**
 * WB-3.4 printing checked in a spreadsheet application no one here wrote: the CLI's `Protokół`, a list
 * (`Zakwalifikowane`) and a JST sheet (`Diagnoza JST`) written on the examples are converted to PDF by
 * LibreOffice headless (one `soffice` run for the whole file), then read with poppler: pages per sheet
 * (from the footer "<sheet> … strona N z M"), the print scale (word height against a 100 % calibration
 * sheet printed in the same run), and the seed and fingerprint whole in the text.
 * Under CI (`process.env.CI`) a missing `soffice` fails the test; elsewhere it is skipped with a warning.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { uruchom } from './dokumenty';

const dostepne = (program: string, wersja: string) => spawnSync(program, [wersja], { encoding: 'utf8' }).status === 0;
const MA_SOFFICE = dostepne('soffice', '--version') && dostepne('pdftotext', '-v') && dostepne('pdfinfo', '-v');
if (!MA_SOFFICE && !process.env.CI)
  console.warn('WB-3.4: brak soffice/pdftotext — test wydruku w LibreOffice pominięty (w CI byłby błędem).');
const opisz = MA_SOFFICE || process.env.CI ? describe : describe.skip;

/** a copy of `wb` holding only `nazwy` (so only they print), saved as xlsx */
async function tylko(wb: ExcelJS.Workbook, nazwy: readonly string[], plik: string): Promise<void> {
  const kopia = new ExcelJS.Workbook();
  await kopia.xlsx.load((await wb.xlsx.writeBuffer()) as never);
  for (const ws of [...kopia.worksheets]) if (!nazwy.includes(ws.name)) kopia.removeWorksheet(ws.id);
  kopia.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  await kopia.xlsx.writeFile(plik);
}

/** one 11-point text line printed at 100 %: the reference word height */
async function kalibracja(plik: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kalibracja');
  ws.getCell('A1').value = 'Kalibracja skali wydruku';
  ws.pageSetup.paperSize = 9;
  ws.pageSetup.scale = 100;
  await wb.xlsx.writeFile(plik);
}

function uruchomProgram(program: string, argumenty: string[]): string {
  const w = spawnSync(program, argumenty, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (w.status !== 0) throw new Error(`${program} ${argumenty.join(' ')}: ${w.stderr}`);
  return w.stdout;
}

interface Pdf {
  strony: string[];
  /** median word height of each page, in points */
  wysokosci: number[];
  rozmiar: string;
}

function czytajPdf(plik: string): Pdf {
  const strony = uruchomProgram('pdftotext', ['-layout', plik, '-']).split('\f').slice(0, -1);
  const bbox = uruchomProgram('pdftotext', ['-bbox', plik, '-']);
  const wysokosci = bbox
    .split('<page ')
    .slice(1)
    .map((s) => {
      const h = [...s.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)]
        .map((m) => Number(m[2]) - Number(m[1]))
        .sort((a, b) => a - b);
      return h[Math.floor(h.length / 2)] ?? 0;
    });
  const info = uruchomProgram('pdfinfo', [plik]);
  return { strony, wysokosci, rozmiar: /Page size:\s*(.*)/.exec(info)?.[1] ?? '' };
}

/** the pages whose footer names `arkusz` (footer: sheet name left, "strona N z M" right) */
const stronyArkusza = (pdf: Pdf, arkusz: string) =>
  pdf.strony
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => new RegExp(`^\\s*${arkusz}\\s+strona \\d+ z \\d+\\s*$`, 'm').test(t));

opisz('WB-3.4 printed by LibreOffice headless (soffice → PDF → pdftotext / pdfinfo)', () => {
  let katalog: string;
  let woj: Pdf;
  let jst: Pdf;
  let skala100: number;
  let odcisk: string;
  let ziarno: string;

  beforeAll(async () => {
    if (!MA_SOFFICE)
      throw new Error('WB-3.4: soffice / poppler-utils są wymagane w CI (libreoffice-calc-nogui, poppler-utils).');
    katalog = mkdtempSync(path.join(tmpdir(), 'cs-druk-'));
    const w = await uruchom('kwalifikuj', 'wojewodztwo-mazowieckie.xlsx');
    const j = await uruchom('diagnozuj', 'gmina-jst.xlsx');
    ({ odcisk } = w.wynik.json as { odcisk: string });
    ziarno = (w.wynik.json as { parametry: { ziarno: string } }).parametry.ziarno;
    const pliki = ['wojewodztwo', 'jst', 'kalibracja'].map((n) => path.join(katalog, `${n}.xlsx`));
    await tylko(w.wb, ['Protokół', 'Zakwalifikowane'], pliki[0]);
    await tylko(j.wb, ['Diagnoza JST'], pliki[1]);
    await kalibracja(pliki[2]);
    uruchomProgram('soffice', [
      `-env:UserInstallation=file://${path.join(katalog, 'profil')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      katalog,
      ...pliki,
    ]);
    [woj, jst] = ['wojewodztwo', 'jst'].map((n) => czytajPdf(path.join(katalog, `${n}.pdf`)));
    skala100 = czytajPdf(path.join(katalog, 'kalibracja.pdf')).wysokosci[0];
  });

  afterAll(() => {
    if (katalog) rmSync(katalog, { recursive: true, force: true });
  });

  test('WB-3.4 the printed Protokół of the example is 1–2 A4 pages at a scale of at least 85 %', () => {
    expect(woj.rozmiar).toMatch(/\(A4\)/);
    const strony = stronyArkusza(woj, 'Protokół');
    expect(strony.length).toBeGreaterThanOrEqual(1);
    expect(strony.length).toBeLessThanOrEqual(2);
    for (const { i } of strony) expect(woj.wysokosci[i] / skala100).toBeGreaterThanOrEqual(0.84); // 85 % less rounding
    expect(strony[0].t).toContain('Województwo mazowieckie');
    expect(strony.at(-1)!.t).toMatch(/Zatwierdzam — Wojewoda/);
  });

  test('WB-3.4 the PDF text holds the whole seed and fingerprint', () => {
    const tekst = stronyArkusza(woj, 'Protokół')
      .map(({ t }) => t)
      .join('\n');
    expect(tekst).toContain(ziarno);
    expect(tekst).toContain(odcisk);
  });

  test('WB-3.4 a printed list repeats its header row on every page, is one page wide at ≥ 70 % and numbers its pages', () => {
    const strony = stronyArkusza(woj, 'Zakwalifikowane');
    expect(strony.length).toBeGreaterThan(1);
    expect(strony[0].t).toContain('załącznik nr 2 do protokołu');
    for (const { t, i } of strony) {
      expect(t).toMatch(/Lp\.\s+Wariant\s+Organ prowadzący/);
      expect(woj.wysokosci[i] / skala100).toBeGreaterThanOrEqual(0.7);
    }
    // one page wide: every page carries the last column's header
    for (const { t } of strony) expect(t).toContain('Krok');
    expect(strony.at(-1)!.t).toMatch(/strona \d+ z \d+/);
  });

  test('WB-3.4 a JST sheet (`Diagnoza JST`) prints landscape two pages wide at ≥ 60 %, its header row and school names repeated, with its footer', () => {
    const strony = stronyArkusza(jst, 'Diagnoza JST');
    expect(strony.length).toBeGreaterThanOrEqual(1);
    expect(strony.length).toBeLessThanOrEqual(6);
    console.log(
      'SKALA',
      strony.map(({ i }) => jst.wysokosci[i] / skala100),
      jst.rozmiar,
      strony.length,
    );
    expect(jst.rozmiar).toMatch(/^841\.\d+ x 595\.\d+ pts \(A4\)/); // A4 landscape
    for (const { t, i } of strony) {
      expect(jst.wysokosci[i] / skala100).toBeGreaterThanOrEqual(0.6);
      expect(t).toMatch(/Lp\./); // the header row on every page
      expect(t).toMatch(/SP w Kaczorach|Szkoła Podstawowa/); // the school names on every page
    }
    // two pages wide: the last column only on the right-hand pages (LibreOffice skips empty ones)
    const prawe = strony.filter(({ t }) => /Rekomen/.test(t)).length;
    expect(prawe).toBeGreaterThan(0);
    expect(prawe).toBeLessThan(strony.length);
    expect(readFileSync(path.join(katalog, 'jst.pdf')).length).toBeGreaterThan(0);
  });
});
