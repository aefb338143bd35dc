import fc from 'fast-check';
import { wgKlucza } from '../../src/core/tablice/wgKlucza';

interface E {
  klucz: number;
  indeks: number;
}
/** the definition: by key, equal keys by index */
const naiwnie = (es: readonly E[]) => [...es].sort((a, b) => a.klucz - b.klucz || a.indeks - b.indeks);
const wg = (es: readonly E[]) =>
  wgKlucza(
    es,
    (e) => e.klucz,
    (e) => e.indeks,
  );

/** distinct indices with keys from `klucz`, in the order `porzadek` gives */
const elementy = (klucz: fc.Arbitrary<number>) =>
  fc
    .uniqueArray(fc.nat({ max: 5000 }), { maxLength: 150 })
    .chain((ix) => fc.tuple(fc.constant(ix), fc.array(klucz, { minLength: ix.length, maxLength: ix.length })))
    .map(([ix, ks]) => ix.map((indeks, i) => ({ indeks, klucz: ks[i] })));

describe('order by a whole-number key, then by index (the draw order of lists, agreements and the frozen state)', () => {
  test('CS-Z3.1 elements by index with small keys (draw positions, many ties) — the counting pass — equal the sort', () => {
    fc.assert(
      fc.property(elementy(fc.nat({ max: 40 })), (es) => {
        const poIndeksie = [...es].sort((a, b) => a.indeks - b.indeks);
        expect(wg(poIndeksie)).toEqual(naiwnie(es));
      }),
      { numRuns: 500 },
    );
  });

  test('CS-Z3.8 decisions back to row order: positions keyed by their distinct row indices (with gaps) equal the sort', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 400 }), { maxLength: 120 }), (wiersze) => {
        const pozycje = wiersze.map((_, i) => i);
        const wg = wgKlucza(
          pozycje,
          (i) => wiersze[i],
          (i) => i,
        );
        expect(wg).toEqual([...pozycje].sort((i, j) => wiersze[i] - wiersze[j]));
      }),
      { numRuns: 500 },
    );
  });

  test('CS-Z3.1 any input order and keys up to 9·10^9 equal the sort', () => {
    fc.assert(
      fc.property(elementy(fc.oneof(fc.nat({ max: 40 }), fc.nat({ max: 8_999_999_999 }))), (es) => {
        expect(wg(es)).toEqual(naiwnie(es));
      }),
      { numRuns: 500 },
    );
  });
});
