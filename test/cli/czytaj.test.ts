/** WB-1 reading: ExcelJS workbook → snapshot, every cell kind, both date systems, formulas. */
import * as ExcelJS from 'exceljs';
import { czytajArkusz, czytajZeszyt } from '../../src/cli/exceljs/czytaj';
import { komorkaDaty } from '../../src/cli/strumien/daty';
import { wczytajExcelJS } from '../../src/cli/exceljs/plik';
import type { ArkuszSnapshot } from '../../src/core/zeszyt/model';

async function przezPlik(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return wczytajExcelJS(buf, 'test.xlsx');
}

function arkusz(a: ArkuszSnapshot[], nazwa: string): ArkuszSnapshot {
  const x = a.find((s) => s.nazwa === nazwa);
  if (!x) throw new Error(`no sheet ${nazwa}`);
  return x;
}

describe('WB-1 snapshot of an ExcelJS workbook', () => {
  let snapshot: ArkuszSnapshot[];
  let bezWyniku: ReturnType<typeof czytajZeszyt>['formulyBezWyniku'];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Komórki');
    ws.getCell('A1').value = 90000.5;
    ws.getCell('A1').numFmt = '#,##0.00\\ "zł"';
    ws.getCell('A2').value = 0.8;
    ws.getCell('A2').numFmt = '0%'; // built-in format id 9
    ws.getCell('A3').value = 0.6908;
    ws.getCell('A3').numFmt = '0.00%'; // built-in format id 10
    ws.getCell('A4').value = 71322; // General
    ws.getCell('A5').value = 0.1 + 0.2;
    ws.getCell('B1').value = 'Szkoła Podstawowa nr 1';
    ws.getCell('B2').value = { richText: [{ text: 'Szkoła ', font: { bold: true } }, { text: 'Podstawowa' }] };
    ws.getCell('B3').value = { text: 'strona szkoły', hyperlink: 'http://example.com' };
    ws.getCell('B4').value = '=SUMA(A1:A3)';
    ws.getCell('B5').value = '#N/A';
    ws.getCell('B6').value = '   ';
    ws.getCell('C1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('C2').value = { formula: 'NA()', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    ws.getCell('C3').value = { formula: 'A1*2', result: 181001 };
    ws.getCell('C4').value = { formula: 'B1&""', result: 'tekst z formuły' };
    ws.getCell('C5').value = { formula: 'A4*2' }; // no cached result
    ws.getCell('C6').value = { formula: 'TRUE()', result: true };
    ws.getCell('D1').value = {
      formula: 'A1+1',
      result: 1,
      shareType: 'shared',
      ref: 'D1:D3',
    } as unknown as ExcelJS.CellFormulaValue;
    ws.getCell('D2').value = { sharedFormula: 'D1', result: 2 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('D3').value = { sharedFormula: 'D1' } as ExcelJS.CellSharedFormulaValue; // shared, no cached result
    ws.getCell('E1').value = true;
    ws.getCell('E2').value = false;
    ws.getCell('F1').value = new Date(Date.UTC(2012, 4, 10, 23, 59, 59));
    ws.getCell('F1').numFmt = 'yyyy-mm-dd hh:mm';
    ws.getCell('F2').value = 60; // Excel's fictitious 29 Feb 1900
    ws.getCell('F2').numFmt = 'yyyy-mm-dd';
    ws.getCell('F3').value = { formula: 'DATE(2012,3,31)', result: new Date(Date.UTC(2012, 2, 31)) };
    ws.getCell('F3').numFmt = 'dd.mm.yyyy';
    ws.getCell('G1').value = 'scalone';
    ws.mergeCells('G1:H2');
    wb.addWorksheet('Ukryty', { state: 'hidden' }).getCell('A1').value = 1;
    wb.addWorksheet('Bardzo ukryty', { state: 'veryHidden' }).getCell('A1').value = 2;
    const wb2 = await przezPlik(wb);
    const odczyt = czytajZeszyt(wb2);
    snapshot = odczyt.zeszyt.arkusze;
    bezWyniku = odczyt.formulyBezWyniku;
  });

  test('WB-1.4 WB-1.5 numbers keep their number format (custom and built-in 9/10)', () => {
    const w = arkusz(snapshot, 'Komórki').wiersze;
    expect(w[0][0]).toEqual({ t: 'n', v: 90000.5, fmt: '#,##0.00\\ "zł"' });
    expect(w[1][0]).toEqual({ t: 'n', v: 0.8, fmt: '0%' });
    expect(w[2][0]).toEqual({ t: 'n', v: 0.6908, fmt: '0.00%' });
    expect(w[3][0]).toEqual({ t: 'n', v: 71322 });
    expect(w[4][0]).toEqual({ t: 'n', v: 0.30000000000000004 });
  });

  test('text, rich text (runs joined), hyperlink text; formula-looking and error-looking text stays text', () => {
    const w = arkusz(snapshot, 'Komórki').wiersze;
    expect(w[0][1]).toEqual({ t: 's', v: 'Szkoła Podstawowa nr 1' });
    expect(w[1][1]).toEqual({ t: 's', v: 'Szkoła Podstawowa' });
    expect(w[2][1]).toEqual({ t: 's', v: 'strona szkoły' });
    expect(w[3][1]).toEqual({ t: 's', v: '=SUMA(A1:A3)' });
    expect(w[4][1]).toEqual({ t: 's', v: '#N/A' });
    expect(w[5][1]).toEqual({ t: 's', v: '   ' });
  });

  test('WB-1.4 error values and formulas: cached results; errors → {t:e}', () => {
    const w = arkusz(snapshot, 'Komórki').wiersze;
    expect(w[0][2]).toEqual({ t: 'e', v: '#N/A' });
    expect(w[1][2]).toEqual({ t: 'e', v: '#DIV/0!' });
    expect(w[2][2]).toEqual({ t: 'n', v: 181001 });
    expect(w[3][2]).toEqual({ t: 's', v: 'tekst z formuły' });
    expect(w[5][2]).toEqual({ t: 'b', v: true });
  });

  test('a formula without a cached result is read as empty and reported', () => {
    const w = arkusz(snapshot, 'Komórki').wiersze;
    expect(w[4][2]).toBeUndefined();
    expect(w[2][3]).toBeUndefined();
    expect(bezWyniku).toEqual([{ arkusz: 'Komórki', pierwsza: 'D3', liczba: 2 }]);
  });

  test('shared formulas give their cached results', () => {
    const w = arkusz(snapshot, 'Komórki').wiersze;
    expect(w[0][3]).toEqual({ t: 'n', v: 1 });
    expect(w[1][3]).toEqual({ t: 'n', v: 2 });
  });

  test('booleans', () => {
    const w = arkusz(snapshot, 'Komórki').wiersze;
    expect(w[0][4]).toEqual({ t: 'b', v: true });
    expect(w[1][4]).toEqual({ t: 'b', v: false });
  });

  test('WB-1.7 date cells → calendar dates, time ignored; serial 60 is 29 Feb 1900 (does not exist)', () => {
    const w = arkusz(snapshot, 'Komórki').wiersze;
    expect(w[0][5]).toEqual({ t: 'd', y: 2012, m: 5, d: 10 });
    expect(w[1][5]).toEqual({ t: 'd', y: 1900, m: 2, d: 29 });
    expect(w[2][5]).toEqual({ t: 'd', y: 2012, m: 3, d: 31 });
  });

  test('merged cells as stored: value in the top-left cell only', () => {
    const w = arkusz(snapshot, 'Komórki').wiersze;
    expect(w[0][6]).toEqual({ t: 's', v: 'scalone' });
    expect(w[0][7]).toBeUndefined();
    expect(w[1]?.[6]).toBeUndefined();
    expect(w[1]?.[7]).toBeUndefined();
  });

  test('sheet visibility', () => {
    expect(arkusz(snapshot, 'Komórki').widocznosc).toBe('widoczny');
    expect(arkusz(snapshot, 'Ukryty').widocznosc).toBe('ukryty');
    expect(arkusz(snapshot, 'Bardzo ukryty').widocznosc).toBe('bardzoUkryty');
  });
});

