/** WB-1.9 limits: refused at once by the pre-scan, in bounded memory, before ExcelJS loads the file. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { uruchom } from '../../src/cli/uruchom';
import { przegladnij, LIMITY } from '../../src/cli/zip/przeglad';
import { falszywe, katalogTymczasowy, przechwyc, sha256 } from './pomocnicze';

let dir: string;
beforeAll(() => (dir = katalogTymczasowy()));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A `Wnioski` sheet with a header and `n` data rows, written by ExcelJS's streaming writer. */
async function plikZWierszami(plik: string, n: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: plik, useStyles: false, useSharedStrings: false });
  const p = wb.addWorksheet('Parametry');
  p.addRow(['Województwo', 'mazowieckie']).commit();
  await p.commit();
  const ws = wb.addWorksheet('Wnioski');
  ws.addRow(['Nazwa szkoły', 'REGON szkoły']).commit();
  for (let i = 1; i <= n; i++) ws.addRow(['S', i]).commit();
  await ws.commit();
  await wb.commit();
}

describe('WB-1.9 limits', () => {
  test('WB-1.9 a sheet with 100 001 data rows is refused (exit 2) while streaming, the operation never runs (its time: npm run bench)', async () => {
    const plik = path.join(dir, 'duzy.xlsx');
    await plikZWierszami(plik, LIMITY.wierszy); // header + 100 001 data rows
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

  test('WB-1.9 the boundary: header + limit data rows pass, one more is refused (small limit injected)', async () => {
    const plik = path.join(dir, 'maly.xlsx');
    await plikZWierszami(plik, 10);
    const buf = fs.readFileSync(plik);
    expect((await przegladnij(buf, { ...LIMITY, wierszy: 11 })).odmowa).toBeNull();
    expect((await przegladnij(buf, { ...LIMITY, wierszy: 10 })).odmowa).toMatchObject({ arkusz: 'Wnioski' });
    const p = await przegladnij(buf);
    expect(p.arkusze.map((a) => [a.nazwa, a.wierszeZWartoscia, a.komorkiZWartoscia])).toEqual([
      ['Parametry', 1, 2],
      ['Wnioski', 11, 22],
    ]);
    expect((await przegladnij(buf, { ...LIMITY, komorek: 20 })).odmowa?.pl).toMatch(/niepustych komórek/);
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
