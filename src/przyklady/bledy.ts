/**
 * examples/bledy/: small workbooks with ONE blocking problem each (WB-5.3, WB-3.1, WB-1.9), built on
 * the S2 workbook (seeded draw), with the finding and CLI exit code each must give.
 */
import {
  type ZapisArkusza,
  liczba,
  naglowek,
  tekst,
  zl,
  KOLUMNY_SZABLONU_WNIOSKOW,
  ARKUSZ_WNIOSKI,
  K,
  ARKUSZ_PARAMETRY,
  ETYKIETY_PARAMETROW as E,
  MAKS_WIERSZY_DANYCH,
} from '../core';
import { zeszytMaly, type WierszMaly } from './maly';
import { parametryS2, wierszeS2, wierszS2, ZIARNO_S2 } from './scenariusze';
import { arkuszParametrowZWartosciami, wierszEtykiety } from './parametry';
import { kolumna, KOLEJNOSC_KOLUMN } from './wierszWniosku';
import type { PrzykladZeszytu } from './model';

export interface PrzykladBlednyDef {
  plik: string;
  opis: string;
  /** the blocking finding: sheet, cell (null = the whole sheet), rule */
  arkusz: string;
  komorka: string | null;
  regula: string;
  status: 'zablokowane' | 'odmowa';
  kod: 1 | 2;
  /** write with the streaming writer (large files) */
  duzy?: boolean;
  generuj: () => PrzykladZeszytu;
}

const seeded = () => parametryS2(ZIARNO_S2);
const parametr = (etykieta: string) => `B${wierszEtykiety(etykieta)}`;

/** WB-1.9: header + 100 001 data rows, one value each (a shared string, so the file stays small). */
function stoTysiecyJeden(): PrzykladZeszytu {
  const nazwa = KOLEJNOSC_KOLUMN.indexOf('nazwa');
  const wiersz = Array.from({ length: nazwa + 1 }, (_, i) => (i === nazwa ? tekst('Szkoła Podstawowa') : null));
  const wnioski: ZapisArkusza = {
    nazwa: ARKUSZ_WNIOSKI,
    wiersze: [
      KOLUMNY_SZABLONU_WNIOSKOW.map((k) => naglowek(k.naglowek)),
      ...Array.from({ length: MAKS_WIERSZY_DANYCH + 1 }, () => wiersz),
    ],
    zamrozenie: { wiersze: 1, kolumny: 0 },
  };
  return { arkusze: [arkuszParametrowZWartosciami(seeded()), wnioski], specjalne: [] };
}

