import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { uruchom } from '../../src/cli/uruchom';
import { dostepnaOperacja, dostepnySzablon, szablon, wykonaj, zbierzZeszyty } from '../../src/core/operacje';
import { nowyZeszyt, zastosujPlan } from '../../src/cli/exceljs/zapisz';
import { przykladOrganuS8, przykladSzkolyS8 } from '../../src/core/sprawozdania/przyklady';
import type { ZapisArkusza } from '../../src/core/zeszyt/model';
import { katalogTymczasowy, przechwyc, sha256 } from '../cli/pomocnicze';

const deps = { wykonaj, szablon, dostepnaOperacja, dostepnySzablon, zbierz: zbierzZeszyty };

async function zapiszPlik(plik: string, arkusze: ZapisArkusza[]): Promise<void> {
  const wb = nowyZeszyt();
  zastosujPlan(wb, { arkusze });
  await wb.xlsx.writeFile(plik);
}

describe('CLI sprawozdanie / zbierz / szablon (CS-R, WB-4)', () => {
  const dir = katalogTymczasowy();
  beforeAll(async () => {
    await zapiszPlik(path.join(dir, 'organ.xlsx'), przykladOrganuS8());
    await zapiszPlik(path.join(dir, 'szkola.xlsx'), przykladSzkolyS8());
    fs.writeFileSync(path.join(dir, 'tekst.xlsx'), 'to nie jest skoroszyt');
  });

  test('S8 CS-R.2b through the CLI: `sprawozdanie organ.xlsx --json` to the grosz, exit 0, default output name', async () => {
    const c = przechwyc(dir);
    expect(await uruchom(['sprawozdanie', 'organ.xlsx', '--json'], c.io, deps)).toBe(0);
    const j = JSON.parse(c.out());
    expect(
      j.szkoly.map((s: Record<string, string>) => [s.E, s.Z, s.D, s.niewydane, s.ponad50, s.ponizej20, s.udzialWkladu]),
    ).toEqual([
      ['88000.00', '88000.00', '52000.00', '44000.00', '8000.00', '0.00', '30.16'],
      ['75000.00', '60000.00', '30000.00', '15000.00', '0.00', '15000.00', '20.00'],
    ]);
    expect(j.razem).toMatchObject({ Z: '148000.00', D: '82000.00', udzialWkladu: '26.37' });
    expect(j.uwagi.map((u: { regula: string }) => u.regula)).toEqual(['CS-16.1']);
    expect(fs.existsSync(path.join(dir, 'organ.sprawozdanie.xlsx'))).toBe(true);
  });

  test('S8 CS-R.1 through the CLI: school report, 7 of 9, --lang en summary', async () => {
    const c = przechwyc(dir);
    expect(await uruchom(['sprawozdanie', 'szkola.xlsx', '-o', 'szkola-wynik.xlsx', '--lang', 'en'], c.io, deps)).toBe(
      0,
    );
    expect(c.out() + c.err()).toMatch(/§7 tasks met: 7 of 9/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'szkola-wynik.xlsx'));
    expect(wb.getWorksheet('Ocena realizacji zadań')).toBeDefined();
  });

  test('CS-R.3 WB-4 through the CLI: bad sources named, the rest gathered, exit 0, target unchanged', async () => {
    const przed = sha256(path.join(dir, 'organ.xlsx'));
    const c = przechwyc(dir);
    const kod = await uruchom(
      [
        'zbierz',
        'organ.xlsx',
        'szkola.xlsx',
        'tekst.xlsx',
        'brak.xlsx',
        'organ.xlsx',
        '--na-dzien',
        '2013-07-01',
        '--json',
      ],
      c.io,
      deps,
    );
    expect(kod).toBe(0);
    const j = JSON.parse(c.out());
    expect(j.zrodla.map((z: { plik: string; status: string }) => [z.plik, z.status])).toEqual([
      ['szkola.xlsx', 'przyjęte'],
      ['tekst.xlsx', 'nieprzyjęte'],
      ['brak.xlsx', 'nieprzyjęte'],
      ['organ.xlsx', 'nieprzyjęte'],
    ]);
    expect(j.zrodla[1].uwagi[0].komunikat).toMatch(/tekst\.xlsx/);
    expect(j.wynik.wiersze[0]).toMatchObject({ Plik: 'szkola.xlsx', Spełnione: 7 });
    expect(j.terminy.map((t: { regula: string; stan: string }) => [t.regula, t.stan])).toEqual([
      ['CS-16.1', 'po terminie'],
      ['CS-17.1', 'zaległe'],
    ]);
    expect(sha256(path.join(dir, 'organ.xlsx'))).toBe(przed);
    expect(fs.existsSync(path.join(dir, 'organ.zbiorcze.xlsx'))).toBe(true);
  });

  test('CS-R.3 WB-4: a target that is not a body report → exit 1, nothing written', async () => {
    const c = przechwyc(dir);
    expect(await uruchom(['zbierz', 'szkola.xlsx', 'organ.xlsx', '-o', 'x.xlsx'], c.io, deps)).toBe(1);
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });

  test('CS-R.1 WB-4: a blocked school report → exit 1; an unreadable file → exit 2; bad --na-dzien → exit 2', async () => {
    const zly = przykladSzkolyS8();
    zly[0] = { ...zly[0], wiersze: zly[0].wiersze.filter((w) => !(w[0] && w[0].v === 'REGON szkoły')) };
    await zapiszPlik(path.join(dir, 'zla-szkola.xlsx'), zly);
    const c1 = przechwyc(dir);
    expect(await uruchom(['sprawozdanie', 'zla-szkola.xlsx', '--json'], c1.io, deps)).toBe(1);
    expect(c1.out()).toMatch(/REGON szkoły/);
    expect(await uruchom(['sprawozdanie', 'tekst.xlsx'], przechwyc(dir).io, deps)).toBe(2);
    expect(await uruchom(['zbierz', 'organ.xlsx', '--na-dzien', '2013-13-45'], przechwyc(dir).io, deps)).toBe(2);
  });

  test('CS-R.1 CS-R.2: `szablon sprawozdanie-szkoly|sprawozdanie-organu` write the templates', async () => {
    for (const [rodzaj, arkusze] of [
      ['sprawozdanie-szkoly', ['Sprawozdanie szkoły', 'Reguły']],
      ['sprawozdanie-organu', ['Sprawozdanie organu', 'Dotacje', 'Wydatki', 'Reguły']],
    ] as const) {
      const c = przechwyc(dir);
      expect(await uruchom(['szablon', rodzaj, '-o', `${rodzaj}.xlsx`, '--json'], c.io, deps)).toBe(0);
      expect(JSON.parse(c.out()).arkusze).toEqual(arkusze);
    }
  });
});

describe('CS-R.4 --na-dzien (WB-4)', () => {
  test('CS-R.4: --na-dzien is accepted by zbierz and kwalifikuj and refused elsewhere', () => {
    const { parsujArgumenty } = jest.requireActual(
      '../../src/cli/argumenty',
    ) as typeof import('../../src/cli/argumenty');
    const p = parsujArgumenty(['kwalifikuj', 'w.xlsx', '--na-dzien', '2012-05-20']);
    expect(p.ok && p.polecenie.rodzaj === 'operacja' && p.polecenie.naDzien).toEqual({ y: 2012, m: 5, d: 20 });
    expect(parsujArgumenty(['podziel', 'w.xlsx', '--na-dzien', '2012-05-20']).ok).toBe(false);
    const z = parsujArgumenty(['zbierz', 'cel.xlsx', 'a.xlsx', 'b.xlsx']);
    expect(z.ok && z.polecenie.rodzaj === 'operacja' && z.polecenie.zrodla).toEqual(['a.xlsx', 'b.xlsx']);
  });
});
