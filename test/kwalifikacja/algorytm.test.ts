import { createHash } from 'crypto';
import { kwalifikuj, type WniosekDoKwalifikacji } from '../../src/core/kwalifikacja';
import { parametry, po, wnioskiS2, zl, ZIARNO_S2 } from './pomoc';

const node = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('S2 qualification with a manual draw order (CS-Z3)', () => {
  const wynik = kwalifikuj(wnioskiS2(), parametry());

  test('CS-Z3.2 default share 715 000 / 1 035 000 and variant envelopes — S2', () => {
    expect(wynik.wszystkieMieszcza).toBe(false);
    expect(wynik.udzial).toEqual({ licznik: 143n, mianownik: 207n, domyslny: true });
    expect(wynik.koperty!.E).toEqual({ I: zl(414492.75), II: zl(185507.25) });
  });

  test('CS-Z3.3 size envelopes by requested amounts — S2', () => {
    expect(wynik.koperty!.Es).toEqual({
      I: { mała: zl(101449.27), średnia: zl(81159.42), duża: zl(231884.06) },
      II: { mała: zl(34782.61), średnia: zl(150724.64), duża: 0 },
    });
  });

  test('CS-Z3.4–CS-Z3.8 results table — S2', () => {
    const oczekiwane: Array<[string, string, string, number | null, string | null, number | null]> = [
      ['140000017', 'zakwalifikowana', 'I', 90000, '4', null],
      ['140000023', 'niezakwalifikowana', 'I', null, null, 15507.25],
      ['140000030', 'zakwalifikowana', 'I', 200000, '4', null],
      ['140000046', 'zakwalifikowana', 'II', 60000, '7', null],
      ['140000052', 'zakwalifikowana', 'II', 140000, '4', null],
      ['140000069', 'zakwalifikowana', 'I', 85000, '5', null],
      ['140000075', 'niezakwalifikowana', 'I', null, null, 160507.25],
      ['140000081', 'niezakwalifikowana', 'II', null, null, 74492.75],
    ];
    expect(wynik.decyzje.map((d) => [d.regon, d.decyzja, d.wariant, d.wsparcie, d.krok, d.brak])).toEqual(
      oczekiwane.map(([r, d, w, s, k, b]) => [r, d, w, s === null ? null : zl(s), k, b === null ? null : zl(b)]),
    );
    expect(po(wynik.decyzje, '140000023').powod).toBe('brak środków; wariant zastępczy: odstąpienie');
    expect(po(wynik.decyzje, '140000075').powod).toBe('brak środków; wariant zastępczy: odstąpienie');
    expect(po(wynik.decyzje, '140000081').powod).toBe('brak środków');
    expect(wynik.decyzje.map((d) => d.pozycja)).toEqual([3, 1, 5, 2, 7, 4, 6, 8]);
    expect(wynik.decyzje.every((d) => d.klucz === null)).toBe(true);
  });

  test('CS-Z3.7 shift 39 492,75 I→II, 14 492,75 used, 25 000 back; final D and unused — S2', () => {
    const przes = wynik.przebieg.filter((p) => p.wynik === 'przesunięcie' || p.wynik === 'zwrot');
    expect(przes).toHaveLength(2);
    const [p, z] = przes;
    expect(p).toMatchObject({
      krok: '7',
      wariant: 'II',
      zWariantu: 'I',
      kwota: zl(39492.75),
      dostepnePrzed: zl(45507.25),
      dostepnePo: zl(85000),
    });
    expect(z).toMatchObject({
      krok: '7',
      wariant: 'II',
      zWariantu: 'II',
      kwota: zl(25000),
      dostepnePrzed: zl(25000),
      dostepnePo: 0,
    });
    expect(p.kwota! - z.kwota!).toBe(zl(14492.75));
    const i = wynik.przebieg.indexOf(p);
    expect(wynik.przebieg.slice(i + 1, wynik.przebieg.indexOf(z)).map((x) => [x.regon, x.wynik])).toEqual([
      ['140000046', 'zakwalifikowana'],
      ['140000081', 'nie mieści się'],
    ]);
    expect(wynik.koperty!.D).toEqual({ I: zl(400000), II: zl(200000) });
    expect(wynik.koperty!.L).toEqual({ I: zl(25000), II: 0 });
    expect(wynik.niewykorzystane).toBe(zl(25000));
    expect(wynik.przyznano).toBe(zl(575000));
  });

  test('CS-Z3.4 trace: one row per examination in execution order — S2', () => {
    const kroki = wynik.przebieg.map((p) => `${p.krok}${p.wariant}:${p.regon ?? p.wynik}`);
    expect(kroki).toEqual([
      '4I:140000017',
      '4I:140000069',
      '4I:140000023',
      '4I:140000030',
      '4I:140000075',
      '4II:140000046',
      '4II:140000052',
      '4II:140000081',
      '5I:140000023',
      '5I:140000069',
      '5I:140000075',
      '5II:140000046',
      '5II:140000081',
      '6I:140000046',
      '6I:140000081',
      '7II:przesunięcie',
      '7II:140000046',
      '7II:140000081',
      '7II:zwrot',
    ]);
    expect(wynik.przebieg[0]).toEqual({
      krok: '4',
      wariant: 'I',
      grupa: 'mała',
      pozycja: 3,
      regon: '140000017',
      klucz: null,
      r: zl(90000),
      dostepnePrzed: zl(101449.27),
      wynik: 'zakwalifikowana',
      brak: null,
      dostepnePo: zl(11449.27),
    });
    expect(wynik.przebieg[1]).toMatchObject({ wynik: 'nie mieści się', brak: zl(73550.73), dostepnePo: zl(11449.27) });
    expect(wynik.przebieg.filter((p) => p.krok === '5').every((p) => p.grupa === '—')).toBe(true);
  });
});

