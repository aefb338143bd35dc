/** scenarios.md S2, S4, S5, S7 through the add-in path: examples/s2-*.xlsx, s4-bledne-dane.xlsx, s7-koszyki.xlsx on the fake host. */
import type ExcelJS from 'exceljs';
import { wczytajPrzyklad } from './przyklady';
import { naHoscie } from './sciezki';
import { arkusz, czytajPrzezHost, tabela, wartosc, zrzutKomorek } from './arkusze';
import type { Komorka } from '../../src/core/zeszyt/model';
import { KOPERTY_S7, WYNIK_S7, wynikiS7, type JsonS7 } from '../pomoc/s7';

interface WniosekJson {
  regon: string;
  decyzja: string;
  wariant: string | null;
  kwotaWsparcia: string | null;
  krok: string | null;
  pozycjaLosowania: number | null;
  brakujacaKwota: string | null;
}
interface KwalifikacjaJson {
  wnioski: WniosekJson[];
  podsumowanie: { niewykorzystane: string; I: { niewykorzystane: string }; II: { niewykorzystane: string } };
  koperty: Record<string, string>;
}

const WEJSCIE = ['Parametry', 'Wnioski', 'Reguły'];
const proste = (w: Record<string, Komorka>) => Object.fromEntries(Object.entries(w).map(([k, v]) => [k, wartosc(v)]));

/** 'REGON' → the listed columns of a written list */
async function lista(
  fx: ReturnType<typeof naHoscie>['fx'],
  nazwa: string,
  kolumny: string[],
): Promise<Record<string, unknown[]>> {
  const z = await czytajPrzezHost(fx);
  return Object.fromEntries(
    tabela(arkusz(z, nazwa)).map((w) => {
      const p = proste(w);
      return [String(p['REGON szkoły']), kolumny.map((k) => p[k])];
    }),
  );
}

function komorkaWnioskow(wb: ExcelJS.Workbook, regon: string, naglowek: string): string {
  const ws = wb.getWorksheet('Wnioski')!;
  let kol = 0;
  let kolRegon = 0;
  ws.getRow(1).eachCell((c, i) => {
    if (c.value === naglowek) kol = i;
    if (c.value === 'REGON szkoły') kolRegon = i;
  });
  let wiersz = 0;
  ws.eachRow((row, i) => (String(row.getCell(kolRegon).value) === regon ? (wiersz = i) : undefined));
  return ws.getCell(wiersz, kol).address;
}

test('S2 through the add-in: the written `Zakwalifikowane` / `Niezakwalifikowane` lists (CS-Z3, WB-3.2)', async () => {
  const { fx, dodatek } = naHoscie(await wczytajPrzyklad('s2-mazowieckie.xlsx'));
  const wynik = await dodatek.kwalifikuj();
  expect(wynik.status).toBe('ok');
  expect(await lista(fx, 'Zakwalifikowane', ['Wariant', 'Kwota wsparcia (zł)', 'Krok', 'Pozycja w losowaniu'])).toEqual(
    {
      '140000017': ['I', 90000, '4', 3],
      '140000069': ['I', 85000, '5', 4],
      '140000030': ['I', 200000, '4', 5],
      '140000046': ['II', 60000, '7', 2],
      '140000052': ['II', 140000, '4', 7],
    },
  );
  expect(await lista(fx, 'Niezakwalifikowane', ['Wariant', 'Brakująca kwota (zł)'])).toEqual({
    '140000023': ['I', 15507.25],
    '140000075': ['I', 160507.25],
    '140000081': ['II', 74492.75],
  });
  const j = wynik.json as KwalifikacjaJson;
  expect(j.koperty).toMatchObject({ I: '414492.75', II: '185507.25', 'D.I': '400000.00', 'D.II': '200000.00' });
  expect(j.podsumowanie).toMatchObject({ niewykorzystane: '25000.00', I: { niewykorzystane: '25000.00' } });
});

