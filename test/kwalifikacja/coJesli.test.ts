import { kwalifikuj } from '../../src/core/kwalifikacja';
import { parametry, wnioskiS2, zl } from './pomoc';

describe('CS-Z3.W what-if table', () => {
  test('CS-Z3.W S2 what-if values for 20 … 80 % and the used share', () => {
    const tab = kwalifikuj(wnioskiS2(), parametry()).coJesli!;
    const wiersz = (w: (typeof tab)[number]) => [
      w.udzialSetne,
      w.uzyty,
      w.I.liczba,
      w.I.kwota,
      w.II.liczba,
      w.II.kwota,
      w.niewykorzystane,
    ];
    expect(tab.map(wiersz)).toEqual([
      [2000, false, 1, zl(90000), 4, zl(405000), zl(105000)],
      [3000, false, 1, zl(140000), 4, zl(410000), zl(50000)],
      [4000, false, 2, zl(230000), 3, zl(320000), zl(50000)],
      [5000, false, 2, zl(230000), 3, zl(285000), zl(85000)],
      [6000, false, 2, zl(285000), 3, zl(290000), zl(25000)],
      [6908, true, 3, zl(375000), 2, zl(200000), zl(25000)],
      [7000, false, 3, zl(375000), 2, zl(200000), zl(25000)],
      [8000, false, 3, zl(430000), 2, zl(145000), zl(25000)],
    ]);
    expect(tab[5].udzial).toEqual({ licznik: 143n, mianownik: 207n, domyslny: true });
  });

  test('CS-Z3.W the used share equal to one of the seven marks that row (no duplicate)', () => {
    const tab = kwalifikuj(wnioskiS2(), parametry({ udzialWariantuISetne: 5000 })).coJesli!;
    expect(tab).toHaveLength(7);
    expect(tab.filter((w) => w.uzyty).map((w) => w.udzialSetne)).toEqual([5000]);
    // the default share clamped to 4/5 equals the 80 % row
    const tylkoI = wnioskiS2().filter((w) => w.v1 === 'I');
    const tab2 = kwalifikuj(tylkoI, parametry({ kwota: zl(500000) })).coJesli!;
    expect(tab2.filter((w) => w.uzyty).map((w) => w.udzialSetne)).toEqual([8000]);
  });

  test('CS-Z3.W the used row equals the run itself', () => {
    const wynik = kwalifikuj(wnioskiS2(), parametry({ udzialWariantuISetne: 4321 }));
    const uzyty = wynik.coJesli!.find((w) => w.uzyty)!;
    const zak = wynik.decyzje.filter((d) => d.decyzja === 'zakwalifikowana');
    expect(uzyty.udzialSetne).toBe(4321);
    expect(uzyty.I.kwota + uzyty.II.kwota).toBe(wynik.przyznano);
    expect(uzyty.I.liczba).toBe(zak.filter((d) => d.wariant === 'I').length);
    expect(uzyty.niewykorzystane).toBe(wynik.niewykorzystane);
  });

  test('CS-Z3.W omitted under CS-Z3.0', () => {
    expect(kwalifikuj(wnioskiS2(), parametry({ kwota: zl(2000000) })).coJesli).toBeNull();
  });
});
