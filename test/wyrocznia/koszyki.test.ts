/**
 * The manual draw held in baskets (CS-Z3.1, P4 `Losowanie ręczne` = `w koszykach`; issue 9 item 1):
 * the oracle against the `kwalifikuj` operation through the workbook and its WB-4.1 JSON
 * (`losowanieReczne`, `numerWKoszyku`, `pozycjaLosowania` = the merged order).
 *
 * EXPECTED TO FAIL until the engine supports P4 (the `koszyki` branch): every test that needs it first
 * runs S7 and fails with the message below rather than with a thousand-line diff.
 */
import fc from 'fast-check';
import type { Kontekst } from '../../src/core/api';
import { wykonaj } from '../../src/core/operacje';
import { koszyk, type WniosekW, type Wielkosc, type Wariant } from './wyrocznia';
import {
  porownajPrzezZeszyt,
  wierszWArkuszu,
  wojewodztwoWZeszycieArb,
  zeszytWojewodztwa,
  zgodnyZeszyt,
} from './przezZeszyt';
import type { WojewodztwoWZeszycie } from './przezZeszyt';

const K: Kontekst = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' };
const zl = (z: number): bigint => BigInt(Math.round(z * 100));
const wiersz = (regon: string, wielkosc: Wielkosc, v1: Wariant, v2: WniosekW['v2'], r: number, numer: number) => ({
  regon,
  wielkosc,
  v1,
  v2,
  r: zl(r),
  numer,
});

/** scenarios.md S7. */
const S7: WojewodztwoWZeszycie = {
  wnioski: [
    wiersz('140000023', 'mała', 'I', 'II', 90000, 2),
    wiersz('140000030', 'mała', 'I', 'odstąpienie', 80000, 1),
    wiersz('140000046', 'mała', 'I', 'II', 70000, 3),
    wiersz('140000052', 'średnia', 'I', 'II', 140000, 1),
    wiersz('140000069', 'średnia', 'I', 'odstąpienie', 120000, 2),
    wiersz('140000075', 'duża', 'I', 'II', 200000, 1),
    wiersz('140000081', 'mała', 'II', 'I', 90000, 1),
    wiersz('140000098', 'średnia', 'II', 'odstąpienie', 140000, 1),
    wiersz('140000106', 'średnia', 'II', 'I', 100000, 2),
  ],
  parametry: {
    A: zl(600000),
    p1Setne: 6000,
    podzial: 'wg wnioskowanych kwot',
    sio: null,
    ziarno: null,
    losowanie: 'w koszykach',
  },
  wnioskowane: [90000, 80000, 70000, 140000, 120000, 200000, 90000, 140000, 100000].map(zl),
  etykietaLosowania: true,
  podzialPusty: true,
};

/** Fails with a clear message while the engine does not know P4 `w koszykach`. */
function wymagajKoszykow(): void {
  const wynik = wykonaj('kwalifikuj', zeszytWojewodztwa(S7), K);
  const parametry = (wynik.json as { parametry?: { losowanieReczne?: unknown } } | null)?.parametry;
  if (wynik.status !== 'ok' || parametry?.losowanieReczne !== 'w koszykach')
    throw new Error(
      'The engine does not support P4 `Losowanie ręczne` = `w koszykach` yet (issue 9 item 1, branch koszyki): ' +
        `S7 gives status ${wynik.status}, parametry.losowanieReczne = ${JSON.stringify(parametry?.losowanieReczne)}; ` +
        `findings: ${wynik.uwagi
          .filter((u) => u.waga === 'błąd')
          .slice(0, 3)
          .map((u) => `${u.regula} ${u.komorka ?? ''} ${u.komunikat}`)
          .join(' | ')}. ` +
        'This file is expected to pass only after that branch is merged.',
    );
}

test('CS-Z3.1 P4 w koszykach: S7 through the workbook = the oracle (merged order, numbers in baskets, every amount)', () => {
  wymagajKoszykow();
  zgodnyZeszyt(S7, true);
});

test('CS-Z3.1 P4 w koszykach: oracle = engine on 400 generated voivodeships with per-basket numbering, every P2 basis', () => {
  wymagajKoszykow();
  fc.assert(
    fc.property(wojewodztwoWZeszycieArb(['w koszykach'], 40), (w) => {
      zgodnyZeszyt(w, true);
    }),
    { numRuns: 400 },
  );
});

test('CS-Z3.1 P4 w koszykach: Małopolska-sized voivodeships (97 schools, three baskets per variant) = the oracle', () => {
  wymagajKoszykow();
  // three baskets per variant: a size split (the numbering was drawn per basket of the generated basis)
  const malopolska = wojewodztwoWZeszycieArb(['w koszykach'], 97, 97).filter(
    (w) => w.parametry.podzial !== 'bez podziału',
  );
  fc.assert(
    fc.property(malopolska, (w) => {
      zgodnyZeszyt(w, true);
    }),
    { numRuns: 10 },
  );
});

/** One number in one basket made wrong: a duplicate of another number of its basket, 0, or n_b + 1. */
const zlaNumeracjaArb = wojewodztwoWZeszycieArb(['w koszykach'], 40)
  .filter((w) => {
    let suma = 0n;
    for (const x of w.wnioski) suma += x.r;
    return suma > w.parametry.A; // a draw is needed, so the order is validated (CS-Z3.0 skips it)
  })
  .chain((w) =>
    fc
      .record({ i: fc.nat(w.wnioski.length - 1), jak: fc.constantFrom('duplikat', 'zero', 'ponad') })
      .map(({ i, jak }) => {
        const kb = koszyk(w.wnioski[i], w.parametry.podzial);
        const wKoszyku = w.wnioski.filter((x) => {
          const k = koszyk(x, w.parametry.podzial);
          return k.v === kb.v && k.g === kb.g;
        });
        const inny = wKoszyku.find((x) => x.regon !== w.wnioski[i].regon);
        const numer = jak === 'duplikat' && inny ? inny.numer! : jak === 'zero' ? 0 : wKoszyku.length + 1;
        const wnioski = w.wnioski.map((x, j) => (j === i ? { ...x, numer } : x));
        return { w: { ...w, wnioski }, wiersz: i };
      }),
  );

test('CS-Z3.1 P4 w koszykach: a number missing, repeated or out of range in a basket blocks the run and names the cell', () => {
  wymagajKoszykow();
  fc.assert(
    fc.property(zlaNumeracjaArb, ({ w, wiersz }) => {
      const wynik = wykonaj('kwalifikuj', zeszytWojewodztwa(w), K);
      const komorka = `K${wierszWArkuszu(w, wiersz)}`; // `Kolejność losowania` is column K
      const nazwana = wynik.uwagi.some(
        (u) =>
          u.waga === 'błąd' &&
          u.regula === 'CS-Z3.1' &&
          u.arkusz === 'Wnioski' &&
          (u.komorka === komorka || u.komunikat.includes(komorka)),
      );
      expect([wynik.status, nazwana]).toEqual(['zablokowane', true]);
    }),
    { numRuns: 100 },
  );
});

test('CS-Z3.1 P4: the S7 numbers with `jedna lista` are a blocking błąd (numbers repeat)', () => {
  const p = porownajPrzezZeszyt({ ...S7, parametry: { ...S7.parametry, losowanie: 'jedna lista' } }, true);
  expect(p.status).toBe('zablokowane');
  expect(p.uwagi.some((u) => u.waga === 'błąd' && u.regula === 'CS-Z3.1' && u.blokujaca === true)).toBe(true);
});
