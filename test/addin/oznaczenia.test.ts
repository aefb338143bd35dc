/** Sprawdź highlights (fill + note with ExcelApi 1.18), Wyczyść oznaczenia, live validation (≤ 2 syncs). */
import type ExcelJS from 'exceljs';
import { utworzFakeExcel } from '../fakehost';
import { utworzDodatek } from '../../src/addin/office/dodatek';
import { ARKUSZ_OZNACZEN } from '../../src/addin/office/oznaczenia';
import { LIMIT_PORCJI } from '../../src/addin/office/porcje';
import { zeszytZWnioskami } from './pomoc';
import { RDZEN_TESTOWY } from './rdzenTestowy';

const ZOLTY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } as ExcelJS.Fill;

function przygotuj(wersja = '1.18') {
  const wb = zeszytZWnioskami(100);
  const ws = wb.getWorksheet('Wnioski')!;
  ws.getCell('D5').value = 'dużo'; // invalid, no fill
  ws.getCell('D7').value = '90.000,00'; // invalid, user's yellow fill and user's note
  ws.getCell('D7').fill = ZOLTY;
  ws.getCell('D7').note = 'sprawdzić z dyrektorem';
  ws.getCell('D7').numFmt = '@';
  ws.getCell('C9').value = ws.getCell('C8').value; // duplicate REGON
  const fx = utworzFakeExcel(wb, { wersja });
  const dodatek = utworzDodatek(RDZEN_TESTOWY, fx.host, { opoznienieMs: 5 });
  return { wb, ws, fx, dodatek };
}

const tlo = (c: ExcelJS.Cell) => JSON.stringify(c.fill ?? null);

test('Sprawdź highlights invalid cells with a fill and a note; Wyczyść oznaczenia restores fills exactly', async () => {
  const { wb, ws, fx, dodatek } = przygotuj();
  const przed = ['D5', 'D7', 'C8', 'C9', 'D6'].map((a) => tlo(ws.getCell(a)));
  const uwagi = await dodatek.sprawdz();
  expect(uwagi.map((u) => u.komorka).sort()).toEqual(['C8', 'C9', 'D5', 'D7']);
  expect(fx.synchronizacje).toBeLessThanOrEqual(4 + Math.ceil(Math.max(...fx.ladunki) / LIMIT_PORCJI));
  expect(ws.getCell('D5').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  expect(ws.getCell('D7').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  expect(String(ws.getCell('D5').note)).toContain('[WB-1.4] kwota nie jest liczbą');
  expect(ws.getCell('D7').note).toBe('sprawdzić z dyrektorem'); // a user's note is never replaced
  expect(wb.getWorksheet(ARKUSZ_OZNACZEN)!.state).toBe('veryHidden');
  expect(fx.stan.niewyslane).toBe(0);

  // a second Sprawdź is stable (same slots, same highlights)
  await dodatek.sprawdz();
  expect(wb.getWorksheet(ARKUSZ_OZNACZEN)!.actualRowCount).toBe(5);

  fx.zeruj();
  expect(await dodatek.wyczyscOznaczenia()).toBe(4);
  expect(fx.synchronizacje).toBeLessThanOrEqual(4);
  expect(['D5', 'D7', 'C8', 'C9', 'D6'].map((a) => tlo(ws.getCell(a)))).toEqual(przed);
  expect(ws.getCell('D5').note).toBeUndefined();
  expect(ws.getCell('D7').note).toBe('sprawdzić z dyrektorem');
  expect(ws.getCell('D7').numFmt).toBe('@');
  expect(wb.getWorksheet(ARKUSZ_OZNACZEN)).toBeUndefined();
});

test('without ExcelApi 1.18 there are no notes (the message lives only in the findings), fills still restore', async () => {
  const { ws, dodatek } = przygotuj('1.9');
  const przed = tlo(ws.getCell('D7'));
  await dodatek.sprawdz();
  expect(ws.getCell('D5').note).toBeUndefined();
  expect(ws.getCell('D5').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  await dodatek.wyczyscOznaczenia();
  expect(tlo(ws.getCell('D7'))).toBe(przed);
  expect(ws.getCell('D5').fill).toBeUndefined();
});

test('a fixed cell loses its highlight at the next Sprawdź; a number format changed meanwhile is kept', async () => {
  const { ws, dodatek } = przygotuj();
  await dodatek.sprawdz();
  ws.getCell('D5').value = 1234.5;
  ws.getCell('D5').numFmt = '0.00';
  await dodatek.sprawdz();
  expect(ws.getCell('D5').fill).toBeUndefined();
  expect(ws.getCell('D5').note).toBeUndefined();
  expect(ws.getCell('D5').numFmt).toBe('0.00');
});

test('live validation: one changed cell is re-validated in ≤ 2 syncs; highlights follow; fixing restores', async () => {
  const { ws, fx, dodatek } = przygotuj();
  const wyniki: number[] = [];
  await dodatek.walidacjaNaZywo(true, (u) => wyniki.push(u.length));
  expect(wyniki).toEqual([4]);

  fx.zeruj();
  fx.wpisz('Wnioski', 'D20', 'sto złotych');
  await new Promise((r) => setTimeout(r, 20));
  await dodatek.naZywoGotowe();
  expect(fx.synchronizacje).toBeLessThanOrEqual(2);
  expect(wyniki).toEqual([4, 5]);
  expect(ws.getCell('D20').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  expect(String(ws.getCell('D20').note)).toContain('kwota nie jest liczbą');

  fx.zeruj();
  ws.getCell('C30').numFmt = '@'; // a Text cell: typed digits stay text, as in Excel
  fx.wpisz('Wnioski', 'C30', String(ws.getCell('C31').value)); // duplicate: flags C30 and C31 (outside the change)
  await new Promise((r) => setTimeout(r, 20));
  await dodatek.naZywoGotowe();
  expect(fx.synchronizacje).toBeLessThanOrEqual(2);
  expect(ws.getCell('C31').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });

  fx.zeruj();
  fx.wpisz('Wnioski', 'D20', 120);
  await new Promise((r) => setTimeout(r, 20));
  await dodatek.naZywoGotowe();
  expect(fx.synchronizacje).toBeLessThanOrEqual(2);
  expect(ws.getCell('D20').fill).toBeUndefined();
  expect(ws.getCell('D20').note).toBeUndefined();

  await dodatek.walidacjaNaZywo(false);
  expect(fx.stan.obslugi.size).toBe(0);
  fx.wpisz('Wnioski', 'D21', 'x');
  await new Promise((r) => setTimeout(r, 20));
  expect(ws.getCell('D21').fill).toBeUndefined();
});

test('changes on sheets the validation does not read cost no sync', async () => {
  const { fx, dodatek } = przygotuj();
  await dodatek.walidacjaNaZywo(true);
  fx.zeruj();
  fx.stan.wb.addWorksheet('Nowy');
  fx.wpisz('Nowy', 'A1', 'x');
  await new Promise((r) => setTimeout(r, 20));
  await dodatek.naZywoGotowe();
  expect(fx.synchronizacje).toBe(0);
  await dodatek.walidacjaNaZywo(false);
});
