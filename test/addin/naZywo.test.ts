/**
 * Issue 8 §3 live validation: only the changed rows are re-read (≤ 2 syncs, ≤ 200 KB per edit at 6 000
 * rows), cross-row rules (CS-10.4) still see every row, a co-author's `Remote` change writes nothing, a
 * pass during cell edit waits (`delayForCellEdit`) or is retried, and highlights follow the cells.
 */
import type ExcelJS from 'exceljs';
import { wczytajPrzyklad } from './przyklady';
import { naHoscie } from './sciezki';
import type { Uwaga } from '../../src/core/uwagi';
import { utworzFakeExcel } from '../fakehost';
import { kolorFormatu } from '../fakehost/formatyWarunkowe';
import { sortujWiersze } from '../fakehost/uzytkownik';
import { utworzDodatek } from '../../src/addin/office/dodatek';
import { ZNACZNIK } from '../../src/addin/office/oznaczenia';
import type { BladDodatku } from '../../src/addin/office/bledy';
import { zeszytZWnioskami } from './pomoc';
import { RDZEN_TESTOWY } from './rdzenTestowy';

const CZERWONY = '#FFC7CE';
const nasz = (ws: ExcelJS.Worksheet, a: string) =>
  kolorFormatu(ws, a, (f) => String(f.formula).includes(`"${ZNACZNIK}`));
const chwila = (ms = 20) => new Promise((r) => setTimeout(r, ms));
const KB = 1024;

function przygotuj(wnioskow = 100) {
  const wb = zeszytZWnioskami(wnioskow);
  const ws = wb.getWorksheet('Wnioski')!;
  ws.getCell('D5').value = 'dużo';
  ws.getCell('D7').value = '90.000,00';
  ws.getCell('D7').note = 'sprawdzić z dyrektorem';
  ws.getCell('C9').value = ws.getCell('C8').value;
  const fx = utworzFakeExcel(wb);
  const bledy: BladDodatku[] = [];
  const dodatek = utworzDodatek(RDZEN_TESTOWY, fx.host, {
    opoznienieMs: 5,
    przerwaMs: 5,
    naBlad: (e) => bledy.push(e),
  });
  return { wb, ws, fx, dodatek, bledy };
}

async function poZmianie(d: { naZywoGotowe(): Promise<void> }): Promise<void> {
  await chwila();
  await d.naZywoGotowe();
}

test('issue 3 / CS-10.4: a REGON typed as a duplicate is found in ≤ 2 syncs on both rows, highlighted, and cleared again when undone', async () => {
  const wb = await wczytajPrzyklad('wojewodztwo-mazowieckie.xlsx');
  const ws = wb.getWorksheet('Wnioski')!;
  let kol = 0;
  ws.getRow(1).eachCell((c, i) => (c.value === 'REGON szkoły' ? (kol = i) : undefined));
  const litera = ws.getColumn(kol).letter;
  const [pierwszy, zmieniany] = [`${litera}2`, `${litera}101`];
  const regon = String(ws.getCell(pierwszy).value);
  const byl = String(ws.getCell(zmieniany).value);

  const { fx, dodatek } = naHoscie(wb);
  const wyniki: Uwaga[][] = [];
  await dodatek.walidacjaNaZywo(true, (u) => wyniki.push(u));
  const duplikat = (u: Uwaga[]) =>
    u
      .filter((x) => x.regula === 'CS-10.4' && x.komunikat.includes(regon))
      .map((x) => x.komorka)
      .sort();

  fx.zeruj();
  fx.wpisz('Wnioski', zmieniany, regon);
  await poZmianie(dodatek);
  const syncs = fx.synchronizacje;
  const bajty = fx.ladunki.reduce((a, b) => a + b, 0);
  expect(syncs).toBeLessThanOrEqual(2);
  expect(bajty).toBeLessThanOrEqual(200 * KB);
  expect(duplikat(wyniki.at(-1)!)).toEqual([zmieniany, pierwszy].sort());
  expect(nasz(ws, pierwszy)).toBe(CZERWONY);
  expect(nasz(ws, zmieniany)).toBe(CZERWONY);

  fx.zeruj();
  fx.wpisz('Wnioski', zmieniany, byl);
  await poZmianie(dodatek);
  expect(fx.synchronizacje).toBeLessThanOrEqual(2);
  expect(duplikat(wyniki.at(-1)!)).toEqual([]);
  expect(nasz(ws, pierwszy)).toBeNull();
  console.log(`na żywo, przykład: ${syncs} synchronizacje, ${bajty} B na zmianę`);
  await dodatek.walidacjaNaZywo(false);
});

