/** WB-3.1 through the add-in: a user sheet named like an output is never overwritten; re-running gives identical sheets. */
import { wczytajPrzyklad } from './przyklady';
import { naHoscie } from './sciezki';
import { zrzutKomorek } from './arkusze';
import { zrzut } from './pomoc';
import { utworzFakeExcel } from '../fakehost';
import { utworzDodatek, type RdzenDodatku } from '../../src/addin/office/dodatek';
import { RDZEN } from '../../src/addin/office/rdzen';
import { BladDodatku } from '../../src/addin/office/bledy';

const WEJSCIE = ['Parametry', 'Wnioski', 'Reguły'];

test.each(['Protokół', 'PROTOKÓŁ'])(
  'WB-3.1: a user sheet „%s” refuses the run; its content and every input cell stay as they were',
  async (nazwa) => {
    const wb = await wczytajPrzyklad('s2-mazowieckie.xlsx');
    const moj = wb.addWorksheet(nazwa);
    moj.getCell('A1').value = 'mój protokół';
    moj.getCell('B2').value = 12.5;
    moj.getCell('B2').numFmt = '0.0';
    const przed = zrzutKomorek(wb, [...WEJSCIE, nazwa]);
    const { dodatek } = naHoscie(wb);

    const wynik = await dodatek.kwalifikuj();
    expect(wynik.status).toBe('zablokowane');
    expect(wynik.uwagi).toContainEqual(expect.objectContaining({ regula: 'WB-3.1', arkusz: nazwa, waga: 'błąd' }));
    expect(zrzutKomorek(wb, [...WEJSCIE, nazwa])).toEqual(przed);
    // WB-5.3: only the findings sheet (and the state that records it as owned) may be written
    expect(wb.worksheets.map((w) => w.name)).toEqual([...WEJSCIE, nazwa, 'Uwagi', '_cyfrowa_szkola']);
  },
);

test('WB-3.1: a user sheet created while the core computes is caught before the swap — nothing half-written, the user sheet intact', async () => {
  const wb = await wczytajPrzyklad('s2-mazowieckie.xlsx');
  const fx = utworzFakeExcel(wb);
  const wtracajacy: RdzenDodatku = {
    ...RDZEN,
    kwalifikuj: (z, k) => {
      wb.addWorksheet('Zakwalifikowane').getCell('A1').value = 'moja lista'; // the user, between read and write
      return RDZEN.kwalifikuj(z, k);
    },
  };
  const dodatek = utworzDodatek(wtracajacy, fx.host, { dzis: () => ({ y: 2012, m: 5, d: 10 }) });
  const blad = await dodatek.kwalifikuj().catch((e: unknown) => e);
  expect(blad).toBeInstanceOf(BladDodatku);
  expect(blad).toMatchObject({ kod: 'nazwaZajeta', arkusze: ['Zakwalifikowane'] });
  expect(wb.getWorksheet('Zakwalifikowane')!.getCell('A1').value).toBe('moja lista');
  expect(wb.worksheets.map((w) => w.name)).toEqual([...WEJSCIE, 'Zakwalifikowane']);
  expect(fx.stan.trybObliczen).toBe('Automatic');
  expect(fx.stan.zdarzenia).toBe(true);
});

test('WB-3.1: re-running kwalifikuj on the example gives identical owned sheets (values, formats, fills, widths, panes, visibility) in the same places', async () => {
  const wb = await wczytajPrzyklad('wojewodztwo-mazowieckie.xlsx');
  const { dodatek } = naHoscie(wb);
  expect((await dodatek.kwalifikuj()).status).toBe('ok');
  const nazwy = wb.worksheets.map((w) => w.name);
  const pierwszy = nazwy.map((n) => zrzut(wb.getWorksheet(n)!));
  const wejscie = zrzutKomorek(wb, WEJSCIE);

  expect((await dodatek.kwalifikuj()).status).toBe('ok');
  expect(wb.worksheets.map((w) => w.name)).toEqual(nazwy);
  expect(nazwy.map((n) => zrzut(wb.getWorksheet(n)!))).toEqual(pierwszy);
  expect(zrzutKomorek(wb, WEJSCIE)).toEqual(wejscie);
});
