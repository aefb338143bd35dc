/** S4 of scenarios.md: S2 seeded plus bad rows 9–14, a blank row and a valid row 15 with a formula-like name. */
import type { ZeszytSnapshot } from '../../src/core/zeszyt/model';
import { NAGLOWKI_WNIOSKOW, S2, ZIARNO_S2, parametryS2, wierszS2 } from './s2';
import { arkusz, blad, zeszyt, type Wartosc } from './zeszyt';

export const NAZWA_FORMULOPODOBNA = '=HYPERLINK("http://x","y")';

const wiersz = (
  lp: number,
  nazwa: string,
  regon: Wartosc,
  ucz: Wartosc,
  v: Wartosc,
  v2: Wartosc,
  kw: Wartosc,
  wklad: Wartosc,
): Wartosc[] => [lp, 'Gmina Testowa', nazwa, regon, 'wieś', ucz, v, v2, kw, wklad, null, null, null];

export function wierszeS4(zDuplikatem: boolean): Wartosc[][] {
  return [
    NAGLOWKI_WNIOSKOW,
    ...S2.map((r, i) => wierszS2(i, r, false)),
    wiersz(9, 'SP 9', '140000106', 80, 'I', 'II', 'dziewięćdziesiąt tysięcy', 22500),
    wiersz(10, 'SP 10', '140000112', blad('#DIV/0!'), 'I', 'II', 90000, 22500),
    wiersz(11, 'SP 11', '140000129', 80, null, 'II', 90000, 22500),
    wiersz(12, 'SP 12', '140000018', 80, 'I', 'II', 90000, 22500),
    wiersz(13, 'SP 13', '140000135', 80, 'I', 'II', '90.000,00', 22500),
    ...(zDuplikatem ? [wiersz(14, 'SP 14', '140000017', 80, 'I', 'II', 90000, 22500)] : []),
    [],
    wiersz(15, NAZWA_FORMULOPODOBNA, '140000098', 120, 'I', 'odstąpienie', 100000, 25000),
  ];
}

export function zeszytS4(zDuplikatem = true): ZeszytSnapshot {
  return zeszyt(arkusz('Parametry', parametryS2(ZIARNO_S2)), arkusz('Wnioski', wierszeS4(zDuplikatem)));
}
