import { kwalifikujWojewodztwo } from '../../src/core/wojewodztwo/operacja';
import { krokPoKroku, przeliczCoJesli, przygotujCoJesli, type Kontekst } from '../../src/core';
import { zeszytS2, ZIARNO_S2 } from '../pomoc/s2';

const K: Kontekst = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' };
const gr = (v: unknown) => Math.round((v as number) * 100);

/** scenarios.md, S2 what-if line: share → [count I, zł I, count II, zł II, unused] */
const S2_CO_JESLI: Record<number, [number, number, number, number, number]> = {
  20: [1, 90000, 4, 405000, 105000],
  30: [1, 140000, 4, 410000, 50000],
  40: [2, 230000, 3, 320000, 50000],
  50: [2, 230000, 3, 285000, 85000],
  60: [2, 285000, 3, 290000, 25000],
  70: [3, 375000, 2, 200000, 25000],
  80: [3, 430000, 2, 145000, 25000],
};

describe('Krok po kroku and Co jeśli models (issue 12)', () => {
  test("WB-3.2 CS-Z3.4 CS-Z3.7 S2 step-through: every trace row in order with the trace sheet's before/after", () => {
    const w = kwalifikujWojewodztwo(zeszytS2(), K);
    const przebieg = w.plan!.arkusze.find((a) => a.nazwa === 'Przebieg kwalifikacji')!.wiersze;
    const [nagl, ...wiersze] = przebieg.slice(przebieg.findIndex((r) => r[0]?.v === 'Lp.')); // WB-3.4: below the legend
    const kol = (h: string) => nagl.findIndex((c) => c?.v === h);
    const p = krokPoKroku(zeszytS2(), K);
    if ('koniec' in p) throw new Error('blocked');
    expect(p.kroki.map((s) => s.lp)).toEqual(wiersze.map((r) => r[kol('Lp.')]!.v));
    p.kroki.forEach((s, i) => {
      expect(s.przed).toBe(gr(wiersze[i][kol('Dostępne przed (zł)')]!.v));
      expect(s.po).toBe(gr(wiersze[i][kol('Dostępne po (zł)')]!.v));
      expect(s.zdanie.pl).toMatch(/\[CS-Z3\.\d\]$/);
      if (s.szkola) expect(s.szkola.regon).toBe(wiersze[i][kol('REGON szkoły')]!.v);
    });
    expect(p.poczatki.map((x) => x.krok)).toEqual(['4', '5', '6', '7']);
    const ost = p.kroki.at(-1)!.licznik;
    expect(ost.I.mała).toEqual({ liczba: 2, kwota: 175000_00 });
    expect(ost.II.mała).toEqual({ liczba: 1, kwota: 60000_00 });
  });

  test.each(Object.keys(S2_CO_JESLI).map(Number))(
    'CS-Z3.W S2 what-if live at %i %% reproduces the spec line',
    (udzial) => {
      const pr = przygotujCoJesli(zeszytS2(), K);
      if ('koniec' in pr) throw new Error('blocked');
      const w = przeliczCoJesli(pr.p, udzial * 100)!;
      const z = w.zestawienie;
      expect([
        z.razem.I.liczba,
        z.razem.I.kwota / 100,
        z.razem.II.liczba,
        z.razem.II.kwota / 100,
        z.niewykorzystane.razem / 100,
      ]).toEqual(S2_CO_JESLI[udzial]);
    },
  );

  test("CS-Z3.W every slider share 20–80 % equals the protocol's what-if rows where they meet; changes are gains and losses with shortfalls", () => {
    const pr = przygotujCoJesli(zeszytS2(), K);
    if ('koniec' in pr) throw new Error('blocked');
    for (const r of pr.p.protokol.coJesli!) {
      if (r.udzialSetne % 100) continue;
      const w = przeliczCoJesli(pr.p, r.udzialSetne)!;
      expect([w.zestawienie.razem.I, w.zestawienie.razem.II, w.zestawienie.niewykorzystane.razem]).toEqual([
        r.I,
        r.II,
        r.niewykorzystane,
      ]);
    }
    const w = przeliczCoJesli(pr.p, 3000)!;
    expect(w.zmiany.length).toBeGreaterThan(0);
    for (const z of w.zmiany) {
      if (z.zyskuje) expect(z.brak).toBeNull();
      else expect(z.brak).toBeGreaterThan(0);
    }
    expect(w.protokol.niewykorzystane.razem).toBe(25000_00);
  });

  test('CS-Z3.1 another seed changes the order (S2 seeded); the manual order ignores it', () => {
    const pr = przygotujCoJesli(zeszytS2({ reczna: false, ziarno: ZIARNO_S2 }), K);
    if ('koniec' in pr) throw new Error('blocked');
    expect(pr.p.ziarnoUzyte).toBe(true);
    const ten = przeliczCoJesli(pr.p, pr.p.udzialSetne!, ZIARNO_S2)!;
    expect(ten.zmiany).toEqual([]);
    const inny = przeliczCoJesli(pr.p, pr.p.udzialSetne!, 'inne ziarno 2012')!;
    expect(inny.zestawienie).not.toEqual(ten.zestawienie);
    const rz = przygotujCoJesli(zeszytS2(), K);
    if ('koniec' in rz) throw new Error('blocked');
    expect(rz.p.ziarnoUzyte).toBe(false);
  });
});