export const PRZYKLADY_BLEDNE: PrzykladBlednyDef[] = [
  {
    plik: 'duplikat-regon.xlsx',
    opis: 'REGON 140000017 w wierszach 2 i 10 (CS-10.4: ten sam REGON dwa razy)',
    arkusz: ARKUSZ_WNIOSKI,
    komorka: `${kolumna('regon')}10`,
    regula: 'CS-10.4',
    status: 'zablokowane',
    kod: 1,
    generuj: () =>
      zeszytMaly({
        parametry: seeded(),
        wiersze: [...wierszeS2(false), { ...wierszS2(0, false), lp: liczba(9), nazwa: tekst('SP 140000017 (filia)') }],
      }),
  },
  {
    plik: 'brak-arkusza-wnioski.xlsx',
    opis: 'zeszyt bez arkusza „Wnioski”',
    arkusz: ARKUSZ_WNIOSKI,
    komorka: null,
    regula: 'WB-5.3',
    status: 'zablokowane',
    kod: 1,
    generuj: () => zeszytMaly({ parametry: seeded(), wiersze: [], bezArkuszaWnioskow: true }),
  },
  {
    plik: 'brak-naglowka.xlsx',
    opis: `„Wnioski” bez wymaganego nagłówka „${K.wklad}”`,
    arkusz: ARKUSZ_WNIOSKI,
    komorka: 'A1',
    regula: 'WB-1.2',
    status: 'zablokowane',
    kod: 1,
    generuj: () => zeszytMaly({ parametry: seeded(), wiersze: wierszeS2(false), bezKolumn: ['wklad'] }),
  },
  {
    plik: 'udzial-85.xlsx',
    opis: '„Udział wariantu I (%)” = 85 (poza przedziałem 20–80)',
    arkusz: ARKUSZ_PARAMETRY,
    komorka: parametr(E.udzial),
    regula: 'CS-9.2',
    status: 'zablokowane',
    kod: 1,
    generuj: () => zeszytMaly({ parametry: { ...seeded(), udzial: 85 }, wiersze: wierszeS2(false) }),
  },
  {
    plik: 'brak-ziarna.xlsx',
    opis: 'wnioski przekraczają kwotę, brak „Ziarno losowania” i kolejności ręcznej',
    arkusz: ARKUSZ_PARAMETRY,
    komorka: parametr(E.ziarno),
    regula: 'WB-5.3',
    status: 'zablokowane',
    kod: 1,
    generuj: () => zeszytMaly({ parametry: parametryS2(null), wiersze: wierszeS2(false) }),
  },
  {
    plik: 'zla-kolejnosc.xlsx',
    opis: 'kolejność ręczna z numerem 3 dwukrotnie (wiersze 2 i 9) i bez numeru 8',
    arkusz: ARKUSZ_WNIOSKI,
    komorka: `${kolumna('kolejnosc')}9`,
    regula: 'CS-Z3.1',
    status: 'zablokowane',
    kod: 1,
    generuj: () => {
      const wiersze = wierszeS2(true);
      wiersze[7] = { ...wiersze[7], kolejnosc: liczba(3) };
      return zeszytMaly({ parametry: parametryS2(null), wiersze });
    },
  },
  {
    plik: 'arkusz-protokol.xlsx',
    opis: 'arkusz użytkownika o nazwie „Protokół” (nazwa arkusza wynikowego, WB-3.1)',
    arkusz: 'Protokół',
    komorka: null,
    regula: 'WB-3.1',
    status: 'zablokowane',
    kod: 1,
    generuj: () =>
      zeszytMaly({
        parametry: seeded(),
        wiersze: wierszeS2(false),
        dodatkowe: [
          {
            nazwa: 'Protokół',
            wiersze: [
              [tekst('Notatki z posiedzenia zespołu (arkusz użytkownika)', { pogrubienie: true })],
              [tekst('Posiedzenie 10.05.2012, sala 214.')],
            ],
          },
        ],
      }),
  },
  {
    plik: 'ocena-bez-uzasadnienia.xlsx',
    opis: '„Ocena formalna” = negatywna wbrew propozycji, bez „Uzasadnienie oceny”',
    arkusz: ARKUSZ_WNIOSKI,
    komorka: `${kolumna('uzasadnienie')}2`,
    regula: 'WB-5.2',
    status: 'zablokowane',
    kod: 1,
    generuj: () => {
      const wiersze: WierszMaly[] = wierszeS2(false);
      wiersze[0] = { ...wiersze[0], ocena: tekst('negatywna') };
      return zeszytMaly({ parametry: seeded(), wiersze });
    },
  },
  {
    plik: 'kwota-ponizej-1-zl.xlsx',
    opis: '„Kwota środków (zł)” = 0,50 zł (wymagane co najmniej 1,00 zł)',
    arkusz: ARKUSZ_PARAMETRY,
    komorka: parametr(E.kwota),
    regula: 'WB-5.3',
    status: 'zablokowane',
    kod: 1,
    generuj: () =>
      zeszytMaly({
        parametry: { ...seeded(), kwota: 50, nadpisane: { [E.kwota]: zl(50) } },
        wiersze: wierszeS2(false),
      }),
  },
  {
    plik: 'nieznane-wojewodztwo.xlsx',
    opis: '„Województwo” = Mazowsze (nie jedna z 16 nazw)',
    arkusz: ARKUSZ_PARAMETRY,
    komorka: parametr(E.wojewodztwo),
    regula: 'WB-5.3',
    status: 'zablokowane',
    kod: 1,
    generuj: () => zeszytMaly({ parametry: { ...seeded(), wojewodztwo: 'Mazowsze' }, wiersze: wierszeS2(false) }),
  },
  {
    plik: '100001-wierszy.xlsx',
    opis: '„Wnioski” ze 100 001 wierszami danych (limit 100 000, WB-1.9)',
    arkusz: ARKUSZ_WNIOSKI,
    komorka: null,
    regula: 'WB-1.9',
    status: 'odmowa',
    kod: 2,
    duzy: true,
    generuj: stoTysiecyJeden,
  },
];
