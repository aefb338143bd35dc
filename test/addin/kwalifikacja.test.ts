/** The add-in path with the real core on the fake host: template, Sprawdź, kwalifikacja, re-run, protocol check. */
import ExcelJS from 'exceljs';
import { utworzFakeExcel, type FakeExcel } from '../fakehost';
import { kolorFormatu } from '../fakehost/formatyWarunkowe';
import { utworzDodatek } from '../../src/addin/office/dodatek';
import { RDZEN } from '../../src/addin/office/rdzen';
import { LIMIT_PORCJI } from '../../src/addin/office/porcje';
import { cyfraKontrolnaRegon } from '../../src/core/identyfikatory';
import { zrzut } from './pomoc';

const DZIS = () => ({ y: 2012, m: 5, d: 10 });

function regon(i: number): string {
  const p = String(10_000_000 + i);
  return `${p}${cyfraKontrolnaRegon(p)}`;
}

/** fills the inserted template: Parametry values in column B, `n` rows in Wnioski */
function wypelnij(wb: ExcelJS.Workbook, n: number, kwota: number): void {
  const p = wb.getWorksheet('Parametry')!;
  const wartosci: Record<string, ExcelJS.CellValue> = {
    Województwo: 'mazowieckie',
    'Kwota środków (zł)': kwota,
    'Ziarno losowania': '71322',
    'Data posiedzenia zespołu': '2012-05-10',
    'Skład zespołu': 'Anna Nowak; Jan Kowalski; Ewa Wiśniewska; Piotr Zieliński',
  };
  p.eachRow((row) => {
    const v = wartosci[String(row.getCell(1).value)];
    if (v !== undefined) row.getCell(2).value = v;
  });
  const w = wb.getWorksheet('Wnioski')!;
  const kol = new Map<string, number>();
  const naglowek = wierszNaglowka(w);
  w.getRow(naglowek).eachCell((c, i) => kol.set(String(c.value), i));
  for (let i = 1; i <= n; i++) {
    const row = w.getRow(naglowek + i);
    const ustaw = (h: string, v: ExcelJS.CellValue) => (row.getCell(kol.get(h)!).value = v);
    ustaw('Lp.', i);
    ustaw('Organ prowadzący', `Gmina ${i}`);
    ustaw('Nazwa szkoły', `Szkoła Podstawowa nr ${i}`);
    ustaw('REGON szkoły', regon(i));
    ustaw('Położenie', 'wieś');
    ustaw('Liczba uczniów klas I-VI', 50 + (i % 400));
    ustaw('Wariant', i % 3 ? 'I' : 'II');
    ustaw('Wariant zastępczy', i % 3 ? 'II' : 'odstąpienie');
    ustaw('Wnioskowana kwota (zł)', 80000);
    ustaw('Wkład własny (zł)', 20000);
  }
}

/** WB-2.0: the header row follows the template's title block; found by its labels (WB-1.2). */
function wierszNaglowka(w: ExcelJS.Worksheet): number {
  let r = 1;
  while (w.getRow(r).getCell(1).value !== 'Lp.') r++;
  return r;
}

/** The header cell and the cells below it. */
function kolumna(wb: ExcelJS.Workbook, naglowek: string): { cells: ExcelJS.Cell[]; litera: string } {
  const w = wb.getWorksheet('Wnioski')!;
  const r0 = wierszNaglowka(w);
  let nr = 0;
  w.getRow(r0).eachCell((c, i) => (String(c.value) === naglowek ? (nr = i) : undefined));
  const cells: ExcelJS.Cell[] = [];
  w.getColumn(nr).eachCell((c) => void (Number(c.row) >= r0 && cells.push(c)));
  return { cells, litera: w.getColumn(nr).letter };
}

async function przygotuj(n: number, kwota: number) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Arkusz1');
  const fx = utworzFakeExcel(wb);
  const dodatek = utworzDodatek(RDZEN, fx.host, { dzis: DZIS });
  const { wstawione, uwagi } = await dodatek.wstawSzablon('wojewodztwo');
  expect(uwagi).toEqual([]);
  expect(wstawione).toEqual(expect.arrayContaining(['Parametry', 'Wnioski']));
  wypelnij(wb, n, kwota);
  return { wb, fx, dodatek };
}

function budzet(fx: FakeExcel): { syncs: number; budzet: number; max: number; mb: number } {
  const suma = fx.ladunki.reduce((s, x) => s + x, 0);
  return {
    syncs: fx.synchronizacje,
    budzet: 4 + Math.ceil(suma / LIMIT_PORCJI),
    max: Math.max(...fx.ladunki),
    mb: suma / 1024 / 1024,
  };
}

const WYNIKOWE = [
  'Protokół',
  'Wykaz wniosków',
  'Zakwalifikowane',
  'Niezakwalifikowane',
  'Odrzucone formalnie', // WB-3.2 / WB-3.4
  'Do publikacji — wariant I', // WB-3.4
  'Do publikacji — wariant II',
  'Przebieg kwalifikacji',
  'Informacja dla ministra',
];

