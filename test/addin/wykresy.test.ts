/** Native charts of a write plan (`ZapisArkusza.wykresy`, JST-4) on the fake host: layout, series, areas, refusals. */
import ExcelJS from 'exceljs';
import { utworzFakeExcel } from '../fakehost';
import { wczytajStan } from '../../src/addin/office/odczyt';
import { zapiszPlan } from '../../src/addin/office/zapis';
import { ukladWykresu } from '../../src/addin/office/wykresy';
import type { PlanZapisu, ZapisArkusza, ZapisKomorki } from '../../src/core/zeszyt/model';

/** a 4-month table at A3: month, three counts, spending */
function tabelaMiesiecy(wykresy: ZapisArkusza['wykresy']): ZapisArkusza {
  const wiersze: ZapisKomorki[][] = [
    [{ v: 'Tytuł' }],
    [],
    ['Miesiąc', 'A', 'B', 'C', 'D', 'E', 'F'].map((v) => ({ v })),
  ];
  for (let m = 1; m <= 4; m++) wiersze.push([{ v: `2025-0${m}` }, ...[1, 2, 3, 4, 5, 6].map((x) => ({ v: x * m }))]);
  return { nazwa: 'Pulpit', wiersze, wykresy };
}

async function zapisz(plan: PlanZapisu, wersja?: string) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Dane');
  const fx = utworzFakeExcel(wb, { wersja });
  fx.zeruj();
  const wynik = fx.host.run(async (ctx) => zapiszPlan(ctx, plan, { wlasne: [], stan: await wczytajStan(ctx) }));
  return { wb, fx, wynik };
}

test("JST-4: the first area's first column is the categories, the other columns are named series; charts go into the layout sync", async () => {
  const { fx, wynik } = await zapisz({
    arkusze: [
      tabelaMiesiecy([
        { zakresDanych: 'A3:C7', typ: 'kolumnowySkumulowany', tytul: 'Słupki', polozenie: 'J3' },
        { zakresDanych: 'A3:A7,D3:D7,F3:G7', typ: 'liniowy', tytul: 'Linie', polozenie: 'J20' },
      ]),
    ],
  });
  expect((await wynik).synchronizacje).toBe(2); // 1 portion + layout (the StanSkoroszytu read is this test's own)
  expect(fx.synchronizacje).toBe(3);
  const os = 'A4:A7';
  expect(fx.wykresy('Pulpit')).toEqual([
    {
      typ: 'ColumnStacked',
      zrodlo: 'B3:C7',
      serieWg: 'Columns',
      tytul: 'Słupki',
      polozenie: 'J3',
      koniec: null,
      serie: [
        { nazwa: 'A', wartosci: 'B4:B7', osX: os },
        { nazwa: 'B', wartosci: 'C4:C7', osX: os },
      ],
    },
    {
      typ: 'Line',
      zrodlo: 'D3:D7',
      serieWg: 'Columns',
      tytul: 'Linie',
      polozenie: 'J20',
      koniec: null,
      serie: [
        { nazwa: 'C', wartosci: 'D4:D7', osX: os },
        { nazwa: 'E', wartosci: 'F4:F7', osX: os },
        { nazwa: 'F', wartosci: 'G4:G7', osX: os },
      ],
    },
  ]);
});

test('chart ranges: areas must share their rows and have a header and data rows; a sheet without charts gets none', async () => {
  expect(ukladWykresu({ zakresDanych: '$A$3:$D$15', typ: 'liniowy', tytul: '', polozenie: 'K3' })).toEqual({
    kategorie: { wiersz0: 3, kolumna0: 0, wierszy: 12, kolumn: 1 },
    bloki: [{ wiersz0: 2, kolumna0: 1, wierszy: 13, kolumn: 3 }],
  });
  expect(() => ukladWykresu({ zakresDanych: 'A3:A15,G4:H15', typ: 'liniowy', tytul: '', polozenie: 'K3' })).toThrow(
    /te same wiersze/,
  );
  expect(() => ukladWykresu({ zakresDanych: 'A3:D3', typ: 'liniowy', tytul: '', polozenie: 'K3' })).toThrow(
    /wiersz nagłówka/,
  );
  expect(() => ukladWykresu({ zakresDanych: 'A3:A9', typ: 'liniowy', tytul: '', polozenie: 'K3' })).toThrow(
    /kolumn z danymi/,
  );
  const { fx, wynik } = await zapisz({ arkusze: [tabelaMiesiecy(undefined)] });
  await wynik;
  expect(fx.wykresy('Pulpit')).toEqual([]);
});

test('a host without ExcelApi 1.7 refuses the series ranges: the write fails whole, no temporary sheet is left', async () => {
  const { wb, wynik } = await zapisz(
    { arkusze: [tabelaMiesiecy([{ zakresDanych: 'A3:C7', typ: 'liniowy', tytul: 'x', polozenie: 'J3' }])] },
    '1.6',
  );
  await expect(wynik).rejects.toMatchObject({ name: 'BladDodatku' });
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Dane']);
});

test('JST-4, WB-3.1: re-writing an owned sheet with charts replaces them (deleted, then drawn again), not duplicated', async () => {
  const plan: PlanZapisu = {
    arkusze: [
      tabelaMiesiecy([{ zakresDanych: 'A3:C7', typ: 'kolumnowySkumulowany', tytul: 'Słupki', polozenie: 'J3' }]),
    ],
  };
  const { wb, fx, wynik } = await zapisz(plan);
  await wynik;
  const pierwsze = fx.wykresy('Pulpit');
  await fx.host.run(async (ctx) => zapiszPlan(ctx, plan, { wlasne: ['Pulpit'], stan: await wczytajStan(ctx) }));
  expect(fx.wykresy('Pulpit')).toEqual(pierwsze);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Dane', 'Pulpit']);
});
