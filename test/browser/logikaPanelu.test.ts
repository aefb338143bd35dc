/**
 * The task pane's logic without a browser: findings grouping, the `Parametry` fields (reading with the
 * core's rules, conversion for "Zapisz parametry"), the envelope preview against the run (CS-Z3.2/3.3),
 * findings by field key, and `office/panel.ts` (czytajArkusze, zapiszParametry) on the fake host.
 */
import ExcelJS from 'exceljs';
import { uwaga, type Uwaga } from '../../src/core/uwagi';
import { wykonaj } from '../../src/core/operacje';
import { przygotuj } from '../../src/core/wojewodztwo/przygotuj';
import { CYFROWA_SZKOLA_2012 } from '../../src/core/program/definicja';
import { FORMAT_ZL } from '../../src/core/zeszyt/formaty';
import { grupujUwagi } from '../../src/addin/taskpane/sekcje/sprawdz/grupuj';
import {
  doZapisu,
  ocenParametry,
  tekstyZArkusza,
  zNadpisaniem,
} from '../../src/addin/taskpane/sekcje/kwalifikacja/parametry';
import { podgladKwalifikacji } from '../../src/core/wojewodztwo/podglad';
import { arkuszWniosku } from '../../src/addin/taskpane/sekcje/wniosek/model';
import { odmiana } from '../../src/core/tekst/odmiana';
import { operacjePanelu } from '../../src/addin/office/panel';
import { utworzFakeExcel } from '../fakehost';
import { zeszytS2, ZIARNO_S2 } from '../pomoc/s2';

const k = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' as const };
const u = (arkusz: string | null, komorka: string | null, waga: Uwaga['waga']) =>
  uwaga(arkusz, komorka, waga, 'X', 'pl', 'en');

describe('findings grouped for the pane', () => {
  test('by sheet in order of appearance (workbook-level first), then błąd, ostrzeżenie, informacja', () => {
    const g = grupujUwagi([
      u('Wnioski', 'H7', 'informacja'),
      u('Parametry', 'B2', 'ostrzeżenie'),
      u(null, null, 'błąd'),
      u('Wnioski', 'F3', 'błąd'),
      u('Wnioski', 'H9', 'informacja'),
    ]);
    expect(g.map((x) => x.arkusz)).toEqual([null, 'Wnioski', 'Parametry']);
    expect(g[1].wagi.map((w) => [w.waga, w.uwagi.map((x) => x.komorka)])).toEqual([
      ['błąd', ['F3']],
      ['informacja', ['H7', 'H9']],
    ]);
    expect(g[1].liczby).toEqual({ błąd: 1, ostrzeżenie: 0, informacja: 2 });
  });
  test('a severity filter hides its groups; a sheet with nothing left disappears', () => {
    const g = grupujUwagi([u('Wnioski', 'H7', 'informacja'), u('Parametry', 'B2', 'błąd')], new Set(['błąd'] as const));
    expect(g.map((x) => x.arkusz)).toEqual(['Parametry']);
  });
  test('Polish plural forms', () => {
    expect([1, 2, 4, 5, 12, 14, 22, 25, 112].map((n) => odmiana(n, 'błąd', 'błędy', 'błędów'))).toEqual([
      'błąd',
      'błędy',
      'błędy',
      'błędów',
      'błędów',
      'błędów',
      'błędy',
      'błędów',
      'błędów',
    ]);
  });
});

