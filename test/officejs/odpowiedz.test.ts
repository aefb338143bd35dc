/**
 * Issue 8 §2, §8: the fake host refuses a response above Excel's 5 MB, as Excel on the web does, and the
 * adapter's reads stay under it by splitting a large sheet into blocks sized by bytes.
 */
import ExcelJS from 'exceljs';
import { LIMIT_ZADANIA, utworzFakeExcel } from '../fakehost';
import { czytajZeszyt } from '../../src/addin/office/odczyt';

const WIERSZY = 12_000;
const KOLUMN = 12;

function duzyZeszyt(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Wnioski');
  for (let r = 1; r <= WIERSZY; r++)
    ws.addRow(Array.from({ length: KOLUMN }, (_, c) => `Szkoła Podstawowa nr ${r} — kolumna ${c + 1}`));
  return wb;
}

test('a load whose response is above 5 MB fails with ResponsePayloadSizeLimitExceeded', async () => {
  const fx = utworzFakeExcel(duzyZeszyt());
  await expect(
    fx.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Wnioski').getRangeByIndexes(0, 0, WIERSZY, KOLUMN).load('values,numberFormat');
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
});

test('the adapter reads the same sheet: a refused first block is asked again with half the rows, then blocks by bytes', async () => {
  const fx = utworzFakeExcel(duzyZeszyt());
  const o = await fx.host.run((ctx) => czytajZeszyt(ctx, (n) => n));
  expect(o.zeszyt.arkusze[0].wiersze).toHaveLength(WIERSZY);
  expect(o.zeszyt.arkusze[0].wiersze[WIERSZY - 1][KOLUMN - 1]).toEqual({
    t: 's',
    v: `Szkoła Podstawowa nr ${WIERSZY} — kolumna ${KOLUMN}`,
  });
  const odmowy = fx.sklad.filter((s) => s.odpowiedz > LIMIT_ZADANIA);
  expect(odmowy).toHaveLength(1);
  for (const s of fx.sklad) if (!odmowy.includes(s)) expect(s.odpowiedz).toBeLessThanOrEqual(4 * 1024 * 1024);
});
