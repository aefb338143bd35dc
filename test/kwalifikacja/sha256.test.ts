import { createHash } from 'crypto';
import fc from 'fast-check';
import { sha256Hex, sha256Utf8, sha256ZPrefiksem, utf8 } from '../../src/core/kwalifikacja/sha256';
import { kluczLosowania } from '../../src/core/kwalifikacja/losowanie';

const node = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('CS-Z3.1 / CS-Z3.F pure SHA-256 against the NIST vectors and Node crypto', () => {
  test('CS-Z3.1 SHA-256 NIST FIPS 180-4 vectors (empty, abc, 448-bit, one million a)', () => {
    expect(sha256Utf8('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Utf8('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Utf8('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  test('CS-Z3.1 SHA-256 equals Node crypto at every padding boundary (0…300 bytes)', () => {
    for (let n = 0; n <= 300; n++) {
      const s = 'x'.repeat(n);
      expect(sha256Utf8(s)).toBe(node(s));
    }
  });

  test('CS-Z3.1 UTF-8 encoder equals Node for any string (incl. Polish letters, astral, lone surrogates)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        expect(Buffer.from(utf8(s)).equals(Buffer.from(s, 'utf8'))).toBe(true);
        expect(sha256Utf8(s)).toBe(node(s));
      }),
      { numRuns: 1000 },
    );
    expect(sha256Utf8('zażółć gęślą jaźń 😀')).toBe(node('zażółć gęślą jaźń 😀'));
  });

  test('CS-Z3.1 SHA-256 of raw bytes equals Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => {
        expect(sha256Hex(b)).toBe(createHash('sha256').update(b).digest('hex'));
      }),
      { numRuns: 300 },
    );
  });

  test('CS-Z3.1 batch keys (prefix hashed once, state reused) equal Node crypto, with their first 32 bits', () => {
    const teksty = [
      ...Array.from({ length: 3000 }, (_, i) => String(140000000 + 7 * i)),
      '',
      'ż',
      'x'.repeat(70),
      '0'.repeat(64),
      '1'.repeat(65),
    ];
    for (const prefiks of ['2012-05-10 losowanie 7-13-22|', 'ziarno żółć 😀|', 'x'.repeat(63) + '|']) {
      const { hex, p0 } = sha256ZPrefiksem(prefiks, teksty);
      teksty.forEach((t, i) => {
        expect(hex[i]).toBe(node(prefiks + t));
        expect(p0[i]).toBe(parseInt(hex[i].slice(0, 8), 16));
      });
    }
    expect(kluczLosowania('2012-05-10 losowanie 7-13-22', '140099999')).toBe(
      node('2012-05-10 losowanie 7-13-22|140099999'),
    );
  });
});