test('template → Sprawdź → kwalifikacja → re-run gives identical sheets; the protocol check sees input changes', async () => {
  const { wb, fx, dodatek } = await przygotuj(40, 1_500_000);
  expect((await dodatek.wstawSzablon('wojewodztwo')).uwagi[0]).toMatchObject({ regula: 'WB-3.1', arkusz: 'Parametry' });

  const uwagi = await dodatek.sprawdz();
  expect(uwagi.filter((u) => u.waga === 'błąd')).toEqual([]);

  fx.zeruj();
  const wynik = await dodatek.kwalifikuj();
  expect(wynik.status).toBe('ok');
  const b = budzet(fx);
  expect(b.syncs).toBeLessThanOrEqual(b.budzet);
  for (const n of WYNIKOWE) expect(wb.getWorksheet(n)).toBeDefined();
  expect(wb.getWorksheet('_cyfrowa_szkola')!.state).toBe('veryHidden');
  const pierwszy = WYNIKOWE.map((n) => zrzut(wb.getWorksheet(n)!));

  await dodatek.kwalifikuj();
  expect(WYNIKOWE.map((n) => zrzut(wb.getWorksheet(n)!))).toEqual(pierwszy);
  expect(wb.worksheets.filter((w) => w.name.startsWith('_cs_nowy'))).toEqual([]);

  expect(await dodatek.zweryfikujProtokol()).toMatchObject({ zgodny: true });
  kolumna(wb, 'Wnioskowana kwota (zł)').cells[4].value = 70000;
  const po = await dodatek.zweryfikujProtokol();
  expect(po.zgodny).toBe(false);
  expect(po.odciskProtokolu).not.toBe(po.odcisk);
});

test('WB-3.1 through the add-in: a user sheet named like an output is untouched, the run is blocked', async () => {
  const { wb, dodatek } = await przygotuj(10, 300_000);
  wb.addWorksheet('Zakwalifikowane').getCell('A1').value = 'moja lista';
  const wynik = await dodatek.kwalifikuj();
  expect(wynik.status).toBe('zablokowane');
  expect(wynik.uwagi.some((u) => u.regula === 'WB-3.1' && u.arkusz === 'Zakwalifikowane')).toBe(true);
  expect(wb.getWorksheet('Zakwalifikowane')!.getCell('A1').value).toBe('moja lista');
  expect(wb.getWorksheet('Protokół')).toBeUndefined();
  expect(wb.getWorksheet('Uwagi')).toBeDefined(); // WB-5.3: a blocked run writes only `Uwagi`
});

test('Sprawdź and live validation with the real core on 6 000 applications', async () => {
  const { wb, fx, dodatek } = await przygotuj(6000, 6000 * 40_000);
  fx.zeruj();
  const t0 = Date.now();
  const uwagi = await dodatek.sprawdz();
  console.log(`sprawdz 6000: ${fx.synchronizacje} synchronizacji, ${Date.now() - t0} ms na fałszywym hoście`);
  expect(fx.synchronizacje).toBeLessThanOrEqual(4);
  expect(uwagi.filter((u) => u.waga === 'błąd')).toEqual([]);

  const wyniki: number[] = [];
  await dodatek.walidacjaNaZywo(true, (u) => wyniki.push(u.filter((x) => x.waga === 'błąd').length));
  fx.zeruj();
  const wklad = kolumna(wb, 'Wkład własny (zł)').litera;
  fx.wpisz('Wnioski', `${wklad}101`, 1); // CS-4.3: 4 · 1 < 80 000
  await new Promise((r) => setTimeout(r, 500));
  await dodatek.naZywoGotowe();
  expect(fx.synchronizacje).toBeLessThanOrEqual(2);
  expect(wyniki.at(-1)).toBeGreaterThan(0);
  expect(kolorFormatu(wb.getWorksheet('Wnioski')!, `${wklad}101`)).toBe('#FFC7CE'); // issue 8 §4: our rule
  console.log(`na żywo 6000: ${fx.synchronizacje} synchronizacje na zmianę`);
  await dodatek.walidacjaNaZywo(false);
});

test.each([600, 6000])('kwalifikacja of %i applications stays within the sync budget, no sync over 5 MB', async (n) => {
  const { fx, dodatek } = await przygotuj(n, n * 40_000);
  fx.zeruj();
  const t0 = Date.now();
  const wynik = await dodatek.kwalifikuj();
  const ms = Date.now() - t0;
  expect(wynik.status).toBe('ok');
  const b = budzet(fx);
  expect(b.syncs).toBeLessThanOrEqual(b.budzet);
  expect(b.max).toBeLessThanOrEqual(LIMIT_PORCJI);
  console.log(
    `kwalifikuj ${n}: ${b.syncs} synchronizacji (budżet ${b.budzet}), ładunek ${b.mb.toFixed(2)} MB, największy ${(b.max / 1024 / 1024).toFixed(2)} MB, ${ms} ms na fałszywym hoście`,
  );
});
