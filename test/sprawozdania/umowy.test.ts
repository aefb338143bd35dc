import { kwalifikujWojewodztwo } from '../../src/core/wojewodztwo/operacja';
import { arkuszUmow, umowyDotacji } from '../../src/core/sprawozdania/umowy';
import { CYFROWA_SZKOLA_2012 } from '../../src/core/program/definicja';
import { sprawdzPlan } from '../../src/core/zeszyt/sprawdzPlan';
import type { WierszWniosku } from '../../src/core/wojewodztwo/wiersze';
import type { DecyzjaWniosku } from '../../src/core/kwalifikacja';
import { zeszytS2 } from '../pomoc/s2';
import { zZapisu } from '../wnioski/pomoc';
import { wykonaj } from '../../src/core/operacje';
import { generujWojewodztwo } from '../../src/przyklady/wojewodztwo';
import { doSnapshotu } from '../../src/przyklady/snapshot';

const K = { dzis: { y: 2012, m: 5, d: 20 }, jezyk: 'pl' as const };

describe('CS-U grant agreements (CS-U.1) and the voivodeship Terminy (CS-R.4, CS-11.1, CS-15.1)', () => {
  const w = kwalifikujWojewodztwo(zeszytS2(), K);
  const arkusz = (n: string) => zZapisu(w.plan!.arkusze.find((a) => a.nazwa === n)!);
  const v = (k: unknown) => (k && typeof k === 'object' && 'v' in k ? (k as { v: unknown }).v : null);

  test('CS-U.1 S2: one body, its five qualified schools in draw order, Σ support per variant, own contribution, CS-16.1 date', () => {
    const a = arkusz('Umowy dotacji');
    expect(a.wiersze[0].map(v)).toEqual([
      'Lp.',
      'Organ prowadzący',
      'TERYT organu',
      'Liczba szkół',
      'Szkoły (REGON)',
      'Kwota dotacji (zł)',
      'W tym wariant I (zł)',
      'W tym wariant II (zł)',
      'Wkład własny (zł)',
      'Termin wykorzystania dotacji',
    ]);
    expect(a.wiersze[1].map(v)).toEqual([
      1,
      'Gmina Testowa',
      '',
      5,
      '140000046, 140000017, 140000069, 140000030, 140000052',
      575000,
      375000,
      200000,
      143750,
      41274, // 2012-12-31 as a date serial
    ]);
    expect(a.wiersze[2].map(v).slice(1, 9)).toEqual(['Razem', null, 5, null, 575000, 375000, 200000, 143750]);
  });

  test('CS-U.1: a body key is its valid TERYT; rows of the same name without TERYT join it; bodies in first-row order; no qualified school → no row', () => {
    const wiersz = (indeks: number, organ: string, regon: string, wklad: number, teryt: string | null = null) =>
      ({ indeks, organ, regon, wklad, teryt }) as unknown as WierszWniosku;
    const wiersze = [
      wiersz(0, 'Gmina Bez Szkół', '140000017', 100),
      wiersz(1, 'Gmina A', '140000023', 1000),
      wiersz(2, 'gmina  a', '140000030', 2000, '1465011'),
      wiersz(3, 'Gmina B', '140000046', 3000),
    ];
    const d = (indeks: number, regon: string, wariant: 'I' | 'II', wsparcie: number, pozycja: number | null) =>
      ({ indeks, regon, decyzja: 'zakwalifikowana', wariant, wsparcie, pozycja }) as DecyzjaWniosku;
    const decyzje = [
      { indeks: 0, regon: '140000017', decyzja: 'niezakwalifikowana' } as DecyzjaWniosku,
      d(1, '140000023', 'I', 9_000_000, 2),
      d(2, '140000030', 'II', 14_000_000, 1),
      d(3, '140000046', 'I', 9_000_000, null),
    ];
    const u = umowyDotacji(wiersze, decyzje);
    expect(u.map((x) => [x.organ, x.teryt, x.regony, x.kwota, x.wariantI, x.wariantII, x.wklad])).toEqual([
      ['Gmina A', '1465011', ['140000030', '140000023'], 23_000_000, 9_000_000, 14_000_000, 3000],
      ['Gmina B', null, ['140000046'], 9_000_000, 9_000_000, 0, 3000],
    ]);
  });

  test('CS-U.1 WB-1.9: a body with 5 000 schools keeps its REGON cell within Excel’s 32 767 characters (… (+N))', () => {
    const regony = Array.from({ length: 5000 }, (_, i) => String(140_000_000 + i));
    const umowa = { organ: 'Gmina Duża', teryt: null, regony, kwota: 0, wariantI: 0, wariantII: 0, wklad: 0 };
    const a = arkuszUmow([umowa], CYFROWA_SZKOLA_2012);
    expect(sprawdzPlan({ arkusze: [a] })).toEqual([]);
    const komorka = zZapisu(a).wiersze.find((r) => r?.[1] && v(r[1]) === 'Gmina Duża')![4];
    const t = String(v(komorka));
    expect(t.length).toBeLessThanOrEqual(32_767);
    expect(t.startsWith('140000000, 140000001')).toBe(true);
    expect(t).toMatch(/… \(\+\d+\)$/);
  });

  test('CS-R.4 CS-11.1 CS-15.1: `Terminy` of the voivodeship workbook as of the reference date', () => {
    const a = arkusz('Terminy');
    expect(v(a.wiersze[0][0])).toBe('Stan na dzień: 2012-05-20 (CS-R.4)');
    const wiersze = a.wiersze.slice(2).map((r) => [v(r[1]), v(r[3])]);
    expect(wiersze[0][0]).toBe('CS-11.1');
    expect(wiersze[1]).toEqual(['CS-15.1', 'zrobione']); // meeting 2012-05-10 ≤ 2012-05-14
  });

  test('CS-R.4 CS-11.1 WB-1.9: 1 500 late applications keep `Po terminie — które` within Excel’s 32 767 characters (… (+N)) and the run writes', () => {
    const z = doSnapshotu(generujWojewodztwo({ teryt: '14', liczbaWnioskow: 3000, ziarno: 1, udzialKwoty: 0.5 }));
    const a = z.arkusze.find((s) => s.nazwa === 'Wnioski')!;
    const kol = (n: string) => a.wiersze[0].findIndex((k) => v(k) === n);
    const [data, ocena, uzasadnienie] = [kol('Data wniosku organu'), kol('Ocena formalna'), kol('Uzasadnienie oceny')];
    let pozne = 0;
    for (const w of a.wiersze.slice(1)) {
      if (pozne === 1500 || !w?.[data]) continue;
      w[data] = { t: 'd', y: 2012, m: 5, d: 9 }; // after CS-11.1's 30 April: proposed negative
      // a team's positive evaluation stands with its reason
      if (v(w[ocena]) === 'pozytywna') w[uzasadnienie] = { t: 's', v: 'Opóźnienie poczty' };
      pozne++;
    }
    expect(pozne).toBe(1500);
    const wynik = wykonaj('kwalifikuj', z, K);
    expect(wynik.status).toBe('ok');
    const t = zZapisu(wynik.plan!.arkusze.find((s) => s.nazwa === 'Terminy')!);
    const cs111 = t.wiersze.find((r) => v(r[1]) === 'CS-11.1')!;
    expect([v(cs111[3]), v(cs111[5])]).toEqual(['po terminie', 1500]);
    const ktore = String(v(cs111[10]));
    expect(ktore.length).toBeLessThanOrEqual(32_767);
    expect(ktore).toMatch(/^Wnioski!\d+ \(2012-05-09\), .* … \(\+\d+\)$/);
  });
});
