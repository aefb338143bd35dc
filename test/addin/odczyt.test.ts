/** The adapter's read: sync count independent of rows (≤ 20 000), cell kinds, date systems. */
import ExcelJS from 'exceljs';
import { utworzFakeExcel } from '../fakehost';
import { czytajZeszyt, WIERSZE_W_BLOKU } from '../../src/addin/office/odczyt';
import { zeszytZWnioskami } from './pomoc';

const wszystkie = (n: readonly string[]) => n;

async function czytaj(wb: ExcelJS.Workbook) {
  const fx = utworzFakeExcel(wb);
  const wynik = await fx.host.run((ctx) => czytajZeszyt(ctx, wszystkie));
  return { wynik, synchronizacje: fx.synchronizacje, fx };
}

test('reading 50 and 5 000 rows takes the same number of syncs (2)', async () => {
  const male = await czytaj(zeszytZWnioskami(50));
  const duze = await czytaj(zeszytZWnioskami(5000));
  expect(male.synchronizacje).toBe(2);
  expect(duze.synchronizacje).toBe(male.synchronizacje);
  expect(duze.wynik.zeszyt.arkusze[0].wiersze).toHaveLength(5001);
  expect(duze.fx.stan.niewyslane).toBe(0);
});

test('beyond the first block: further blocks sized by the bytes of a row (≤ 3.5 MB each, issue 8 §2)', async () => {
  const { wynik, synchronizacje } = await czytaj(zeszytZWnioskami(2 * WIERSZE_W_BLOKU + 10));
  expect(synchronizacje).toBe(2 + 1); // a narrow sheet: the 7 010 further rows fit in one response
  const w = wynik.zeszyt.arkusze[0].wiersze;
  expect(w).toHaveLength(2 * WIERSZE_W_BLOKU + 11);
  expect(w[2 * WIERSZE_W_BLOKU + 10][1]).toEqual({ t: 's', v: `Szkoła Podstawowa nr ${2 * WIERSZE_W_BLOKU + 10}` });
});

test('cells become Komorka: text, money with its format, dates (WB-1.7), errors by valueTypes (WB-1.4)', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Parametry');
  ws.getCell('B1').value = 'mazowieckie';
  ws.getCell('B2').value = 5764000;
  ws.getCell('B2').numFmt = '#,##0.00\\ "zł"';
  ws.getCell('B3').value = 0.6908;
  ws.getCell('B3').numFmt = '0.00%';
  ws.getCell('B4').value = new Date(Date.UTC(2012, 4, 14, 15, 30));
  ws.getCell('B4').numFmt = 'yyyy-mm-dd hh:mm';
  ws.getCell('B5').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('B6').value = '#N/A';
  ws.getCell('B7').value = true;
  ws.getCell('C9').value = 7;
  const { wynik } = await czytaj(wb);
  const w = wynik.zeszyt.arkusze[0].wiersze;
  expect(w[0][1]).toEqual({ t: 's', v: 'mazowieckie' });
  expect(w[1][1]).toEqual({ t: 'n', v: 5764000, fmt: '#,##0.00\\ "zł"' });
  expect(w[2][1]).toEqual({ t: 'n', v: 0.6908, fmt: '0.00%' });
  expect(w[3][1]).toEqual({ t: 'd', y: 2012, m: 5, d: 14 });
  expect(w[4][1]).toEqual({ t: 'e', v: '#N/A' });
  expect(w[5][1]).toEqual({ t: 's', v: '#N/A' });
  expect(w[6][1]).toEqual({ t: 'b', v: true });
  expect(w[8][2]).toEqual({ t: 'n', v: 7 });
  expect(w[0][0]).toBeUndefined();
});

test('the 1904 date system is detected and used (WB-1.7)', async () => {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  const ws = wb.addWorksheet('A');
  ws.getCell('A1').value = new Date(Date.UTC(2012, 3, 30));
  ws.getCell('A1').numFmt = 'dd.mm.yyyy';
  const { wynik } = await czytaj(wb);
  expect(wynik.stan.system1904).toBe(true);
  expect(wynik.zeszyt.arkusze[0].wiersze[0][0]).toEqual({ t: 'd', y: 2012, m: 4, d: 30 });
});

test('only the selected sheets are read; every sheet is listed with its visibility', async () => {
  const wb = zeszytZWnioskami(3);
  wb.addWorksheet('_cyfrowa_szkola', { state: 'veryHidden' });
  const fx = utworzFakeExcel(wb);
  const wynik = await fx.host.run((ctx) => czytajZeszyt(ctx, (n) => n.filter((x) => x === 'Wnioski')));
  expect(wynik.zeszyt.arkusze.map((a) => a.nazwa)).toEqual(['Wnioski']);
  expect(wynik.stan.arkusze.map((a) => [a.nazwa, a.widocznosc])).toEqual([
    ['Wnioski', 'widoczny'],
    ['Notatki użytkownika', 'widoczny'],
    ['_cyfrowa_szkola', 'bardzoUkryty'],
  ]);
});

test('the fake host refuses to read a property that was not loaded (PropertyNotLoaded)', async () => {
  const fx = utworzFakeExcel(zeszytZWnioskami(1));
  await expect(
    fx.host.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Wnioski');
      await ctx.sync();
      return s.name;
    }),
  ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
});

test('WB-1.10: a stray value at XFD7 does not widen the read (2 syncs, table columns only) and is named, not read', async () => {
  const wb = zeszytZWnioskami(3000);
  wb.getWorksheet('Wnioski')!.getCell('XFD7').value = 'zabłąkana';
  const { wynik, synchronizacje, fx } = await czytaj(wb);
  expect(synchronizacje).toBe(2);
  const w = wynik.zeszyt.arkusze[0].wiersze;
  expect(Math.max(...w.map((x) => x?.length ?? 0))).toBe(5);
  expect(wynik.dalekie).toEqual([{ arkusz: 'Wnioski', adres: 'XFD7' }]);
  expect(Math.max(...fx.ladunki)).toBeLessThan(1024 * 1024);
});
