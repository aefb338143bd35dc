/** Test helpers: workbooks for the fake host and plans. */
import ExcelJS from 'exceljs';
import type { ZapisArkusza } from '../../src/core/zeszyt/model';
import { FORMAT_ZL } from '../../src/core/zeszyt/formaty';

/** A `Wnioski`-like sheet with `n` data rows (text, REGON text, money, a date). */
export function zeszytZWnioskami(n: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Wnioski');
  ws.addRow(['Lp.', 'Nazwa szkoły', 'REGON szkoły', 'Wnioskowana kwota (zł)', 'Data wniosku organu']);
  for (let i = 1; i <= n; i++)
    ws.addRow([
      i,
      `Szkoła Podstawowa nr ${i}`,
      String(100000000 + i),
      1000 + i / 100,
      new Date(Date.UTC(2012, 3, 1 + (i % 28))),
    ]);
  ws.getColumn(4).numFmt = FORMAT_ZL;
  ws.getColumn(5).numFmt = 'yyyy-mm-dd';
  wb.addWorksheet('Notatki użytkownika').getCell('A1').value = 'moje';
  return wb;
}

/** An output-like sheet with `n` rows × 11 columns of text and money. */
export function duzyArkusz(nazwa: string, n: number): ZapisArkusza {
  const wiersze: ZapisArkusza['wiersze'] = [
    [
      'Lp.',
      'Wariant',
      'Organ prowadzący',
      'Nazwa szkoły',
      'REGON szkoły',
      'Wielkość szkoły',
      'Wnioskowana kwota (zł)',
      'Kwota (zł)',
      'Powód',
      'Pozycja',
      'Klucz',
    ].map((v) => ({ v, fmt: '@', pogrubienie: true, tlo: 'D9E1F2' })),
  ];
  for (let i = 1; i <= n; i++)
    wiersze.push([
      { v: i },
      { v: i % 2 ? 'I' : 'II', fmt: '@' },
      { v: `Gmina Przykładowa ${i % 300} — organ prowadzący`, fmt: '@' },
      { v: `Szkoła Podstawowa im. Jana Kochanowskiego nr ${i}`, fmt: '@' },
      { v: String(123456785 + i), fmt: '@' },
      { v: ['mała', 'średnia', 'duża'][i % 3], fmt: '@' },
      { v: 90000 + i / 100, fmt: FORMAT_ZL },
      { v: 90000, fmt: FORMAT_ZL },
      { v: 'brak środków; wariant zastępczy: odstąpienie', fmt: '@' },
      { v: i },
      { v: 'a3f5c0e1d2b4a6c8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7', fmt: '@' },
    ]);
  return {
    nazwa,
    wiersze,
    szerokosciKolumn: [6, 8, 30, 40, 14, 10, 16, 16, 30, 8, 66],
    zamrozenie: { wiersze: 1, kolumny: 0 },
  };
}

/** Every cell of a sheet as [address, value, numFmt] (for comparing two writes). */
export function zrzut(ws: ExcelJS.Worksheet): string {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) =>
      out.push(
        `${c.address}=${JSON.stringify(c.value)}|${c.numFmt ?? ''}|${JSON.stringify(c.fill ?? null)}|${c.font?.bold ? 'b' : ''}`,
      ),
    ),
  );
  const kol = (ws.columns ?? []).map((c) => c.width ?? '').join(',');
  return `${out.join('\n')}\n#${kol}#${JSON.stringify(ws.views)}#${ws.state}`;
}
