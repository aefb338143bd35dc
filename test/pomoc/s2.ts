/** The S2 voivodeship workbook of scenarios.md, as a snapshot (and variants for S4, S5). */
import type { ZeszytSnapshot } from '../../src/core/zeszyt/model';
import { arkusz, data, zeszyt, type Wartosc } from './zeszyt';

export const NAGLOWKI_WNIOSKOW = [
  'Lp.',
  'Organ prowadzący',
  'Nazwa szkoły',
  'REGON szkoły',
  'Położenie',
  'Liczba uczniów klas I-VI',
  'Wariant',
  'Wariant zastępczy',
  'Wnioskowana kwota (zł)',
  'Wkład własny (zł)',
  'Kolejność losowania',
  'Rezygnacja',
  'Data rezygnacji',
];

/** S2 rows [REGON, pupils, variant, fallback, requested zł, draw] — one copy, shared with the example generator */
export { S2, ZIARNO_S2 } from '../../src/przyklady/scenariusze';
import { S2 } from '../../src/przyklady/scenariusze';

export function wierszS2(
  i: number,
  [regon, ucz, v, v2, kw, los]: (typeof S2)[number],
  zKolejnoscia: boolean,
): Wartosc[] {
  return [
    i + 1,
    'Gmina Testowa',
    `SP ${regon}`,
    regon,
    'wieś',
    ucz,
    v,
    v2,
    kw,
    Math.ceil((kw * 100) / 4) / 100,
    zKolejnoscia ? los : null,
    null,
    null,
  ];
}

export function parametryS2(ziarno: string | null): Wartosc[][] {
  return [
    ['Województwo', 'mazowieckie'],
    ['Kwota środków (zł)', 600000],
    ['Udział wariantu I (%)', null],
    ['Podział kwoty wariantu na wielkości szkół', null],
    ['Ziarno losowania', ziarno],
    ['Data posiedzenia zespołu', data(2012, 5, 10)],
    ['Skład zespołu', 'Anna Nowak; Jan Kowalski; Maria Wiśniewska; Piotr Zieliński'],
  ];
}

export function zeszytS2(
  opcje: { reczna?: boolean; ziarno?: string | null; dodatkowe?: Wartosc[][] } = {},
): ZeszytSnapshot {
  const reczna = opcje.reczna ?? true;
  return zeszyt(
    arkusz('Parametry', parametryS2(opcje.ziarno ?? null)),
    arkusz('Wnioski', [NAGLOWKI_WNIOSKOW, ...S2.map((r, i) => wierszS2(i, r, reczna)), ...(opcje.dodatkowe ?? [])]),
  );
}
