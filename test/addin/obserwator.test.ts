/** Issue 9 §5 / issue 8 §3: the pane's watch reports changed sheets with live validation off, writes nothing. */
import { utworzFakeExcel } from '../fakehost';
import { utworzDodatek } from '../../src/addin/office/dodatek';
import { zeszytZWnioskami } from './pomoc';
import { RDZEN_TESTOWY } from './rdzenTestowy';

const chwila = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('issue 9 §5: changes (own and co-authors’, renamed sheets too) reach the pane without live validation; nothing is written', async () => {
  const wb = zeszytZWnioskami(10);
  const fx = utworzFakeExcel(wb);
  const dodatek = utworzDodatek(RDZEN_TESTOWY, fx.host);
  const zgloszenia: string[][] = [];
  const stop = await dodatek.obserwujZmiany((a) => zgloszenia.push(a));
  fx.zeruj();
  fx.wpisz('Wnioski', 'B2', 'x');
  fx.wpisz('Wnioski', 'B3', 'y');
  fx.wpisz('Notatki użytkownika', 'A2', 'z', 'Remote');
  await chwila(400);
  expect(zgloszenia).toEqual([['Wnioski', 'Notatki użytkownika']]); // one report for the burst
  expect(fx.sklad.every((s) => s.zapisow === 0)).toBe(true);
  expect(fx.synchronizacje).toBe(1); // the sheet names, once per burst

  wb.getWorksheet('Wnioski')!.name = 'Wnioski 2012';
  fx.wpisz('Wnioski 2012', 'B2', 'x');
  await chwila(400);
  expect(zgloszenia.at(-1)).toEqual(['Wnioski 2012']);

  await stop();
  expect(fx.stan.obslugi.size).toBe(0);
});
