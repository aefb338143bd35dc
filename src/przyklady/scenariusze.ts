/**
 * Scenario workbooks of scenarios.md in the template layout: S2 (manual draw order), S2 seeded, S4
 * (bad input, with the duplicate row). Data exactly as in the spec (mirrors test/pomoc/s2.ts, s4.ts).
 */
import { liczba, tekst, zl, minimalnyWklad, ARKUSZ_WNIOSKI } from '../core';
import type { WartosciParametrow } from './parametry';
import { zeszytMaly, type WartoscMala, type WierszMaly } from './maly';
import { d } from './komorki';
import { kolumna } from './wierszWniosku';
import type { OczekiwanaUwaga, PrzykladZeszytu } from './model';

/** [REGON, pupils, variant, fallback, requested zł, manual draw position] — S2 */
export const S2: ReadonlyArray<readonly [string, number, string, string, number, number]> = [
  ['140000017', 80, 'I', 'II', 90000, 3],
  ['140000023', 250, 'I', 'odstąpienie', 140000, 1],
  ['140000030', 420, 'I', 'II', 200000, 5],
  ['140000046', 95, 'II', 'I', 60000, 2],
  ['140000052', 180, 'II', 'odstąpienie', 140000, 7],
  ['140000069', 60, 'I', 'II', 85000, 4],
  ['140000075', 310, 'I', 'odstąpienie', 215000, 6],
  ['140000081', 150, 'II', 'I', 120000, 8],
];

export const ZIARNO_S2 = '2012-05-10 losowanie 7-13-22';
export const SKLAD_S2 = ['Anna Nowak', 'Jan Kowalski', 'Maria Wiśniewska', 'Piotr Zieliński'];
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
