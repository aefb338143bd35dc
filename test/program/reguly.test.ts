import {
  dolnaGranicaWkladu,
  kwotaDoKwalifikacji,
  limitWsparcia,
  minimalnyWklad,
  wielkoscSzkoly,
  wkladWystarczy,
} from '../../src/core/program/reguly';
import { CYFROWA_SZKOLA_2012 } from '../../src/core/program/definicja';
import { arkuszRegul } from '../../src/core/program/arkuszRegul';
import { ETYKIETA_REKONSTRUKCJI_A2 } from '../../src/core/program/katalogi';
import { WARIANT, WARIANT_ZASTEPCZY } from '../../src/core/wnioski/slowniki';

describe('programme definition as data (rules as data)', () => {
  test('CS-5 sizes and caps from the programme: boundaries 1/100/101/300/301 and r = min(requested, cap)', () => {
    expect([1, 100, 101, 300, 301, 5000].map((n) => wielkoscSzkoly(n))).toEqual([
      'mała',
      'mała',
      'średnia',
      'średnia',
      'duża',
      'duża',
    ]);
    expect([0, -5, 12.5].map((n) => wielkoscSzkoly(n))).toEqual([null, null, null]);
    expect(['mała', 'średnia', 'duża'].map((s) => limitWsparcia(s as 'mała'))).toEqual([
      9_000_000, 14_000_000, 20_000_000,
    ]);
    expect(kwotaDoKwalifikacji(21_500_000, 'duża')).toBe(20_000_000);
    expect(kwotaDoKwalifikacji(8_500_000, 'mała')).toBe(8_500_000);
  });

  test('CS-4 CS-4.1 support requires an own contribution: minimum ceil(G/4), none for none', () => {
    expect(minimalnyWklad(9_000_000)).toBe(2_250_000);
    expect(minimalnyWklad(10_000_001)).toBe(2_500_001);
    expect(minimalnyWklad(1)).toBe(1);
    expect(wkladWystarczy(9_000_000, 0)).toBe(false);
    expect(wkladWystarczy(0, 0)).toBe(true);
    expect(dolnaGranicaWkladu(8_600_000, [600_000])).toBe(2_150_000);
    expect(dolnaGranicaWkladu(1_000_000, [500_001])).toBe(500_001);
  });

  test('CS-6 obligations: the Annex 2 functionalities are data, labelled as a reconstruction', () => {
    expect(CYFROWA_SZKOLA_2012.funkcjonalnosci.map((f) => f.spelnianaPrzez)).toEqual([
      '2 + 7|8',
      '1×N',
      '1',
      '4',
      '12|14',
      '13|14',
    ]);
    expect(CYFROWA_SZKOLA_2012.katalogPomocy.filter((p) => p.wymagaSzkolenia).map((p) => p.pkt)).toEqual([
      1, 2, 7, 8, 9, 10, 15, 17,
    ]);
    const r = arkuszRegul(CYFROWA_SZKOLA_2012).wiersze.map((w) => w.map((c) => c?.v));
    expect(r.some((w) => w[0] === 'CS-A2' && w[2] === ETYKIETA_REKONSTRUKCJI_A2)).toBe(true);
  });

  test('CS-8 variants: I or II, fallback I, II or odstąpienie (WB-1.3 matching)', () => {
    expect(WARIANT.wartosci).toEqual(['I', 'II']);
    expect(WARIANT_ZASTEPCZY.dopasuj(' Odstąpienie ')).toBe('odstąpienie');
    expect(WARIANT.dopasuj('III')).toBeUndefined();
  });

  test('CS-10 procedure deadlines are data (inclusive) and shown on the `Reguły` sheet', () => {
    const t = CYFROWA_SZKOLA_2012.terminy;
    expect([t.wniosekDyrektora, t.wniosekOrganu, t.informacjaDlaMinistra]).toEqual([
      { y: 2012, m: 4, d: 18 },
      { y: 2012, m: 4, d: 30 },
      { y: 2012, m: 5, d: 14 },
    ]);
    const r = arkuszRegul(CYFROWA_SZKOLA_2012).wiersze.map((w) => w.map((c) => c?.v));
    expect(r).toContainEqual(['CS-11.1', 'Termin: Wniosek organu prowadzącego do wojewody (włącznie)', '2012-04-30']);
    // a trainer's copy with other dates is another definition, not new code
    const kopia = { ...CYFROWA_SZKOLA_2012, terminy: { ...t, wniosekOrganu: { y: 2013, m: 1, d: 31 } } };
    expect(arkuszRegul(kopia).wiersze.map((w) => w.map((c) => c?.v))).toContainEqual([
      'CS-11.1',
      'Termin: Wniosek organu prowadzącego do wojewody (włącznie)',
      '2013-01-31',
    ]);
  });
});