test('issue 8 §3: one changed cell is re-validated in ≤ 2 syncs; highlights and notes follow; fixing removes them', async () => {
  const { ws, fx, dodatek } = przygotuj();
  const wyniki: number[] = [];
  await dodatek.walidacjaNaZywo(true, (u) => wyniki.push(u.length));
  expect(wyniki).toEqual([4]);

  fx.zeruj();
  fx.wpisz('Wnioski', 'D20', 'sto złotych');
  await poZmianie(dodatek);
  expect(fx.synchronizacje).toBeLessThanOrEqual(2);
  expect(wyniki).toEqual([4, 5]);
  expect(nasz(ws, 'D20')).toBe(CZERWONY);
  expect(String(ws.getCell('D20').note)).toContain('kwota nie jest liczbą');

  fx.zeruj();
  ws.getCell('C30').numFmt = '@'; // a Text cell: typed digits stay text, as in Excel
  fx.wpisz('Wnioski', 'C30', String(ws.getCell('C31').value)); // duplicate: flags C30 and C31 (outside the change)
  await poZmianie(dodatek);
  expect(fx.synchronizacje).toBeLessThanOrEqual(2);
  expect(nasz(ws, 'C31')).toBe(CZERWONY);
  expect(nasz(ws, 'C30')).toBe(CZERWONY);

  fx.zeruj();
  fx.wpisz('Wnioski', 'D20', 120);
  await poZmianie(dodatek);
  expect(fx.synchronizacje).toBeLessThanOrEqual(2);
  expect(nasz(ws, 'D20')).toBeNull();
  expect(ws.getCell('D20').note).toBeUndefined();
  expect(ws.getCell('D7').note).toBe('sprawdzić z dyrektorem');

  await dodatek.walidacjaNaZywo(false);
  expect(fx.stan.obslugi.size).toBe(0);
  fx.wpisz('Wnioski', 'D21', 'x');
  await chwila();
  expect(nasz(ws, 'D21')).toBeNull();
});

test('issue 8 §3: changes on sheets the validation does not read cost no sync', async () => {
  const { fx, dodatek } = przygotuj();
  await dodatek.walidacjaNaZywo(true);
  fx.zeruj();
  fx.stan.wb.addWorksheet('Nowy');
  fx.wpisz('Nowy', 'A1', 'x');
  await poZmianie(dodatek);
  expect(fx.synchronizacje).toBe(0);
  await dodatek.walidacjaNaZywo(false);
});

test('issue 8 §3: a co-author’s Remote change writes nothing; the next local pass still sees it', async () => {
  const { ws, fx, dodatek } = przygotuj();
  const wyniki: number[] = [];
  await dodatek.walidacjaNaZywo(true, (u) => wyniki.push(u.length));
  fx.zeruj();
  fx.wpisz('Wnioski', 'D30', 'współautor', 'Remote');
  await poZmianie(dodatek);
  expect(fx.synchronizacje).toBe(0);
  expect(nasz(ws, 'D30')).toBeNull();
  expect(wyniki).toEqual([4]);

  fx.wpisz('Wnioski', 'D40', 'ja');
  await poZmianie(dodatek);
  expect(fx.synchronizacje).toBeLessThanOrEqual(2);
  expect(wyniki.at(-1)).toBe(6); // D30 was re-read with the local pass
  expect(nasz(ws, 'D40')).toBe(CZERWONY);
  expect(nasz(ws, 'D30')).toBe(CZERWONY);
  await dodatek.walidacjaNaZywo(false);
});

