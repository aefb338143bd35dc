import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { uruchom } from '../../src/cli/uruchom';
import { czytajZeszyt } from '../../src/cli/exceljs/czytaj';
import { dostepnaOperacja, dostepnySzablon, szablon, wykonaj } from '../../src/core/operacje';
import type { ArkuszSnapshot, Komorka } from '../../src/core/zeszyt/model';
import {
  ARKUSZ_CWICZENIA,
  ARKUSZ_ODPOWIEDZI,
  NAGLOWKI_CWICZEN,
  PIERWSZY_WIERSZ_CWICZEN,
} from '../../src/core/szkolenie/szablon';
import * as logika from '../../src/addin/functions/logika';
import { katalogTymczasowy, przechwyc } from '../cli/pomocnicze';

const deps = { wykonaj, szablon, dostepnaOperacja, dostepnySzablon };

/** What Excel passes to a custom function for a cell. */
function argument(k: Komorka): unknown {
  if (!k) return null;
  if (k.t === 'n' || k.t === 's' || k.t === 'b') return k.v;
  throw new Error(`unexpected cell ${JSON.stringify(k)}`);
}

/** The custom function's logic (src/addin/functions/logika.ts) by its CS.* name. */
function wywolaj(funkcja: string, a: unknown[]): unknown {
  const w =
    funkcja === 'CS.WIELKOSC_SZKOLY'
      ? logika.wielkosc(a[0])
      : funkcja === 'CS.LIMIT_WSPARCIA'
        ? logika.limit(a[0])
        : funkcja === 'CS.MIN_WKLAD_WLASNY'
          ? logika.minWklad(a[0])
          : funkcja === 'CS.CZY_WKLAD_WYSTARCZA'
            ? logika.wkladWystarcza(a[0], a[1])
            : funkcja === 'CS.KLUCZ_LOSOWANIA'
              ? logika.klucz(a[0], a[1])
              : null;
  if (!w || !w.ok) throw new Error(`${funkcja}(${a.join(', ')}) failed`);
  return w.v;
}

describe("szablon szkolenie — the trainer's workbook (issue 12)", () => {
  let plik: string;
  let arkusze: ArkuszSnapshot[];
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    const kat = katalogTymczasowy();
    plik = path.join(kat, 'szkolenie.xlsx');
    const c = przechwyc(kat);
    expect(await uruchom(['szablon', 'szkolenie', '-o', 'szkolenie.xlsx'], c.io, deps)).toBe(0);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(plik);
    arkusze = czytajZeszyt(wb).zeszyt.arkusze;
  });

  test("WB-4 WB-5.1 the template validates clean: waliduj finds no błąd (only S2's CS-5.2 cap warning)", async () => {
    const c = przechwyc(path.dirname(plik));
    expect(await uruchom(['waliduj', 'szkolenie.xlsx', '--json'], c.io, deps)).toBe(0);
    const { uwagi } = JSON.parse(c.out()) as { uwagi: Array<{ waga: string; regula: string }> };
    expect(uwagi.filter((u) => u.waga === 'błąd')).toEqual([]);
    expect(uwagi.map((u) => u.regula)).toEqual(['CS-5.2']);
  });

  test('CS-Z3.1 the workbook qualifies like S2 seeded (unused 45 000,00)', async () => {
    const c = przechwyc(path.dirname(plik));
    expect(await uruchom(['kwalifikuj', 'szkolenie.xlsx', '-o', 'protokol.xlsx', '--json'], c.io, deps)).toBe(0);
    expect((JSON.parse(c.out()) as { podsumowanie: { niewykorzystane: string } }).podsumowanie.niewykorzystane).toBe(
      '45000.00',
    );
  });

  test('the answers are in a hidden (revealable, not very hidden) sheet; the instruction sheet comes first', () => {
    expect(wb.worksheets[0].name).toBe('Instrukcja');
    expect(wb.getWorksheet(ARKUSZ_ODPOWIEDZI)!.state).toBe('hidden');
    expect(wb.getWorksheet(ARKUSZ_CWICZENIA)!.state).toBe('visible');
  });

  test('CS-5.1 CS-5.2 CS-4.3 CS-Z3.1 every exercise answer equals the CS.* function on the exercise row', () => {
    const cw = arkusze.find((a) => a.nazwa === ARKUSZ_CWICZENIA)!;
    const od = arkusze.find((a) => a.nazwa === ARKUSZ_ODPOWIEDZI)!;
    expect(cw.wiersze[PIERWSZY_WIERSZ_CWICZEN - 2].map((k) => (k as { v: string }).v)).toEqual(NAGLOWKI_CWICZEN);
    const wiersze = cw.wiersze.slice(PIERWSZY_WIERSZ_CWICZEN - 1);
    expect(wiersze.length).toBeGreaterThanOrEqual(12);
    const funkcje = new Set<string>();
    wiersze.forEach((w, i) => {
      const funkcja = (w[4] as { v: string }).v;
      funkcje.add(funkcja);
      const args = [w[2], w[3]].filter((k) => k).map(argument);
      const odp = od.wiersze[i + 1];
      expect((odp[0] as { v: number }).v).toBe(i + 1);
      expect(argument(odp[2])).toEqual(wywolaj(funkcja, args));
      // the answer's formula names the function and this row's argument cells
      const nr = PIERWSZY_WIERSZ_CWICZEN + i;
      expect((odp[1] as { v: string }).v).toBe(`=${funkcja}(${args.map((_, j) => `${'CD'[j]}${nr}`).join(';')})`);
      expect(w[5] && (w[5] as { v: unknown }).v).toBeFalsy(); // the participant's cell is empty
    });
    expect([...funkcje].sort()).toEqual([
      'CS.CZY_WKLAD_WYSTARCZA',
      'CS.KLUCZ_LOSOWANIA',
      'CS.LIMIT_WSPARCIA',
      'CS.MIN_WKLAD_WLASNY',
      'CS.WIELKOSC_SZKOLY',
    ]);
  });
});
