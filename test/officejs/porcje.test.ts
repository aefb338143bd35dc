/**
 * Issue 8 §2: the portion price (`podzielNaPorcje`) is an upper bound of the request Office.js builds for
 * that portion, and not a wasteful one (≥ 75 %) — measured on Microsoft's serializer with a portion limit small
 * enough to cut every sheet of a qualification into several portions.
 */
import type { ZapisArkusza } from '../../src/core/zeszyt/model';
import { podzielNaPorcje, danePorcji, prostokatyStylu } from '../../src/addin/office/porcje';
import { nalozStyl, ustawWysokosci } from '../../src/addin/office/wykonczenie';
import { czytajZeszyt } from '../../src/cli/exceljs/czytaj';
import { wykonaj } from '../../src/core/operacje';
import { wczytajPrzyklad } from '../addin/przyklady';
import { DZIS } from '../addin/sciezki';
import { kontekstNagrywajacy } from './biblioteka';

async function planKwalifikacji(): Promise<ZapisArkusza[]> {
  const wb = await wczytajPrzyklad('wojewodztwo-mazowieckie.xlsx');
  const w = wykonaj('kwalifikuj', czytajZeszyt(wb, { arkusze: 'wszystkie' }).zeszyt, { dzis: DZIS, jezyk: 'pl' });
  return w.plan!.arkusze;
}

test('a portion costs at most its price and at least ¾ of it on the real serializer (issue 8 §2)', async () => {
  const arkusze = await planKwalifikacji();
  const porcje = podzielNaPorcje(arkusze, 64 * 1024);
  expect(porcje.length).toBeGreaterThan(10);
  const zadania: number[] = [];
  const ctx = kontekstNagrywajacy(zadania);
  const nowe = arkusze.map((_, i) => ctx.workbook.worksheets.add(`_cs_nowy_${i + 1}`));
  await ctx.sync();
  for (const p of porcje) {
    for (const k of p.kawalki) {
      const a = arkusze[k.arkusz];
      const s = nowe[k.arkusz];
      const { wartosci, formaty } = danePorcji(a, k);
      const zakres = s.getRangeByIndexes(k.wiersz0, 0, k.wierszy, k.kolumn);
      zakres.numberFormat = formaty;
      zakres.values = wartosci;
      for (const x of prostokatyStylu(a, k)) nalozStyl(s, x);
      ustawWysokosci(s, a, k.wiersz0, k.wiersz0 + k.wierszy);
    }
    await ctx.sync();
  }
  const pary = porcje.map((p, i) => ({ cena: p.ladunek, zadanie: zadania[i + 1] }));
  for (const { cena, zadanie } of pary) {
    expect(zadanie).toBeLessThanOrEqual(cena);
    expect(zadanie).toBeGreaterThan(0.75 * cena);
  }
});
