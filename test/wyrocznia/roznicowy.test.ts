/**
 * Differential property test (issue 7 item 7): the independent oracle against the engine's public
 * qualification entry on generated voivodeships — every decision, every amount to the grosz, the draw
 * order, the envelopes, the unused money per variant and the trace must be identical.
 */
import fc from 'fast-check';
import { wojewodztwoArb, PODZIALY, type Wojewodztwo } from './generator';
import { coJesli, wyrocznia, type WniosekW, type WynikW } from './wyrocznia';
import { roznica, silnik, widokSilnika, widokWyroczni } from './porownanie';

const LICZBA_WOJEWODZTW = 1200;

function opis({ wnioski, parametry: p }: Wojewodztwo): string {
  return JSON.stringify({ parametry: p, wnioski }, (_, v) => (typeof v === 'bigint' ? `${v}n` : v));
}

function porownaj(w: Wojewodztwo): WynikW {
  const wynik = wyrocznia(w.wnioski, w.parametry);
  const r = roznica(
    widokWyroczni(wynik, coJesli(w.wnioski, w.parametry)),
    widokSilnika(silnik(w.wnioski, w.parametry)),
  );
  if (r !== null) throw new Error(`oracle ≠ engine at ${r}\n${opis(w)}`);
  return wynik;
}

test('CS-Z3.0 CS-Z3.1 CS-Z3.2 CS-Z3.3 CS-Z3.4 CS-Z3.5 CS-Z3.6 CS-Z3.7 CS-Z3.8 CS-Z3.W oracle = engine on 1 200 voivodeships (seed, one-list and per-basket manual orders, every P2 basis, default and explicit P1)', () => {
  const pokrycie = new Map<string, number>();
  const zlicz = (klucz: string) => pokrycie.set(klucz, (pokrycie.get(klucz) ?? 0) + 1);
  fc.assert(
    fc.property(wojewodztwoArb(['ziarno', 'jedna lista', 'w koszykach']), (w) => {
      const wynik = porownaj(w);
      for (const d of wynik.decyzje) if (d.krok) zlicz(`krok ${d.krok}`);
      for (const k of wynik.przebieg) if (k.kwota !== undefined) zlicz(`${k.wynik}${k.kwota === 0n ? ' 0' : ''}`);
      let suma = 0n;
      for (const x of w.wnioski) suma += x.r;
      const klucz = [
        w.parametry.losowanie,
        w.parametry.podzial,
        w.parametry.p1Setne === null ? 'P1 domyślny' : 'P1 podany',
        suma <= w.parametry.A ? 'CS-Z3.0' : 'losowanie',
      ].join(' · ');
      zlicz(klucz);
    }),
    { numRuns: LICZBA_WOJEWODZTW },
  );
  // every draw mode × P2 basis × P1 form was exercised with a draw
  for (const losowanie of ['ziarno', 'jedna lista', 'w koszykach'])
    for (const podzial of PODZIALY)
      for (const p1 of ['P1 domyślny', 'P1 podany'])
        expect([
          losowanie,
          podzial,
          p1,
          (pokrycie.get([losowanie, podzial, p1, 'losowanie'].join(' · ')) ?? 0) > 5,
        ]).toEqual([losowanie, podzial, p1, true]);
  // every step qualified someone, and CS-Z3.7 both shifted and moved money back
  for (const fakt of ['krok 0', 'krok 4', 'krok 5', 'krok 6', 'krok 7', 'przesunięcie', 'zwrot'])
    expect([fakt, (pokrycie.get(fakt) ?? 0) > 5]).toEqual([fakt, true]);
});

test('CS-Z3.4 CS-Z3.7 oracle = engine where the 20–80 % band and CS-Z3.0 bind (A = Σr ± 1 gr, P1 at 20 % and 80 %)', () => {
  const brzegowe = wojewodztwoArb(['ziarno', 'jedna lista', 'w koszykach']).chain((w) =>
    fc.record({ d: fc.constantFrom(-2n, -1n, 0n, 1n), p1: fc.constantFrom(2000, 8000, null) }).map(({ d, p1 }) => {
      let suma = 0n;
      for (const x of w.wnioski) suma += x.r;
      const A = suma + d < 100n ? 100n : suma + d;
      return { ...w, parametry: { ...w.parametry, A, p1Setne: p1 } };
    }),
  );
  fc.assert(
    fc.property(brzegowe, (w) => {
      porownaj(w);
    }),
    { numRuns: 200 },
  );
});

test('CS-Z3.7 oracle = engine when the shifted money is used up and the move-back is 0', () => {
  const wnioski: WniosekW[] = [
    { regon: '100000008', wielkosc: 'mała', v1: 'I', v2: 'odstąpienie', r: 300000n, numer: 1 },
    { regon: '100000014', wielkosc: 'mała', v1: 'I', v2: 'odstąpienie', r: 600000n, numer: 2 },
    { regon: '100000020', wielkosc: 'mała', v1: 'II', v2: 'odstąpienie', r: 700000n, numer: 3 },
  ];
  const w: Wojewodztwo = {
    wnioski,
    parametry: {
      A: 1000000n,
      p1Setne: 8000,
      podzial: 'wg wnioskowanych kwot',
      sio: null,
      ziarno: null,
      losowanie: 'jedna lista',
    },
  };
  const wynik = porownaj(w);
  expect(wynik.przebieg.filter((k) => k.wynik === 'zwrot').map((k) => k.kwota)).toEqual([0n]);
});
