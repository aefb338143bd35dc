/**
 * The oracle against the whole `kwalifikuj` operation (workbook snapshot in, WB-4.1 JSON out) for the
 * seed and the one-list manual order; the same harness carries the basket comparison (koszyki.test.ts).
 */
import fc from 'fast-check';
import type { Kontekst } from '../../src/core/api';
import { wykonaj } from '../../src/core/operacje';
import { regon9 } from './generator';
import {
  odcisk,
  wojewodztwoWZeszycieArb,
  zeszytWojewodztwa,
  zgodnyZeszyt,
  type WojewodztwoWZeszycie,
} from './przezZeszyt';

test('CS-Z3.0–CS-Z3.8 CS-Z3.F CS-5.2 WB-4.1 WB-5.1 oracle = the kwalifikuj operation through the workbook (seed and one-list order, formally negative rows among them)', () => {
  fc.assert(
    fc.property(wojewodztwoWZeszycieArb(['ziarno', 'jedna lista']), (w) => {
      zgodnyZeszyt(w);
    }),
    { numRuns: 150 },
  );
});

/** CS-Z3.F follows P3's "in use" (a positive row has a number) also under CS-Z3.0, like the seed line. */
test('CS-Z3.F CS-Z3.0 RECZNA=TAK when positive rows carry numbers though everything fits', () => {
  const w: WojewodztwoWZeszycie = {
    wnioski: [1, 2].map((numer) => ({
      regon: regon9(14_000_000 + numer),
      wielkosc: 'mała' as const,
      v1: 'I' as const,
      v2: 'II' as const,
      r: 9_000_000n,
      numer,
    })),
    parametry: {
      A: 18_000_000n,
      p1Setne: null,
      podzial: 'wg wnioskowanych kwot',
      sio: null,
      ziarno: null,
      losowanie: 'jedna lista',
    },
    wnioskowane: [9_000_000n, 9_000_000n],
    etykietaLosowania: false,
    podzialPusty: true,
  };
  const K: Kontekst = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' };
  const wynik = wykonaj('kwalifikuj', zeszytWojewodztwa(w), K);
  expect((wynik.json as { odcisk: string }).odcisk).toBe(odcisk(w));
});

/** A valid one-list order with one number made wrong: repeated, 0, n + 1, or not an integer. */
const zlaListaArb = wojewodztwoWZeszycieArb(['jedna lista'], 40).chain((w) =>
  fc
    .record({
      i: fc.nat(w.wnioski.length - 1),
      jak: fc.constantFrom('duplikat', 'zero', 'ponad', 'ułamek'),
      ziarno: fc.boolean(),
    })
    .map(({ i, jak, ziarno }) => {
      const n = w.wnioski.length;
      const inny = w.wnioski.find((_, j) => j !== i);
      const numer = jak === 'duplikat' && inny ? inny.numer! : jak === 'zero' ? 0 : jak === 'ułamek' ? 1.5 : n + 1;
      const zly: WojewodztwoWZeszycie = {
        ...w,
        odrzucone: [],
        wnioski: w.wnioski.map((x, j) => (j === i ? { ...x, numer } : x)),
        // a seed beside an invalid manual order changes nothing (CS-Z3.1: the seed is then `nieużyte`)
        parametry: { ...w.parametry, ziarno: ziarno ? 'ziarno obok kolejności' : null },
      };
      return { w: zly, wiersz: i };
    }),
);

test('CS-Z3.1 CS-Z3.0 WB-1.4 one list: a wrong number blocks a draw and names its cell; when everything fits it is not validated', () => {
  const K: Kontekst = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' };
  fc.assert(
    fc.property(zlaListaArb, ({ w, wiersz }) => {
      const wynik = wykonaj('kwalifikuj', zeszytWojewodztwa(w), K);
      let suma = 0n;
      for (const x of w.wnioski) suma += x.r;
      if (suma <= w.parametry.A) {
        const decyzje = (wynik.json as { wnioski: { decyzja: string }[] }).wnioski.map((x) => x.decyzja);
        expect([wynik.status, decyzje.every((d) => d === 'zakwalifikowana')]).toEqual(['ok', true]);
        return;
      }
      const komorka = `K${wiersz + 2}`;
      const nazwana = wynik.uwagi.some(
        (u) =>
          u.waga === 'błąd' &&
          (u.regula === 'CS-Z3.1' || u.regula === 'WB-1.4') &&
          (u.komorka === komorka || u.komunikat.includes(komorka)),
      );
      expect([wynik.status, komorka, nazwana]).toEqual(['zablokowane', komorka, true]);
    }),
    { numRuns: 100 },
  );
});