describe('WB-1.5 number-format codes exactly as stored', () => {
  test('escapes survive ExcelJS (literal `0\\%` is not a percent format) in the snapshot and in a rewritten copy', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('F');
    ws.getCell('A1').value = 80;
    ws.getCell('A1').numFmt = '0\\%';
    ws.getCell('A2').value = 1000;
    ws.getCell('A2').numFmt = '#,##0.00\\ "zł"';
    ws.getCell('A3').numFmt = '0\\%'; // styled empty cell
    const raz = await przezPlik(wb);
    expect(czytajZeszyt(raz).zeszyt.arkusze[0].wiersze.map((w) => w[0])).toEqual([
      { t: 'n', v: 80, fmt: '0\\%' },
      { t: 'n', v: 1000, fmt: '#,##0.00\\ "zł"' },
    ]);
    const dwa = await przezPlik(raz);
    const w = dwa.getWorksheet('F')!;
    expect(czytajZeszyt(dwa).zeszyt.arkusze[0].wiersze[0][0]).toEqual({ t: 'n', v: 80, fmt: '0\\%' });
    expect(w.getCell('A3').numFmt).toBe('0\\%');
  });
});

describe('WB-1.7 the 1904 date system', () => {
  test('a date serial in a 1904 workbook is its 1904 calendar date', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Daty');
    ws.getCell('A1').value = 40000;
    ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    ws.getCell('A2').value = 0;
    ws.getCell('A2').numFmt = 'yyyy-mm-dd';
    const wb2 = await przezPlik(wb);
    expect(wb2.properties.date1904).toBe(true);
    const w = czytajZeszyt(wb2).zeszyt.arkusze[0].wiersze;
    const oczekiwana = new Date(Date.UTC(1904, 0, 1) + 40000 * 86_400_000);
    expect(w[0][0]).toEqual({
      t: 'd',
      y: oczekiwana.getUTCFullYear(),
      m: oczekiwana.getUTCMonth() + 1,
      d: oczekiwana.getUTCDate(),
    });
    expect(w[1][0]).toEqual({ t: 'd', y: 1904, m: 1, d: 1 });
  });

  test('the same serial in the 1900 system is 1462 days later', () => {
    const d1900 = komorkaDaty(new Date(Date.UTC(2012, 4, 10)), false);
    expect(d1900).toEqual({ t: 'd', y: 2012, m: 5, d: 10 });
    // ExcelJS builds a 1904 serial's Date with +1462 days: the calendar date is unchanged.
    expect(komorkaDaty(new Date(Date.UTC(2012, 4, 10)), true)).toEqual({ t: 'd', y: 2012, m: 5, d: 10 });
  });
});

