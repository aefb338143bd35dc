import {
  kopertyWariantow,
  kopertyWielkosci,
  kwalifikuj,
  pasmo,
  podstawyWielkosci,
  udzialDomyslny,
  udzialPodany,
} from '../../src/core/kwalifikacja';
import { parametry, wnioskiS2, zl } from './pomoc';

describe('CS-Z3.2 variant envelopes', () => {
  test('CS-Z3.2 default share R_I/(R_I+R_II) exact, reduced', () => {
    expect(udzialDomyslny(zl(715000), zl(320000))).toEqual({ licznik: 143n, mianownik: 207n, domyslny: true });
  });

  test('CS-Z3.2 default share clamped to [1/5, 4/5]', () => {
    expect(udzialDomyslny(zl(900), zl(100))).toEqual({ licznik: 4n, mianownik: 5n, domyslny: true });
    expect(udzialDomyslny(zl(100), zl(900))).toEqual({ licznik: 1n, mianownik: 5n, domyslny: true });
    expect(udzialDomyslny(0, zl(900))).toEqual({ licznik: 1n, mianownik: 5n, domyslny: true });
    expect(udzialDomyslny(zl(900), 0)).toEqual({ licznik: 4n, mianownik: 5n, domyslny: true });
    expect(udzialDomyslny(80, 20)).toEqual({ licznik: 4n, mianownik: 5n, domyslny: true });
    expect(udzialDomyslny(79, 21)).toEqual({ licznik: 79n, mianownik: 100n, domyslny: true });
  });

  test('CS-Z3.2 P1 given: sI = P1/100 exactly', () => {
    expect(udzialPodany(6908)).toEqual({ licznik: 1727n, mianownik: 2500n, domyslny: false });
    expect(kopertyWariantow(zl(600000), udzialPodany(6908))).toEqual({ I: zl(414480), II: zl(185520) });
    const wynik = kwalifikuj(wnioskiS2(), parametry({ udzialWariantuISetne: 2001 }));
    expect(wynik.udzial!.domyslny).toBe(false);
    expect(wynik.koperty!.E.I).toBe(zl(120060));
  });

  test('CS-Z3.2 E_I rounded half up to the grosz', () => {
    // 0,5 · 101 gr = 50,5 → 51; 0,3333 · 3 zł
    expect(kopertyWariantow(101, udzialPodany(5000))).toEqual({ I: 51, II: 50 });
    expect(kopertyWariantow(10001, udzialPodany(3333))).toEqual({ I: 3333, II: 6668 }); // 3333.3333 → 3333
    expect(kopertyWariantow(10003, udzialPodany(5000))).toEqual({ I: 5002, II: 5001 }); // 5001,5 → 5002
  });

  test('CS-Z3.2 E_I kept within [ceil(A/5), floor(4A/5)] after rounding', () => {
    expect(pasmo(101)).toEqual({ min: 21, max: 80 });
    // 20 % of 101 gr = 20,2 → 20 < ceil(20,2) = 21
    expect(kopertyWariantow(101, udzialPodany(2000))).toEqual({ I: 21, II: 80 });
    // 80 % of 102 gr = 81,6 → 82 > floor(81,6) = 81
    expect(kopertyWariantow(102, udzialPodany(8000))).toEqual({ I: 81, II: 21 });
    expect(kopertyWariantow(102, udzialDomyslny(1000, 0))).toEqual({ I: 81, II: 21 });
  });
});

