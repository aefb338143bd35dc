import { createHash } from 'crypto';
import fc from 'fast-check';
import { kluczLosowania, kolejnoscLosowania, kwalifikuj, sha256Utf8 } from '../../src/core/kwalifikacja';
import { uporzadkuj } from '../../src/core/tablice/uporzadkuj';
import { sha256ZPrefiksem } from '../../src/core/kwalifikacja/sha256';
import { parametry, wnioskiS2, ZIARNO_S2 } from './pomoc';

describe('CS-Z3.1 draw order', () => {
  test('CS-Z3.1 key = lowercase hex SHA-256(UTF-8(seed | REGON))', () => {
    const k = kluczLosowania('ziarno ąę', '140000023');
    expect(k).toBe(createHash('sha256').update('ziarno ąę|140000023', 'utf8').digest('hex'));
    expect(kluczLosowania(ZIARNO_S2, '140000023').slice(0, 16)).toBe('28aebc258416d3ed');
  });

  test('CS-Z3.1 order by key ascending, positions 1…n, independent of input order', () => {
    const w = wnioskiS2(false);
    const a = kolejnoscLosowania(w, ZIARNO_S2, false);
    expect(a.map((x) => x.pozycja)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (let i = 1; i < a.length; i++) expect(a[i - 1].klucz! < a[i].klucz!).toBe(true);
    const b = kolejnoscLosowania([...w].reverse(), ZIARNO_S2, false);
    expect(b.map((x) => x.wniosek.regon)).toEqual(a.map((x) => x.wniosek.regon));
  });

  test('CS-Z3.1 manual order: the given positions, no keys; the seed is then unused', () => {
    const w = wnioskiS2(true);
    const a = kolejnoscLosowania(w, 'jakieś ziarno', true);
    expect(a.map((x) => [x.pozycja, x.wniosek.regon.slice(-3), x.klucz])).toEqual([
      [1, '023', null],
      [2, '046', null],
      [3, '017', null],
      [4, '069', null],
      [5, '030', null],
      [6, '075', null],
      [7, '052', null],
      [8, '081', null],
    ]);
    const z = kwalifikuj(w, parametry({ ziarno: 'jakieś ziarno' }));
    const bez = kwalifikuj(w, parametry());
    expect(z).toEqual(bez);
  });

  test('CS-Z3.1 a missing seed or manual position is a caller error', () => {
    expect(() => kolejnoscLosowania(wnioskiS2(false), null, false)).toThrow('CS-Z3.1');
    expect(() => kolejnoscLosowania(wnioskiS2(false), null, true)).toThrow('CS-Z3.1');
  });
});

describe('CS-Z3.1 fast ordering helpers', () => {
  test('CS-Z3.1 packed numeric sort with ties equals a plain comparator sort', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.string({ maxLength: 3 }))), (xs) => {
        const pierwsze = Float64Array.from(xs, ([p]) => p * 858993459); // spread over [0, 2^32)
        const dalej = (i: number, j: number) => (xs[i][1] < xs[j][1] ? -1 : xs[i][1] > xs[j][1] ? 1 : i - j);
        const oczekiwane = [...xs.keys()].sort((i, j) => pierwsze[i] - pierwsze[j] || dalej(i, j));
        expect(uporzadkuj(pierwsze, dalej)).toEqual(oczekiwane);
      }),
      { numRuns: 300 },
    );
  });

  test('CS-Z3.1 batch keys with a shared prefix equal single keys (digits and any text)', () => {
    const teksty = ['140000023', '', '12345678901234', 'ąę x', '😀'];
    const { hex, p0 } = sha256ZPrefiksem('ziarno ż|', teksty);
    teksty.forEach((t, i) => {
      expect(hex[i]).toBe(sha256Utf8(`ziarno ż|${t}`));
      expect(p0[i]).toBe(parseInt(hex[i].slice(0, 8), 16));
    });
  });
});
