/**
 * Scenario workbooks of scenarios.md in the template layout: S2 (manual draw order), S2 seeded, S4
 * (bad input, with the duplicate row), S7 (manual draw held in baskets). Data exactly as in the spec
 * (mirrors test/pomoc/s2.ts, s4.ts, s7.ts).
 */
import { liczba, tekst, zl, minimalnyWklad, ARKUSZ_WNIOSKI, S2, SKLAD_S2, ZIARNO_S2 } from '../core';
import type { WartosciParametrow } from './parametry';
import { zeszytMaly, type WartoscMala, type WierszMaly } from './maly';
import { d } from './komorki';
import { kolumna } from './wierszWniosku';
import type { OczekiwanaUwaga, PrzykladZeszytu } from './model';

/** S2 data: one copy in the core (the trainer's workbook uses it too) */
export { S2, SKLAD_S2, ZIARNO_S2 } from '../core';
export const NAZWA_FORMULOPODOBNA_S4 = '=HYPERLINK("http://x","y")';

export function parametryS2(ziarno: string | null): WartosciParametrow {
  return { wojewodztwo: 'mazowieckie', kwota: 60_000_000, ziarno, data: d(2012, 5, 10), sklad: SKLAD_S2 };
}

/** One S2 row: `Gmina Testowa`, `SP <REGON>`, wieś, own contribution ceil(requested / 4). */
export function wierszS2(i: number, reczna: boolean): NonNullable<WierszMaly> {
  const [regon, uczniowie, wariant, zastepczy, kwota, pozycja] = S2[i];
  return {
    lp: liczba(i + 1),
    organ: tekst('Gmina Testowa'),
    nazwa: tekst(`SP ${regon}`),
    regon: tekst(regon),
    polozenie: tekst('wieś'),
    uczniowie: liczba(uczniowie),
    wariant: tekst(wariant),
    zastepczy: tekst(zastepczy),
    wnioskowana: zl(kwota * 100),
    wklad: zl(minimalnyWklad(kwota * 100)),
    kolejnosc: reczna ? liczba(pozycja) : null,
  };
}

export const wierszeS2 = (reczna: boolean): WierszMaly[] => S2.map((_, i) => wierszS2(i, reczna));

/** CS-5.2: 140000075 asks 215 000 for a large school (cap 200 000) — the one warning of S2. */
export function oczekiwaneS2(): OczekiwanaUwaga[] {
  return [
    {
      arkusz: ARKUSZ_WNIOSKI,
      komorka: `${kolumna('wnioskowana')}8`,
      waga: 'ostrzeżenie',
      regula: 'CS-5.2',
      opis: '140000075: 215 000,00 zł > limit 200 000,00 zł',
    },
  ];
}

export function przykladS2(reczna: boolean): PrzykladZeszytu {
  return zeszytMaly({ parametry: parametryS2(reczna ? null : ZIARNO_S2), wiersze: wierszeS2(reczna) });
}

function wierszS4(
  lp: number,
  nazwa: string,
  regon: string,
  uczniowie: WartoscMala,
  wariant: string | null,
  zastepczy: string,
  kwota: WartoscMala,
  wklad: number,
): NonNullable<WierszMaly> {
  return {
    lp: liczba(lp),
    organ: tekst('Gmina Testowa'),
    nazwa: tekst(nazwa),
    regon: tekst(regon),
    polozenie: tekst('wieś'),
    uczniowie,
    wariant: wariant === null ? null : tekst(wariant),
    zastepczy: tekst(zastepczy),
    wnioskowana: kwota,
    wklad: zl(wklad * 100),
  };
}

/** S4: S2 seeded + rows 9–13 with bad values, row 14 duplicating row 1's REGON, a blank row, row 15. */
export function przykladS4(): PrzykladZeszytu {
  const wiersze: WierszMaly[] = [
    ...wierszeS2(false),
    wierszS4(9, 'SP 9', '140000106', liczba(80), 'I', 'II', tekst('dziewięćdziesiąt tysięcy'), 22500),
    wierszS4(10, 'SP 10', '140000112', { blad: '#DIV/0!' }, 'I', 'II', zl(9_000_000), 22500),
    wierszS4(11, 'SP 11', '140000129', liczba(80), null, 'II', zl(9_000_000), 22500),
    wierszS4(12, 'SP 12', '140000018', liczba(80), 'I', 'II', zl(9_000_000), 22500),
    wierszS4(13, 'SP 13', '140000135', liczba(80), 'I', 'II', tekst('90.000,00'), 22500),
    wierszS4(14, 'SP 14', '140000017', liczba(80), 'I', 'II', zl(9_000_000), 22500),
    null,
    wierszS4(15, NAZWA_FORMULOPODOBNA_S4, '140000098', liczba(120), 'I', 'odstąpienie', zl(10_000_000), 25000),
  ];
  return zeszytMaly({ parametry: parametryS2(ZIARNO_S2), wiersze });
}

