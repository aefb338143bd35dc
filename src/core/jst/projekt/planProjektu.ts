/**
 * JST-5 / JST-6 programme constants as data (FERS 2023 project card): indicator targets, the budget
 * plan, the task shares and windows. Another edition of the programme is another `PlanProjektu`.
 */
import type { DataKalendarzowa } from '../../program/definicja';
import type { Grosze } from '../../kwota';
import type { NazwaZadania } from '../slowniki';

export interface CelWskaznika {
  id: 'kadra-wsparcie' | 'kadra-kompetencje' | 'jst-doradztwo';
  nazwa: string;
  nazwaEn: string;
  rodzaj: 'produkt' | 'rezultat';
  cel: number;
  /** women / men targets; null for an indicator counting JSTs */
  celK: number | null;
  celM: number | null;
}

export interface ZadanieProjektu {
  zadanie: NazwaZadania;
  /** share of the total in hundredths of a percent (5 % → 500) */
  udzialSetne: number;
  kwota: Grosze;
  /** inclusive window of the task */
  okno: { od: DataKalendarzowa; do: DataKalendarzowa };
  opisOkna: string;
}

export interface PlanProjektu {
  nazwa: string;
  ogolem: Grosze;
  lata: Array<{ rok: number; kwota: Grosze }>;
  zadania: ZadanieProjektu[];
  /** EU co-financing rate in hundredths of a percent (82,52 % → 8252) */
  udzialUeSetne: number;
  wkladUe: Grosze;
  wkladWlasny: Grosze;
  wskazniki: CelWskaznika[];
}

const DNI_KONCA = [31, 30, 30, 31]; // last day of the last month of Q1 … Q4

/** first / last day of a quarter */
export function kwartal(rok: number, q: 1 | 2 | 3 | 4): { od: DataKalendarzowa; do: DataKalendarzowa } {
  return { od: { y: rok, m: 3 * q - 2, d: 1 }, do: { y: rok, m: 3 * q, d: DNI_KONCA[q - 1] } };
}

const okno = (r1: number, q1: 1 | 2 | 3 | 4, r2: number, q2: 1 | 2 | 3 | 4) => ({
  od: kwartal(r1, q1).od,
  do: kwartal(r2, q2).do,
});
const RZYMSKIE = ['I', 'II', 'III', 'IV'];
const opis = (r1: number, q1: number, r2: number, q2: number) =>
  `${RZYMSKIE[q1 - 1]} kw. ${r1} – ${RZYMSKIE[q2 - 1]} kw. ${r2}`;

const zl = (n: number): Grosze => n * 100;

export const PROJEKT_FERS_2023: PlanProjektu = {
  nazwa:
    'Cyfrowy rozwój oświaty w jednostkach samorządu terytorialnego – szkolenie i doradztwo dla kadry JST (FERS 2023)',
  ogolem: zl(6_000_000),
  lata: [2023, 2024, 2025, 2026].map((rok) => ({ rok, kwota: zl(1_500_000) })),
  zadania: [
    {
      zadanie: 'Zadanie 1',
      udzialSetne: 500,
      kwota: zl(300_000),
      okno: okno(2023, 2, 2024, 2),
      opisOkna: opis(2023, 2, 2024, 2),
    },
    {
      zadanie: 'Zadanie 2',
      udzialSetne: 7000,
      kwota: zl(4_200_000),
      okno: okno(2024, 2, 2025, 3),
      opisOkna: opis(2024, 2, 2025, 3),
    },
    {
      zadanie: 'Zadanie 3',
      udzialSetne: 1000,
      kwota: zl(600_000),
      okno: okno(2025, 3, 2026, 4),
      opisOkna: opis(2025, 3, 2026, 4),
    },
    {
      zadanie: 'Zadanie 4',
      udzialSetne: 1500,
      kwota: zl(900_000),
      okno: okno(2024, 2, 2026, 4),
      opisOkna: opis(2024, 2, 2026, 4),
    },
  ],
  udzialUeSetne: 8252,
  wkladUe: zl(4_951_200),
  wkladWlasny: 0,
  wskazniki: [
    {
      id: 'kadra-wsparcie',
      nazwa: 'Liczba pracowników JST objętych wsparciem',
      nazwaEn: 'JST staff supported',
      rodzaj: 'produkt',
      cel: 150,
      celK: 105,
      celM: 45,
    },
    {
      id: 'kadra-kompetencje',
      nazwa: 'Liczba pracowników JST, którzy podnieśli kompetencje',
      nazwaEn: 'JST staff who raised competences',
      rodzaj: 'rezultat',
      cel: 150,
      celK: 105,
      celM: 45,
    },
    {
      id: 'jst-doradztwo',
      nazwa: 'Liczba JST objętych doradztwem w zakresie cyfrowych rozwiązań strategicznych',
      nazwaEn: 'JSTs covered by advisory on digital strategic solutions',
      rodzaj: 'rezultat',
      cel: 50,
      celK: null,
      celM: null,
    },
  ],
};

/** JST-5 team size (distinct identifiers per TERYT JST, all roles) */
export const ZESPOL_JST = { min: 3, max: 4 };
