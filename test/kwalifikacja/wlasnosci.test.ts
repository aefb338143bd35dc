/** Property tests of every invariant of qualification-algorithm.md (CS-Z3 Invariants, CS-Z3.R). */
import fc from 'fast-check';
import {
  kwalifikuj,
  przetworzRezygnacje,
  zamrozStan,
  type ParametryKwalifikacji,
  type PodzialWielkosci,
  type Rezygnacja,
  type WniosekDoKwalifikacji,
  type Wariant,
  type WariantZastepczy,
  type Wielkosc,
  type WynikKwalifikacji,
} from '../../src/core/kwalifikacja';
import { limitWsparcia } from '../../src/core/program/reguly';

const WIELK: Wielkosc[] = ['mała', 'średnia', 'duża'];
const PODZIALY: PodzialWielkosci[] = ['wg wnioskowanych kwot', 'wg liczby szkół i limitów (§9)', 'bez podziału'];

const wniosekArb = fc
  .record({
    wielkosc: fc.constantFrom(...WIELK),
    v1: fc.constantFrom<Wariant>('I', 'II'),
    v2inny: fc.boolean(),
    rTryb: fc.nat(9),
    rLos: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ wielkosc, v1, v2inny, rTryb, rLos }) => {
    const cap = limitWsparcia(wielkosc);
    // r up to the cap: often the cap itself, often whole złoty, sometimes any grosz
    const r =
      rTryb < 3
        ? cap
        : rTryb < 7
          ? Math.max(100, Math.floor((rLos * cap) / 100) * 100)
          : Math.max(1, Math.floor(rLos * cap));
    const v2: WariantZastepczy = v2inny ? (v1 === 'I' ? 'II' : 'I') : 'odstąpienie';
    return { wielkosc, v1, v2, r };
  });

/** n from 0 to 300, biased towards small n. */
const nArb = fc.oneof(
  { arbitrary: fc.constant(0), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 8 }), weight: 12 },
  { arbitrary: fc.integer({ min: 9, max: 60 }), weight: 6 },
  { arbitrary: fc.integer({ min: 61, max: 300 }), weight: 2 },
);

interface Przypadek {
  wnioski: WniosekDoKwalifikacji[];
  parametry: ParametryKwalifikacji;
  przestawienie: number[];
}

const przypadekArb: fc.Arbitrary<Przypadek> = nArb.chain((n) =>
  fc
    .record({
      apps: fc.array(wniosekArb, { minLength: n, maxLength: n }),
      regonStart: fc.integer({ min: 100000000, max: 899999999 }),
      reczna: fc.boolean(),
      pozycje: fc.shuffledSubarray(
        [...Array(n).keys()].map((i) => i + 1),
        { minLength: n, maxLength: n },
      ),
      przestawienie: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
      kwotaTryb: fc.oneof(
        { arbitrary: fc.noBias(fc.integer({ min: 500, max: 3000 })), weight: 4 },
        { arbitrary: fc.constantFrom(-1, 0, 1).map((d) => ({ d })), weight: 1 },
      ),
      p1: fc.option(fc.integer({ min: 2000, max: 8000 }), { nil: null }),
      podzial: fc.constantFrom(...PODZIALY),
      sio: fc.record({ mała: fc.nat(400), średnia: fc.nat(400), duża: fc.nat(400) }),
      ziarno: fc.string({ maxLength: 20 }),
    })
    .map(({ apps, regonStart, reczna, pozycje, przestawienie, kwotaTryb, p1, podzial, sio, ziarno }) => {
      const wnioski = apps.map((a, i) => ({
        indeks: i,
        regon: String(regonStart + i),
        ...a,
        ...(reczna ? { pozycjaReczna: pozycje[i] } : {}),
      }));
      const suma = wnioski.reduce((s, w) => s + w.r, 0);
      // Σr / A from 0,5 to 3, or A within ±1 gr of Σr; A ≥ 1,00 zł
      const kwota = Math.max(
        100,
        typeof kwotaTryb === 'number' ? Math.floor((suma * 1000) / kwotaTryb) : suma + kwotaTryb.d,
      );
      const parametry: ParametryKwalifikacji = {
        kwota,
        udzialWariantuISetne: p1,
        podzial,
        sio: podzial === 'wg liczby szkół i limitów (§9)' ? sio : null,
        ziarno: reczna ? null : ziarno,
        kolejnoscReczna: reczna,
      };
      return { wnioski, parametry, przestawienie };
    }),
);

