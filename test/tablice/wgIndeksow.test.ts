import fc from 'fast-check';
import { wgIndeksow } from '../../src/core/tablice/wgIndeksow';

/** the plain sort it replaces: positions by row index, ties by position */
const naiwnie = (xs: readonly number[]) => [...xs.keys()].sort((i, j) => xs[i] - xs[j] || i - j);

describe('decisions back to row order (CS-Z3.8)', () => {
  test('CS-Z3.8 positions by distinct row indices, with gaps, equal the sort', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 400 }), { maxLength: 120 }), (xs) => {
        expect(wgIndeksow(xs)).toEqual(naiwnie(xs));
      }),
      { numRuns: 500 },
    );
  });

  test('CS-Z3.8 repeated, negative, fractional or very large indices fall back to the sort', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.nat({ max: 30 }), fc.integer({ min: -5, max: -1 }), fc.constant(2.5), fc.constant(1e9))),
        (xs) => {
          expect(wgIndeksow(xs)).toEqual(naiwnie(xs));
        },
      ),
      { numRuns: 500 },
    );
    expect(wgIndeksow([3, 1, 3])).toEqual([1, 0, 2]);
    expect(wgIndeksow([])).toEqual([]);
  });
});