test('S4 through the add-in: every problem located; blocked by the duplicate with only `Uwagi` written (WB-5.3); after deleting row 14 the run completes, input cells unchanged', async () => {
  const wb = await wczytajPrzyklad('s4-bledne-dane.xlsx');
  const { fx, dodatek } = naHoscie(wb);
  const przed = zrzutKomorek(wb, WEJSCIE);

  const zablokowany = await dodatek.kwalifikuj();
  expect(zablokowany.status).toBe('zablokowane');
  const bledy = zablokowany.uwagi.filter((u) => u.waga === 'błąd').map((u) => `${u.arkusz}!${u.komorka} ${u.regula}`);
  expect(bledy.sort()).toEqual(
    [
      'Wnioski!F13 CS-10.4',
      'Wnioski!F15 CS-10.4',
      'Wnioski!F2 CS-10.4',
      'Wnioski!I11 CS-5.1',
      'Wnioski!J12 CS-8.1',
      'Wnioski!L10 WB-1.4',
      'Wnioski!L14 WB-1.4',
    ].sort(),
  );
  expect(wb.worksheets.map((w) => w.name)).toEqual([...WEJSCIE, 'Uwagi', '_cyfrowa_szkola']);
  expect(zrzutKomorek(wb, WEJSCIE)).toEqual(przed);

  // the user deletes the duplicate (data row 14 = Excel row 15); rows below move up
  wb.getWorksheet('Wnioski')!.spliceRows(15, 1);
  const poUsunieciu = zrzutKomorek(wb, WEJSCIE);
  const wynik = await dodatek.kwalifikuj();
  expect(wynik.status).toBe('ok');
  expect(zrzutKomorek(wb, WEJSCIE)).toEqual(poUsunieciu);

  const j = wynik.json as KwalifikacjaJson;
  const wg = new Map(j.wnioski.map((w) => [w.regon, w]));
  for (const r of ['140000106', '140000112', '140000129', '140000018', '140000135'])
    expect(wg.get(r)?.decyzja).toBe('odrzucona formalnie');
  const pozycje = [
    '140000098',
    '140000023',
    '140000046',
    '140000017',
    '140000069',
    '140000030',
    '140000081',
    '140000075',
    '140000052',
  ];
  expect(pozycje.map((r) => wg.get(r)?.pozycjaLosowania)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  expect(await lista(fx, 'Zakwalifikowane', ['Wariant', 'Krok'])).toEqual({
    '140000098': ['I', '4'],
    '140000017': ['I', '4'],
    '140000030': ['I', '4'],
    '140000081': ['II', '4'],
    '140000046': ['II', '7'],
  });
  expect(j.podsumowanie.niewykorzystane).toBe('30000.00');

  // WB-3.3: the formula-like name is the same text in the output, never a formula
  const nazwa = '=HYPERLINK("http://x","y")';
  for (const n of ['Wykaz wniosków', 'Zakwalifikowane']) {
    const z = (await lista(fx, n, ['Nazwa szkoły']))['140000098'];
    expect(z).toEqual([nazwa]);
  }
  // …and in the workbook itself a text cell with format `@`, not a formula object
  const ws = wb.getWorksheet('Zakwalifikowane')!;
  const naz = ws.getColumn(4).values.filter((v) => v === nazwa);
  expect(naz).toHaveLength(1);
  ws.getColumn(4).eachCell((c) => (c.value === nazwa ? expect(c.numFmt).toBe('@') : undefined));
});

test('S5 through the add-in: resignation typed after the protocol (CS-Z3.R); `Zweryfikuj protokół` with unchanged and changed input (CS-Z3.F)', async () => {
  const wb = await wczytajPrzyklad('s2-mazowieckie.xlsx');
  const { fx, dodatek } = naHoscie(wb);
  expect((await dodatek.kwalifikuj()).status).toBe('ok');
  expect(await dodatek.zweryfikujProtokol()).toMatchObject({ zgodny: true });

  fx.wpisz('Wnioski', komorkaWnioskow(wb, '140000030', 'Rezygnacja'), 'TAK');
  fx.wpisz('Wnioski', komorkaWnioskow(wb, '140000030', 'Data rezygnacji'), '2012-06-01');
  expect(wb.getWorksheet('Wnioski')!.getCell(komorkaWnioskow(wb, '140000030', 'Data rezygnacji')).value).toBeInstanceOf(
    Date,
  );
  // resignations are not part of the fingerprint: the protocol's inputs are unchanged
  expect(await dodatek.zweryfikujProtokol()).toMatchObject({ zgodny: true });

  const przed = zrzutKomorek(wb, WEJSCIE);
  const wynik = await dodatek.kwalifikuj();
  expect(wynik.status).toBe('ok');
  expect(zrzutKomorek(wb, WEJSCIE)).toEqual(przed);
  const j = wynik.json as KwalifikacjaJson;
  const wg = new Map(j.wnioski.map((w) => [w.regon, w]));
  expect(wg.get('140000023')).toMatchObject({
    decyzja: 'zakwalifikowana',
    wariant: 'I',
    kwotaWsparcia: '140000.00',
    krok: 'R',
  });
  expect(wg.get('140000030')).toMatchObject({ decyzja: 'rezygnacja' });
  expect(wg.get('140000075')).toMatchObject({ decyzja: 'niezakwalifikowana', brakujacaKwota: '115000.00' });
  expect(wg.get('140000081')).toMatchObject({ decyzja: 'niezakwalifikowana', brakujacaKwota: '35000.00' });
  for (const r of ['140000017', '140000046', '140000052', '140000069'])
    expect(wg.get(r)?.decyzja).toBe('zakwalifikowana');
  expect(j.koperty).toMatchObject({ 'D.I': '400000.00', 'D.II': '200000.00' });
  expect(j.podsumowanie).toMatchObject({
    niewykorzystane: '85000.00',
    I: { niewykorzystane: '85000.00' },
    II: { niewykorzystane: '0.00' },
  });
  expect((await lista(fx, 'Zakwalifikowane', ['Kwota wsparcia (zł)', 'Krok']))['140000023']).toEqual([140000, 'R']);
  expect(Object.keys(await lista(fx, 'Zakwalifikowane', []))).not.toContain('140000030');

  // a changed input after the protocol: the check says so, and a re-run is blocked (CS-Z3.R)
  fx.wpisz('Wnioski', komorkaWnioskow(wb, '140000081', 'Wnioskowana kwota (zł)'), 110000);
  const po = await dodatek.zweryfikujProtokol();
  expect(po.zgodny).toBe(false);
  expect(po.odciskProtokolu).toMatch(/^[0-9a-f]{64}$/);
  expect(po.odcisk).not.toBe(po.odciskProtokolu);
  const zablokowany = await dodatek.kwalifikuj();
  expect(zablokowany.status).toBe('zablokowane');
  expect(zablokowany.uwagi.some((u) => u.regula === 'CS-Z3.R' && u.waga === 'błąd')).toBe(true);
});

test('S7 through the add-in: the draw in baskets (CS-Z3.1 P4) — results to the grosz, `Numer w koszyku` in the written lists (WB-3.2)', async () => {
  const { fx, dodatek } = naHoscie(await wczytajPrzyklad('s7-koszyki.xlsx'));
  const wynik = await dodatek.kwalifikuj();
  expect(wynik.status).toBe('ok');
  const j = wynik.json as JsonS7;
  expect(j.koperty).toEqual(KOPERTY_S7);
  expect(wynikiS7(j)).toEqual(WYNIK_S7);
  expect(j.podsumowanie).toMatchObject({
    niewykorzystane: '30000.00',
    I: { niewykorzystane: '20000.00' },
    II: { niewykorzystane: '10000.00' },
  });
  expect(
    await lista(fx, 'Zakwalifikowane', [
      'Wariant',
      'Kwota wsparcia (zł)',
      'Krok',
      'Pozycja w losowaniu',
      'Numer w koszyku',
    ]),
  ).toEqual({
    '140000030': ['I', 80000, '4', 1, 1],
    '140000052': ['I', 140000, '5', 2, 1],
    '140000069': ['I', 120000, '4', 7, 2],
    '140000081': ['II', 90000, '5', 4, 1],
    '140000098': ['II', 140000, '4', 5, 1],
  });
  expect(
    await lista(fx, 'Niezakwalifikowane', ['Pozycja w losowaniu', 'Numer w koszyku', 'Brakująca kwota (zł)']),
  ).toEqual({
    '140000075': [3, 1, 97142.86],
    '140000023': [6, 2, 46571.43],
    '140000106': [8, 2, 65454.55],
    '140000046': [9, 3, 26571.43],
  });
});
