/** The adapter's write (WB-3.1, WB-3.3): sync budget, payload limit, ownership, temp-and-swap, idempotence. */
import ExcelJS from 'exceljs';
import { utworzFakeExcel, LIMIT_ZADANIA } from '../fakehost';
import { wczytajStan } from '../../src/addin/office/odczyt';
import { zapiszPlan } from '../../src/addin/office/zapis';
import { LIMIT_PORCJI } from '../../src/addin/office/porcje';
import { STYL_POLA_WEJSCIOWEGO, type PlanZapisu } from '../../src/core/zeszyt/model';
import { szablon } from '../../src/core/operacje';
import { BladDodatku } from '../../src/addin/office/bledy';
import { duzyArkusz, zeszytZWnioskami, zrzut } from './pomoc';

async function zapisz(wb: ExcelJS.Workbook, plan: PlanZapisu, wlasne: string[] = [], fx = utworzFakeExcel(wb)) {
  fx.zeruj();
  const wynik = await fx.host.run(async (ctx) => zapiszPlan(ctx, plan, { wlasne, stan: await wczytajStan(ctx) }));
  return { wynik, fx };
}

test('a large plan (≈ 17 MB) is written within 4 + ⌈payload / 4 MB⌉ syncs, no sync over 5 MB', async () => {
  const wb = zeszytZWnioskami(10);
  const plan: PlanZapisu = {
    arkusze: [
      duzyArkusz('Wykaz wniosków', 30_000),
      duzyArkusz('Zakwalifikowane', 20_000),
      { nazwa: 'Uwagi', wiersze: [[{ v: 'Arkusz' }]] },
    ],
  };
  const { wynik, fx } = await zapisz(wb, plan);
  const ladunek = fx.ladunki.reduce((s, x) => s + x, 0);
  const budzet = 4 + Math.ceil(ladunek / LIMIT_PORCJI);
  // +1: the StanSkoroszytu read this test does itself (in an operation it comes with the workbook read)
  expect(fx.synchronizacje).toBeLessThanOrEqual(budzet);
  expect(Math.max(...fx.ladunki)).toBeLessThanOrEqual(LIMIT_PORCJI);
  expect(Math.max(...fx.ladunki)).toBeLessThan(LIMIT_ZADANIA);
  expect(ladunek).toBeGreaterThan(3 * LIMIT_PORCJI);
  expect(wynik.synchronizacje).toBe(wynik.porcje + 1);
  expect(fx.stan.niewyslane).toBe(0);
  console.log(
    `zapis: ${(ladunek / 1024 / 1024).toFixed(2)} MB w ${fx.synchronizacje} synchronizacjach (budżet ${budzet}); największa ${(Math.max(...fx.ladunki) / 1024 / 1024).toFixed(2)} MB`,
  );
  const ws = wb.getWorksheet('Zakwalifikowane')!;
  expect(ws.getCell('D20001').value).toBe('Szkoła Podstawowa im. Jana Kochanowskiego nr 20000');
  expect(ws.getCell('G3').numFmt).toBe('#,##0.00\\ "zł"');
  expect(ws.getCell('A1').font?.bold).toBe(true);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    'Wnioski',
    'Notatki użytkownika',
    'Wykaz wniosków',
    'Zakwalifikowane',
    'Uwagi',
  ]);
  expect(fx.stan.trybObliczen).toBe('Automatic');
  expect(fx.stan.zdarzenia).toBe(true);
});

test('WB-3.3: text is written with format @ and stays exactly as given (=, +, -, @, leading zeros)', async () => {
  const wb = zeszytZWnioskami(1);
  const teksty = ['=SUMA(A1)', '+48 22 000', '-5', '@x', '00123', '1 000,00 zł'];
  await zapisz(wb, { arkusze: [{ nazwa: 'Uwagi', wiersze: teksty.map((v) => [{ v }]) }] });
  const ws = wb.getWorksheet('Uwagi')!;
  teksty.forEach((t, i) => {
    expect(ws.getCell(i + 1, 1).value).toBe(t);
    expect(ws.getCell(i + 1, 1).numFmt).toBe('@');
  });
});

test('WB-3.1: a user sheet named like an output sheet is never overwritten — the whole plan is refused', async () => {
  const wb = zeszytZWnioskami(3);
  wb.addWorksheet('Protokół').getCell('A1').value = 'notatki komisji';
  const plan: PlanZapisu = {
    arkusze: [duzyArkusz('Wykaz wniosków', 5), { nazwa: 'Protokół', wiersze: [[{ v: 'nowy' }]] }],
  };
  const fx = utworzFakeExcel(wb);
  await expect(zapisz(wb, plan, [], fx)).rejects.toMatchObject({ kod: 'nazwaZajeta', arkusze: ['Protokół'] });
  expect(wb.getWorksheet('Protokół')!.getCell('A1').value).toBe('notatki komisji');
  expect(wb.getWorksheet('Wykaz wniosków')).toBeUndefined();
  expect(fx.synchronizacje).toBe(1);
  // the same name in any letter case is the same sheet for Excel
  await expect(zapisz(wb, { arkusze: [{ nazwa: 'PROTOKÓŁ', wiersze: [] }] }, [], fx)).rejects.toBeInstanceOf(
    BladDodatku,
  );
});

