/** fast-check generators of whole voivodeships in the oracle's spec terms (issue 7 item 7). */
import fc from 'fast-check';
import {
  koszyk,
  LIMIT,
  type Losowanie,
  type ParametryW,
  type Podzial,
  type WniosekW,
  type Wariant,
  type Wielkosc,
} from './wyrocznia';

export const PODZIALY: Podzial[] = ['wg wnioskowanych kwot', 'wg liczby szkół i limitów (§9)', 'bez podziału'];
const WIELKOSCI: Wielkosc[] = ['mała', 'średnia', 'duża'];

/** A valid 9-digit REGON (CS-10.4: weights 8 9 2 3 4 5 6 7, mod 11, 10 → 0) from an 8-digit stem. */
export function regon9(rdzen: number): string {
  const cyfry = String(rdzen).padStart(8, '0');
  const wagi = [8, 9, 2, 3, 4, 5, 6, 7];
  let suma = 0;
  for (let i = 0; i < 8; i++) suma += Number(cyfry[i]) * wagi[i];
  return cyfry + String((suma % 11) % 10);
}

export interface Wojewodztwo {
  wnioski: WniosekW[];
  parametry: ParametryW;
}

const wniosekArb = fc
  .record({
    wielkosc: fc.constantFrom(...WIELKOSCI),
    v1: fc.constantFrom<Wariant>('I', 'II'),
    zastepczy: fc.constantFrom('inny', 'inny', 'odstąpienie'),
    tryb: fc.nat(9),
    ulamek: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .map(({ wielkosc, v1, zastepczy, tryb, ulamek }) => {
    const cap = LIMIT[wielkosc];
    // r ≤ cap: often the cap (equal bases, equal remainders), often whole złoty, sometimes any grosz
    const r =
      tryb < 3
        ? cap
        : tryb < 7
          ? ((cap * BigInt(ulamek)) / 1_000_000n / 100n) * 100n || 100n
          : (cap * BigInt(ulamek)) / 1_000_000n || 1n;
    const v2: WniosekW['v2'] = zastepczy === 'inny' ? (v1 === 'I' ? 'II' : 'I') : 'odstąpienie';
    return { wielkosc, v1, v2, r };
  });

/** n from 1 to `maks` (≤ 150), mostly small (where ties and edge envelopes are frequent). */
const nArb = (maks: number) =>
  fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: Math.min(8, maks) }), weight: 10 },
    { arbitrary: fc.integer({ min: Math.min(9, maks), max: Math.min(40, maks) }), weight: 6 },
    { arbitrary: fc.integer({ min: Math.min(41, maks), max: maks }), weight: 1 },
  );

/** Numbers 1…n_b inside each basket (P4 `w koszykach`) from a random permutation of the rows. */
function numeryWKoszykach(
  wnioski: Pick<WniosekW, 'v1' | 'wielkosc'>[],
  podzial: Podzial,
  permutacja: number[],
): number[] {
  const numery: number[] = new Array(wnioski.length);
  const licznik = new Map<string, number>();
  for (const i of permutacja) {
    const k = koszyk(wnioski[i], podzial);
    const klucz = `${k.v}|${k.g}`;
    const nr = (licznik.get(klucz) ?? 0) + 1;
    licznik.set(klucz, nr);
    numery[i] = nr;
  }
  return numery;
}

/** A whole voivodeship: applications, A around Σr, every P1/P2 form; the draw modes given; n ≤ maksN or exactly dokladnieN. */
export function wojewodztwoArb(tryby: Losowanie[], maksN = 150, dokladnieN?: number): fc.Arbitrary<Wojewodztwo> {
  return (dokladnieN === undefined ? nArb(maksN) : fc.constant(dokladnieN)).chain((n) =>
    fc
      .record({
        apps: fc.array(wniosekArb, { minLength: n, maxLength: n }),
        rdzenRegonu: fc.integer({ min: 10_000_000, max: 99_000_000 }),
        krokRegonu: fc.integer({ min: 1, max: 997 }),
        permutacja: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
        kwotaTryb: fc.oneof(
          { arbitrary: fc.integer({ min: 50, max: 1200 }).map((promile) => ({ promile })), weight: 8 },
          { arbitrary: fc.constantFrom(-1, 0, 1).map((d) => ({ d })), weight: 1 },
          { arbitrary: fc.integer({ min: 100, max: 100_000 }).map((staly) => ({ staly })), weight: 1 },
        ),
        p1: fc.oneof(
          { arbitrary: fc.constant(null), weight: 4 },
          { arbitrary: fc.integer({ min: 2000, max: 8000 }), weight: 3 },
          { arbitrary: fc.constantFrom(2000, 8000, 5000, 6908, 3333), weight: 1 },
        ),
        podzial: fc.constantFrom(...PODZIALY),
        sio: fc.record({
          mała: fc.oneof(fc.constant(0), fc.nat(900)),
          średnia: fc.oneof(fc.constant(0), fc.nat(900)),
          duża: fc.oneof(fc.constant(0), fc.nat(900)),
        }),
        ziarno: fc.oneof(
          fc.string({ minLength: 1, maxLength: 24 }),
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
          fc.constant('2012-05-10 losowanie 7-13-22'),
        ),
        losowanie: fc.constantFrom(...tryby),
        // one amount for every school (≤ the small cap): equal bases, equal remainders in CS-Z3.3
        jednaKwota: fc.oneof(
          { arbitrary: fc.constant(null), weight: 3 },
          { arbitrary: fc.constantFrom(100n, 9_000_000n, 3_333_333n), weight: 1 },
        ),
      })
      .map(
        ({
          jednaKwota,
          apps: bezKwoty,
          rdzenRegonu,
          krokRegonu,
          permutacja,
          kwotaTryb,
          p1,
          podzial,
          sio,
          ziarno,
          losowanie,
        }) => {
          const apps = jednaKwota === null ? bezKwoty : bezKwoty.map((a) => ({ ...a, r: jednaKwota }));
          const numery =
            losowanie === 'w koszykach'
              ? numeryWKoszykach(apps, podzial, permutacja)
              : permutacja.map((_, i) => permutacja.indexOf(i) + 1);
          const wnioski: WniosekW[] = apps.map((a, i) => ({
            ...a,
            regon: regon9((rdzenRegonu + i * krokRegonu) % 100_000_000),
            numer: losowanie === 'ziarno' ? null : numery[i],
          }));
          let suma = 0n;
          for (const w of wnioski) suma += w.r;
          const A =
            'promile' in kwotaTryb
              ? (suma * BigInt(kwotaTryb.promile)) / 1000n
              : 'd' in kwotaTryb
                ? suma + BigInt(kwotaTryb.d)
                : BigInt(kwotaTryb.staly);
          const parametry: ParametryW = {
            A: A < 100n ? 100n : A,
            p1Setne: p1,
            podzial,
            sio:
              podzial === 'wg liczby szkół i limitów (§9)'
                ? { mała: BigInt(sio.mała), średnia: BigInt(sio.średnia), duża: BigInt(sio.duża) }
                : null,
            ziarno: losowanie === 'ziarno' ? ziarno : null,
            losowanie,
          };
          return { wnioski, parametry };
        },
      ),
  );
}