describe('values ExcelJS builds in memory', () => {
  test('a hyperlink whose text is rich text; unknown objects are empty', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('X');
    ws.getCell('A1').value = {
      text: { richText: [{ text: 'a' }, { text: 'b' }] },
      hyperlink: 'http://x',
    } as unknown as ExcelJS.CellHyperlinkValue;
    ws.getCell('A2').value = { formula: 'A1', result: new Date(Date.UTC(2011, 8, 30)) };
    const w = czytajArkusz(ws, false);
    expect(w[0][0]).toEqual({ t: 's', v: 'ab' });
    expect(w[1][0]).toEqual({ t: 'd', y: 2011, m: 9, d: 30 });
  });

  test('only the sheets an operation reads get their cells (variants "(2)" and the state sheet included)', () => {
    const wb = new ExcelJS.Workbook();
    for (const n of ['Wnioski', 'Wnioski (2)', 'Inny', '_cyfrowa_szkola']) wb.addWorksheet(n).getCell('A1').value = n;
    const z = czytajZeszyt(wb, { arkusze: ['WNIOSKI'] }).zeszyt;
    expect(z.arkusze.map((a) => [a.nazwa, a.wiersze.length])).toEqual([
      ['Wnioski', 1],
      ['Wnioski (2)', 1],
      ['Inny', 0],
      ['_cyfrowa_szkola', 1],
    ]);
  });
});
