/** office-addin-mock smoke tests: the real host binding (globals Excel / Office) and the ribbon commands. */
// office-addin-mock reads `OfficeApp` from office-addin-manifest, which jest maps to an empty stub
jest.mock('office-addin-manifest', () => ({
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
}));
import { OfficeMockObject } from 'office-addin-mock';
import { hostOffice } from '../../src/addin/office/host';
import { utworzDodatek } from '../../src/addin/office/dodatek';
import { RDZEN_TESTOWY } from './rdzenTestowy';

const g = globalThis as unknown as Record<string, unknown>;

test('hostOffice() goes through Excel.run and Office.context.requirements', async () => {
  const wywolania: string[] = [];
  const excel = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItem(nazwa: string) {
            wywolania.push(`getItem:${nazwa}`);
            return {
              activate: () => wywolania.push('activate'),
              getRange: (a: string) => ({ select: () => wywolania.push(`select:${a}`) }),
            };
          },
        },
      },
      sync: async () => {
        wywolania.push('sync');
      },
    },
    run: async function (this: { context: unknown }, batch: (ctx: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  });
  g.Excel = excel;
  g.Office = new OfficeMockObject({
    context: { requirements: { isSetSupported: (_: string, v: string) => Number(v.split('.')[1]) <= 12 } },
  });
  const host = hostOffice();
  expect(host.obsluguje('1.9')).toBe(true);
  expect(host.obsluguje('1.18')).toBe(false);
  await utworzDodatek(RDZEN_TESTOWY, host).zaznacz('Wnioski', 'H7');
  expect(wywolania).toEqual(['getItem:Wnioski', 'activate', 'select:H7', 'sync']);
});

test('an Excel error inside the mock becomes a Polish BladDodatku', async () => {
  g.Excel = new OfficeMockObject({
    run: async () => {
      throw Object.assign(new Error('Lost'), { code: 'ConnectionFailure' });
    },
  });
  g.Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => true } } });
  await expect(utworzDodatek(RDZEN_TESTOWY, hostOffice()).zaznacz('Wnioski', null)).rejects.toMatchObject({
    kod: 'polaczenie',
    komunikat: expect.stringContaining('Utracono połączenie'),
  });
});

test('the ribbon commands register the manifest function names and complete their event', async () => {
  const funkcje = new Map<string, (e: { completed(): void }) => Promise<void>>();
  g.Office = new OfficeMockObject({
    onReady: (f: () => void) => f(),
    actions: { associate: (n: string, f: (e: { completed(): void }) => Promise<void>) => funkcje.set(n, f) },
    addin: { showAsTaskpane: async () => undefined },
  });
  jest.resetModules();
  const sprawdz = jest.fn(async () => []);
  jest.doMock('../../src/addin/office/instancja', () => {
    const prawdziwa = jest.requireActual('../../src/addin/office/instancja');
    return {
      ...prawdziwa,
      dodatek: async () => ({
        sprawdz,
        wyczyscOznaczenia: async () => {
          throw new Error('x');
        },
      }),
    };
  });
  await import('../../src/addin/commands/polecenia');
  const { sluchajPolecen } = await import('../../src/addin/office/instancja');
  expect([...funkcje.keys()]).toEqual(['sprawdz', 'wyczyscOznaczenia']);
  const zdarzenie = { completed: jest.fn() };
  await funkcje.get('sprawdz')!(zdarzenie);
  expect(sprawdz).toHaveBeenCalled();
  expect(zdarzenie.completed).toHaveBeenCalledTimes(1);
  const wiadomosci: unknown[] = [];
  sluchajPolecen((w) => wiadomosci.push(w));
  await funkcje.get('wyczyscOznaczenia')!(zdarzenie);
  expect(zdarzenie.completed).toHaveBeenCalledTimes(2);
  expect(wiadomosci.at(-1)).toEqual({ rodzaj: 'blad', komunikat: 'Error: x' });
});
