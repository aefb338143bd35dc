/**
 * Issue 8 §4 highlights: our conditional formats (formula tag) + notes with ExcelApi 1.18; Wyczyść
 * oznaczenia deletes exactly ours (WB-3.1: every cell's own format is as before Sprawdź); highlights
 * move with sorted and inserted rows; renaming or deleting `Wnioski` never breaks Sprawdź or Wyczyść.
 */
import type ExcelJS from 'exceljs';
import { utworzFakeExcel } from '../fakehost';
import { formatyWarunkowe, kolorFormatu } from '../fakehost/formatyWarunkowe';
import { sortujWiersze, wstawWiersze } from '../fakehost/uzytkownik';
import { utworzDodatek } from '../../src/addin/office/dodatek';
import { ARKUSZ_OZNACZEN, ZNACZNIK } from '../../src/addin/office/oznaczenia';
import { zeszytZWnioskami } from './pomoc';
import { RDZEN_TESTOWY } from './rdzenTestowy';

const ZOLTY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } as ExcelJS.Fill;
const CZERWONY = '#FFC7CE';

function przygotuj(wersja = '1.18', wnioskow = 100) {
  const wb = zeszytZWnioskami(wnioskow);
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

const nasz = (ws: ExcelJS.Worksheet, a: string) =>
  kolorFormatu(ws, a, (f) => String(f.formula).includes(`"${ZNACZNIK}`));
const naszych = (ws: ExcelJS.Worksheet) =>
  formatyWarunkowe(ws).filter((f) => String(f.formula).includes(`"${ZNACZNIK}`)).length;

/** every cell's own format (style) and note, keyed by the row's `Lp.` (so rows can be compared after a sort) */
function wyglad(ws: ExcelJS.Worksheet): Record<string, string> {
  const w: Record<string, string> = {};
  ws.eachRow({ includeEmpty: true }, (row, nr) =>
    row.eachCell({ includeEmpty: true }, (c, k) => {
      w[`${nr === 1 ? 'nagłówek' : String(row.getCell(1).value)}|${k}`] = JSON.stringify([c.style, c.note ?? null]);
    }),
  );
  return w;
}

test('issue 8 §4 / WB-3.1: Sprawdź marks with our conditional formats and notes; Wyczyść deletes exactly ours', async () => {
  const { wb, ws, fx, dodatek } = przygotuj();
  // a user's own conditional format on the same cells stays
  formatyWarunkowe(ws).push({
    id: 'uzytkownika',
    typ: 'Custom',
    formula: '=D5>0',
    kolor: '#00FF00',
    komorki: new Set([4 * 16384 + 3]),
  });
  const przed = wyglad(ws);
  const uwagi = await dodatek.sprawdz();
  expect(uwagi.map((u) => u.komorka).sort()).toEqual(['C8', 'C9', 'D5', 'D7']);
  expect(fx.synchronizacje).toBeLessThanOrEqual(4);
  for (const a of ['D5', 'D7', 'C8', 'C9']) expect(nasz(ws, a)).toBe(CZERWONY);
  expect(nasz(ws, 'D6')).toBeNull();
  expect(naszych(ws)).toBe(1); // one rule per sheet and colour
  expect(String(ws.getCell('D5').note)).toContain('[WB-1.4] kwota nie jest liczbą');
  expect(ws.getCell('D7').note).toBe('sprawdzić z dyrektorem'); // a user's note is never replaced
  expect(wb.getWorksheet(ARKUSZ_OZNACZEN)).toBeUndefined(); // no register sheet
  expect(JSON.stringify(ws.getCell('D7').fill)).toBe(JSON.stringify(ZOLTY)); // the cell's own fill is untouched
  expect(fx.stan.niewyslane).toBe(0);

  // a second Sprawdź is stable: ours are replaced, not piled up
  await dodatek.sprawdz();
  expect(naszych(ws)).toBe(1);

  fx.zeruj();
  expect(await dodatek.wyczyscOznaczenia()).toBe(4);
  expect(fx.synchronizacje).toBeLessThanOrEqual(3);
  expect(naszych(ws)).toBe(0);
  expect(formatyWarunkowe(ws).map((f) => f.id)).toEqual(['uzytkownika']);
  expect(wyglad(ws)).toEqual(przed);
  expect(await dodatek.wyczyscOznaczenia()).toBe(0);
});

test('issue 8 §4: without ExcelApi 1.18 there are no notes (the message lives only in the findings)', async () => {
  const { ws, dodatek } = przygotuj('1.9');
  const przed = wyglad(ws);
  await dodatek.sprawdz();
  expect(ws.getCell('D5').note).toBeUndefined();
  expect(nasz(ws, 'D5')).toBe(CZERWONY);
  await dodatek.wyczyscOznaczenia();
  expect(wyglad(ws)).toEqual(przed);
});

test('issue 8 §4: a fixed cell loses its highlight and our note at the next Sprawdź', async () => {
  const { ws, dodatek } = przygotuj();
  await dodatek.sprawdz();
  ws.getCell('D5').value = 1234.5;
  ws.getCell('D5').numFmt = '0.00';
  await dodatek.sprawdz();
  expect(nasz(ws, 'D5')).toBeNull();
  expect(ws.getCell('D5').note).toBeUndefined();
  expect(ws.getCell('D5').numFmt).toBe('0.00');
});

test('issue 8 §4 acceptance: after sorting Wnioski the highlights sit on the moved cells; Wyczyść restores every format', async () => {
  const { ws, fx, dodatek } = przygotuj();
  const przed = wyglad(ws);
  await dodatek.sprawdz();
  sortujWiersze(fx, 'Wnioski', 2, 101, 'A', true); // Lp. descending: row r goes to 103 - r
  expect(ws.getCell('D98').value).toBe('dużo'); // was D5
  expect(nasz(ws, 'D98')).toBe(CZERWONY);
  expect(nasz(ws, 'D96')).toBe(CZERWONY); // was D7
  expect(nasz(ws, 'C95')).toBe(CZERWONY); // was C8
  expect(nasz(ws, 'D5')).toBeNull();
  expect(ws.getCell('D96').note).toBe('sprawdzić z dyrektorem');
  expect(String(ws.getCell('D98').note)).toContain('kwota nie jest liczbą');

  // Sprawdź after the sort finds the same cells where they are now
  await dodatek.sprawdz();
  expect(nasz(ws, 'D98')).toBe(CZERWONY);
  expect(naszych(ws)).toBe(1);

  await dodatek.wyczyscOznaczenia();
  expect(naszych(ws)).toBe(0);
  expect(wyglad(ws)).toEqual(przed); // keyed by Lp.: each row's cells kept their own formats and notes
});

test('issue 8 §4: inserted rows carry the highlights down', async () => {
  const { ws, fx, dodatek } = przygotuj();
  await dodatek.sprawdz();
  wstawWiersze(fx, 'Wnioski', 3, 2);
  expect(ws.getCell('D7').value).toBe('dużo');
  expect(nasz(ws, 'D7')).toBe(CZERWONY);
  expect(nasz(ws, 'D5')).toBeNull();
  expect(await dodatek.wyczyscOznaczenia()).toBe(4);
  expect(naszych(ws)).toBe(0);
});

test('issue 8 §4: renaming or deleting Wnioski after Sprawdź never breaks Sprawdź or Wyczyść', async () => {
  const { wb, ws, dodatek } = przygotuj();
  await dodatek.sprawdz();
  ws.name = 'Wnioski 2011';
  const nowy = wb.addWorksheet('Wnioski');
  nowy.addRow(['Lp.', 'Nazwa szkoły', 'REGON szkoły', 'Wnioskowana kwota (zł)']);
  nowy.addRow([1, 'SP 1', '123', 'x']);
  await dodatek.sprawdz(); // validates the new Wnioski; the renamed sheet is no longer an input: its marks go
  expect(naszych(ws)).toBe(0);
  expect(nasz(nowy, 'D2')).toBe(CZERWONY);
  expect(ws.getCell('D5').note).toBeUndefined();
  expect(await dodatek.wyczyscOznaczenia()).toBe(1);
  expect(nasz(nowy, 'D2')).toBeNull();

  await dodatek.sprawdz();
  wb.removeWorksheet(nowy.id);
  await expect(dodatek.wyczyscOznaczenia()).resolves.toBe(0);
  await expect(dodatek.sprawdz()).resolves.toEqual([]);
});

test('issue 8 §4: the register sheet of an older version is cleared once (fills back, notes and sheet gone)', async () => {
  const { wb, ws, dodatek } = przygotuj();
  // what version ≤ 8 left: D5 filled pink with our note, its old format copied into the register
  ws.getCell('D5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
  ws.getCell('D5').note = 'Cyfrowa szkoła:\n[WB-1.4] kwota nie jest liczbą';
  const r = wb.addWorksheet(ARKUSZ_OZNACZEN, { state: 'veryHidden' });
  r.addRow(['Cyfrowa szkoła — kopie formatów oznaczonych komórek (nie edytować)']);
  r.addRow([null, 'Wnioski', 'D5', 'TAK']);
  r.addRow([null, 'Usunięty arkusz', 'B2', '']); // a sheet that no longer exists is skipped
  expect(await dodatek.wyczyscOznaczenia()).toBe(1);
  expect(ws.getCell('D5').fill).toBeUndefined();
  expect(ws.getCell('D5').note).toBeUndefined();
  expect(ws.getCell('D7').note).toBe('sprawdzić z dyrektorem');
  expect(wb.getWorksheet(ARKUSZ_OZNACZEN)).toBeUndefined();
  expect(await dodatek.wyczyscOznaczenia()).toBe(0);
});

test('issue 8 §4: 5 000 highlights stay far under the 4 MB request limit', async () => {
  const { ws, fx, dodatek } = przygotuj('1.18', 10_000);
  for (let r = 2; r <= 10_001; r += 2) ws.getCell(`D${r}`).value = 'x'; // 5 000 separate cells
  fx.zeruj();
  await dodatek.sprawdz();
  expect(naszych(ws)).toBeGreaterThan(10); // address lists are kept short
  const najwiekszy = Math.max(...fx.ladunki);
  expect(najwiekszy).toBeLessThan(2 * 1024 * 1024);
  console.log(
    `5000 oznaczeń: ${fx.synchronizacje} synchronizacji, największe żądanie ${najwiekszy} B, reguł ${naszych(ws)}`,
  );
  fx.zeruj();
  expect(await dodatek.wyczyscOznaczenia()).toBe(5000); // the cap (MAKS_OZNACZEN); the findings list has all
  console.log(`Wyczyść 5000: ${fx.synchronizacje} synchronizacji, największe żądanie ${Math.max(...fx.ladunki)} B`);
});

test('issue 8 §4: a user’s note on an empty invalid cell is kept; Sprawdź does not stumble on it', async () => {
  const { ws, dodatek } = przygotuj();
  ws.getCell('D11').value = null;
  ws.getCell('D11').note = 'uzupełnić po telefonie';
  await dodatek.sprawdz();
  expect(nasz(ws, 'D11')).toBe(CZERWONY);
  expect(ws.getCell('D11').note).toBe('uzupełnić po telefonie');
  await dodatek.wyczyscOznaczenia();
  expect(ws.getCell('D11').note).toBe('uzupełnić po telefonie');
});
