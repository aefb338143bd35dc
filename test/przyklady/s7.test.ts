/** S7 through the command-line tool: `kwalifikuj examples/s7-koszyki.xlsx` with the real core (CS-Z3.1 P4, WB-4, WB-3.2). */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { uruchom } from '../../src/cli/uruchom';
import { dostepnaOperacja, dostepnySzablon, szablon, wykonaj } from '../../src/core/operacje';
import { czytajZeszyt } from '../../src/cli/exceljs/czytaj';
import { wczytajExcelJS } from '../../src/cli/exceljs/plik';
import { tekstKomorki } from '../../src/core/komorki/odczyt';
import { KATALOG } from './pomoc';
import { KOPERTY_S7, WYNIK_S7, wynikiS7, type JsonS7 } from '../pomoc/s7';

const DEPS = { wykonaj, szablon, dostepnaOperacja, dostepnySzablon };

function przechwyc(cwd: string) {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s), isTTY: false, columns: 100 },
      env: { CS_DZIS: '2012-05-10' },
      cwd,
    },
    out: () => out,
    err: () => err,
  };
}

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-s7-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('S7 CS-Z3.1 WB-4 WB-4.1 `kwalifikuj examples/s7-koszyki.xlsx --json` through the CLI: results to the grosz, exit 0, `Numer w koszyku` written', async () => {
  const c = przechwyc(dir);
  const wynik = path.join(dir, 'wynik.xlsx');
  const kod = await uruchom(['kwalifikuj', path.join(KATALOG, 's7-koszyki.xlsx'), '-o', wynik, '--json'], c.io, DEPS);
  expect([kod, c.err()]).toEqual([0, expect.any(String)]);
  const j = JSON.parse(c.out()) as JsonS7;
  expect(j.parametry.losowanieReczne).toBe('w koszykach');
  expect(j.koperty).toEqual(KOPERTY_S7);
  expect(wynikiS7(j)).toEqual(WYNIK_S7);
  expect(j.podsumowanie.niewykorzystane).toBe('30000.00');

  const z = czytajZeszyt(await wczytajExcelJS(fs.readFileSync(wynik), wynik)).zeszyt;
  const zak = z.arkusze.find((a) => a.nazwa === 'Zakwalifikowane')!;
  const h = zak.wiersze.find((r) => tekstKomorki(r?.[0]) === 'Lp.')!.map((k) => tekstKomorki(k)); // WB-3.4 title block above
  expect(h.slice(h.indexOf('Pozycja w losowaniu'), h.indexOf('Pozycja w losowaniu') + 2)).toEqual([
    'Pozycja w losowaniu',
    'Numer w koszyku',
  ]);
  expect(z.arkusze.find((a) => a.nazwa === 'Uwagi')!.wiersze.length).toBe(1); // S7 gives no finding
});

test('S7 CS-Z3.1 WB-5.3 the same file with `Losowanie ręczne` = `jedna lista` is blocked through the CLI (exit 1, nothing written)', async () => {
  const buf = fs.readFileSync(path.join(KATALOG, 's7-koszyki.xlsx'));
  const wb = await wczytajExcelJS(buf, 's7.xlsx');
  const ws = wb.getWorksheet('Parametry')!;
  ws.eachRow((r) => {
    if (r.getCell(1).value === 'Losowanie ręczne') r.getCell(2).value = 'jedna lista';
  });
  const plik = path.join(dir, 's7-jedna-lista.xlsx');
  await wb.xlsx.writeFile(plik);
  const c = przechwyc(dir);
  expect(await uruchom(['kwalifikuj', plik, '--json'], c.io, DEPS)).toBe(1);
  const j = JSON.parse(c.out()) as { uwagi: Array<{ regula: string; komunikat: string }> };
  expect(j.uwagi.some((u) => u.regula === 'CS-Z3.1' && u.komunikat.startsWith('Numer 1 powtarza się'))).toBe(true);
  expect(fs.readdirSync(dir)).toEqual(['s7-jedna-lista.xlsx']);
});
