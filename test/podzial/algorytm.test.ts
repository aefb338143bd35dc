import fc from 'fast-check';
import { WOJEWODZTWA } from '../../src/core/program/definicja';
import {
  KWOTA_S3,
  LICZBY_S3,
  podzielKwoteKrajowa,
  wagaWojewodztwa,
  type WierszPodzialu,
  type WynikPodzialu,
} from '../../src/core/podzial';

const wierszeS3 = (): WierszPodzialu[] =>
  WOJEWODZTWA.map((w, i) => ({ ...w, nS: LICZBY_S3[i][0], nM: LICZBY_S3[i][1], nL: LICZBY_S3[i][2] }));
const puste = (): WierszPodzialu[] => WOJEWODZTWA.map((w) => ({ ...w, nS: 0, nM: 0, nL: 0 }));
function ustaw(wiersze: WierszPodzialu[], teryt: string, nS: number, nM = 0, nL = 0): WierszPodzialu[] {
  return wiersze.map((w) => (w.teryt === teryt ? { ...w, nS, nM, nL } : w));
}
function ok(w: WynikPodzialu): Extract<WynikPodzialu, { ok: true }> {
  if (!w.ok) throw new Error(`not ok: ${JSON.stringify(w.bledy)}`);
  return w;
}
const kwoty = (w: Extract<WynikPodzialu, { ok: true }>) =>
  Object.fromEntries(w.wojewodztwa.map((v) => [v.teryt, v.kwota]));

