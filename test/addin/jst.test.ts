/** Issue 4 on the fake host: JST templates, diagnozuj / monitoruj / wskazniki, the native charts of `Pulpit monitoringu`. */
import ExcelJS from 'exceljs';
import { gminaJst, projektFers } from './przyklady';
import { naHoscie, porownajSciezki, type OperacjaZapisu } from './sciezki';
import { arkusz, budzet, czytajPrzezHost, komorki, zrzutKomorek } from './arkusze';
import { ARKUSZE_WYNIKOWE_JST, ARKUSZ_PULPITU, opisWykresu, opisWykresuWydatkow } from '../../src/core/jst';
import { ARKUSZ_STANU } from '../../src/core/zeszyt/wlasnosc';
import type { DataKalendarzowa } from '../../src/core/program/definicja';
import { utworzFakeExcel } from '../fakehost';
import { utworzDodatek } from '../../src/addin/office/dodatek';
import { RDZEN_TESTOWY } from './rdzenTestowy';

/** a date after the examples' monitoring year and project start (JST-5 counts support started by then) */
const DZIS_JST: DataKalendarzowa = { y: 2026, m: 1, d: 15 };
const WEJSCIE_GMINY = ['Szkoły JST', 'Reguły diagnozy', 'Plan strategiczny', 'Monitoring', 'Parametry monitoringu'];
const WEJSCIE_PROJEKTU = ['Uczestnicy', 'Budżet projektu', 'Plan zadania × rok'];

/** what the add-in must draw for 12 months of monitoring (JST-4; wykres.ts: table at A3, months from row 4) */
function oczekiwaneWykresy(miesiecy: number, kolumna: string) {
  const ost = 3 + miesiecy;
  const [kolumny, linie] = [opisWykresu(miesiecy, kolumna), opisWykresuWydatkow(miesiecy, kolumna)];
  const seria = (nazwa: string, kol: string) => ({ nazwa, wartosci: `${kol}4:${kol}${ost}`, osX: `A4:A${ost}` });
  return [
    {
      typ: 'ColumnStacked',
      zrodlo: `B3:D${ost}`,
      tytul: kolumny.tytul,
      polozenie: kolumny.polozenie,
      serie: [seria('Zielone', 'B'), seria('Bursztynowe', 'C'), seria('Czerwone', 'D')],
    },
    {
      typ: 'Line',
      zrodlo: `G3:H${ost}`,
      tytul: linie.tytul,
      polozenie: linie.polozenie,
      serie: [seria('Wydatki narastająco (zł)', 'G'), seria('Plan wydatków narastająco (zł)', 'H')],
    },
  ];
}

test('WB-2 / issue 4: the four JST templates go into one workbook; a second insert is refused (WB-3.1); each operation on the empty templates reports, never crashes', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Arkusz1');
  const { fx, dodatek } = naHoscie(wb, DZIS_JST);
  const wstawione: string[] = [];
  for (const s of ['diagnoza-jst', 'plan-jst', 'monitoring-jst', 'projekt-fers'] as const) {
    const w = await dodatek.wstawSzablon(s);
    expect(w.uwagi).toEqual([]);
    wstawione.push(...w.wstawione);
  }
  // WB-2.0: `Reguły` comes with the first template; the later ones keep it instead of refusing
  expect(wstawione).toEqual([
    'Szkoły JST',
    'Reguły diagnozy',
    'Reguły',
    ...WEJSCIE_GMINY.slice(2),
    ...WEJSCIE_PROJEKTU,
  ]);
  const przed = zrzutKomorek(wb, wstawione);
  const ponownie = await dodatek.wstawSzablon('plan-jst');
  expect(ponownie).toMatchObject({
    wstawione: [],
    uwagi: [expect.objectContaining({ regula: 'WB-3.1', arkusz: 'Plan strategiczny' })],
  });

  for (const op of ['diagnozuj', 'monitoruj', 'wskazniki'] as const) {
    const w = await dodatek.wykonaj(op);
    expect(w.status).toBe('ok');
    for (const u of w.uwagi) expect(wstawione).toContain(u.arkusz);
  }
  expect(zrzutKomorek(wb, wstawione)).toEqual(przed);
  expect(fx.wykresy(ARKUSZ_PULPITU)).toHaveLength(2);
});

test.each<[keyof typeof ARKUSZE_WYNIKOWE_JST, () => Promise<ExcelJS.Workbook>]>([
  ['diagnozuj', gminaJst],
  ['monitoruj', gminaJst],
  ['wskazniki', projektFers],
])(
  'WB-3.2 / issue 4: %s on the example — the add-in writes the same sheets and cell values as the CLI',
  async (op, plik) => {
    const { nazwy, komorek } = await porownajSciezki(op, plik, DZIS_JST);
    expect(nazwy).toEqual([...ARKUSZE_WYNIKOWE_JST[op], ARKUSZ_STANU]);
    expect(komorek).toBeGreaterThan(100);
  },
);