describe('Parametry fields (WB-1, WB-5.3 through the core)', () => {
  const arkusz = zeszytS2({ ziarno: ZIARNO_S2 }).arkusze[0];
  test('display texts from the cells', () => {
    const t = tekstyZArkusza(arkusz);
    expect(t.wojewodztwo).toBe('mazowieckie');
    expect(t.kwota).toBe('600\u00a0000,00');
    expect(t.data).toBe('2012-05-10');
    expect(t.udzial).toBe('');
  });
  test('an edit is read as a text cell would be: "90.000,00" is a WB-1.4 error on the field', () => {
    const o = ocenParametry(arkusz, { kwota: '90.000,00' });
    expect(o.parametry.kwota).toBeNull();
    expect(o.wgPola.kwota?.map((x) => x.regula)).toEqual(['WB-1.4']);
    expect(ocenParametry(arkusz, { udzial: '85' }).wgPola.udzial?.map((x) => x.regula)).toEqual(['CS-9.2']);
    expect(ocenParametry(arkusz, { udzial: '60' }).parametry.udzialSetne).toBe(6000);
  });
  test('a missing label is appended for the check', () => {
    const o = ocenParametry(arkusz, { sioMale: '120', podzial: 'wg liczby szkół i limitów (§9)' });
    expect(o.parametry.podzial).toBe('wg liczby szkół i limitów (§9)');
    expect(o.wgPola.sioMale).toBeUndefined();
    // a required label that is missing is shown on its field
    expect(o.wgPola.sioSrednie?.map((x) => [x.regula, x.komorka])).toEqual([['WB-5.3', null]]);
  });
  test('conversion for "Zapisz parametry": typed cells, unreadable fields refused', () => {
    const z = doZapisu({
      kwota: '5 764 000,00 zł',
      udzial: '69,08',
      data: '10.05.2012',
      ziarno: ' 71322 ',
      podzial: 'BEZ  PODZIAŁU',
      losowanie: 'W KOSZYKACH',
      wojewodztwo: '',
    });
    expect(z.bledy).toEqual({});
    expect(z.wartosci).toEqual([
      { etykieta: 'Województwo', wartosc: null },
      { etykieta: 'Kwota środków (zł)', wartosc: 5764000, format: FORMAT_ZL },
      { etykieta: 'Udział wariantu I (%)', wartosc: 69.08, format: '0.00' },
      { etykieta: 'Podział kwoty wariantu na wielkości szkół', wartosc: 'bez podziału', format: '@' },
      { etykieta: 'Ziarno losowania', wartosc: ' 71322 ', format: '@' },
      { etykieta: 'Losowanie ręczne', wartosc: 'w koszykach', format: '@' },
      { etykieta: 'Data posiedzenia zespołu', wartosc: '2012-05-10', format: '@' },
    ]);
    expect(Object.keys(doZapisu({ kwota: '90.000,00', data: '31.02.2012', sioDuze: '2,5' }).bledy)).toEqual([
      'kwota',
      'sioDuze',
      'data',
    ]);
  });
});

describe('envelope preview = what the run computes (CS-Z3.2, CS-Z3.3)', () => {
  for (const podzial of [null, 'bez podziału', 'wg liczby szkół i limitów (§9)']) {
    test(`S2 with a seed, podział ${podzial ?? '(domyślny)'}`, () => {
      const z = zeszytS2({ reczna: false, ziarno: ZIARNO_S2 });
      const zmiany = podzial ? { podzial, sioMale: '300', sioSrednie: '200', sioDuze: '100' } : {};
      const o = ocenParametry(z.arkusze[0], zmiany);
      const p = podgladKwalifikacji(przygotuj(z, CYFROWA_SZKOLA_2012), o.parametry);
      // the run on the same parameters (the pane's edits in the value cells)
      const wynik = wykonaj('kwalifikuj', { arkusze: [zNadpisaniem(z.arkusze[0], zmiany), z.arkusze[1]] }, k);
      if (wynik.status !== 'ok') throw new Error(wynik.status);
      expect(p.wszystkieMieszcza).toBe(false);
      expect(p.koperty!.E).toEqual(wynik.dane.koperty!.E);
      expect(p.koperty!.Es).toEqual(wynik.dane.koperty!.Es);
    });
  }
  test('CS-Z3.0: everything fits — no envelopes', () => {
    const z = zeszytS2({ ziarno: ZIARNO_S2 });
    const p = podgladKwalifikacji(
      przygotuj(z, CYFROWA_SZKOLA_2012),
      ocenParametry(z.arkusze[0], { kwota: '2 000 000' }).parametry,
    );
    expect(p.wszystkieMieszcza).toBe(true);
    expect(p.koperty).toBeNull();
  });
});

describe('findings carry the field they concern (no message-text matching)', () => {
  test('a bad amount, a missing required label and the §9 counts land on their fields', () => {
    const z = zeszytS2({ ziarno: ZIARNO_S2 });
    const o = ocenParametry(z.arkusze[0], { kwota: 'dużo', podzial: 'wg liczby szkół i limitów (§9)', sioDuze: '-1' });
    expect(o.wgPola.kwota?.map((u) => u.regula)).toEqual(['WB-1.4']);
    expect(o.wgPola.sioDuze?.map((u) => u.regula)).toEqual(['WB-5.3']);
    const etykieta = (w: (typeof z.arkusze)[0]['wiersze'][number]) => {
      const a = w?.[0];
      return a && a.t === 's' ? a.v : null;
    };
    const bezEtykiety = { ...z.arkusze[0], wiersze: z.arkusze[0].wiersze.filter((w) => etykieta(w) !== 'Województwo') };
    expect(ocenParametry(bezEtykiety, {}).wgPola.wojewodztwo?.map((u) => u.regula)).toEqual(['WB-1.1']);
  });
});

describe("director's form sheets", () => {
  test('the sets with suffixes and the two catalogues, nothing else', () => {
    expect(
      ['Wniosek dyrektora', 'Kalkulacja kosztów (2)', 'wyposażenie szkoły', 'Katalog pomocy', 'Funkcjonalności'].every(
        arkuszWniosku,
      ),
    ).toBe(true);
    expect(['Wnioski', 'Wniosek organu', 'Wniosek dyrektora 2', 'Uwagi'].some(arkuszWniosku)).toBe(false);
  });
});

