/** WB-3.1 / WB-3.3: applying a write plan with ExcelJS and reading the file back. */
import * as ExcelJS from 'exceljs';
import { nowyZeszyt, zastosujPlan } from '../../src/cli/exceljs/zapisz';
import { formulaListy } from '../../src/cli/listy';
import { czytajZeszyt } from '../../src/cli/exceljs/czytaj';
import { wczytajExcelJS } from '../../src/cli/exceljs/plik';
import { Archiwum } from '../../src/cli/pakiet/archiwum';
import { czytajStrukturePakietu } from '../../src/cli/strumien/struktura';
import { walidacjeZXml } from '../../src/cli/zip/walidacjeXml';
import { FORMAT_ZL, FORMAT_PROCENT, tekst } from '../../src/core/zeszyt/formaty';
import type { PlanZapisu } from '../../src/core/zeszyt/model';

function xmlArkusza(buf: Buffer, nazwa: string): string {
  const pakiet = new Archiwum(buf);
  const a = czytajStrukturePakietu(pakiet).arkusze.find((x) => x.nazwa === nazwa);
  if (!a?.czesc) throw new Error(`no sheet ${nazwa}`);
  return pakiet.tekst(a.czesc, 1 << 28)!;
}

const PLAN: PlanZapisu = {
  arkusze: [
    {
      nazwa: 'Protokół',
      wiersze: [
        [tekst('Protokół', { pogrubienie: true, tlo: 'D9E1F2', kolorTekstu: 'C00000' }), null, tekst('Kwota (zł)')],
        [tekst('=HYPERLINK("http://example.com","klik")'), tekst('+48'), { v: 90000.5, fmt: FORMAT_ZL }],
        [tekst('@user'), tekst('-5'), { v: 0.6908, fmt: FORMAT_PROCENT }, { v: true }],
        [tekst('długi tekst do zawinięcia', { zawijaj: true }), { v: 7 }],
      ],
      szerokosciKolumn: [40, 12, 18],
      zamrozenie: { wiersze: 1, kolumny: 1 },
      wydruk: { orientacja: 'pozioma', powtarzaneWiersze: [1, 2], dopasujDoSzerokosci: true },
      walidacje: [{ zakres: 'B2:B50', lista: ['TAK', 'NIE'] }],
      scalenia: ['A1:B1'],
    },
    { nazwa: '_cyfrowa_szkola', wiersze: [[tekst('arkusz'), tekst('Protokół')]], widocznosc: 'bardzoUkryty' },
  ],
};

async function zapiszIWczytaj(wb: ExcelJS.Workbook): Promise<{ buf: Buffer; wb: ExcelJS.Workbook }> {
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return { buf, wb: await wczytajExcelJS(buf, 'x.xlsx') };
}