test('WB-3.1: a user sheet created while the run computed is detected before the swap; nothing is left behind', async () => {
  const wb = zeszytZWnioskami(3);
  const fx = utworzFakeExcel(wb);
  await expect(
    fx.host.run(async (ctx) => {
      const stan = await wczytajStan(ctx);
      wb.addWorksheet('Uwagi').getCell('A1').value = 'moje uwagi';
      return zapiszPlan(ctx, { arkusze: [{ nazwa: 'Uwagi', wiersze: [[{ v: 'Arkusz' }]] }] }, { wlasne: [], stan });
    }),
  ).rejects.toMatchObject({ kod: 'nazwaZajeta' });
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Wnioski', 'Notatki użytkownika', 'Uwagi']);
  expect(wb.getWorksheet('Uwagi')!.getCell('A1').value).toBe('moje uwagi');
  expect(fx.stan.trybObliczen).toBe('Automatic');
  expect(fx.stan.zdarzenia).toBe(true);
});

test('owned sheets are replaced in place, user sheets are untouched', async () => {
  const wb = zeszytZWnioskami(3);
  const plan = (n: number): PlanZapisu => ({
    arkusze: [
      duzyArkusz('Zakwalifikowane', n),
      {
        nazwa: '_cyfrowa_szkola',
        wiersze: [[{ v: 'stan' }], [{ v: 'arkusz' }, { v: 'Zakwalifikowane' }]],
        widocznosc: 'bardzoUkryty',
      },
    ],
  });
  await zapisz(wb, plan(50));
  (wb.getWorksheet('Notatki użytkownika') as unknown as { orderNo: number }).orderNo = 99; // user moves a sheet to the end
  const { fx } = await zapisz(wb, plan(7), ['Zakwalifikowane']);
  expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
    ['Wnioski', 'visible'],
    ['Zakwalifikowane', 'visible'],
    ['_cyfrowa_szkola', 'veryHidden'],
    ['Notatki użytkownika', 'visible'],
  ]);
  expect(wb.getWorksheet('Zakwalifikowane')!.actualRowCount).toBe(8);
  expect(fx.synchronizacje).toBe(1 + 2);
});

test('writing the same plan twice gives identical sheets', async () => {
  const wb = zeszytZWnioskami(3);
  const plan: PlanZapisu = {
    arkusze: [
      {
        ...duzyArkusz('Protokół', 20),
        wydruk: { orientacja: 'pionowa', powtarzaneWiersze: [1, 1], dopasujDoSzerokosci: true },
        scalenia: ['A1:K1'],
        walidacje: [{ zakres: 'B2:B21', lista: ['I', 'II'] }],
      },
    ],
  };
  await zapisz(wb, plan, []);
  const pierwszy = zrzut(wb.getWorksheet('Protokół')!);
  await zapisz(wb, plan, ['Protokół']);
  expect(zrzut(wb.getWorksheet('Protokół')!)).toBe(pierwszy);
  const ws = wb.getWorksheet('Protokół')!;
  expect(ws.pageSetup.printTitlesRow).toBe('1:1');
  expect(ws.pageSetup.paperSize).toBe(9);
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(ws.getColumn(3).width).toBeCloseTo(30, 1);
});

test('Excel errors become Polish messages (protected sheet)', async () => {
  const wb = zeszytZWnioskami(3);
  const fx = utworzFakeExcel(wb, { chronione: ['_cs_nowy_1'] });
  await expect(zapisz(wb, { arkusze: [{ nazwa: 'Uwagi', wiersze: [[{ v: 'x' }]] }] }, [], fx)).rejects.toMatchObject({
    kod: 'chroniony',
  });
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Wnioski', 'Notatki użytkownika']);
  expect(fx.stan.trybObliczen).toBe('Automatic');
});

test('WB-2.0 the add-in writes a template: formulas, number rules with Polish prompts and errors, the input fill', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Arkusz1');
  await zapisz(wb, { arkusze: szablon('wniosek-dyrektora') });
  const ws = wb.getWorksheet('Kalkulacja kosztów')!;
  expect(ws.getCell('A1').value).toMatch(/^Kalkulacja kosztów/);
  expect(ws.getCell('F5').formula).toBe('IF(OR(D5="",E5=""),"",ROUND(D5*E5,2))');
  expect(ws.getCell('F5').numFmt).toBe('#,##0.00\\ "zł"');
  expect(ws.getCell('D5').fill).toMatchObject({ fgColor: { argb: `FF${STYL_POLA_WEJSCIOWEGO.tlo}` } });
  expect(ws.getCell('F5').fill).toBeUndefined(); // computed, not an input cell
  const dv = (ws as unknown as { dataValidations: { model: Record<string, Record<string, unknown>> } }).dataValidations
    .model;
  expect(dv['D5:D1004']).toMatchObject({
    type: 'whole',
    operator: 'greaterThanOrEqual',
    formulae: ['1'],
    showInputMessage: true,
    promptTitle: 'Liczba',
    errorStyle: 'stop',
    errorTitle: 'Niepoprawna wartość',
  });
  expect(dv['H5:H1004']).toMatchObject({ type: 'date', operator: 'between', formulae: ['2000-01-01', '2099-12-31'] });
  expect(dv['G5:G1004']).toMatchObject({ type: 'list', prompt: expect.stringMatching(/^Wybierz z listy/) });
});
