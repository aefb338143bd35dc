/**
 * WB-3.1 through the add-in: owned sheets keep their identity across runs (user formulas pointing at them
 * keep working), and a failure at any sync — or a co-author's sheet appearing mid-run — leaves the
 * workbook either as before or as after, with a message that says which.
 */
import type ExcelJS from 'exceljs';
import { wczytajPrzyklad } from './przyklady';
import { naHoscie } from './sciezki';
import { zrzut } from './pomoc';
import { BladFake } from '../fakehost';
import { BladDodatku } from '../../src/addin/office/bledy';

const MOJ = 'Moje zestawienie';

/** every sheet (order, visibility, cells, formats, widths, panes), optionally without some */
function calosc(wb: ExcelJS.Workbook, bez: readonly string[] = []): string[] {
  return wb.worksheets.filter((w) => !bez.includes(w.name)).map((w) => `${w.name}\n${zrzut(w)}`);
}

/** the s2 example after one qualification run, a user sheet pointing at the list, and an input changed */
async function poPierwszym(): Promise<{ wb: ExcelJS.Workbook } & ReturnType<typeof naHoscie>> {
  const wb = await wczytajPrzyklad('s2-mazowieckie.xlsx');
  const d = naHoscie(wb);
  expect((await d.dodatek.kwalifikuj()).status).toBe('ok');
  const moj = wb.addWorksheet(MOJ);
  moj.getCell('A1').value = { formula: 'Zakwalifikowane!H5' } as ExcelJS.CellValue; // the header
  moj.getCell('A2').value = { formula: "'Zakwalifikowane'!$H$6" } as ExcelJS.CellValue; // the first school's support
  // the first school on the list loses 1 000 zł of its request: its support changes in the second run
  const regon = String(wb.getWorksheet('Zakwalifikowane')!.getCell('E6').value);
  const wnioski = wb.getWorksheet('Wnioski')!;
  const naglowki = (wnioski.getRow(1).values as unknown[]).map(String);
  const [kRegon, kKwota] = ['REGON szkoły', 'Wnioskowana kwota (zł)'].map((h) => naglowki.indexOf(h));
  wnioski.eachRow((row, nr) => {
    if (nr > 1 && String(row.getCell(kRegon).value) === regon)
      row.getCell(kKwota).value = Number(row.getCell(kKwota).value) - 1000;
  });
  d.fx.zeruj();
  return { wb, ...d };
}

async function wartosciUzytkownika(d: ReturnType<typeof naHoscie>): Promise<unknown[]> {
  return d.fx.host.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(MOJ).getRange('A1:A2').load('values');
    await ctx.sync();
    return r.values.map((w) => w[0]);
  });
}

test('WB-3.1: user formulas =Zakwalifikowane!H5 and =Zakwalifikowane!$H$6 still work after a second kwalifikuj, and show the new value', async () => {
  const d = await poPierwszym();
  const [naglowek, kwota] = await wartosciUzytkownika(d);
  const nazwy = d.wb.worksheets.map((w) => w.name);
  expect(naglowek).toBe('Kwota wsparcia (zł)');
  expect(typeof kwota).toBe('number');
  expect((await d.dodatek.kwalifikuj()).status).toBe('ok');
  expect(d.wb.getWorksheet(MOJ)!.getCell('A1').formula).toBe('Zakwalifikowane!H5');
  expect(await wartosciUzytkownika(d)).toEqual(['Kwota wsparcia (zł)', (kwota as number) - 1000]);
  expect(d.wb.worksheets.map((w) => w.name)).toEqual(nazwy); // same sheets, same places
});

test('WB-3.1: no global side effect — calculation is suspended per request, never switched to manual', async () => {
  const d = await poPierwszym();
  const tryby: string[] = [];
  d.fx.stan.przedSynchronizacja = () => void tryby.push(d.fx.stan.trybObliczen);
  expect((await d.dodatek.kwalifikuj()).status).toBe('ok');
  expect(new Set(tryby)).toEqual(new Set(['Automatic']));
  const zapisy = d.fx.sklad.filter((s) => s.zapisow > 0).length;
  expect(d.fx.stan.wstrzymaneObliczenia).toBe(zapisy);
  expect(d.fx.stan.wstrzymanyEkran).toBe(1); // the final request only (repeated calls make Excel flicker)
  expect(d.fx.stan.zdarzenia).toBe(true);
});