test('JST-4: `Pulpit monitoringu` gets two native charts (stacked columns, lines) over its data table, in the layout sync; a re-run replaces them', async () => {
  const wb = await gminaJst();
  const { fx, dodatek } = naHoscie(wb, DZIS_JST);
  fx.zeruj();
  expect((await dodatek.wykonaj('monitoruj')).status).toBe('ok');
  const b = budzet(fx);
  expect(b.synchronizacje).toBeLessThanOrEqual(b.budzet);
  expect(b.synchronizacje).toBe(4); // 2 reads, 1 portion of cells, 1 layout + charts + swap

  expect(fx.wykresy(ARKUSZ_PULPITU)).toEqual(oczekiwaneWykresy(12, 'T').map((w) => expect.objectContaining(w)));
  const tabela = komorki(arkusz(await czytajPrzezHost(fx), ARKUSZ_PULPITU));
  expect([tabela.A3, tabela.B3, tabela.D3, tabela.G3, tabela.H3]).toEqual(
    ['Miesiąc', 'Zielone', 'Czerwone', 'Wydatki narastająco (zł)', 'Plan wydatków narastająco (zł)'].map((v) => ({
      t: 's',
      v,
    })),
  );
  expect(tabela.A4).toEqual({ t: 's', v: '2025-01' });
  expect(tabela.A15).toEqual({ t: 's', v: '2025-12' });
  for (const k of ['B4', 'C15', 'D15', 'G15', 'H15']) expect(tabela[k]).toMatchObject({ t: 'n' });

  expect((await dodatek.wykonaj('monitoruj')).status).toBe('ok');
  expect(fx.wykresy(ARKUSZ_PULPITU)).toHaveLength(2);
  for (const n of wb.worksheets.map((w) => w.name).filter((n) => n !== ARKUSZ_PULPITU))
    expect(fx.wykresy(n)).toEqual([]);
});

/** [sheet, cell, what the user typed] — one bad cell in every JST input sheet (tables under their WB-2.0 title block start in row 5) */
const ZLE_GMINY: Array<[string, string, string]> = [
  ['Szkoły JST', 'D5', 'sto'],
  ['Reguły diagnozy', 'C6', 'abc'],
  ['Plan strategiczny', 'D5', '2025-13-45'],
  ['Monitoring', 'C5', 'prawie'],
  ['Parametry monitoringu', 'B4', 'x'],
];
const ZLE_PROJEKTU: Array<[string, string, string]> = [
  ['Uczestnicy', 'B5', 'X'],
  ['Budżet projektu', 'C5', 'dużo'],
  ['Plan zadania × rok', 'B5', 'sto tysięcy'],
];

test.each<[string, () => Promise<ExcelJS.Workbook>, string[], Array<[string, string, string]>, OperacjaZapisu[]]>([
  ['gmina', gminaJst, WEJSCIE_GMINY, ZLE_GMINY, ['diagnozuj', 'monitoruj']],
  ['projekt', projektFers, WEJSCIE_PROJEKTU, ZLE_PROJEKTU, ['wskazniki']],
])(
  'issue 4: bad input in every JST sheet (%s) gives located findings, no crash, input cells untouched',
  async (_, plik, wejscie, zle, operacje) => {
    const wb = await plik();
    const { fx, dodatek } = naHoscie(wb, DZIS_JST);
    for (const [a, k, v] of zle) fx.wpisz(a, k, v);
    if (wejscie === WEJSCIE_GMINY) wb.getWorksheet('Szkoły JST')!.getCell('F6').value = { error: '#N/A' };
    const przed = zrzutKomorek(wb, wejscie);
    const miejsca = new Set<string>();
    for (const op of operacje) {
      const w = await dodatek.wykonaj(op);
      expect(['ok', 'zablokowane']).toContain(w.status);
      for (const u of w.uwagi) if (u.komorka) miejsca.add(`${u.arkusz}!${u.komorka}`);
    }
    const oczekiwane = zle.map(([a, k]) => `${a}!${k}`).concat(wejscie === WEJSCIE_GMINY ? ['Szkoły JST!F6'] : []);
    expect(oczekiwane.filter((m) => !miejsca.has(m))).toEqual([]);
    expect(zrzutKomorek(wb, wejscie)).toEqual(przed);
  },
);

test('a core that does not offer the JST operations refuses them with a clear message and no sync', async () => {
  const fx = utworzFakeExcel(await gminaJst());
  const dodatek = utworzDodatek(RDZEN_TESTOWY, fx.host);
  await expect(dodatek.wykonaj('monitoruj')).rejects.toMatchObject({
    kod: 'inny',
    komunikat: expect.stringContaining('monitoruj'),
  });
  expect(fx.synchronizacje).toBe(0);
});