/** Every finding S4 must produce (template layout: header row 1, S2 rows 2–9, S4 rows 10–15, blank 16, row 17). */
export function oczekiwaneS4(): OczekiwanaUwaga[] {
  const u = (
    klucz: Parameters<typeof kolumna>[0] | 'A',
    wiersz: number,
    waga: OczekiwanaUwaga['waga'],
    regula: string,
    opis: string,
  ): OczekiwanaUwaga => ({
    arkusz: ARKUSZ_WNIOSKI,
    komorka: `${klucz === 'A' ? 'A' : kolumna(klucz)}${wiersz}`,
    waga,
    regula,
    opis,
  });
  return [
    ...oczekiwaneS2(),
    u('wnioskowana', 10, 'błąd', 'WB-1.4', 'Lp. 9: kwota „dziewięćdziesiąt tysięcy”'),
    u('uczniowie', 11, 'błąd', 'CS-5.1', 'Lp. 10: liczba uczniów #DIV/0!'),
    u('wariant', 12, 'błąd', 'CS-8.1', 'Lp. 11: pusty wariant'),
    u('regon', 13, 'błąd', 'CS-10.4', 'Lp. 12: REGON 140000018 z błędną cyfrą kontrolną'),
    u('wnioskowana', 14, 'błąd', 'WB-1.4', 'Lp. 13: kwota „90.000,00”'),
    u('regon', 2, 'błąd', 'CS-10.4', 'duplikat REGON 140000017 (blokuje)'),
    u('regon', 15, 'błąd', 'CS-10.4', 'Lp. 14: duplikat REGON 140000017 (blokuje)'),
    u('A', 16, 'ostrzeżenie', 'WB-1.2', 'pusty wiersz 16 w środku danych'),
  ];
}

/** [REGON, pupils, variant, fallback, requested zł, number drawn in the basket] — S7 (CS-Z3.1 P4 `w koszykach`) */
export const S7: ReadonlyArray<readonly [string, number, string, string, number, number]> = [
  ['140000023', 80, 'I', 'II', 90000, 2],
  ['140000030', 80, 'I', 'odstąpienie', 80000, 1],
  ['140000046', 80, 'I', 'II', 70000, 3],
  ['140000052', 200, 'I', 'II', 140000, 1],
  ['140000069', 200, 'I', 'odstąpienie', 120000, 2],
  ['140000075', 400, 'I', 'II', 200000, 1],
  ['140000081', 80, 'II', 'I', 90000, 1],
  ['140000098', 200, 'II', 'odstąpienie', 140000, 1],
  ['140000106', 200, 'II', 'I', 100000, 2],
];

/** S7 `Parametry`: 600 000,00 zł, share of I 60 %, `Losowanie ręczne` as given (S7: `w koszykach`), no seed. */
export function parametryS7(losowanie: string | null): WartosciParametrow {
  return { ...parametryS2(null), udzial: 60, losowanie };
}

export function wierszeS7(): WierszMaly[] {
  return S7.map(([regon, uczniowie, wariant, zastepczy, kwota, numer], i) => ({
    lp: liczba(i + 1),
    organ: tekst('Gmina Testowa'),
    nazwa: tekst(`SP ${regon}`),
    regon: tekst(regon),
    polozenie: tekst('wieś'),
    uczniowie: liczba(uczniowie),
    wariant: tekst(wariant),
    zastepczy: tekst(zastepczy),
    wnioskowana: zl(kwota * 100),
    wklad: zl(minimalnyWklad(kwota * 100)),
    kolejnosc: liczba(numer),
  }));
}

/** S7: the manual order drawn in baskets (`w koszykach`); with `jedna lista` the same numbers are blocked. */
export function przykladS7(losowanie: string | null = 'w koszykach'): PrzykladZeszytu {
  return zeszytMaly({ parametry: parametryS7(losowanie), wiersze: wierszeS7() });
}
