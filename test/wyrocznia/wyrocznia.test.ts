/** The oracle itself against the worked scenarios of scenarios.md (S2, S2 seeded, S7, S7b), before it judges the engine. */
import { coJesli, wyrocznia, type ParametryW, type WniosekW, type Wielkosc, type Wariant } from './wyrocznia';

const zl = (z: number): bigint => BigInt(Math.round(z * 100));

function wiersz(
  regon: string,
  wielkosc: Wielkosc,
  v1: Wariant,
  v2: WniosekW['v2'],
  r: number,
  numer: number | null,
): WniosekW {
  return { regon, wielkosc, v1, v2, r: zl(r), numer };
}

const S2: WniosekW[] = [
  wiersz('140000017', 'mała', 'I', 'II', 90000, 3),
  wiersz('140000023', 'średnia', 'I', 'odstąpienie', 140000, 1),
  wiersz('140000030', 'duża', 'I', 'II', 200000, 5),
  wiersz('140000046', 'mała', 'II', 'I', 60000, 2),
  wiersz('140000052', 'średnia', 'II', 'odstąpienie', 140000, 7),
  wiersz('140000069', 'mała', 'I', 'II', 85000, 4),
  wiersz('140000075', 'duża', 'I', 'odstąpienie', 200000, 6),
  wiersz('140000081', 'średnia', 'II', 'I', 120000, 8),
];
const P_S2: ParametryW = {
  A: zl(600000),
  p1Setne: null,
  podzial: 'wg wnioskowanych kwot',
  sio: null,
  ziarno: null,
  losowanie: 'jedna lista',
};

/** [REGON, decision, variant, support zł | null, step | null, shortfall zł | null, position] */
type Oczekiwane = [string, string, Wariant, number | null, string | null, number | null, number | null];

function zgodne(wynik: ReturnType<typeof wyrocznia>, oczekiwane: Oczekiwane[]): void {
  for (const [regon, decyzja, wariant, wsparcie, krok, brak, pozycja] of oczekiwane) {
    const d = wynik.decyzje.find((x) => x.regon === regon)!;
    expect([regon, d.decyzja, d.wariant, d.wsparcie, d.krok, d.brak, pozycja === null ? null : d.pozycja]).toEqual([
      regon,
      decyzja,
      wariant,
      wsparcie === null ? null : zl(wsparcie),
      krok,
      brak === null ? null : zl(brak),
      pozycja,
    ]);
  }
}

test('CS-Z3.2 CS-Z3.3 CS-Z3.4 CS-Z3.5 CS-Z3.7 CS-Z3.8 oracle: S2 to the grosz', () => {
  const w = wyrocznia(S2, P_S2);
  expect(w.E).toEqual({ I: 41449275n, II: 18550725n });
  expect(w.Es).toEqual({
    I: { mała: 10144927n, średnia: 8115942n, duża: 23188406n },
    II: { mała: 3478261n, średnia: 15072464n, duża: 0n },
  });
  zgodne(w, [
    ['140000017', 'zakwalifikowana', 'I', 90000, '4', null, 3],
    ['140000023', 'niezakwalifikowana', 'I', null, null, 15507.25, 1],
    ['140000030', 'zakwalifikowana', 'I', 200000, '4', null, 5],
    ['140000046', 'zakwalifikowana', 'II', 60000, '7', null, 2],
    ['140000052', 'zakwalifikowana', 'II', 140000, '4', null, 7],
    ['140000069', 'zakwalifikowana', 'I', 85000, '5', null, 4],
    ['140000075', 'niezakwalifikowana', 'I', null, null, 160507.25, 6],
    ['140000081', 'niezakwalifikowana', 'II', null, null, 74492.75, 8],
  ]);
  expect(w.decyzje[1].powod).toBe('brak środków; wariant zastępczy: odstąpienie');
  expect(w.decyzje[7].powod).toBe('brak środków');
  const przesuniecie = w.przebieg.find((p) => p.wynik === 'przesunięcie')!;
  const zwrot = w.przebieg.find((p) => p.wynik === 'zwrot')!;
  expect([przesuniecie.kwota, zwrot.kwota]).toEqual([zl(39492.75), zl(25000)]);
  expect(w.D).toEqual({ I: zl(400000), II: zl(200000) });
  expect(w.L).toEqual({ I: zl(25000), II: 0n });
  expect(w.niewykorzystane).toBe(zl(25000));
});

test('CS-Z3.1 oracle: S2 seeded — SHA-256 keys, positions and result', () => {
  const w = wyrocznia(
    S2.map((x) => ({ ...x, numer: null })),
    { ...P_S2, ziarno: '2012-05-10 losowanie 7-13-22', losowanie: 'ziarno' },
  );
  const pozycje = Object.fromEntries(w.decyzje.map((d) => [d.regon.slice(-3), d.pozycja]));
  expect(pozycje).toEqual({ '023': 1, '046': 2, '017': 3, '069': 4, '030': 5, '081': 6, '075': 7, '052': 8 });
  expect(w.decyzje[1].klucz!.startsWith('28aebc258416d3ed')).toBe(true);
  const zakw = w.decyzje.filter((d) => d.decyzja === 'zakwalifikowana').map((d) => `${d.regon.slice(-3)}:${d.krok}`);
  expect(zakw.sort()).toEqual(['017:4', '030:4', '046:5', '069:5', '081:4']);
  expect(w.decyzje.find((d) => d.regon === '140000046')!.wariant).toBe('II');
  expect(w.niewykorzystane).toBe(zl(45000));
});