/** A cheap assertion (jest's expect is too slow for millions of checks). */
function musi(warunek: boolean, opis: string, ...dane: unknown[]): void {
  if (!warunek) throw new Error(`${opis}: ${json(dane)}`);
}
const json = (x: unknown) => JSON.stringify(x, (_, v) => (typeof v === 'bigint' ? `${v}n` : v));
const ceil5 = (A: number) => Math.ceil(A / 5);
const floor45 = (A: number) => Math.floor((4 * A) / 5);

function sprawdzNiezmienniki(wnioski: WniosekDoKwalifikacji[], A: number, wynik: WynikKwalifikacji): void {
  const poIndeksie = new Map(wnioski.map((w) => [w.indeks, w]));
  // one decision per application, in indeks order, each qualified at most once
  const indeksy = [...poIndeksie.keys()].sort((a, b) => a - b);
  musi(
    wynik.decyzje.length === indeksy.length && wynik.decyzje.every((d, i) => d.indeks === indeksy[i]),
    'one decision per application, indeks order',
  );
  const przyznane: Record<Wariant, number> = { I: 0, II: 0 };
  for (const d of wynik.decyzje) {
    const w = poIndeksie.get(d.indeks)!;
    if (d.decyzja === 'zakwalifikowana') {
      // every support = r ≤ cap
      musi(d.wsparcie === w.r && w.r <= limitWsparcia(w.wielkosc), 'support = r ≤ cap', d, w);
      musi(d.brak === null && d.powod === null, 'no shortfall when qualified', d);
      if (d.krok === '0' || d.krok === '4' || d.krok === '5') musi(d.wariant === w.v1, 'steps 0, 4, 5 grant v1', d, w);
      if (d.krok === '6') musi(d.wariant === w.v2, 'step 6 grants v2', d, w);
      musi(d.wariant === w.v1 || d.wariant === w.v2, 'granted in v1 or v2', d, w);
      przyznane[d.wariant] += w.r;
    } else if (d.decyzja === 'niezakwalifikowana') {
      musi(
        d.wsparcie === null && d.krok === null && d.wariant === w.v1 && d.brak !== null && d.brak > 0,
        'not qualified',
        d,
        w,
      );
      musi(
        d.powod === (w.v2 === 'odstąpienie' ? 'brak środków; wariant zastępczy: odstąpienie' : 'brak środków'),
        'CS-Z3.8 reason',
        d,
      );
    }
  }
  // each application qualifies at most once, also in the trace
  const wTrasie = new Set<string>();
  for (const p of wynik.przebieg) {
    if (p.wynik !== 'zakwalifikowana') continue;
    musi(!wTrasie.has(p.regon!), 'qualified twice in the trace', p);
    wTrasie.add(p.regon!);
  }
  musi(
    wTrasie.size === wynik.decyzje.filter((d) => d.decyzja === 'zakwalifikowana').length,
    'trace and decisions agree',
  );
  const suma = przyznane.I + przyznane.II;
  // Σ support + U = A
  expect(suma).toBe(wynik.przyznano);
  expect(wynik.przyznano + wynik.niewykorzystane).toBe(A);
  if (!wynik.wszystkieMieszcza) {
    const { D, L } = wynik.koperty!;
    expect(wynik.niewykorzystane).toBe(L.I + L.II);
    expect(D.I + D.II).toBe(A);
    for (const k of ['I', 'II'] as const) {
      expect(D[k]).toBeGreaterThanOrEqual(ceil5(A));
      expect(D[k]).toBeLessThanOrEqual(floor45(A));
      expect(przyznane[k]).toBeLessThanOrEqual(D[k]);
      expect(L[k]).toBe(D[k] - przyznane[k]);
    }
  }
}

