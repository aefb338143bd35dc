/** The fake host behaves like Excel where the owned-sheet write depends on it (issue 8: fake host fidelity). */
import ExcelJS from 'exceljs';
import { utworzFakeExcel, BladFake } from '../fakehost';

async function wartosci(fx: ReturnType<typeof utworzFakeExcel>, arkusz: string, adres: string): Promise<unknown[][]> {
  return fx.host.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(arkusz).getRange(adres).load('values');
    await ctx.sync();
    return r.values;
  });
}

test('sheet names: 31 characters at most, no : \\ / ? * [ ], no apostrophe at an end, unique in any letter case', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Wnioski');
  const fx = utworzFakeExcel(wb);
  const zmien = (nowa: string) =>
    fx.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Wnioski').name = nowa;
      await ctx.sync();
    });
  for (const zla of ['x'.repeat(32), 'a:b', 'a/b', 'a\\b', 'a?b', 'a*b', 'a[b', 'a]b', "'ab", "ab'", '', 'History'])
    await expect(zmien(zla)).rejects.toMatchObject({ code: 'InvalidArgument' });
  await expect(
    fx.host.run(async (ctx) => {
      ctx.workbook.worksheets.add('WNIOSKI');
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  await zmien('y'.repeat(31));
  expect(wb.worksheets.map((w) => w.name)).toEqual(['y'.repeat(31)]);
});

test('formulas follow a renamed sheet and become #REF! when it is deleted; a one-reference formula shows the current value', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Lista').getCell('H5').value = 10;
  const moje = wb.addWorksheet('Moje');
  moje.getCell('A1').value = { formula: 'Lista!H5' } as ExcelJS.CellValue;
  moje.getCell('A2').value = { formula: "SUM('Lista'!H5:H6)" } as ExcelJS.CellValue;
  const fx = utworzFakeExcel(wb);
  expect(await wartosci(fx, 'Moje', 'A1')).toEqual([[10]]);
  await fx.host.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Lista').name = 'Nowa lista';
    ctx.workbook.worksheets.getItem('Nowa lista').getRange('H5').values = [[11]];
    await ctx.sync();
  });
  expect([moje.getCell('A1').formula, moje.getCell('A2').formula]).toEqual([
    "'Nowa lista'!H5",
    "SUM('Nowa lista'!H5:H6)",
  ]);
  expect(await wartosci(fx, 'Moje', 'A1')).toEqual([[11]]);
  await fx.host.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Nowa lista').delete();
    await ctx.sync();
  });
  expect(moje.getCell('A1').formula).toBe('#REF!');
  expect(await wartosci(fx, 'Moje', 'A1')).toEqual([['#REF!']]);
});

test('copyFrom All into an existing sheet: values, formulas, formats; clear(All) unmerges; merged cells read "" except the top-left', async () => {
  const wb = new ExcelJS.Workbook();
  const cel = wb.addWorksheet('Cel');
  cel.getCell('A1').value = 'stare';
  cel.getCell('C3').value = 'zostaje poza kopią';
  cel.mergeCells('A1:B1');
  const zr = wb.addWorksheet('Zrodlo');
  zr.getCell('A1').value = 'nowe';
  zr.getCell('A1').font = { bold: true };
  zr.getCell('B2').value = { formula: 'A2*2' } as ExcelJS.CellValue;
  zr.getCell('A2').value = 3;
  zr.getCell('A2').numFmt = '0.00';
  const fx = utworzFakeExcel(wb);
  expect(await wartosci(fx, 'Cel', 'A1:B1')).toEqual([['stare', '']]);
  await fx.host.run(async (ctx) => {
    const s = ctx.workbook.worksheets.getItem('Cel');
    s.getRange().clear('All');
    s.getRange('A1:B2').copyFrom(ctx.workbook.worksheets.getItem('Zrodlo').getRange('A1:B2'), 'All');
    await ctx.sync();
  });
  expect([cel.getCell('A1').value, cel.getCell('A1').font?.bold, cel.getCell('A2').numFmt]).toEqual([
    'nowe',
    true,
    '0.00',
  ]);
  expect(cel.getCell('B2').formula).toBe('A2*2');
  expect(cel.getCell('C3').value).toBeNull();
  expect(await wartosci(fx, 'Cel', 'A1:B1')).toEqual([['nowe', '']]);
  expect(Object.keys((cel as unknown as { _merges: object })._merges)).toEqual([]);
});

test('a failure injected before sync N applies nothing of that request; suspendApiCalculationUntilNextSync leaves the calculation mode alone', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('A');
  const fx = utworzFakeExcel(wb, { wersja: '1.9' });
  fx.stan.przedSynchronizacja = (nr) => {
    if (nr === 1) throw new BladFake('ConnectionFailure', 'lost');
  };
  const zapisz = (v: string) =>
    fx.host.run(async (ctx) => {
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.worksheets.getItem('A').getRange('A1').values = [[v]];
      await ctx.sync();
    });
  await zapisz('pierwszy');
  await expect(zapisz('drugi')).rejects.toMatchObject({ code: 'ConnectionFailure' });
  expect(wb.getWorksheet('A')!.getCell('A1').value).toBe('pierwszy');
  expect([fx.stan.trybObliczen, fx.stan.wstrzymaneObliczenia]).toEqual(['Automatic', 1]);
  const stary = utworzFakeExcel(wb, { wersja: '1.5' });
  await expect(
    stary.host.run(async (ctx) => ctx.workbook.application.suspendApiCalculationUntilNextSync()),
  ).rejects.toMatchObject({ code: 'ApiNotFound' });
});