describe('S2 seeded (CS-Z3.1)', () => {
  const wynik = kwalifikuj(wnioskiS2(false), parametry({ kolejnoscReczna: false, ziarno: ZIARNO_S2 }));

  test('CS-Z3.1 positions and keys by SHA-256(seed|REGON) — S2 seeded', () => {
    const poz = Object.fromEntries(wynik.decyzje.map((d) => [d.regon.slice(-3), d.pozycja]));
    expect(poz).toEqual({ '023': 1, '046': 2, '017': 3, '069': 4, '030': 5, '081': 6, '075': 7, '052': 8 });
    const d023 = po(wynik.decyzje, '140000023');
    expect(d023.klucz!.startsWith('28aebc258416d3ed')).toBe(true);
    for (const d of wynik.decyzje) expect(d.klucz).toBe(node(`${ZIARNO_S2}|${d.regon}`));
    expect(wynik.przebieg[0].klucz).toBe(po(wynik.decyzje, wynik.przebieg[0].regon!).klucz);
  });

  test('CS-Z3.4 / CS-Z3.5 results and unused 45 000 — S2 seeded', () => {
    const zak = wynik.decyzje
      .filter((d) => d.decyzja === 'zakwalifikowana')
      .map((d) => [d.regon.slice(-3), d.wariant, d.krok]);
    expect(zak).toEqual([
      ['017', 'I', '4'],
      ['030', 'I', '4'],
      ['046', 'II', '5'],
      ['069', 'I', '5'],
      ['081', 'II', '4'],
    ]);
    expect(wynik.niewykorzystane).toBe(zl(45000));
  });
});

