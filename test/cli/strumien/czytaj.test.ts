/** WB-1: the streaming reader gives the same snapshot as the ExcelJS reader on every example. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { czytajPakiet } from '../../../src/cli/strumien/czytaj';
import { wczytajExcelJS } from '../../../src/cli/exceljs/plik';
import { czytajZeszyt } from '../../../src/cli/exceljs/czytaj';
import ExcelJS from 'exceljs';
import { dostepnaOperacja, dostepnySzablon, szablon, wykonaj } from '../../../src/core/operacje';
import { uruchom } from '../../../src/cli/uruchom';
import { katalogTymczasowy, przechwyc } from '../pomocnicze';
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
      // ExcelJS loses a cached empty text (`<v></v>`, a template's unfilled `Wartość`) and counts it as a
      // formula without result; the streaming reader knows it: its list is the ExcelJS one or less
      const klucz = (f: { arkusz: string }) => f.arkusz;
      for (const f of st.formulyBezWyniku) expect(ex.formulyBezWyniku.map(klucz)).toContain(klucz(f));
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

describe('WB-1.7 the 1904 date system in the streaming reader', () => {
  /** a workbook whose workbook.xml says `<workbookPr date1904="1"/>` (ExcelJS writes it), date serials in A */
  async function zeszyt1904(serials: number[]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Daty');
    serials.forEach((s, i) => {
      ws.getCell(i + 1, 1).value = s;
      ws.getCell(i + 1, 1).numFmt = 'dd.mm.yyyy';
      ws.getCell(i + 1, 2).value = s; // the same number without a date format stays a number
    });
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  test('WB-1.7 a date serial of a date1904="1" workbook is its 1904 calendar date, as the ExcelJS reader reads it', async () => {
    const buf = await zeszyt1904([0, 1, 39577, 40000]);
    const st = await czytajPakiet(buf);
    const w = st.zeszyt.arkusze[0].wiersze;
    // 1904-01-01 + n days: 39 577 is 10.05.2012 (41 039 in the 1900 system, 1 462 days more)
    expect(w.map((r) => r[0])).toEqual([
      { t: 'd', y: 1904, m: 1, d: 1 },
      { t: 'd', y: 1904, m: 1, d: 2 },
      { t: 'd', y: 2012, m: 5, d: 10 },
      { t: 'd', y: 2013, m: 7, d: 7 },
    ]);
    expect(w[2][1]).toEqual({ t: 'n', v: 39577 });
    const ex = czytajZeszyt(await wczytajExcelJS(buf, 'daty-1904.xlsx'));
    expect(gesto(st.zeszyt)).toEqual(gesto(ex.zeszyt));
  });

  test('WB-1.7 kwalifikuj on S2 saved in the 1904 date system reads the meeting date as 10.05.2012, as in the 1900 file', async () => {
    const plik = path.join(KATALOG, 's2-mazowieckie.xlsx');
    const wb = await wczytajExcelJS(fs.readFileSync(plik), plik);
    wb.properties.date1904 = true; // ExcelJS writes its Date cells as 1904 serials
    const buf1904 = Buffer.from(await wb.xlsx.writeBuffer());
    const K = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' as const };
    const data = async (b: Buffer) => {
      const z = (await czytajPakiet(b)).zeszyt;
      const parametry = z.arkusze.find((x) => x.nazwa === 'Parametry')!.wiersze;
      const w = wykonaj('kwalifikuj', z, K);
      const inf = w.plan!.arkusze.find((x) => x.nazwa === 'Informacja dla ministra')!.wiersze;
      return [
        w.status,
        parametry.find((r) => r?.[0]?.t === 's' && r[0].v === 'Data posiedzenia zespołu')?.[1],
        inf.find((r) => r?.[0]?.v === 'Data protokołu (posiedzenia zespołu)')?.[1]?.v, // the plan's serial
      ];
    };
    expect(await data(buf1904)).toEqual(await data(fs.readFileSync(plik)));
    expect(await data(buf1904)).toEqual(['ok', { t: 'd', y: 2012, m: 5, d: 10 }, 41039]);
  });

  test('WB-1.7 WB-3.4 kwalifikuj -o on a 1904 workbook writes its date cells in the 1904 system (10.05.2012 stays 10.05.2012)', async () => {
    const plik = path.join(KATALOG, 's2-mazowieckie.xlsx');
    const wb = await wczytajExcelJS(fs.readFileSync(plik), plik);
    wb.properties.date1904 = true;
    const katalog = katalogTymczasowy();
    try {
      await wb.xlsx.writeFile(path.join(katalog, 'we.xlsx'));
      const c = przechwyc(katalog);
      const deps = { wykonaj, szablon, dostepnaOperacja, dostepnySzablon };
      expect(await uruchom(['kwalifikuj', 'we.xlsx', '-o', 'wy.xlsx'], c.io, deps)).toBe(0);
      const z = (await czytajPakiet(fs.readFileSync(path.join(katalog, 'wy.xlsx')))).zeszyt;
      const inf = z.arkusze.find((x) => x.nazwa === 'Informacja dla ministra')!.wiersze;
      const data = inf.find((r) => r?.[0]?.t === 's' && r[0].v === 'Data protokołu (posiedzenia zespołu)')?.[1];
      expect(data).toEqual({ t: 'd', y: 2012, m: 5, d: 10 });
    } finally {
      fs.rmSync(katalog, { recursive: true, force: true });
    }
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
