/**
 * One value typed (or filled down) in every row: the findings name at most 20 other cells and `… (+N)`, so
 * 20 000 rows give 20 000 short messages instead of 20 000 lists of 20 000 cells (out of memory on a 1 GB heap).
 */
import { wykonaj } from '../../src/core/operacje';
import type { Kontekst } from '../../src/core/api';
import type { Komorka, ZeszytSnapshot } from '../../src/core/zeszyt/model';
import { tekstKomorki } from '../../src/core/komorki/odczyt';
import { generujWojewodztwo } from '../../src/przyklady/wojewodztwo';
import { doSnapshotu } from '../../src/przyklady/snapshot';

const K: Kontekst = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' };
const N = 2000;

/** A generated workbook of N applications with `naglowek` set to `k` in every data row. */
function wszedzieTo(naglowek: string, k: Komorka): ZeszytSnapshot {
  const z = doSnapshotu(generujWojewodztwo({ teryt: '14', liczbaWnioskow: N, ziarno: 3, udzialKwoty: 0.5 }));
  const a = z.arkusze.find((s) => s.nazwa === 'Wnioski')!;
  const c = a.wiersze[0].findIndex((x) => tekstKomorki(x) === naglowek);
  for (const w of a.wiersze.slice(1)) {
    if (!w) continue;
    while (w.length <= c) w.push(null);
    w[c] = k;
  }
  return z;
}

describe('WB-1.9 one value in every row: each finding names at most 20 other cells', () => {
  test('CS-Z3.1 WB-5.3: `Kolejność losowania` = 1 in every row → each row blocked, its message lists 20 cells and `… (+N)`', () => {
    const w = wykonaj('kwalifikuj', wszedzieTo('Kolejność losowania', { t: 'n', v: 1 }), K);
    expect(w.status).toBe('zablokowane');
    const powt = w.uwagi.filter((u) => u.regula === 'CS-Z3.1' && u.komunikat.startsWith('Numer 1 powtarza się'));
    expect(powt.length).toBeGreaterThan(N / 2);
    for (const u of powt) {
      expect(u.komunikat).toMatch(/^Numer 1 powtarza się \((Q\d+, ){20}… \(\+\d+\)\)\./);
      expect(u.komunikat.length).toBeLessThan(400);
    }
  });

  test('CS-Z3.1: in baskets (P4) one number in every row → per basket the same bounded list', () => {
    const z = wszedzieTo('Kolejność losowania', { t: 'n', v: 1 });
    const p = z.arkusze.find((s) => s.nazwa === 'Parametry')!;
    p.wiersze.find((r) => tekstKomorki(r?.[0]) === 'Losowanie ręczne')![1] = { t: 's', v: 'w koszykach' };
    const w = wykonaj('kwalifikuj', z, K);
    const powt = w.uwagi.filter((u) => u.komunikat.startsWith('Numer 1 powtarza się w koszyku'));
    expect(powt.length).toBeGreaterThan(N / 2);
    for (const u of powt) expect(u.komunikat).toMatch(/ \((Q\d+, ){20}… \(\+\d+\)\)\.$/);
  });

  test('CS-10.4: one REGON in every row → each row blocked, naming at most 20 other cells and `… (+N)`', () => {
    const w = wykonaj('kwalifikuj', wszedzieTo('REGON szkoły', { t: 's', v: '142059820' }), K);
    expect(w.status).toBe('zablokowane');
    const powt = w.uwagi.filter((u) => u.regula === 'CS-10.4' && u.komunikat.includes('więcej niż raz'));
    expect(powt.length).toBeGreaterThan(N / 2);
    for (const u of powt) {
      expect(u.komunikat).toMatch(/\(także (F\d+, ){19}F\d+, … \(\+\d+\)\)\.$/);
      expect(u.komunikat).not.toContain(`${u.komorka},`);
    }
  });
});
