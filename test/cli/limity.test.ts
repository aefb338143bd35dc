/** WB-1.9 / WB-1.10 limits: judged while streaming the sheets an operation reads, in bounded memory. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { uruchom } from '../../src/cli/uruchom';
import { czytajPakiet, LIMITY_ARKUSZA } from '../../src/cli/strumien/czytaj';
import { Archiwum } from '../../src/cli/pakiet/archiwum';
import { falszywe, katalogTymczasowy, przechwyc, sha256 } from './pomocnicze';

let dir: string;
beforeAll(() => (dir = katalogTymczasowy()));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * A `Wnioski` sheet with a header and `n` data rows (or, with `pomocniczy`, a few rows and a helper
 * sheet of `n` rows), written by ExcelJS's streaming writer.
 */
async function plikZWierszami(plik: string, n: number, pomocniczy = false): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: plik, useStyles: false, useSharedStrings: false });
  const p = wb.addWorksheet('Parametry');
  p.addRow(['Województwo', 'mazowieckie']).commit();
  await p.commit();
  const ws = wb.addWorksheet('Wnioski');
  ws.addRow(['Nazwa szkoły', 'REGON szkoły']).commit();
  for (let i = 1; i <= (pomocniczy ? 3 : n); i++) ws.addRow(['S', i]).commit();
  await ws.commit();
  if (pomocniczy) {
    const h = wb.addWorksheet('Obliczenia pomocnicze');
    for (let i = 1; i <= n; i++) h.addRow([i, `pozycja ${i}`]).commit();
    await h.commit();
  }
  await wb.commit();
}

describe('WB-1.9 limits', () => {
  test('WB-1.9 a sheet with 100 001 data rows is refused (exit 2) while streaming, the operation never runs (its time: npm run bench)', async () => {
    const plik = path.join(dir, 'duzy.xlsx');
    await plikZWierszami(plik, LIMITY_ARKUSZA.wierszy); // header + 100 001 data rows
    const przed = sha256(plik);
    const deps = falszywe();
    const c = przechwyc(dir);
    expect(await uruchom(['kwalifikuj', 'duzy.xlsx', '--json'], c.io, deps)).toBe(2);
    expect(JSON.parse(c.out())).toEqual({
      blad: 'Arkusz „Wnioski” ma ponad 100 000 wierszy danych (WB-1.9); plik odrzucony bez wczytywania.',
    });
    expect(deps.wywolania).toHaveLength(0);
    expect(sha256(plik)).toBe(przed);
    expect(fs.readdirSync(dir)).toEqual(['duzy.xlsx']);
  }, 60_000);

  test('WB-1.10 an unrelated helper sheet over 100 000 rows (not read by the operation) never refuses the workbook; read, it would', async () => {
    const plik = path.join(dir, 'pomocniczy.xlsx');
    await plikZWierszami(plik, LIMITY_ARKUSZA.wierszy + 5, true);
    const deps = falszywe({}, { arkuszeDoOdczytu: () => ['Parametry', 'Wnioski'] });
    let c = przechwyc(dir);
    expect(await uruchom(['kwalifikuj', 'pomocniczy.xlsx', '-o', 'wynik-pom.xlsx'], c.io, deps)).toBe(0);
    expect(deps.wywolania[0].z.arkusze.find((a) => a.nazwa === 'Obliczenia pomocnicze')?.wiersze).toEqual([]);
    // the helper sheet is copied as its stored bytes
    const wej = new Archiwum(fs.readFileSync(plik));
    const wyj = new Archiwum(fs.readFileSync(path.join(dir, 'wynik-pom.xlsx')));
    const czesc = 'xl/worksheets/sheet3.xml';
    expect(wyj.surowe(wyj.wpisy.get(czesc)!).equals(wej.surowe(wej.wpisy.get(czesc)!))).toBe(true);
    // a rerun replaces the output it wrote (its digest covers the unread helper sheet too)
    expect(await uruchom(['kwalifikuj', 'pomocniczy.xlsx', '-o', 'wynik-pom.xlsx'], przechwyc(dir).io, deps)).toBe(0);
    c = przechwyc(dir);
    const czyta = falszywe({}, { arkuszeDoOdczytu: () => ['Parametry', 'Wnioski', 'Obliczenia pomocnicze'] });
    expect(await uruchom(['kwalifikuj', 'pomocniczy.xlsx', '--json', '--nadpisz'], c.io, czyta)).toBe(2);
    expect(JSON.parse(c.out()).blad).toMatch(/Arkusz „Obliczenia pomocnicze” ma ponad 100 000 wierszy danych/);
    fs.rmSync(plik);
    fs.rmSync(path.join(dir, 'wynik-pom.xlsx'));
  }, 120_000);

  test('WB-1.9 the boundary: header + limit data rows pass, one more is refused (small limit injected)', async () => {
    const plik = path.join(dir, 'maly.xlsx');
    await plikZWierszami(plik, 10);
    const buf = fs.readFileSync(plik);
    const czytaj = (l: Partial<typeof LIMITY_ARKUSZA>) => czytajPakiet(buf, { limity: { ...LIMITY_ARKUSZA, ...l } });
    expect((await czytaj({ wierszy: 11 })).zeszyt.arkusze.map((a) => [a.nazwa, a.wiersze.length])).toEqual([
      ['Parametry', 1],
      ['Wnioski', 11],
    ]);
    await expect(czytaj({ wierszy: 10 })).rejects.toMatchObject({ arkusz: 'Wnioski' });
    await expect(czytaj({ komorek: 20 })).rejects.toMatchObject({ pl: expect.stringMatching(/ponad 20 komórek/) });
  });

  test('WB-1.10 dropdowns over whole columns are read at once (never expanded cell by cell), not refused', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Wnioski');
    ws.getCell('A1').value = 'x';
    (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      'B1:F1048576',
      { type: 'list', allowBlank: true, formulae: ['"a,b"'] },
    );
    const plik = path.join(dir, 'kolumny.xlsx');
    await wb.xlsx.writeFile(plik);
    const c = przechwyc(dir);
    expect(await uruchom(['waliduj', 'kolumny.xlsx'], c.io, falszywe())).toBeLessThan(2);
  });

  test('WB-1.9 a cell text longer than 32 767 characters → exit 2 naming the cell', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Wnioski').getCell('C5').value = 'x'.repeat(32_768);
    await wb.xlsx.writeFile(path.join(dir, 'tekst.xlsx'));
    const c = przechwyc(dir);
    expect(await uruchom(['waliduj', 'tekst.xlsx', '--json'], c.io, falszywe())).toBe(2);
    expect(JSON.parse(c.out()).blad).toMatch(/^Wnioski!C5: .*32768/);
  });
});
