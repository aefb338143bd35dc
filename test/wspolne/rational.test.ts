/** The core's one exact-rational module (issue 7, item 5): what the three merged modules did, unchanged. */
import fc from 'fast-check';
import {
  ceilDivBig,
  floorDivBig,
  ilorazTekst,
  largestRemainder,
  nwd,
  procentJson,
  procentKomorki,
  procentTekst,
  roundHalfUpBig,
  ulamek,
} from '../../src/core/rational';

describe('rational', () => {
  test('floor, ceil and round half up agree with exact arithmetic on negatives too', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        (a, b) => {
          const f = floorDivBig(a, b);
          expect(f * b <= a && a < (f + 1n) * b).toBe(true);
          expect(ceilDivBig(a, b)).toBe(-floorDivBig(-a, b));
          const r = roundHalfUpBig(a, b);
          expect(2n * (a - r * b) >= -b && 2n * (a - r * b) < b).toBe(true);
        },
      ),
    );
  });

  test('nwd: greatest common divisor, ≥ 0', () => {
    expect(nwd(12n, -18n)).toBe(6n);
    expect(nwd(0n, 0n)).toBe(0n);
    expect(nwd(7n, 0n)).toBe(7n);
  });

  test('CS-9.1c largest remainder: the parts sum to the total; ties by the given order', () => {
    expect(largestRemainder(10n, [1n, 1n, 1n])).toEqual([4n, 3n, 3n]);
    expect(largestRemainder(10n, [1n, 1n, 1n], (i, j) => j - i)).toEqual([3n, 3n, 4n]);
  });

  test('WB-4.1 udzial and the 0.00% cell: 4 decimals of a percent, rounded half up', () => {
    expect(procentJson(ulamek(7n, 50n), 4)).toBe('14.0000');
    expect(procentJson(ulamek(1n, 3n), 4)).toBe('33.3333');
    expect(procentJson(ulamek(2n, 3n))).toBe('66.67');
    expect(procentKomorki(ulamek(2n, 3n), 4)).toBe(0.666667);
    expect(procentKomorki(ulamek(2n, 3n))).toBe(0.6667);
    expect(procentTekst(ulamek(2n, 3n))).toBe('66,67 %');
  });

  test('CS-9.1b q_v shown truncated with … when the expansion goes on', () => {
    expect(ilorazTekst(ulamek(10n, 3n), ',', 4)).toBe('3,3333…');
    expect(ilorazTekst(ulamek(5n, 4n), '.', 4)).toBe('1.2500');
  });
});