/** the workbook after a successful second run, and how many syncs that run takes */
async function wzorzec(): Promise<{ przed: string[]; po: string[]; synchronizacji: number }> {
  const d = await poPierwszym();
  const przed = calosc(d.wb);
  expect((await d.dodatek.kwalifikuj()).status).toBe('ok');
  return { przed, po: calosc(d.wb), synchronizacji: d.fx.synchronizacje };
}

const tymczasowe = (wb: ExcelJS.Workbook) =>
  wb.worksheets.filter((w) => w.name.startsWith('_cs_nowy')).map((w) => `${w.name}:${w.state}`);

async function zAwaria(
  awaria: (nr: number, wb: ExcelJS.Workbook) => void,
  pozostalosci = false,
): Promise<{ wb: ExcelJS.Workbook; blad: unknown; dodatek: ReturnType<typeof naHoscie> }> {
  const d = await poPierwszym();
  d.fx.stan.przedSynchronizacja = (nr) => awaria(nr, d.wb);
  const blad = await d.dodatek.kwalifikuj().then(
    () => null,
    (e: unknown) => e,
  );
  d.fx.stan.przedSynchronizacja = null;
  // with Excel unreachable to the end, the hidden temporary sheets cannot be deleted (the next run does it)
  if (pozostalosci) for (const t of tymczasowe(d.wb)) expect(t).toMatch(/:hidden$/);
  else expect(tymczasowe(d.wb)).toEqual([]);
  for (const w of d.wb.worksheets.filter((x) => x.name.startsWith('_cs_nowy'))) d.wb.removeWorksheet(w.id);
  return { wb: d.wb, blad, dodatek: d };
}

function jakiStan(wb: ExcelJS.Workbook, w: { przed: string[]; po: string[] }, bez: readonly string[] = []) {
  const teraz = calosc(wb, bez);
  return JSON.stringify(teraz) === JSON.stringify(w.przed)
    ? 'przed'
    : JSON.stringify(teraz) === JSON.stringify(w.po)
      ? 'po'
      : 'mieszanina';
}

test('WB-3.1: a failure at every sync of a second kwalifikuj (once, twice, or from then on) leaves the workbook as before or as after, and the message says which', async () => {
  const w = await wzorzec();
  expect(w.synchronizacji).toBeGreaterThanOrEqual(4);
  const wyniki: string[] = [];
  // once; once more at the repeated final request (then the temporary sheets go); from then on
  for (const rodzaj of ['jednorazowa', 'podwójna', 'trwała'] as const)
    for (let n = 0; n < w.synchronizacji; n++) {
      const trwala = rodzaj === 'trwała';
      const { wb, blad } = await zAwaria((nr) => {
        if (nr === n || (rodzaj === 'podwójna' && nr === n + 2) || (trwala && nr > n))
          throw new BladFake('ConnectionFailure', 'The connection was lost.');
      }, trwala);
      const stan = jakiStan(wb, w);
      wyniki.push(`${rodzaj} ${n}: ${stan}`);
      expect(stan).not.toBe('mieszanina');
      if (blad === null) {
        expect(stan).toBe('po');
        continue;
      }
      expect(blad).toBeInstanceOf(BladDodatku);
      const komunikat = (blad as BladDodatku).komunikat;
      if (stan === 'po') expect(komunikat).toMatch(/Nowa zawartość arkuszy wynikowych/);
      else
        expect(komunikat).toMatch(/Poprzednia zawartość arkuszy wynikowych została zachowana|Nie udało się sprawdzić/);
    }
  console.log(`awaria w każdej synchronizacji: ${wyniki.join('; ')}`);
});