describe('CS-9.1 Part A algorithm', () => {
  test('CS-9.1a weights W_v come from the programme caps (90 000 / 140 000 / 200 000 zł)', () => {
    expect(wagaWojewodztwa({ nS: 310, nM: 420, nL: 210 })).toBe(
      (310n * 90_000n + 420n * 140_000n + 210n * 200_000n) * 100n,
    );
  });

  test('S3 CS-9.1c unit 1 gr: 02 → 2 903 851,08; 14 → 6 186 759,65; 16 → 1 085 277,68; Σ = 44 000 000,00', () => {
    const w = ok(podzielKwoteKrajowa({ kwota: KWOTA_S3, jednostka: 1, wiersze: wierszeS3() }));
    const k = kwoty(w);
    expect(k['02']).toBe(290_385_108);
    expect(k['14']).toBe(618_675_965);
    expect(k['16']).toBe(108_527_768);
    expect(w.wojewodztwa.reduce((s, v) => s + v.kwota, 0)).toBe(KWOTA_S3);
    expect(w.ostrzezenia).toEqual([]);
  });

  test('S3 CS-9.1c unit 1 000 zł: 02 → 2 904 000; 06 → 2 892 000; 14 → 6 187 000; 16 → 1 085 000; Σ = 44 000 000', () => {
    const w = ok(podzielKwoteKrajowa({ kwota: KWOTA_S3, jednostka: 100_000, wiersze: wierszeS3() }));
    const k = kwoty(w);
    expect(k['02']).toBe(290_400_000);
    expect(k['06']).toBe(289_200_000);
    expect(k['14']).toBe(618_700_000);
    expect(k['16']).toBe(108_500_000);
    expect(w.wojewodztwa.reduce((s, v) => s + v.kwota, 0)).toBe(KWOTA_S3);
    for (const v of w.wojewodztwa) expect(v.kwota % 100_000).toBe(0);
  });

  test('CS-9.1b/c S3 intermediate values: floors + extra units = B/u, q_v exact', () => {
    const w = ok(podzielKwoteKrajowa({ kwota: KWOTA_S3, jednostka: 100_000, wiersze: wierszeS3() }));
    expect(w.jednostekRazem).toBe(44_000n);
    expect(w.wojewodztwa.reduce((s, v) => s + v.czescCalkowita + (v.plusJeden ? 1n : 0n), 0n)).toBe(44_000n);
    for (const v of w.wojewodztwa) {
      expect(v.q.mianownik).toBe(w.sumaWag);
      expect(v.q.licznik).toBe(44_000n * v.waga);
      expect(v.jednostki).toBe(v.czescCalkowita + (v.plusJeden ? 1n : 0n));
    }
    expect(w.wojewodztwa.map((v) => v.teryt)).toEqual(WOJEWODZTWA.map((x) => x.teryt));
  });

  test('CS-9.1c tie: equal fractional parts → the larger W_v first (even with a higher TERYT)', () => {
    // W(02) = 1·90 000, W(04) = 3·90 000; 2 units: q = 0,5 and 1,5 — equal fractions
    const w = ok(podzielKwoteKrajowa({ kwota: 2, jednostka: 1, wiersze: ustaw(ustaw(puste(), '02', 1), '04', 3) }));
    const k = kwoty(w);
    expect(k['02']).toBe(0);
    expect(k['04']).toBe(2);
    expect(w.wojewodztwa.find((v) => v.teryt === '04')!.plusJeden).toBe(true);
  });

  test('CS-9.1c tie: equal fractional parts and equal W_v → the lower TERYT first (input order irrelevant)', () => {
    const rows = ustaw(ustaw(puste(), '06', 1), '04', 0, 0, 0);
    const wiersze = ustaw(rows, '30', 1).reverse();
    const w = ok(podzielKwoteKrajowa({ kwota: 1, jednostka: 1, wiersze }));
    expect(kwoty(w)['06']).toBe(1);
    expect(kwoty(w)['30']).toBe(0);
  });

  test('CS-9.1c tie: three equal fractions, two units — larger W first, then lower TERYT', () => {
    // W = 1, 1, 4 (×90 000), ΣW = 6; 4 units of 1 zł → q = 2/3, 2/3, 8/3; floors 0, 0, 2; 2 units missing
    const wiersze = ustaw(ustaw(ustaw(puste(), '12', 1), '08', 1), '20', 4);
    const w = ok(podzielKwoteKrajowa({ kwota: 400, jednostka: 100, wiersze }));
    expect(kwoty(w)).toMatchObject({ '08': 100, '12': 0, '20': 300 });
    const w2 = ok(podzielKwoteKrajowa({ kwota: 200, jednostka: 100, wiersze: ustaw(wiersze, '20', 1) }));
    // W = 1, 1, 1: q = 2/3 each; two units → 08 and 12 (lower TERYT), 20 nothing
    expect(kwoty(w2)).toMatchObject({ '08': 100, '12': 100, '20': 0 });
  });

  test('CS-9.1a ΣW = 0 → error', () => {
    const w = podzielKwoteKrajowa({ kwota: 100, jednostka: 1, wiersze: puste() });
    expect(w.ok).toBe(false);
    if (!w.ok) expect(w.bledy).toEqual([{ kod: 'sumaWagZero' }]);
  });

  test('CS-9.1 B not a whole multiple of u → error', () => {
    const w = podzielKwoteKrajowa({ kwota: KWOTA_S3 + 50, jednostka: 100, wiersze: wierszeS3() });
    expect(w.ok).toBe(false);
    if (!w.ok) expect(w.bledy).toEqual([{ kod: 'niewielokrotnosc' }]);
  });

  test('CS-9.1 B ≤ 0 → error', () => {
    const w = podzielKwoteKrajowa({ kwota: 0, jednostka: 1, wiersze: wierszeS3() });
    expect(w.ok).toBe(false);
  });

  test('CS-9.1 a voivodeship with zero schools → warning, A_v = 0', () => {
    const w = ok(podzielKwoteKrajowa({ kwota: KWOTA_S3, jednostka: 1, wiersze: ustaw(wierszeS3(), '08', 0) }));
    expect(w.ostrzezenia).toEqual([{ kod: 'brakSzkol', teryt: '08' }]);
    expect(kwoty(w)['08']).toBe(0);
    expect(w.wojewodztwa.reduce((s, v) => s + v.kwota, 0)).toBe(KWOTA_S3);
  });

  test('CS-9.1c property: ΣA_v = B and |A_v − q_v·u| < u (200 runs)', () => {
    const licznosc = fc.integer({ min: 0, max: 3000 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(licznosc, licznosc, licznosc), { minLength: 16, maxLength: 16 }),
        fc.constantFrom(1, 100, 10_000, 100_000),
        fc.integer({ min: 1, max: 1_000_000_000 }),
        (liczby, u, jednostek) => {
          fc.pre(liczby.some(([a, b, c]) => a + b + c > 0));
          const wiersze = WOJEWODZTWA.map((w, i) => ({ ...w, nS: liczby[i][0], nM: liczby[i][1], nL: liczby[i][2] }));
          const B = jednostek * u;
          const w = ok(podzielKwoteKrajowa({ kwota: B, jednostka: u, wiersze }));
          expect(w.wojewodztwa.reduce((s, v) => s + v.kwota, 0)).toBe(B);
          for (const v of w.wojewodztwa) {
            // |A_v − q_v·u| < u  ⇔  |units_v·ΣW − T·W_v| < ΣW
            const d = v.jednostki * w.sumaWag - w.jednostekRazem * v.waga;
            expect(d < 0n ? -d : d).toBeLessThan(w.sumaWag);
            expect(v.kwota % u).toBe(0);
            if (v.waga === 0n) expect(v.kwota).toBe(0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
