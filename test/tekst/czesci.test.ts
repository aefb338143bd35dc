import fc from 'fast-check';
import { TekstWCzesciach } from '../../src/core/tekst/czesci';

describe('WB-3.1 a long text written straight into parts (TekstWCzesciach)', () => {
  test('any pieces and part size: the parts join to the text, none longer than the size, none empty', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 25 }),
        (kawalki, rozmiar) => {
          const t = new TekstWCzesciach(rozmiar);
          for (const k of kawalki) t.dopisz(k);
          const czesci = t.czesci();
          const tekst = kawalki.join('');
          expect(czesci.join('')).toBe(tekst);
          for (const c of czesci) expect(c.length).toBeLessThanOrEqual(rozmiar);
          // one empty part only for an empty text (a stored value always has at least one cell)
          expect(czesci.filter((c) => c === '')).toHaveLength(tekst === '' ? 1 : 0);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('parts are cut between pieces while the pieces fit: a part is never split for nothing', () => {
    const t = new TekstWCzesciach(10);
    for (const k of ['abcd', 'efgh', 'ijkl', 'mnopqrstuvwxy']) t.dopisz(k);
    expect(t.czesci()).toEqual(['abcdefgh', 'ijkl', 'mnopqrstuv', 'wxy']);
  });

  test('a part size below one is refused', () => {
    expect(() => new TekstWCzesciach(0)).toThrow(RangeError);
  });
});
