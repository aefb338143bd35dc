/** Issue 3 live validation on the example workbook: one changed row costs ≤ 2 syncs, cross-row rules included (CS-10.4). */
import { wczytajPrzyklad } from './przyklady';
import { naHoscie } from './sciezki';
import type { Uwaga } from '../../src/core/uwagi';
import { wypelnienie } from '../fakehost/komorki';

const CZERWONY = { fgColor: { argb: 'FFFFC7CE' } };

test('issue 3 / CS-10.4: a REGON typed as a duplicate is found in ≤ 2 syncs on both rows, highlighted, and cleared again when undone', async () => {
  const wb = await wczytajPrzyklad('wojewodztwo-mazowieckie.xlsx');
  const ws = wb.getWorksheet('Wnioski')!;
  let kol = 0;
  ws.getRow(1).eachCell((c, i) => (c.value === 'REGON szkoły' ? (kol = i) : undefined));
  const litera = ws.getColumn(kol).letter;
  const [pierwszy, zmieniany] = [`${litera}2`, `${litera}101`];
  const regon = String(ws.getCell(pierwszy).value);
  const byl = String(ws.getCell(zmieniany).value);
  const tloPrzed = wypelnienie(ws.getCell(pierwszy));

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
  await new Promise((r) => setTimeout(r, 10));
  await dodatek.naZywoGotowe();
  const syncs = fx.synchronizacje;
  expect(syncs).toBeLessThanOrEqual(2);
  expect(duplikat(wyniki.at(-1)!)).toEqual([zmieniany, pierwszy].sort());
  expect(ws.getCell(pierwszy).fill).toMatchObject(CZERWONY);
  expect(ws.getCell(zmieniany).fill).toMatchObject(CZERWONY);

  fx.zeruj();
  fx.wpisz('Wnioski', zmieniany, byl);
  await new Promise((r) => setTimeout(r, 10));
  await dodatek.naZywoGotowe();
  expect(fx.synchronizacje).toBeLessThanOrEqual(2);
  expect(duplikat(wyniki.at(-1)!)).toEqual([]);
  expect(wypelnienie(ws.getCell(pierwszy))).toEqual(tloPrzed); // the previous format is back (WB-3.1)
  console.log(`na żywo, przykład 607 wniosków: ${syncs} synchronizacje na zmianę`);
  await dodatek.walidacjaNaZywo(false);
});