test('WB-3.1: a co-author adding a sheet named like a temporary sheet at any sync — their sheet is kept, ours are as before or as after', async () => {
  const w = await wzorzec();
  for (const nazwa of ['_cs_nowy_1', '_cs_nowy_3'])
    for (let n = 0; n < w.synchronizacji; n++) {
      const { wb } = await (async () => {
        const d = await poPierwszym();
        d.fx.stan.przedSynchronizacja = (nr) => {
          // Excel refuses a second sheet of a name, so the co-author can only take a free one
          if (nr === n && !d.wb.getWorksheet(nazwa))
            d.wb.addWorksheet(nazwa).getCell('A1').value = 'arkusz współautora';
        };
        await d.dodatek.kwalifikuj().catch((e: unknown) => expect(e).toBeInstanceOf(BladDodatku));
        return d;
      })();
      const jego = wb.worksheets.filter((x) => x.getCell('A1').value === 'arkusz współautora');
      // during the final request ours still hold these names
      expect(jego.map((x) => x.name)).toEqual(n === w.synchronizacji - 1 ? [] : [nazwa]);
      expect(jakiStan(wb, w, [nazwa])).not.toBe('mieszanina');
    }
});

test('WB-3.1: a co-author adding a sheet with a planned output name during a first run — refused, their sheet intact, nothing half-written', async () => {
  for (let n = 0; n < 4; n++) {
    const wb = await wczytajPrzyklad('s2-mazowieckie.xlsx');
    const d = naHoscie(wb);
    const przed = calosc(wb);
    d.fx.stan.przedSynchronizacja = (nr) => {
      if (nr === n) wb.addWorksheet('Zakwalifikowane').getCell('A1').value = 'lista współautora';
    };
    const wynik = await d.dodatek.kwalifikuj().catch((e: unknown) => e);
    expect(wb.getWorksheet('Zakwalifikowane')!.getCell('A1').value).toBe('lista współautora');
    expect(wb.worksheets.map((x) => x.name).filter((n) => n.startsWith('_cs_nowy'))).toEqual([]);
    if (wynik instanceof BladDodatku) {
      expect(wynik.komunikat).toMatch(/Poprzednia zawartość arkuszy wynikowych została zachowana/);
      expect(calosc(wb, ['Zakwalifikowane'])).toEqual(przed);
    } else expect(wynik).toMatchObject({ status: 'zablokowane' }); // seen by the read: WB-3.1 finding
  }
});

test('CS-Z3.F: inputs edited while the portions are written refuse the write; the previous protocol stays', async () => {
  const w = await wzorzec();
  const { wb, blad } = await zAwaria((nr, wb) => {
    if (nr === 2) wb.getWorksheet('Wnioski')!.getCell('B3').value = 'zmienione w trakcie';
  });
  expect(blad).toBeInstanceOf(BladDodatku);
  expect((blad as BladDodatku).komunikat).toMatch(/„Wnioski” zmieniły się w trakcie zapisu.*Poprzednia zawartość/);
  const bez = ['Wnioski'];
  expect(calosc(wb, bez)).toEqual(w.przed.filter((x) => !x.startsWith('Wnioski\n')));
});

test('WB-3.1: hidden temporary sheets left by a run that lost Excel to its end are deleted by the next run', async () => {
  const w = await wzorzec();
  const d = await poPierwszym();
  d.fx.stan.przedSynchronizacja = (nr) => {
    if (nr >= w.synchronizacji - 1) throw new BladFake('ConnectionFailure', 'The connection was lost.');
  };
  const blad = await d.dodatek.kwalifikuj().catch((e: unknown) => e);
  expect((blad as BladDodatku).komunikat).toMatch(/Nie udało się sprawdzić/);
  expect(tymczasowe(d.wb).length).toBeGreaterThan(0);
  expect(
    jakiStan(
      d.wb,
      w,
      d.wb.worksheets.map((x) => x.name).filter((n) => n.startsWith('_cs_nowy')),
    ),
  ).toBe('przed');
  d.fx.stan.przedSynchronizacja = null;
  expect((await d.dodatek.kwalifikuj()).status).toBe('ok');
  expect(tymczasowe(d.wb)).toEqual([]);
  expect(jakiStan(d.wb, w)).toBe('po');
});

test('WB-1.10: Sprawdź names a stray value far to the right of Wnioski in a warning on that cell', async () => {
  const wb = await wczytajPrzyklad('s2-mazowieckie.xlsx');
  wb.getWorksheet('Wnioski')!.getCell('XFD7').value = 'zabłąkana';
  const uwagi = await naHoscie(wb).dodatek.sprawdz();
  expect(uwagi).toContainEqual(
    expect.objectContaining({ arkusz: 'Wnioski', komorka: 'XFD7', regula: 'WB-1.10', waga: 'ostrzeżenie' }),
  );
});
