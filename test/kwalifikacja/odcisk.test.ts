import { createHash } from 'crypto';
import fc from 'fast-check';
import { odcisk, tekstOdcisku, type NaglowekOdcisku, type WierszOdcisku } from '../../src/core/kwalifikacja';

const naglowek: NaglowekOdcisku = {
  kwota: 60000000,
  udzialSetne: null,
  podzial: 'wg wnioskowanych kwot',
  sio: null,
  ziarno: null,
  reczna: true,
};
const wiersze: WierszOdcisku[] = [
  {
    regon: '140000023',
    wielkosc: 'średnia',
    v1: 'I',
    v2: 'odstąpienie',
    wnioskowana: 14000000,
    r: 14000000,
    ocena: 'P',
    kolejnosc: 1,
  },
  {
    regon: '140000017',
    wielkosc: 'mała',
    v1: 'I',
    v2: 'II',
    wnioskowana: 9000000,
    r: 9000000,
    ocena: 'P',
    kolejnosc: 3,
  },
  { regon: null, wielkosc: 'mała', v1: 'I', v2: 'II', wnioskowana: 100, r: 100, ocena: 'N', kolejnosc: null },
  {
    regon: '140000075',
    wielkosc: 'duża',
    v1: 'I',
    v2: 'odstąpienie',
    wnioskowana: 21500000,
    r: 20000000,
    ocena: 'P',
    kolejnosc: 6,
  },
  { regon: '140000018', wielkosc: '?', v1: '?', v2: 'II', wnioskowana: '?', r: '?', ocena: 'N', kolejnosc: '?' },
];

describe('CS-Z3.F input fingerprint', () => {
  test('CS-Z3.F text: header lines, rows with a readable REGON sorted by REGON, ? for unreadable, no trailing newline', () => {
    expect(tekstOdcisku(naglowek, wiersze)).toBe(
      [
        'CS-Z3/1',
        'A=60000000',
        'P1=domyślny',
        'P2=wg wnioskowanych kwot',
        'SIO=-',
        'ZIARNO=-',
        'RECZNA=TAK',
        '140000017|mała|I|II|9000000|9000000|P|3',
        '140000018|?|?|II|?|?|N|?',
        '140000023|średnia|I|odstąpienie|14000000|14000000|P|1',
        '140000075|duża|I|odstąpienie|21500000|20000000|P|6',
      ].join('\n'),
    );
  });

  test('CS-Z3.F header: P1 with 2 decimals, SIO counts, seed used or not, manual order flag', () => {
    const t = tekstOdcisku(
      {
        kwota: 100,
        udzialSetne: 2005,
        podzial: 'wg liczby szkół i limitów (§9)',
        sio: { mała: 3, średnia: '?', duża: 0 },
        ziarno: '2012-05-10 losowanie 7-13-22',
        reczna: false,
      },
      [{ regon: '1', wielkosc: 'mała', v1: 'I', v2: 'II', wnioskowana: 1, r: 1, ocena: 'P', kolejnosc: null }],
    );
    expect(t.split('\n')).toEqual([
      'CS-Z3/1',
      'A=100',
      'P1=20.05',
      'P2=wg liczby szkół i limitów (§9)',
      'SIO=3,?,0',
      'ZIARNO=2012-05-10 losowanie 7-13-22',
      'RECZNA=NIE',
      '1|mała|I|II|1|1|P|-',
    ]);
    expect(
      tekstOdcisku({ ...naglowek, udzialSetne: 8000, kwota: '?', podzial: '?' }, [])
        .split('\n')
        .slice(1, 4),
    ).toEqual(['A=?', 'P1=80.00', 'P2=?']);
    expect(tekstOdcisku({ ...naglowek, udzialSetne: '?' }, []).split('\n')[2]).toBe('P1=?');
  });

  test('CS-Z3.F fingerprint = lowercase hex SHA-256 of the UTF-8 text; row order does not matter', () => {
    const t = tekstOdcisku(naglowek, wiersze);
    expect(odcisk(naglowek, wiersze)).toBe(createHash('sha256').update(t, 'utf8').digest('hex'));
    expect(odcisk(naglowek, [...wiersze].reverse())).toBe(odcisk(naglowek, wiersze));
    expect(odcisk({ ...naglowek, ziarno: 'x' }, wiersze)).not.toBe(odcisk(naglowek, wiersze));
  });
});

/** Spec-literal CS-Z3.F text: lines of the rows with a REGON, sorted as texts (by REGON, then the line). */
function tekstWyrocznia(wiersze: readonly WierszOdcisku[]): string[] {
  return wiersze
    .filter((w) => w.regon !== null)
    .map((w) => ({
      regon: w.regon!,
      linia: [w.regon, w.wielkosc, w.v1, w.v2, w.wnioskowana, w.r, w.ocena, w.kolejnosc ?? '-'].join('|'),
    }))
    .sort((a, b) =>
      a.regon < b.regon ? -1 : a.regon > b.regon ? 1 : a.linia < b.linia ? -1 : a.linia > b.linia ? 1 : 0,
    )
    .map((x) => x.linia);
}

describe('CS-Z3.F order and bytes against a text oracle', () => {
  test('CS-Z3.F REGONs sort as texts: a prefix first, 14 digits after their 9-digit REGON, then the next', () => {
    const w = ['12345678912345', '123456790', '12345678900000', '123456789', '1234'].map((regon) => ({
      ...wiersze[0],
      regon,
    }));
    expect(
      tekstOdcisku(naglowek, w)
        .split('\n')
        .slice(7)
        .map((l) => l.split('|')[0]),
    ).toEqual(['1234', '123456789', '12345678900000', '12345678912345', '123456790']);
  });

  test('CS-Z3.F any REGONs (prefixes, 9 and 14 digits, duplicates, non-digits, Polish text) hash as the sorted text', () => {
    const regon = fc.oneof(
      fc.constantFrom('123456789', '12345678900000', '12345678912345', '1234', '123456789', '0', '00000000000000'),
      fc.stringMatching(/^[0-9]{1,14}$/),
      fc.stringMatching(/^[0-9]{15,16}$/),
      fc.string({ maxLength: 6 }),
    );
    const wiersz = fc.record<WierszOdcisku>({
      regon: fc.option(regon, { nil: null }),
      wielkosc: fc.constantFrom('mała', 'średnia', 'duża', '?'),
      v1: fc.constantFrom('I', 'II', '?'),
      v2: fc.constantFrom('I', 'II', 'odstąpienie', '?'),
      wnioskowana: fc.oneof(fc.nat(), fc.constant('?' as const)),
      r: fc.oneof(fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.constant('?' as const)),
      ocena: fc.constantFrom('P', 'N', '?'),
      kolejnosc: fc.oneof(fc.integer({ min: -5, max: 10_000 }), fc.constant(null), fc.constant('?' as const)),
    });
    fc.assert(
      fc.property(fc.array(wiersz, { maxLength: 40 }), (w) => {
        const linie = tekstOdcisku(naglowek, w).split('\n').slice(7);
        expect(linie).toEqual(tekstWyrocznia(w));
        expect(odcisk(naglowek, w)).toBe(createHash('sha256').update(tekstOdcisku(naglowek, w), 'utf8').digest('hex'));
      }),
      { numRuns: 500 },
    );
  });
});
