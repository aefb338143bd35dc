import * as ExcelJS from 'exceljs';
import { szablon } from '../../src/core/operacje';
import { przykladWnioskuDyrektora } from '../../src/core/wnioski/przyklady';
import { walidujWnioski } from '../../src/core/wnioski/walidacja';
import { jestLista, STYL_POLA_WEJSCIOWEGO } from '../../src/core/zeszyt/model';
import { nowyZeszyt, zastosujPlan } from '../../src/cli/exceljs/zapisz';
import { czytajZeszyt } from '../../src/cli/exceljs/czytaj';
import { czytajPakiet } from '../../src/cli/strumien/czytaj';
import { KONTEKST } from './pomoc';

const Z_TYTULEM = [
  'wojewodztwo',
  'wniosek-dyrektora',
  'wniosek-organu',
  'podzial-srodkow',
  'sprawozdanie-szkoly',
  'sprawozdanie-organu',
  'diagnoza-jst',
  'plan-jst',
  'monitoring-jst',
  'projekt-fers',
] as const;
const Z_REGULAMI = [...Z_TYTULEM, 'szkolenie'] as const;

async function przezPlik(arkusze: ReturnType<typeof szablon>, zmien?: (wb: ExcelJS.Workbook) => void) {
  const wb = nowyZeszyt();
  zastosujPlan(wb, { arkusze });
  const wb2 = new ExcelJS.Workbook();
  await wb2.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  zmien?.(wb2);
  const wb3 = new ExcelJS.Workbook();
  await wb3.xlsx.load((await wb2.xlsx.writeBuffer()) as ArrayBuffer);
  const bufor = Buffer.from(await wb.xlsx.writeBuffer());
  return { wb: wb3, bufor, odczyt: czytajZeszyt(wb3, { arkusze: 'wszystkie' }) };
}

describe('WB-2.0 templates people like to fill', () => {
  test.each(Z_TYTULEM)('WB-2.0 %s: title, instruction, input cells, validations with Polish prompts', (rodzaj) => {
    for (const a of szablon(rodzaj).filter((x) => x.polaWejsciowe)) {
      expect(a.polaWejsciowe!.length).toBeGreaterThan(0);
      if (!/^(Katalog pomocy|Funkcjonalności)$/.test(a.nazwa)) {
        expect(a.wiersze[0][0]).toMatchObject({ pogrubienie: true });
        expect(String(a.wiersze[1][0]?.v)).toMatch(/żółt/);
      }
      for (const w of a.walidacje ?? []) {
        expect(w.podpowiedz?.tresc).toBeTruthy();
        expect(w.podpowiedz!.tytul.length).toBeLessThanOrEqual(32);
        expect(w.blad?.tresc.length).toBeLessThanOrEqual(255);
      }
    }
  });
  test.each(Z_REGULAMI)('WB-2.0 %s carries the `Reguły` sheet', (rodzaj) => {
    expect(szablon(rodzaj).filter((a) => a.nazwa === 'Reguły')).toHaveLength(1);
  });
  test('WB-2.0 number, date and length rules of the voivodeship template', () => {
    const [parametry, wnioski] = szablon('wojewodztwo');
    const reguly = (wnioski.walidacje ?? []).filter((w) => !jestLista(w));
    expect(reguly).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ zakres: 'I5:I1004', rodzaj: 'calkowita', min: 1 }),
        expect.objectContaining({ zakres: 'L5:L1004', rodzaj: 'dziesietna', min: 0.01 }),
        expect.objectContaining({ rodzaj: 'dlugoscTekstu', min: 9, max: 14 }),
        expect.objectContaining({ rodzaj: 'data', min: '2000-01-01' }),
      ]),
    );
    expect(parametry.walidacje).toEqual(
      expect.arrayContaining([expect.objectContaining({ rodzaj: 'dziesietna', min: 20, max: 80 })]),
    );
  });
  test('WB-2.0 WB-1.2 a template written by the CLI reads back clean (header below the title block)', async () => {
    const { odczyt, wb, bufor } = await przezPlik(szablon('wniosek-dyrektora'));
    // ExcelJS loads the cached `""` of the 1000 unfilled lines (`<v></v>`) as "no result"; the CLI's streaming
    // reader reads them as empty cells, so a fresh template gives no "formulas without results" warning
    expect(odczyt.formulyBezWyniku).toEqual([{ arkusz: 'Kalkulacja kosztów', liczba: 1000, pierwsza: 'F5' }]);
    expect((await czytajPakiet(bufor)).formulyBezWyniku).toEqual([]);
    // an empty template: only the empty required labels, nothing from the tables, titles or formulas
    const uwagi = walidujWnioski(odczyt.zeszyt, KONTEKST).uwagi;
    expect(uwagi.filter((u) => u.arkusz !== 'Wniosek dyrektora')).toEqual([]);
    const ws = wb.getWorksheet('Kalkulacja kosztów')!;
    expect(ws.getCell('F5').formula).toBe('IF(OR(D5="",E5=""),"",ROUND(D5*E5,2))');
    expect(ws.getCell('D5').fill).toMatchObject({ fgColor: { argb: `FF${STYL_POLA_WEJSCIOWEGO.tlo}` } });
    const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations
      .model;
    const liczba = Object.entries(dv).find(([k]) => k.startsWith('D5'))![1];
    expect(liczba).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', promptTitle: 'Liczba' });
  });
  test('WB-2.0 `Wartość` is a formula read through its cached value, and a wrong cached value is still caught', async () => {
    const dobry = await przezPlik(przykladWnioskuDyrektora());
    const ws0 = dobry.wb.getWorksheet('Kalkulacja kosztów')!;
    expect(ws0.getCell('F5').formula).toMatch(/ROUND\(D5\*E5,2\)/);
    expect(walidujWnioski(dobry.odczyt.zeszyt, KONTEKST).uwagi).toEqual([]);
    const zly = await przezPlik(przykladWnioskuDyrektora(), (wb) => {
      const c = wb.getWorksheet('Kalkulacja kosztów')!.getCell('F5');
      c.value = { formula: c.formula, result: 1 } as ExcelJS.CellValue;
    });
    const uwagi = walidujWnioski(zly.odczyt.zeszyt, KONTEKST).uwagi;
    expect(uwagi).toContainEqual(
      expect.objectContaining({ waga: 'błąd', regula: 'WB-2', arkusz: 'Kalkulacja kosztów', komorka: 'F5' }),
    );
  });
});
