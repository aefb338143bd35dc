/** Template `podzial-srodkow` (WB-2 `Podział środków` + `Województwa`) and the S3 example. */
import type { ZapisArkusza, ZapisKomorki } from '../zeszyt/model';
import { arkuszEtykiet, arkuszTabeli, type KolumnaSzablonu } from '../zeszyt/szablon';
import { liczba, tekst, zl } from '../zeszyt/formaty';
import { WOJEWODZTWA } from '../program/definicja';
import type { Grosze } from '../kwota';
import * as S from './schemat';

const LICZBA = { rodzaj: 'calkowita', min: 0 } as const;
const KOLUMNY: KolumnaSzablonu[] = [
  { naglowek: S.KOL_TERYT, szerokosc: 8, staly: true },
  { naglowek: S.KOL_NAZWA, szerokosc: 24, staly: true },
  { naglowek: S.KOL_MALE, szerokosc: 14, regula: LICZBA },
  { naglowek: S.KOL_SREDNIE, szerokosc: 14, regula: LICZBA },
  { naglowek: S.KOL_DUZE, szerokosc: 14, regula: LICZBA },
];

/** S3 (scenarios.md): SIO counts small / medium / large per voivodeship, in TERYT order 02 … 32. */
export const LICZBY_S3: ReadonlyArray<readonly [number, number, number]> = [
  [310, 420, 210],
  [330, 300, 120],
  [720, 310, 100],
  [160, 150, 70],
  [420, 300, 130],
  [560, 650, 230],
  [900, 780, 420],
  [190, 150, 50],
  [620, 480, 120],
  [330, 120, 60],
  [300, 330, 170],
  [330, 620, 360],
  [400, 200, 60],
  [330, 250, 110],
  [640, 560, 250],
  [270, 260, 110],
];
export const KWOTA_S3: Grosze = 4_400_000_000; // 44 000 000,00 zł

/** Shown in the example workbook: S3's counts are made up for the scenario, not the SIO data of 30.09.2011. */
export const UWAGA_PRZYKLADU =
  'Liczby szkół w arkuszu „Województwa” są przykładowe (scenariusz S3) — nie pochodzą z SIO (30.09.2011); przed podziałem wpisz dane z SIO.';

function arkusze(
  kwota: ZapisKomorki,
  jednostka: ZapisKomorki,
  liczby?: typeof LICZBY_S3,
  uwaga?: string,
): ZapisArkusza[] {
  const parametry = arkuszEtykiet(
    S.ARKUSZ_PODZIALU,
    [
      {
        etykieta: S.ETYKIETA_KWOTY,
        regula: { rodzaj: 'dziesietna', min: 0.01 },
        wartosc: kwota,
        podpowiedz: 'kwota do podziału między województwa (CS-9.1), wielokrotność jednostki zaokrąglenia',
      },
      {
        etykieta: S.ETYKIETA_JEDNOSTKI,
        wartosc: jednostka,
        lista: S.JEDNOSTKI.wartosci,
        podpowiedz: `${S.JEDNOSTKI.wartosci.join(' | ')}; puste = ${S.JEDNOSTKA_DOMYSLNA}`,
      },
      // WB-1.1: an unknown label is ignored, so the note never changes the reading
      ...(uwaga ? [{ etykieta: 'Uwaga', wartosc: tekst(uwaga, { kolorTekstu: 'C00000' }) }] : []),
    ],
    {
      tytul: 'Cyfrowa szkoła 2012 — podział kwoty krajowej między województwa (§9)',
      instrukcja:
        'Wpisz kwotę krajową w żółtym polu kolumny B, a w arkuszu „Województwa” liczby szkół z SIO (30.09.2011).',
    },
  );
  const dane = WOJEWODZTWA.map((w, i) => [
    tekst(w.teryt),
    tekst(w.nazwa),
    ...(liczby ? liczby[i].map((n) => liczba(n)) : [null, null, null]),
  ]);
  return [
    parametry,
    arkuszTabeli(S.ARKUSZ_WOJEWODZTW, KOLUMNY, dane, {
      tytul: 'Liczby szkół w województwach (SIO, 30.09.2011)',
      instrukcja: 'Wpisz liczby szkół w żółtych polach; kolumn TERYT i Województwo nie zmieniaj (16 wierszy).',
    }),
  ];
}

/** Empty template: the 16 TERYT codes and names pre-filled, counts and amount empty. */
export function szablonPodzialu(): ZapisArkusza[] {
  return arkusze(null, null);
}

/**
 * The same template filled with scenario S3: 44 000 000,00 zł, the S3 counts (illustrative, and said so
 * in the sheet) and the 1 000 zł rounding unit the minister's split used in whole thousands.
 */
export function przykladPodzialu(): ZapisArkusza[] {
  return arkusze(zl(KWOTA_S3), tekst('1 000 zł'), LICZBY_S3, UWAGA_PRZYKLADU);
}