describe('S4 bad input: the nine valid rows drawn by the seed (CS-Z3.1 … CS-Z3.8)', () => {
  const wnioski: WniosekDoKwalifikacji[] = [
    ...wnioskiS2(false),
    { indeks: 15, regon: '140000098', wielkosc: 'średnia', v1: 'I', v2: 'odstąpienie', r: zl(100000) },
  ];
  const wynik = kwalifikuj(wnioski, parametry({ kolejnoscReczna: false, ziarno: ZIARNO_S2 }));

  test('CS-Z3.1 seeded positions — S4', () => {
    const poz = Object.fromEntries(wynik.decyzje.map((d) => [d.regon.slice(-3), d.pozycja]));
    expect(poz).toEqual({ '098': 1, '023': 2, '046': 3, '017': 4, '069': 5, '030': 6, '081': 7, '075': 8, '052': 9 });
  });

  test('CS-Z3.4 / CS-Z3.7 results and unused 30 000 — S4', () => {
    const zak = wynik.decyzje
      .filter((d) => d.decyzja === 'zakwalifikowana')
      .map((d) => [d.regon.slice(-3), d.wariant, d.krok]);
    expect(zak).toEqual([
      ['017', 'I', '4'],
      ['030', 'I', '4'],
      ['046', 'II', '7'],
      ['081', 'II', '4'],
      ['098', 'I', '4'],
    ]);
    expect(wynik.niewykorzystane).toBe(zl(30000));
    expect(wynik.decyzje.map((d) => d.indeks)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 15]);
  });
});

describe('CS-Z3.0 all fit', () => {
  test('CS-Z3.0 Σr ≤ A: all qualify in v1 with r, krok 0, no draw, no envelopes, no what-if', () => {
    const w = wnioskiS2(false);
    const wynik = kwalifikuj(w, parametry({ kwota: zl(1035000), ziarno: null, kolejnoscReczna: false }));
    expect(wynik.wszystkieMieszcza).toBe(true);
    expect(wynik.udzial).toBeNull();
    expect(wynik.koperty).toBeNull();
    expect(wynik.coJesli).toBeNull();
    expect(wynik.niewykorzystane).toBe(0);
    expect(
      wynik.decyzje.every(
        (d) => d.decyzja === 'zakwalifikowana' && d.krok === '0' && d.pozycja === null && d.klucz === null,
      ),
    ).toBe(true);
    expect(wynik.decyzje.map((d) => [d.wariant, d.wsparcie])).toEqual(w.map((x) => [x.v1, x.r]));
    expect(wynik.przebieg.map((p) => [p.krok, p.regon, p.wynik])).toEqual(
      w.map((x) => ['0', x.regon, 'zakwalifikowana']),
    );
    expect(wynik.przebieg[0]).toMatchObject({ dostepnePrzed: zl(1035000), dostepnePo: zl(945000), pozycja: null });
  });

  test('CS-Z3.0 the manual order is neither validated nor used', () => {
    const w = wnioskiS2(true).map((x) => ({ ...x, pozycjaReczna: 99 }));
    const wynik = kwalifikuj(w, parametry({ kwota: zl(2000000) }));
    expect(wynik.niewykorzystane).toBe(zl(2000000 - 1035000));
    expect(wynik.decyzje.every((d) => d.pozycja === null)).toBe(true);
  });

  test('CS-Z3.0 no applications at all', () => {
    const wynik = kwalifikuj([], parametry());
    expect(wynik).toMatchObject({
      wszystkieMieszcza: true,
      decyzje: [],
      przebieg: [],
      przyznano: 0,
      niewykorzystane: zl(600000),
    });
  });
});

/** Small hand cases: A = 1 000 zł, P1 = 50 %, everything mała. */
function reczne(rows: Array<[string, 'I' | 'II', 'I' | 'II' | 'odstąpienie', number]>): WniosekDoKwalifikacji[] {
  return rows.map(([regon, v1, v2, r], i) => ({
    indeks: i,
    regon,
    wielkosc: 'mała',
    v1,
    v2,
    r: zl(r),
    pozycjaReczna: i + 1,
  }));
}
const P50 = parametry({ kwota: zl(1000), udzialWariantuISetne: 5000 });

