/** The core's one money formatter and its one parser (issue 7, item 5; WB-4.1 money strings). */
import fc from 'fast-check';
import { kwotaEn, kwotaJson, kwotaPl, kwotaTekst, kwotaZTekstu } from '../../src/core/kwota';

const NBSP = '\u00a0';

describe('kwota: formatter', () => {
  test('WB-4.1: JSON form — two decimals and a dot, a sign for negatives', () => {
    expect(kwotaJson(9_000_000)).toBe('90000.00');
    expect(kwotaJson(5)).toBe('0.05');
    expect(kwotaJson(-125_050)).toBe('-1250.50');
    expect(kwotaJson(0)).toBe('0.00');
    expect(kwotaJson(7_020_000_000n)).toBe('70200000.00');
  });

  test('Polish display: no-break spaces between thousands and before zł; without zł; plain spaces', () => {
    expect(kwotaPl(9_000_000)).toBe(`90${NBSP}000,00${NBSP}zł`);
    expect(kwotaPl(9_000_000, false)).toBe(`90${NBSP}000,00`);
    expect(kwotaPl(8_745_632, true, ' ')).toBe('87 456,32 zł');
    expect(kwotaPl(-100_000_001)).toBe(`-1${NBSP}000${NBSP}000,01${NBSP}zł`);
    expect(kwotaPl(99)).toBe(`0,99${NBSP}zł`);
  });

  test('English display and the language switch', () => {
    expect(kwotaEn(9_000_000)).toBe('90,000.00 PLN');
    expect(kwotaEn(-123_456_789)).toBe('-1,234,567.89 PLN');
    expect(kwotaTekst(9_000_000, 'en')).toBe('90,000.00 PLN');
    expect(kwotaTekst(9_000_000, 'pl')).toBe(kwotaPl(9_000_000));
  });

  test('bigint sums beyond 2^53 are exact', () => {
    const g = 2n ** 60n + 7n;
    expect(kwotaJson(g)).toBe('11529215046068469.83');
    expect(kwotaEn(g)).toBe('11,529,215,046,068,469.83 PLN');
    expect(kwotaPl(-g, false)).toBe(`-11${NBSP}529${NBSP}215${NBSP}046${NBSP}068${NBSP}469,83`);
  });

  test('a number that is not a safe integer is refused', () => {
    expect(() => kwotaJson(0.5)).toThrow();
    expect(() => kwotaPl(2 ** 53)).toThrow();
  });
});

describe('kwota: parser', () => {
  test('reads each written form back', () => {
    expect(kwotaZTekstu('5764000.00')).toBe(576_400_000);
    expect(kwotaZTekstu('-1250.5')).toBe(-125_050);
    expect(kwotaZTekstu('12')).toBe(1200);
    expect(kwotaZTekstu(`90${NBSP}000,00${NBSP}zł`)).toBe(9_000_000);
    expect(kwotaZTekstu('87 456,32 zł')).toBe(8_745_632);
    expect(kwotaZTekstu('90\u202f000,5')).toBe(9_000_050);
    expect(kwotaZTekstu('90,000.00 PLN')).toBe(9_000_000);
    expect(kwotaZTekstu('-0.00')).toBe(0);
  });

  test('refuses what no form writes: three decimals, mixed marks, bad grouping, exponents, too large', () => {
    for (const t of [
      '1,500',
      '1.234,56',
      '90.000,00',
      '1 23,00',
      '1,234.56 zł',
      '1e3',
      '',
      '-',
      '12,345',
      '9007199254740992.00',
    ])
      expect(kwotaZTekstu(t)).toBeNull();
  });

  test('property: every grosz amount (negative, up to 10^15) formatted and parsed back is unchanged', () => {
    const kwota = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -(10 ** 15), max: 10 ** 15 }));
    fc.assert(
      fc.property(kwota, (g) => {
        for (const t of [kwotaJson(g), kwotaPl(g), kwotaPl(g, false), kwotaPl(g, true, ' '), kwotaEn(g)])
          expect(kwotaZTekstu(t)).toBe(g);
        expect(kwotaZTekstu(kwotaJson(BigInt(g)))).toBe(g);
      }),
      { numRuns: 2000 },
    );
  });
});
