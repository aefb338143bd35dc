/**
 * Issue 7, item 4: one write plan, the same workbook from every applier. Each plan the product makes
 * (every operation on the examples, the add-in's `Sprawdź`, every template) is applied by every applier of
 * aplikatory.ts — the CLI's ExcelJS writer and the add-in's Office.js adapter on the fake host — and the
 * written workbooks must show the same sheets in the same order and visibility, the same cells (values,
 * number formats, bold, colours, fills, wrapping), column widths and formats, freeze panes, merged cells,
 * dropdown validations and page setup (WB-3.1, WB-3.2, WB-3.3, WB-2).
 */
import { APLIKATORY } from './aplikatory';
import { opiszZeszyt, type OpisZeszytu } from './opis';
import { planyOperacji, planySzablonow, SZABLONY, type PlanDoSprawdzenia } from './plany';

async function porownaj(p: PlanDoSprawdzenia, szablon = false): Promise<void> {
  const [wzor, ...inne] = APLIKATORY.filter((a) => !szablon || a.szablony);
  const oczekiwany: OpisZeszytu = await opiszZeszyt(await wzor.zastosuj(p.wejscie, p.plan));
  for (const planowany of p.plan.arkusze) expect(oczekiwany.arkusze.join('\n')).toContain(planowany.nazwa);
  for (const a of inne) {
    const opis = await opiszZeszyt(await a.zastosuj(p.wejscie, p.plan));
    expect({ aplikator: a.nazwa, arkusze: opis.arkusze }).toEqual({ aplikator: a.nazwa, arkusze: oczekiwany.arkusze });
    opis.opisy.forEach((arkusz, i) => {
      const wzorArkusza = oczekiwany.opisy[i];
      for (const cecha of Object.keys(arkusz) as Array<keyof typeof arkusz>)
        expect({ aplikator: a.nazwa, arkusz: arkusz.nazwa, cecha, wartosc: arkusz[cecha] }).toEqual({
          aplikator: a.nazwa,
          arkusz: wzorArkusza.nazwa,
          cecha,
          wartosc: wzorArkusza[cecha],
        });
    });
  }
}

let operacje: PlanDoSprawdzenia[];
let szablony: PlanDoSprawdzenia[];
beforeAll(async () => {
  [operacje, szablony] = await Promise.all([planyOperacji(), planySzablonow()]);
});

test('there are three appliers (ExcelJS, the add-in, the streaming writer) and a plan for every operation that writes and every template', () => {
  expect(APLIKATORY.length).toBeGreaterThanOrEqual(2);
  expect(operacje.map((p) => p.nazwa.split(' ')[0])).toEqual(
    expect.arrayContaining(['kwalifikuj', 'podziel', 'diagnozuj', 'monitoruj', 'wskazniki', 'Sprawdź']),
  );
  expect(szablony.map((p) => p.nazwa)).toEqual(SZABLONY.map((s) => `szablon ${s}`));
});

const NAZWY_OPERACJI = [
  'kwalifikuj wojewodztwo-mazowieckie.xlsx',
  'kwalifikuj s2-mazowieckie.xlsx',
  'kwalifikuj s2-losowanie.xlsx',
  'podziel podzial-srodkow.xlsx',
  'diagnozuj gmina-jst.xlsx',
  'monitoruj gmina-jst.xlsx',
  'wskazniki projekt-fers.xlsx',
  'kwalifikuj po kwalifikuj s2-mazowieckie.xlsx',
  'monitoruj po diagnozuj gmina-jst.xlsx',
  'Sprawdź (waliduj) wojewodztwo-mazowieckie.xlsx',
  'Sprawdź (waliduj) s4-bledne-dane.xlsx',
  'Sprawdź (waliduj) wniosek-organu.xlsx',
  'Sprawdź (waliduj) gmina-jst.xlsx',
];

test.each(NAZWY_OPERACJI)('WB-3.1 WB-3.2 WB-3.3 %s: every applier writes the same workbook', async (nazwa) => {
  const p = operacje.find((x) => x.nazwa === nazwa);
  expect(p).toBeDefined();
  await porownaj(p!);
});

test.each(SZABLONY)('WB-2 WB-3.3 szablon %s: every applier writes the same workbook', async (rodzaj) => {
  await porownaj(
    szablony.find((x) => x.nazwa === `szablon ${rodzaj}`)!,
    true,
  );
});
