/** WB-1: the streaming reader gives the same snapshot as the ExcelJS reader on every example. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { czytajPakiet } from '../../../src/cli/strumien/czytaj';
import { wczytajExcelJS } from '../../../src/cli/exceljs/plik';
import { czytajZeszyt } from '../../../src/cli/exceljs/czytaj';

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