test('issue 8 §3: during cell edit the pass waits (delayForCellEdit) and lands when the user leaves the cell', async () => {
  const { ws, fx, dodatek, bledy } = przygotuj();
  await dodatek.walidacjaNaZywo(true);
  fx.edycjaKomorki(true);
  fx.wpisz('Wnioski', 'D20', 'x');
  await chwila(50);
  expect(nasz(ws, 'D20')).toBeNull();
  fx.edycjaKomorki(false);
  await dodatek.naZywoGotowe();
  expect(nasz(ws, 'D20')).toBe(CZERWONY);
  expect(bledy).toEqual([]);
  await dodatek.walidacjaNaZywo(false);
});

test('issue 8 §3: on a host that ignores delayForCellEdit, a pass refused with InvalidOperationInCellEditMode is retried and lands', async () => {
  const { ws, fx, dodatek, bledy } = przygotuj();
  await dodatek.walidacjaNaZywo(true);
  fx.edycjaKomorki(true, true);
  fx.wpisz('Wnioski', 'D20', 'x');
  await chwila(60); // several refused attempts
  expect(nasz(ws, 'D20')).toBeNull();
  fx.edycjaKomorki(false);
  await dodatek.naZywoGotowe();
  expect(nasz(ws, 'D20')).toBe(CZERWONY);
  expect(bledy).toEqual([]);
  await dodatek.walidacjaNaZywo(false);
});

test('issue 8 §3: at 6 000 rows one edit costs ≤ 2 syncs and ≤ 200 KB, a duplicate across rows included', async () => {
  const { ws, fx, dodatek } = przygotuj(6000);
  for (let r = 100; r <= 6000; r += 20) ws.getCell(`D${r}`).value = 'brak'; // ~300 highlighted cells
  await dodatek.walidacjaNaZywo(true);
  const pomiar = async (arkusz: string, adres: string, wartosc: string) => {
    fx.zeruj();
    fx.wpisz(arkusz, adres, wartosc);
    await poZmianie(dodatek);
    const bajty = fx.ladunki.reduce((a, b) => a + b, 0);
    expect(fx.synchronizacje).toBeLessThanOrEqual(2);
    expect(bajty).toBeLessThanOrEqual(200 * KB);
    return `${fx.synchronizacje} sync, ${bajty} B`;
  };
  const zwykla = await pomiar('Wnioski', 'B3000', 'Szkoła zmieniona');
  const bledna = await pomiar('Wnioski', 'D3001', 'x');
  expect(nasz(ws, 'D3001')).toBe(CZERWONY);
  ws.getCell('C5999').numFmt = '@';
  const duplikat = await pomiar('Wnioski', 'C5999', String(ws.getCell('C2').value));
  expect(nasz(ws, 'C2')).toBe(CZERWONY);
  console.log(`na żywo, 6000 wierszy: zwykła ${zwykla}; błędna ${bledna}; duplikat ${duplikat}`);
  await dodatek.walidacjaNaZywo(false);
});

test('issue 8 §3: a sort during live validation re-reads the sorted rows (a full check beyond 1 000 rows); highlights end on the moved cells', async () => {
  const { ws, fx, dodatek } = przygotuj();
  await dodatek.walidacjaNaZywo(true);
  sortujWiersze(fx, 'Wnioski', 2, 101, 'A', true);
  await poZmianie(dodatek);
  expect(nasz(ws, 'D98')).toBe(CZERWONY);
  expect(nasz(ws, 'D5')).toBeNull();
  await dodatek.walidacjaNaZywo(false);
});
