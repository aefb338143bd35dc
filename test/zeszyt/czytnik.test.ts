import { czytajEtykiety, czytajTabele, zaDlugiTekst, MAKS_WIERSZY_DANYCH } from '../../src/core/zeszyt/czytnik';
import { arkusz } from '../pomoc/zeszyt';
import type { ArkuszSnapshot, Komorka } from '../../src/core/zeszyt/model';

describe('WB-1 generic readers', () => {
  test('WB-1.1 label–value: any row order, unknown labels ignored, missing required label named, duplicates blocking', () => {
    const a = arkusz('Parametry', [
      ['Nieznana', 1],
      ['Kwota środków (zł)', 5],
      ['  województwo ', 'mazowieckie'],
      ['Województwo', 'śląskie'],
    ]);
    const e = czytajEtykiety(a, [
      { etykieta: 'Województwo', wymagana: true },
      { etykieta: 'Kwota środków (zł)', wymagana: true },
      { etykieta: 'Skład zespołu', wymagana: true, blokujaca: false },
    ]);
    expect(e.wartosci.get('Kwota środków (zł)')!.adres).toBe('B2');
    expect(e.wartosci.get('Województwo')!.komorka).toEqual({ t: 's', v: 'mazowieckie' });
    const dup = e.uwagi.find((u) => /dwukrotnie/.test(u.komunikat))!;
    expect([dup.komorka, dup.blokujaca]).toEqual(['A4', true]);
    const brak = e.uwagi.find((u) => /Skład zespołu/.test(u.komunikat))!;
    expect(brak.blokujaca).toBeUndefined();
  });

  test('WB-1.2 tables: header within the first 10 rows, any column order, extra columns, data rows, blank runs warned once', () => {
    const a = arkusz('Wnioski', [
      ['Wykaz'],
      [],
      ['Inna', 'B', 'lp.', 'a '],
      [null, 'x', 1, null],
      [null, null, 2, null], // only Lp. → not a data row
      [null, '  ', null, null],
      [null, null, null, 'y'],
      [],
    ]);
    const t = czytajTabele(a, [
      { naglowek: 'A', wymagana: true },
      { naglowek: 'B', wymagana: true },
      { naglowek: 'Lp.', wymagana: false },
    ]);
    expect(t.wierszNaglowka0).toBe(2);
    expect(t.kolumny.get('A')).toBe(3);
    expect(t.wiersze.map((w) => w.wiersz0 + 1)).toEqual([4, 7]);
    const ost = t.uwagi.filter((u) => u.waga === 'ostrzeżenie');
    expect(ost.map((u) => u.komunikat)).toEqual(['Pusty wiersz 5–6 w środku danych — pominięty.']);
  });

  test('WB-1.2 a duplicated header blocks; a missing required header is named', () => {
    const t = czytajTabele(arkusz('W', [['A', 'B', 'A']]), [
      { naglowek: 'A', wymagana: true },
      { naglowek: 'B', wymagana: true },
    ]);
    expect(t.uwagi.some((u) => u.blokujaca && u.komorka === 'C1')).toBe(true);
    const t2 = czytajTabele(arkusz('W', [['A']]), [
      { naglowek: 'A', wymagana: true },
      { naglowek: 'B', wymagana: true },
    ]);
    expect(t2.uwagi.map((u) => u.komunikat)).toEqual(['Brak wymaganego nagłówka „B” w pierwszych 10 wierszach.']);
  });

  test('WB-1.2 a header near miss (a look-alike letter, a typo) is reported where it stands, not at A1', () => {
    const defs = [
      { naglowek: 'Lp.', wymagana: true },
      { naglowek: 'REGON szkoły', wymagana: true },
      { naglowek: 'Nazwa szkoły', wymagana: true },
    ];
    // Cyrillic „о” in REGON, a digit 1 for ł in szkoły
    const t = czytajTabele(arkusz('Wnioski', [['Tytuł'], ['Lp.', 'Uwagi', 'REGОN szkoły', 'Nazwa szko1y']]), defs);
    expect(t.uwagi.map((u) => [u.komorka, u.blokujaca])).toEqual([
      ['C2', true],
      ['D2', true],
    ]);
    expect(t.uwagi[0].komunikat).toMatch(
      /Brak wymaganego nagłówka „REGON szkoły”; tu jest „REGОN szkoły” — prawie to samo/,
    );
    // nothing alike: the header row's A cell, as before
    const u = czytajTabele(arkusz('Wnioski', [['Lp.', 'Kwota']]), defs).uwagi;
    expect(u.map((x) => x.komorka)).toEqual(['A1', 'A1']);
  });

  test('WB-1.9 more than 100 000 data rows or a text over 32 767 characters is refused with one message', () => {
    const wiersze: Komorka[][] = [[{ t: 's', v: 'A' }]];
    for (let i = 0; i <= MAKS_WIERSZY_DANYCH; i++) wiersze.push([{ t: 'n', v: i }]);
    const a: ArkuszSnapshot = { nazwa: 'Wnioski', wiersze };
    const t = czytajTabele(a, [{ naglowek: 'A', wymagana: true }]);
    expect(t.odmowa?.regula).toBe('WB-1.9');
    expect(t.wiersze).toEqual([]);
    const dlugi = arkusz('W', [['a', 'x'.repeat(32768)]]);
    expect(zaDlugiTekst(dlugi)?.komorka).toBe('B1');
  });
});
