/** CS-Z3.1 with P4 `w koszykach`: the merged order of baskets (S7b) and a Małopolska-sized draw. */
import { kolejnoscLosowania, kwalifikuj, type WniosekDoKwalifikacji, type Wielkosc } from '../../src/core/kwalifikacja';
import { parametry } from './pomoc';

const zl = (x: number) => x * 100;

function wniosek(
  indeks: number,
  v1: 'I' | 'II',
  wielkosc: Wielkosc,
  numer: number,
  r = zl(90000),
): WniosekDoKwalifikacji {
  return {
    indeks,
    regon: String(140000000 + indeks),
    wielkosc,
    v1,
    v2: v1 === 'I' ? 'II' : 'I',
    r,
    pozycjaReczna: numer,
  };
}

const KOSZYKI = { losowanieReczne: 'w koszykach', podzial: 'wg wnioskowanych kwot' } as const;

describe('CS-Z3.1 draw in baskets (P4 `w koszykach`)', () => {
  test('S7b CS-Z3.1 the merged order is by the key (p − 1) / n_b alone, not a round-robin: A1, B1, A2, A3, B2, A4', () => {
    const A = [1, 2, 3, 4].map((n, i) => wniosek(i, 'I', 'mała', n));
    const B = [1, 2].map((n, i) => wniosek(10 + i, 'II', 'mała', n));
    const nazwy = new Map<number, string>([
      ...A.map((w, i): [number, string] => [w.indeks, `A${i + 1}`]),
      ...B.map((w, i): [number, string] => [w.indeks, `B${i + 1}`]),
    ]);
    // input order does not matter
    const l = kolejnoscLosowania([...B, ...A].reverse(), null, true, KOSZYKI);
    expect(l.map((x) => nazwy.get(x.wniosek.indeks))).toEqual(['A1', 'B1', 'A2', 'A3', 'B2', 'A4']);
    expect(l.map((x) => x.pozycja)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(l.map((x) => x.klucz)).toEqual(['0', '0', '1/4', '2/4', '1/2', '3/4']);
    expect(l.map((x) => x.numerWKoszyku)).toEqual([1, 1, 2, 3, 2, 4]);
  });

  test('CS-Z3.1 equal keys: variant I before II, then mała, średnia, duża; under `bez podziału` a basket is the variant alone', () => {
    const w = [
      wniosek(0, 'II', 'mała', 1),
      wniosek(1, 'I', 'duża', 1),
      wniosek(2, 'I', 'mała', 1),
      wniosek(3, 'I', 'średnia', 1),
    ];
    expect(kolejnoscLosowania(w, null, true, KOSZYKI).map((x) => x.wniosek.indeks)).toEqual([2, 3, 1, 0]);
    // `bez podziału`: I holds three rows numbered 1…3 together, II one row
    const bez = [
      wniosek(0, 'II', 'mała', 1),
      wniosek(1, 'I', 'duża', 2),
      wniosek(2, 'I', 'mała', 3),
      wniosek(3, 'I', 'średnia', 1),
    ];
    const l = kolejnoscLosowania(bez, null, true, { losowanieReczne: 'w koszykach', podzial: 'bez podziału' });
    expect(l.map((x) => [x.wniosek.indeks, x.klucz])).toEqual([
      [3, '0'],
      [0, '0'],
      [1, '1/3'],
      [2, '2/3'],
    ]);
    // the caller validates; the core refuses a basket that is not exactly 1…n_b rather than guess
    expect(() => kolejnoscLosowania(bez, null, true, KOSZYKI)).toThrow(/CS-Z3.1/);
  });

  test('CS-Z3.1 CS-Z3.4 a Małopolska-sized draw (97 schools, 3 baskets per variant) runs; each basket is walked as drawn', () => {
    const rozklad: Array<['I' | 'II', Wielkosc, number]> = [
      ['I', 'mała', 31],
      ['I', 'średnia', 24],
      ['I', 'duża', 14],
      ['II', 'mała', 12],
      ['II', 'średnia', 10],
      ['II', 'duża', 6],
    ];
    const limit = { mała: 90000, średnia: 140000, duża: 200000 };
    const wnioski: WniosekDoKwalifikacji[] = [];
    let ziarno = 7;
    const los = () => (ziarno = (ziarno * 48271) % 2147483647);
    for (const [v, s, n] of rozklad) {
      // a deterministic shuffle of 1…n: the numbers drawn in this basket
      const numery = Array.from({ length: n }, (_, i) => i + 1);
      for (let i = n - 1; i > 0; i--) {
        const j = los() % (i + 1);
        [numery[i], numery[j]] = [numery[j], numery[i]];
      }
      for (const nr of numery) wnioski.push(wniosek(wnioski.length, v, s, nr, zl(limit[s] - (los() % 30) * 1000)));
    }
    expect(wnioski).toHaveLength(97);
    const A = zl(4_200_000);
    const wynik = kwalifikuj(wnioski, parametry({ kwota: A, losowanieReczne: 'w koszykach' }));
    expect(wynik.wszystkieMieszcza).toBe(false);
    const przyznano = wynik.decyzje.reduce((s, d) => s + (d.wsparcie ?? 0), 0);
    expect(przyznano + wynik.niewykorzystane).toBe(A);
    expect(wynik.decyzje.map((d) => d.pozycja).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 97 }, (_, i) => i + 1),
    );
    // inside one basket the merged order is the order drawn
    const wgIndeksu = new Map(wnioski.map((w) => [w.indeks, w]));
    for (const [v, s] of rozklad) {
      const kosz = wynik.decyzje
        .filter((d) => wgIndeksu.get(d.indeks)!.v1 === v && wgIndeksu.get(d.indeks)!.wielkosc === s)
        .sort((a, b) => a.pozycja! - b.pozycja!);
      expect(kosz.map((d) => d.numerWKoszyku)).toEqual(kosz.map((_, i) => i + 1));
    }
    // step 4 examines every basket in its own drawn order
    const krok4 = wynik.przebieg.filter((k) => k.krok === '4' && k.wariant === 'I' && k.grupa === 'mała');
    expect(krok4.map((k) => k.numerWKoszyku)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
  });
});