describe('CS-Z3.4 … CS-Z3.8 hand cases', () => {
  test('CS-Z3.4 the walk continues past an application that does not fit; never a partial grant; CS-Z3.7 II→I', () => {
    const w = reczne([
      ['1', 'I', 'odstąpienie', 300],
      ['2', 'I', 'odstąpienie', 250],
      ['3', 'I', 'odstąpienie', 200],
      ['4', 'II', 'odstąpienie', 600],
    ]);
    const wynik = kwalifikuj(w, P50);
    expect(wynik.koperty!.E).toEqual({ I: zl(500), II: zl(500) });
    expect(wynik.decyzje.map((d) => [d.regon, d.decyzja, d.wariant, d.krok, d.brak])).toEqual([
      ['1', 'zakwalifikowana', 'I', '4', null],
      ['2', 'zakwalifikowana', 'I', '7', null],
      ['3', 'zakwalifikowana', 'I', '4', null],
      ['4', 'niezakwalifikowana', 'II', null, zl(100)],
    ]);
    // step 7: II→I moves min(L_II 500, D_II − 200, 800 − D_I) = 300; 250 used; 50 back
    const p = wynik.przebieg.filter((x) => x.krok === '7');
    expect(p.map((x) => [x.wynik, x.kwota ?? x.r])).toEqual([
      ['przesunięcie', zl(300)],
      ['zakwalifikowana', zl(250)],
      ['zwrot', zl(50)],
    ]);
    expect(wynik.koperty!.D).toEqual({ I: zl(750), II: zl(250) });
    expect(wynik.koperty!.L).toEqual({ I: 0, II: zl(250) });
    expect(wynik.niewykorzystane).toBe(zl(250));
    expect(po(wynik.decyzje, '2').brak).toBeNull();
  });

  test('CS-Z3.5 leftover of another size group is used within the variant', () => {
    const w: WniosekDoKwalifikacji[] = [
      { indeks: 0, regon: 'a', wielkosc: 'mała', v1: 'I', v2: 'odstąpienie', r: zl(300), pozycjaReczna: 1 },
      { indeks: 1, regon: 'b', wielkosc: 'mała', v1: 'I', v2: 'odstąpienie', r: zl(300), pozycjaReczna: 2 },
      { indeks: 2, regon: 'c', wielkosc: 'duża', v1: 'I', v2: 'odstąpienie', r: zl(100), pozycjaReczna: 3 },
      { indeks: 3, regon: 'd', wielkosc: 'mała', v1: 'II', v2: 'odstąpienie', r: zl(600), pozycjaReczna: 4 },
    ];
    // E_I = 500: mała 500·600/700 = 428,57…, duża 71,43 → in step 4 b (300) and c (100) do not fit;
    // L_I = 128,57 + 71,43 = 200: step 5 skips b, qualifies c; step 7 moves the last 100 to II where d fits
    const wynik = kwalifikuj(w, P50);
    expect(wynik.koperty!.Es.I).toEqual({ mała: zl(428.57), średnia: 0, duża: zl(71.43) });
    expect(wynik.decyzje.map((d) => [d.regon, d.decyzja, d.krok, d.brak])).toEqual([
      ['a', 'zakwalifikowana', '4', null],
      ['b', 'niezakwalifikowana', null, zl(100)],
      ['c', 'zakwalifikowana', '5', null],
      ['d', 'zakwalifikowana', '7', null],
    ]);
    expect(wynik.przebieg.filter((p) => p.krok === '5').map((p) => [p.regon, p.dostepnePrzed, p.wynik])).toEqual([
      ['b', zl(200), 'nie mieści się'],
      ['c', zl(200), 'zakwalifikowana'],
      ['d', zl(500), 'nie mieści się'],
    ]);
  });

  test('CS-Z3.6 the fallback variant is granted in that variant', () => {
    const w = reczne([
      ['1', 'I', 'odstąpienie', 450],
      ['2', 'I', 'II', 300],
      ['3', 'II', 'odstąpienie', 200],
      ['4', 'I', 'odstąpienie', 200],
    ]);
    const wynik = kwalifikuj(w, P50);
    expect(wynik.decyzje.map((d) => [d.regon, d.decyzja, d.wariant, d.krok])).toEqual([
      ['1', 'zakwalifikowana', 'I', '4'],
      ['2', 'zakwalifikowana', 'II', '6'],
      ['3', 'zakwalifikowana', 'II', '4'],
      ['4', 'niezakwalifikowana', 'I', null],
    ]);
    expect(po(wynik.decyzje, '4')).toMatchObject({
      brak: zl(150),
      powod: 'brak środków; wariant zastępczy: odstąpienie',
    });
    // CS-Z3.7: I has 50 left but nobody waits for II, and II has nothing left → no shift
    expect(wynik.przebieg.some((p) => p.krok === '7')).toBe(false);
    expect(wynik.niewykorzystane).toBe(zl(50));
  });

  test('CS-Z3.7 no shift when x = 0 (D at the band limit)', () => {
    // only variant I demand: default share clamped to 80 %; E_II = 20 % cannot be moved (D_II − ceil(A/5) = 0)
    const w = reczne([
      ['1', 'I', 'odstąpienie', 500],
      ['2', 'I', 'odstąpienie', 600],
    ]);
    const wynik = kwalifikuj(w, parametry({ kwota: zl(1000) }));
    expect(wynik.udzial).toEqual({ licznik: 4n, mianownik: 5n, domyslny: true });
    expect(wynik.koperty!.E).toEqual({ I: zl(800), II: zl(200) });
    expect(wynik.koperty!.Es.II).toEqual({ mała: 0, średnia: 0, duża: 0 });
    expect(wynik.koperty!.L).toEqual({ I: zl(300), II: zl(200) });
    expect(wynik.przebieg.some((p) => p.krok === '7')).toBe(false);
    expect(wynik.decyzje.map((d) => d.decyzja)).toEqual(['zakwalifikowana', 'niezakwalifikowana']);
    expect(po(wynik.decyzje, '2')).toMatchObject({
      brak: zl(300),
      powod: 'brak środków; wariant zastępczy: odstąpienie',
    });
    expect(wynik.niewykorzystane).toBe(zl(500));
  });

  test('CS-Z3.8 smallest shortfall is the minimum over all walks', () => {
    const w = reczne([
      ['1', 'I', 'II', 600],
      ['2', 'II', 'I', 700],
    ]);
    const wynik = kwalifikuj(w, P50);
    // 1: short 100 in steps 4, 5, 6 (II) and 500 in step 7 (after 2 took 700 of the shifted II) → 100
    const wynik1 = po(wynik.decyzje, '1');
    expect(wynik.decyzje.map((d) => [d.decyzja, d.wariant, d.krok])).toEqual([
      ['niezakwalifikowana', 'I', null],
      ['zakwalifikowana', 'II', '7'],
    ]);
    expect(wynik.przebieg.filter((p) => p.regon === '1').map((p) => p.brak)).toEqual([
      zl(100),
      zl(100),
      zl(100),
      zl(500),
    ]);
    expect(wynik1.brak).toBe(zl(100));
    expect(wynik1.powod).toBe('brak środków');
  });

  test('CS-Z3.3 bez podziału: one group wszystkie per variant', () => {
    const wynik = kwalifikuj(wnioskiS2(), parametry({ podzial: 'bez podziału' }));
    expect(wynik.koperty!.Es).toEqual({ I: { wszystkie: zl(414492.75) }, II: { wszystkie: zl(185507.25) } });
    const k4 = wynik.przebieg.filter((p) => p.krok === '4');
    expect(k4.every((p) => p.grupa === 'wszystkie')).toBe(true);
    expect(k4.map((p) => p.pozycja)).toEqual([1, 3, 4, 5, 6, 2, 7, 8]);
  });
});
