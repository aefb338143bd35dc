import { kwalifikujWojewodztwo } from '../../src/core/wojewodztwo/operacja';
import type { Kontekst } from '../../src/core/api';
import { NAZWA_FORMULOPODOBNA, zeszytS4 } from '../pomoc/s4';

const K: Kontekst = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' };
type J = {
  wnioski: Array<{
    regon: string;
    decyzja: string;
    wariant: string;
    krok: string | null;
    pozycjaLosowania: number | null;
    powod: string | null;
  }>;
  podsumowanie: { niewykorzystane: string };
};

describe('S4 bad input never crashes and never loses data', () => {
  test('WB-1.4 WB-1.6 CS-10.4 WB-5.3 S4: every problem located; the duplicate blocks with nothing written', () => {
    const w = kwalifikujWojewodztwo(zeszytS4(true), K);
    expect(w.status).toBe('zablokowane');
    expect(w.plan).toBeNull();
    const gdzie = (regula: string) =>
      w.uwagi.filter((u) => u.regula === regula && u.waga === 'błąd').map((u) => `${u.arkusz}!${u.komorka}`);
    expect(gdzie('WB-1.4')).toEqual(expect.arrayContaining(['Wnioski!I10', 'Wnioski!I14']));
    expect(w.uwagi.some((u) => u.komorka === 'F11' && /błąd formuły/.test(u.komunikat))).toBe(true);
    expect(w.uwagi.some((u) => u.komorka === 'G12' && u.waga === 'błąd')).toBe(true);
    expect(w.uwagi.some((u) => u.komorka === 'D13' && u.regula === 'CS-10.4')).toBe(true);
    expect(gdzie('CS-10.4')).toEqual(expect.arrayContaining(['Wnioski!D2', 'Wnioski!D15']));
    expect(
      w.uwagi.some((u) => u.regula === 'WB-1.2' && u.waga === 'ostrzeżenie' && /pusty wiersz 16/i.test(u.komunikat)),
    ).toBe(true);
    expect((w.json as { uwagi: unknown[] }).uwagi.length).toBe(w.uwagi.length);
  });

  test('CS-Z3.1 CS-Z3.4 CS-Z3.7 WB-5.1 S4 after deleting row 14: rejected rows 9–13, seeded draw, unused 30 000', () => {
    const w = kwalifikujWojewodztwo(zeszytS4(false), K);
    expect(w.status).toBe('ok');
    const j = w.json as J;
    const odrz = j.wnioski.filter((x) => x.decyzja === 'odrzucona formalnie').map((x) => x.regon);
    expect(odrz).toEqual(['140000106', '140000112', '140000129', '140000018', '140000135']);
    expect(j.wnioski.find((x) => x.regon === '140000018')!.powod).toMatch(/^odrzucona formalnie: .*cyfrę kontrolną/);
    const poz = Object.fromEntries(
      j.wnioski.filter((x) => x.pozycjaLosowania !== null).map((x) => [x.regon.slice(6), x.pozycjaLosowania]),
    );
    expect(poz).toEqual({ '098': 1, '023': 2, '046': 3, '017': 4, '069': 5, '030': 6, '081': 7, '075': 8, '052': 9 });
    const zakw = Object.fromEntries(
      j.wnioski.filter((x) => x.decyzja === 'zakwalifikowana').map((x) => [x.regon.slice(6), `${x.wariant}/${x.krok}`]),
    );
    expect(zakw).toEqual({ '098': 'I/4', '017': 'I/4', '030': 'I/4', '081': 'II/4', '046': 'II/7' });
    expect(j.podsumowanie.niewykorzystane).toBe('30000.00');
    // WB-3.3: the formula-like name is written as the same text
    const zak = w.plan!.arkusze.find((a) => a.nazwa === 'Zakwalifikowane')!;
    expect(zak.wiersze.some((r) => r.some((c) => c && c.v === NAZWA_FORMULOPODOBNA && c.fmt === '@'))).toBe(true);
  });
});