describe('WB-3.3 writing a plan', () => {
  let buf: Buffer;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const nowy = nowyZeszyt();
    zastosujPlan(nowy, PLAN);
    ({ buf, wb } = await zapiszIWczytaj(nowy));
  });

  test('WB-3.3 text that looks like a formula stays text with format @ (no <f> in the sheet)', () => {
    const w = czytajZeszyt(wb).zeszyt.arkusze.find((a) => a.nazwa === 'Protokół')!.wiersze;
    expect(w[1][0]).toEqual({ t: 's', v: '=HYPERLINK("http://example.com","klik")' });
    expect(w[1][1]).toEqual({ t: 's', v: '+48' });
    expect(w[2][0]).toEqual({ t: 's', v: '@user' });
    expect(w[2][1]).toEqual({ t: 's', v: '-5' });
    expect(xmlArkusza(buf, 'Protokół')).not.toMatch(/<f[ >]/);
    const ws = wb.getWorksheet('Protokół')!;
    expect(ws.getCell('A2').numFmt).toBe('@');
    expect(ws.getCell('A1').numFmt).toBe('@');
  });

  test('WB-3.3 money and percent are numbers with their formats; booleans', () => {
    const w = czytajZeszyt(wb).zeszyt.arkusze.find((a) => a.nazwa === 'Protokół')!.wiersze;
    expect(w[1][2]).toEqual({ t: 'n', v: 90000.5, fmt: FORMAT_ZL });
    expect(w[2][2]).toEqual({ t: 'n', v: 0.6908, fmt: FORMAT_PROCENT });
    expect(w[2][3]).toEqual({ t: 'b', v: true });
    expect(w[3][1]).toEqual({ t: 'n', v: 7 });
  });

  test('fonts, fills, wrapping, widths', () => {
    const ws = wb.getWorksheet('Protokół')!;
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').font?.color?.argb).toBe('FFC00000');
    expect((ws.getCell('A1').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9E1F2');
    expect(ws.getCell('A4').alignment?.wrapText).toBe(true);
    expect(ws.getColumn(1).width).toBe(40);
    expect(ws.getColumn(3).width).toBe(18);
  });

  test('frozen panes, print setup (A4, landscape, fit to width, repeated rows)', () => {
    const ws = wb.getWorksheet('Protokół')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
    });
  });

  test('dropdown validations (type list) and merges', () => {
    const w = walidacjeZXml(xmlArkusza(buf, 'Protokół'));
    expect(w).toHaveLength(1);
    expect(w[0].sqref).toBe('B2:B50');
    expect(JSON.parse(w[0].podpis).slice(0, 3)).toEqual(['list', '', '"TAK,NIE"']);
    expect(xmlArkusza(buf, 'Protokół')).toMatch(/<mergeCell ref="A1:B1"\/>/);
  });

  test('WB-2 template columns carry their default number format (zł, dates) for the rows to fill', () => {
    const wb = nowyZeszyt();
    zastosujPlan(wb, {
      arkusze: [
        { nazwa: 'Wnioski', wiersze: [[tekst('Kwota (zł)'), tekst('Data')]], formatyKolumn: [FORMAT_ZL, 'yyyy-mm-dd'] },
      ],
    });
    const ws = wb.getWorksheet('Wnioski')!;
    expect([ws.getColumn(1).numFmt, ws.getColumn(2).numFmt]).toEqual([FORMAT_ZL, 'yyyy-mm-dd']);
    expect(ws.getCell('A1').numFmt).toBe('@'); // the header keeps its own text format
  });

  test('WB-3.1 the state sheet is very hidden; the active tab stays on a visible sheet', () => {
    expect(wb.getWorksheet('_cyfrowa_szkola')!.state).toBe('veryHidden');
    expect(czytajStrukturePakietu(new Archiwum(buf)).arkusze.map((a) => [a.nazwa, a.stan])).toEqual([
      ['Protokół', 'visible'],
      ['_cyfrowa_szkola', 'veryHidden'],
    ]);
  });
});

describe('WB-3.1 replacing owned sheets, leaving the others alone', () => {
  test('an owned sheet is replaced at its position; user sheets keep values and validations', async () => {
    const wb = new ExcelJS.Workbook();
    const user = wb.addWorksheet('Wnioski');
    user.getCell('A1').value = 'Nazwa szkoły';
    user.getCell('A2').value = 'SP 1';
    (user as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      'C2:C20',
      { type: 'list', allowBlank: true, formulae: ['"I,II"'] },
    );
    wb.addWorksheet('Protokół').getCell('Z99').value = 'stary';
    wb.addWorksheet('Stary wynik').getCell('A1').value = 1;
    wb.addWorksheet('Koniec').getCell('A1').value = 'koniec';
    const { wb: raz } = await zapiszIWczytaj(wb);
    zastosujPlan(raz, {
      arkusze: [
        { nazwa: 'protokół', wiersze: [[tekst('nowy')]] },
        { nazwa: 'Uwagi', wiersze: [[tekst('u')]] },
      ],
    });
    const { buf, wb: dwa } = await zapiszIWczytaj(raz);
    expect(dwa.worksheets.map((w) => w.name)).toEqual(['Wnioski', 'protokół', 'Stary wynik', 'Koniec', 'Uwagi']);
    const z = czytajZeszyt(dwa).zeszyt;
    expect(z.arkusze[1].wiersze).toEqual([[{ t: 's', v: 'nowy' }]]);
    expect(z.arkusze[0].wiersze).toEqual([[{ t: 's', v: 'Nazwa szkoły' }], [{ t: 's', v: 'SP 1' }]]);
    expect(walidacjeZXml(xmlArkusza(buf, 'Wnioski')).map((w) => w.sqref)).toEqual(['C2:C20']);
  });

  test('dropdown lists Excel cannot hold are refused, not written broken', () => {
    expect(formulaListy(['a', 'b'])).toBe('"a,b"');
    expect(() => formulaListy(['a,b'])).toThrow(/comma/);
    expect(() => formulaListy(Array.from({ length: 60 }, (_, i) => `wartość${i}`))).toThrow(/255/);
  });

  test('invalid sheet names in a plan are refused before anything changes', () => {
    const wb = nowyZeszyt();
    expect(() => zastosujPlan(wb, { arkusze: [{ nazwa: 'x'.repeat(32), wiersze: [] }] })).toThrow(/sheet name/);
    expect(wb.worksheets).toHaveLength(0);
  });
});
