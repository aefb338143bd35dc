/** WB-1: the streaming reader gives the same snapshot as the ExcelJS reader on every example. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { czytajPakiet } from '../../../src/cli/strumien/czytaj';
import { wczytajExcelJS } from '../../../src/cli/exceljs/plik';
import { czytajZeszyt } from '../../../src/cli/exceljs/czytaj';
import * as ExcelJS from 'exceljs';
import { odczytajDate } from '../../../src/core/komorki/odczyt';
import { dataZSerialu } from '../../../src/core/komorki/daty';

const KATALOG = path.join(__dirname, '../../../examples');
const przyklady = [KATALOG, path.join(KATALOG, 'bledy')].flatMap((k) =>
  fs
    .readdirSync(k)
    .filter((f) => f.endsWith('.xlsx') && f !== '100001-wierszy.xlsx')
    .map((f) => path.join(k, f)),
);

/** Rows without trailing holes, so `[ , x]` and sparse arrays compare by content. */
function gesto(z: { arkusze: Array<{ nazwa: string; wiersze: unknown[][]; widocznosc?: string }> }): unknown {
  return z.arkusze.map((a) => ({
    nazwa: a.nazwa,
    widocznosc: a.widocznosc,
    wiersze: Array.from(a.wiersze, (w) => (w ? Array.from(w, (k) => k ?? null) : null)),
  }));
}

describe('WB-1 streaming reader', () => {
  test.each(przyklady.map((p) => [path.relative(KATALOG, p), p]))(
    'WB-1.4 WB-1.5 WB-1.7 %s: same snapshot as the ExcelJS reader',
    async (_n, plik) => {
      const buf = fs.readFileSync(plik);
      const ex = czytajZeszyt(await wczytajExcelJS(buf, plik));
      const st = await czytajPakiet(buf);
      expect(gesto(st.zeszyt)).toEqual(gesto(ex.zeszyt));
      expect(st.formulyBezWyniku).toEqual(ex.formulyBezWyniku);
    },
  );

  test('WB-1.9 the 100 001-row example is refused while streaming, naming the sheet', async () => {
    const buf = fs.readFileSync(path.join(KATALOG, 'bledy/100001-wierszy.xlsx'));
    await expect(czytajPakiet(buf)).rejects.toMatchObject({
      arkusz: 'Wnioski',
      pl: 'Arkusz „Wnioski” ma ponad 100 000 wierszy danych (WB-1.9); plik odrzucony bez wczytywania.',
    });
  });
});

describe('WB-1.7 dates outside Excel’s calendar', () => {
  test('WB-1.7 serial 0 and 1e10 with a date format stay numbers and are findings at the cell, never 1899-12-31 or "brak wartości"', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Wnioski');
    ws.getCell('A1').value = 0;
    ws.getCell('A2').value = 1e10;
    ws.getCell('A3').value = 40969;
    ws.getCell('A4').value = 2_958_465; // 9999-12-31, the last day
    for (const a of ['A1', 'A2', 'A3', 'A4']) ws.getCell(a).numFmt = 'yyyy-mm-dd';
    const st = await czytajPakiet(Buffer.from(await wb.xlsx.writeBuffer()));
    const [k0, k1, k2, k3] = st.zeszyt.arkusze[0].wiersze.map((w) => w[0]);
    expect(k0).toEqual({ t: 'n', v: 0, fmt: 'yyyy-mm-dd' });
    expect(k1).toEqual({ t: 'n', v: 1e10, fmt: 'yyyy-mm-dd' });
    expect(k2).toEqual({ t: 'd', y: 2012, m: 3, d: 1 });
    expect(k3).toEqual({ t: 'd', y: 9999, m: 12, d: 31 });
    for (const k of [k0, k1]) {
      const o = odczytajDate(k);
      expect(o.ok === false && o.pl).toMatch(/w formacie daty jest poza kalendarzem Excela/);
    }
    expect(dataZSerialu(0)).toBeNull();
    expect(dataZSerialu(0, true)).toEqual({ y: 1904, m: 1, d: 1 });
    expect(dataZSerialu(2_958_466)).toBeNull();
  });
});