test('CS-Z3.0 oracle: everything fits — all qualify in v1, no draw', () => {
  const w = wyrocznia(S2, { ...P_S2, A: zl(1035000) });
  expect(w.wszystkieMieszcza).toBe(true);
  expect(w.decyzje.every((d) => d.decyzja === 'zakwalifikowana' && d.krok === '0' && d.pozycja === null)).toBe(true);
  expect(w.niewykorzystane).toBe(0n);
});

const S7: WniosekW[] = [
  wiersz('140000023', 'mała', 'I', 'II', 90000, 2),
  wiersz('140000030', 'mała', 'I', 'odstąpienie', 80000, 1),
  wiersz('140000046', 'mała', 'I', 'II', 70000, 3),
  wiersz('140000052', 'średnia', 'I', 'II', 140000, 1),
  wiersz('140000069', 'średnia', 'I', 'odstąpienie', 120000, 2),
  wiersz('140000075', 'duża', 'I', 'II', 200000, 1),
  wiersz('140000081', 'mała', 'II', 'I', 90000, 1),
  wiersz('140000098', 'średnia', 'II', 'odstąpienie', 140000, 1),
  wiersz('140000106', 'średnia', 'II', 'I', 100000, 2),
];

test('CS-Z3.1 P4 w koszykach oracle: S7 merged order and result to the grosz', () => {
  const w = wyrocznia(S7, { ...P_S2, p1Setne: 6000, losowanie: 'w koszykach' });
  expect(w.E).toEqual({ I: zl(360000), II: zl(240000) });
  expect(w.Es).toEqual({
    I: { mała: zl(123428.57), średnia: zl(133714.29), duża: zl(102857.14) },
    II: { mała: zl(65454.55), średnia: zl(174545.45), duża: 0n },
  });
  zgodne(w, [
    ['140000030', 'zakwalifikowana', 'I', 80000, '4', null, 1],
    ['140000052', 'zakwalifikowana', 'I', 140000, '5', null, 2],
    ['140000075', 'niezakwalifikowana', 'I', null, null, 97142.86, 3],
    ['140000081', 'zakwalifikowana', 'II', 90000, '5', null, 4],
    ['140000098', 'zakwalifikowana', 'II', 140000, '4', null, 5],
    ['140000023', 'niezakwalifikowana', 'I', null, null, 46571.43, 6],
    ['140000069', 'zakwalifikowana', 'I', 120000, '4', null, 7],
    ['140000106', 'niezakwalifikowana', 'II', null, null, 65454.55, 8],
    ['140000046', 'niezakwalifikowana', 'I', null, null, 26571.43, 9],
  ]);
  expect(w.decyzje.map((d) => d.numerWKoszyku)).toEqual([2, 1, 3, 1, 2, 1, 1, 1, 2]);
  expect(w.niewykorzystane).toBe(zl(30000));
  expect(w.L).toEqual({ I: zl(20000), II: zl(10000) });
  expect(w.D).toEqual({ I: zl(360000), II: zl(240000) });
});

test('CS-Z3.1 P4 w koszykach oracle: S7b — the merged order is not a round-robin', () => {
  const A = ['A1', 'A2', 'A3', 'A4'].map((x, i) => wiersz(x, 'mała', 'I', 'II', 90000, i + 1));
  const B = ['B1', 'B2'].map((x, i) => wiersz(x, 'mała', 'II', 'I', 90000, i + 1));
  const w = wyrocznia([...B, ...A], { ...P_S2, A: zl(100000), losowanie: 'w koszykach' });
  const wgPozycji = [...w.decyzje].sort((a, b) => a.pozycja! - b.pozycja!).map((d) => d.regon);
  expect(wgPozycji).toEqual(['A1', 'B1', 'A2', 'A3', 'B2', 'A4']);
});

test('CS-Z3.W oracle: the S2 what-if table, same draw order', () => {
  const tabela = coJesli(S2, P_S2)!;
  const zl0 = (x: bigint) => Number(x / 100n);
  expect(
    tabela
      .filter((w) => !w.uzyty)
      .map((w) => [
        Number((w.udzial.licznik * 100n) / w.udzial.mianownik),
        w.I.liczba,
        zl0(w.I.kwota),
        w.II.liczba,
        zl0(w.II.kwota),
        zl0(w.niewykorzystane),
      ]),
  ).toEqual([
    [20, 1, 90000, 4, 405000, 105000],
    [30, 1, 140000, 4, 410000, 50000],
    [40, 2, 230000, 3, 320000, 50000],
    [50, 2, 230000, 3, 285000, 85000],
    [60, 2, 285000, 3, 290000, 25000],
    [70, 3, 375000, 2, 200000, 25000],
    [80, 3, 430000, 2, 145000, 25000],
  ]);
  const uzyty = tabela.find((w) => w.uzyty)!;
  expect([uzyty.udzial, uzyty.niewykorzystane]).toEqual([{ licznik: zl(715000), mianownik: zl(1035000) }, zl(25000)]);
  expect(coJesli(S2, { ...P_S2, A: zl(1035000) })).toBeNull();
});