describe('CS-Z3 invariants (property tests)', () => {
  test('CS-Z3 Σ support + U = A; support = r ≤ cap; once; U = ΣL; ΣD = A; D_k in band; granted_k ≤ D_k; Σr ≤ A → all qualify; determinism; permutation', () => {
    fc.assert(
      fc.property(przypadekArb, ({ wnioski, parametry, przestawienie }) => {
        const A = parametry.kwota;
        const wynik = kwalifikuj(wnioski, parametry);
        sprawdzNiezmienniki(wnioski, A, wynik);
        const sumaR = wnioski.reduce((s, w) => s + w.r, 0);
        // CS-13.1 / CS-Z3.0: Σr ≤ A → all qualify
        expect(wynik.wszystkieMieszcza).toBe(sumaR <= A);
        if (sumaR <= A)
          expect(wynik.decyzje.every((d) => d.decyzja === 'zakwalifikowana' && d.krok === '0')).toBe(true);
        else {
          expect(wynik.coJesli!.filter((w) => w.uzyty)).toHaveLength(1);
          const uz = wynik.coJesli!.find((w) => w.uzyty)!;
          expect(uz.niewykorzystane).toBe(wynik.niewykorzystane);
          for (const w of wynik.coJesli!) expect(w.I.kwota + w.II.kwota + w.niewykorzystane).toBe(A);
          // the smallest shortfall agrees with the trace
          const najmniejszy = new Map<string, number>();
          for (const p of wynik.przebieg) {
            if (p.brak !== null && !(p.brak >= (najmniejszy.get(p.regon!) ?? Infinity)))
              najmniejszy.set(p.regon!, p.brak);
          }
          for (const d of wynik.decyzje)
            if (d.decyzja === 'niezakwalifikowana')
              musi(d.brak === najmniejszy.get(d.regon), 'smallest shortfall = trace minimum', d);
        }
        // same inputs → same result; permuting the data rows changes nothing
        const tekst = json(wynik);
        expect(json(kwalifikuj(wnioski, parametry))).toBe(tekst);
        expect(
          json(
            kwalifikuj(
              przestawienie.map((i) => wnioski[i]),
              parametry,
            ),
          ),
        ).toBe(tekst);
      }),
      { numRuns: 1000 },
    );
  });

  test('CS-Z3.R resignations keep Σ support + U = A and change no frozen decision except newly qualified ones', () => {
    fc.assert(
      fc.property(
        przypadekArb,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 3 }), fc.boolean())),
        ({ wnioski, parametry }, wybory) => {
          const A = parametry.kwota;
          const pierwszy = kwalifikuj(wnioski, parametry);
          const stan = zamrozStan(pierwszy, wnioski, 'x');
          const zak = pierwszy.decyzje.filter((d) => d.decyzja === 'zakwalifikowana');
          const wszystkie = pierwszy.decyzje;
          if (wszystkie.length === 0) return;
          // resign qualified rows (and sometimes a not-qualified one, which must be rejected), in two batches
          const lista: Array<Rezygnacja & { druga: boolean }> = [];
          for (const [i, d, druga] of wybory) {
            const zbior = i % 4 === 0 || zak.length === 0 ? wszystkie : zak;
            const cel = zbior[i % zbior.length];
            if (!lista.some((x) => x.regon === cel.regon))
              lista.push({ regon: cel.regon, data: { y: 2012, m: 6, d }, druga });
          }
          const r0 = new Map(wnioski.map((w) => [w.regon, w.r]));
          const r1 = przetworzRezygnacje(
            stan,
            lista.filter((x) => !x.druga),
          );
          const r2 = przetworzRezygnacje(r1.stan, lista);
          for (const r of [r1, r2]) {
            const w = r.wynik;
            const suma = w.decyzje.reduce((s, d) => s + (d.decyzja === 'zakwalifikowana' ? d.wsparcie! : 0), 0);
            expect(suma + w.niewykorzystane).toBe(A);
            expect(w.przyznano).toBe(suma);
            if (!w.wszystkieMieszcza) {
              const { D, L } = w.koperty!;
              expect(L.I + L.II).toBe(w.niewykorzystane);
              expect(D.I + D.II).toBe(A);
              for (const k of ['I', 'II'] as const) {
                expect(D[k]).toBeGreaterThanOrEqual(ceil5(A));
                expect(D[k]).toBeLessThanOrEqual(floor45(A));
              }
            }
            const rezygnujace = new Set(r.stan.rezygnacje.map((x) => x.regon));
            w.decyzje.forEach((d, j) => {
              const stara = pierwszy.decyzje[j];
              musi(d.regon === stara.regon, 'same rows');
              if (rezygnujace.has(d.regon))
                musi(d.decyzja === 'rezygnacja' && d.wsparcie === r0.get(d.regon), 'resigned keeps its support', d);
              else if (stara.decyzja === 'zakwalifikowana')
                musi(json(d) === json(stara), 'frozen decision unchanged', d, stara);
              else if (d.decyzja === 'zakwalifikowana') musi(d.krok === 'R', 'newly qualified in step R', d);
              else
                musi(
                  json(d) === json({ ...stara, brak: d.brak }) && d.brak! <= stara.brak!,
                  'still not qualified, shortfall only smaller',
                  d,
                  stara,
                );
            });
            for (const o of r.odrzucone) expect(o.powod).toBe('niezakwalifikowana');
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
