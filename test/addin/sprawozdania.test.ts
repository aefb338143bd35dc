/** Issue 11 on the fake host: `sprawozdanie` (CS-R.1, CS-R.2) writes the same sheets and values as the CLI. */
import type * as ExcelJS from 'exceljs';
import { porownajSciezki, sciezkaDodatku } from './sciezki';
import { nowyZeszyt, zastosujPlan } from '../../src/cli/exceljs/zapisz';
import { przykladOrganuS8, przykladSzkolyS8 } from '../../src/core/sprawozdania/przyklady';
import type { ZapisArkusza } from '../../src/core/zeszyt/model';

const DZIS = { y: 2013, m: 7, d: 1 };
async function zeszyt(arkusze: ZapisArkusza[]): Promise<ExcelJS.Workbook> {
  const wb = nowyZeszyt();
  zastosujPlan(wb, { arkusze });
  return wb;
}

test('S8 CS-R.2b on the fake host: A E 88 000,00 Z 88 000,00 D 52 000,00; B Z 60 000,00 D 30 000,00; 30.16 / 20.00 / 26.37 %', async () => {
  const d = await sciezkaDodatku('sprawozdanie', await zeszyt(przykladOrganuS8()), DZIS);
  expect(d.wynik.status).toBe('ok');
  const j = d.wynik.json as { szkoly: Array<Record<string, string>>; razem: Record<string, string> };
  expect(j.szkoly.map((s) => [s.E, s.Z, s.D, s.niewydane, s.ponad50, s.ponizej20, s.udzialWkladu])).toEqual([
    ['88000.00', '88000.00', '52000.00', '44000.00', '8000.00', '0.00', '30.16'],
    ['75000.00', '60000.00', '30000.00', '15000.00', '0.00', '15000.00', '20.00'],
  ]);
  expect(j.razem.udzialWkladu).toBe('26.37');
});

test('S8 CS-R.2 WB-3.2: the add-in writes the same settlement sheets and cell values as the CLI', async () => {
  const { nazwy } = await porownajSciezki('sprawozdanie', () => zeszyt(przykladOrganuS8()), DZIS);
  expect(nazwy).toEqual([
    'Rozliczenie dotacji',
    'Zestawienie wydatków',
    'Wydatki nieuwzględnione',
    'Uwagi',
    '_cyfrowa_szkola',
  ]);
});

test('S8 CS-R.1 WB-3.2: the school report on the fake host — same `Ocena realizacji zadań` as the CLI, 7 of 9', async () => {
  const { nazwy } = await porownajSciezki('sprawozdanie', () => zeszyt(przykladSzkolyS8()), DZIS);
  expect(nazwy).toContain('Ocena realizacji zadań');
  const d = await sciezkaDodatku('sprawozdanie', await zeszyt(przykladSzkolyS8()), DZIS);
  expect((d.wynik.json as { spelnione: number }).spelnione).toBe(7);
});