describe('CS-Z3.3 size envelopes', () => {
  const S2 = wnioskiS2();

  test('CS-Z3.3 size envelopes by requested amounts — S2', () => {
    const b = podstawyWielkosci(S2, 'wg wnioskowanych kwot', null)!;
    expect(b).toEqual({
      I: [zl(175000), zl(140000), zl(400000)].map(BigInt),
      II: [zl(60000), zl(260000), 0].map(BigInt),
    });
    expect(kopertyWielkosci(zl(414492.75), b.I)).toEqual({
      mała: zl(101449.27),
      średnia: zl(81159.42),
      duża: zl(231884.06),
    });
    expect(kopertyWielkosci(zl(185507.25), b.II)).toEqual({ mała: zl(34782.61), średnia: zl(150724.64), duża: 0 });
  });

  test('CS-Z3.3 size envelopes by school counts and caps (§9), empty group → 0', () => {
    const sio = { mała: 100, średnia: 50, duża: 20 };
    const b = podstawyWielkosci(S2, 'wg liczby szkół i limitów (§9)', sio)!;
    expect(b.I).toEqual([100n * 9000000n, 50n * 14000000n, 20n * 20000000n]);
    expect(b.II).toEqual([100n * 9000000n, 50n * 14000000n, 0n]);
    const wynik = kwalifikuj(S2, parametry({ podzial: 'wg liczby szkół i limitów (§9)', sio }));
    // I: 41 449 275 · 9/20 = 18 652 173,75; · 7/20 = 14 507 246,25; · 4/20 = 8 289 855 → +1 gr to mała
    expect(wynik.koperty!.Es.I).toEqual({ mała: 18652174, średnia: 14507246, duża: 8289855 });
    // II: 18 550 725 · 9/16 = 10 434 782,8125; · 7/16 = 8 115 942,1875 → +1 gr to mała
    expect(wynik.koperty!.Es.II).toEqual({ mała: 10434783, średnia: 8115942, duża: 0 });
  });

  test('CS-Z3.3 §9 with a zero SIO count gives that group nothing', () => {
    const b = podstawyWielkosci(S2, 'wg liczby szkół i limitów (§9)', { mała: 0, średnia: 0, duża: 0 })!;
    expect(b.I).toEqual([0n, 0n, 0n]);
    const wynik = kwalifikuj(
      S2,
      parametry({ podzial: 'wg liczby szkół i limitów (§9)', sio: { mała: 0, średnia: 0, duża: 0 } }),
    );
    expect(wynik.koperty!.Es.I).toEqual({ mała: 0, średnia: 0, duża: 0 });
    // everything comes from L_k in step 5; step 4 still examines every application (rest 0)
    expect(
      wynik.przebieg.filter((p) => p.krok === '4').every((p) => p.wynik === 'nie mieści się' && p.brak === p.r),
    ).toBe(true);
    expect(wynik.przyznano + wynik.niewykorzystane).toBe(zl(600000));
  });

  test('CS-Z3.3 bez podziału: E_k,wszystkie = E_k', () => {
    expect(podstawyWielkosci(S2, 'bez podziału', null)).toBeNull();
    expect(kopertyWielkosci(123, null)).toEqual({ wszystkie: 123 });
  });

  test('CS-Z3.3 largest remainder ties go mała, średnia, duża', () => {
    expect(kopertyWielkosci(10, [1n, 1n, 1n])).toEqual({ mała: 4, średnia: 3, duża: 3 });
    expect(kopertyWielkosci(11, [1n, 1n, 1n])).toEqual({ mała: 4, średnia: 4, duża: 3 });
    expect(kopertyWielkosci(1, [0n, 1n, 1n])).toEqual({ mała: 0, średnia: 1, duża: 0 });
    expect(kopertyWielkosci(5, [1n, 2n, 2n])).toEqual({ mała: 1, średnia: 2, duża: 2 });
  });

  test('CS-Z3.3 Σb = 0: all size envelopes zero, the whole E_k is L_k from the start', () => {
    expect(kopertyWielkosci(zl(1234.56), [0n, 0n, 0n])).toEqual({ mała: 0, średnia: 0, duża: 0 });
    const w = wnioskiS2().filter((x) => x.v1 === 'I');
    const wynik = kwalifikuj(w, parametry({ kwota: zl(500000) }));
    expect(wynik.koperty!.E).toEqual({ I: zl(400000), II: zl(100000) });
    expect(wynik.koperty!.Es.II).toEqual({ mała: 0, średnia: 0, duża: 0 });
    expect(wynik.przebieg.filter((p) => p.krok === '4' && p.wariant === 'II')).toHaveLength(0);
    // fallbacks to II (017, 030, 069) can use L_II = 100 000 in step 6
    expect(wynik.decyzje.filter((d) => d.krok === '6').every((d) => d.wariant === 'II')).toBe(true);
    expect(wynik.koperty!.L.I + wynik.koperty!.L.II).toBe(wynik.niewykorzystane);
  });
});