describe('office/panel.ts on the fake host', () => {
  function zeszyt(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Parametry');
    ws.addRow(['Województwo', 'mazowieckie', 'podpowiedź']);
    ws.addRow(['Kwota środków (zł)', null]);
    ws.addRow(['Udział wariantu I (%)', 0.6]);
    ws.getCell('B3').numFmt = '0%';
    ws.addRow(['podpowiedź']);
    ws.addRow(['podpowiedź']);
    wb.addWorksheet('Wnioski').addRow(['Lp.']);
    wb.addWorksheet('Moje notatki').getCell('A1').value = 'nie ruszać';
    return wb;
  }

  test('czytajArkusze: only the named sheets (case-insensitive) or those a predicate picks, in two syncs', async () => {
    const f = utworzFakeExcel(zeszyt());
    const z = await operacjePanelu(f.host).czytajArkusze(['parametry', 'Wnioski']);
    expect(z.arkusze.map((a) => a.nazwa)).toEqual(['Parametry', 'Wnioski']);
    expect(f.synchronizacje).toBe(2);
    expect(
      (await operacjePanelu(f.host).czytajArkusze((n) => n.startsWith('Moje'))).arkusze.map((a) => a.nazwa),
    ).toEqual(['Moje notatki']);
  });

  test('zapiszParametry: value cells in column B of the labels (WB-1.3 matching), a missing label appended, 3 syncs, nothing else touched', async () => {
    const wb = zeszyt();
    const f = utworzFakeExcel(wb);
    await operacjePanelu(f.host).zapiszParametry([
      { etykieta: 'KWOTA  środków (zł)', wartosc: 5764000, format: FORMAT_ZL },
      { etykieta: 'Udział wariantu I (%)', wartosc: 60, format: '0.00' },
      { etykieta: 'Ziarno losowania', wartosc: '=71322', format: '@' },
      { etykieta: 'Województwo', wartosc: null },
    ]);
    expect(f.synchronizacje).toBe(3);
    const ws = wb.getWorksheet('Parametry')!;
    expect([ws.getCell('B2').value, ws.getCell('B2').numFmt]).toEqual([5764000, FORMAT_ZL]);
    expect([ws.getCell('B3').value, ws.getCell('B3').numFmt]).toEqual([60, '0.00']);
    expect([ws.getCell('A6').value, ws.getCell('B6').value, ws.getCell('B6').numFmt]).toEqual([
      'Ziarno losowania',
      '=71322',
      '@',
    ]);
    expect(ws.getCell('B1').value).toBeNull();
    expect(ws.getCell('C1').value).toBe('podpowiedź');
    expect(wb.getWorksheet('Moje notatki')!.getCell('A1').value).toBe('nie ruszać');
    // read back by the core: 60 % (the format has no %), the seed exactly as typed
    const o = ocenParametry((await operacjePanelu(f.host).czytajArkusze(['Parametry'])).arkusze[0], {});
    expect(o.parametry.udzialSetne).toBe(6000);
    expect(o.parametry.ziarno).toBe('=71322');
    expect(o.parametry.kwota).toBe(576400000);
  });

  test('zapiszParametry refuses a label present twice and without a Parametry sheet, writing nothing', async () => {
    const wb = zeszyt();
    wb.getWorksheet('Parametry')!.getCell('A5').value = 'Kwota środków (zł)';
    const f = utworzFakeExcel(wb);
    await expect(
      operacjePanelu(f.host).zapiszParametry([{ etykieta: 'Kwota środków (zł)', wartosc: 1 }]),
    ).rejects.toThrow(/dwukrotnie \(A2 i A5\)/);
    expect(wb.getWorksheet('Parametry')!.getCell('B2').value).toBeNull();
    const bez = new ExcelJS.Workbook();
    bez.addWorksheet('Arkusz1');
    await expect(
      operacjePanelu(utworzFakeExcel(bez).host).zapiszParametry([{ etykieta: 'Kwota środków (zł)', wartosc: 1 }]),
    ).rejects.toThrow(/Brak arkusza „Parametry”/);
  });

  test('zapiszParametry on a protected Parametry sheet refuses before writing (never half-written), no extra sync', async () => {
    const wb = zeszyt();
    const f = utworzFakeExcel(wb, { chronione: ['Parametry'] });
    await expect(
      operacjePanelu(f.host).zapiszParametry([
        { etykieta: 'Kwota środków (zł)', wartosc: 1 },
        { etykieta: 'Ziarno losowania', wartosc: 'abc', format: '@' },
      ]),
    ).rejects.toMatchObject({
      kod: 'chroniony',
      komunikat: expect.stringMatching(/„Parametry” jest chroniony.*Nic nie zapisano/),
    });
    expect(f.synchronizacje).toBe(2);
    expect(f.sklad.every((s) => s.zapisow === 0)).toBe(true);
  });
});
