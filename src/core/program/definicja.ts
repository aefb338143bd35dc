/**
 * The Cyfrowa szkoła 2012 programme as data (rules as data): every amount, threshold and date the
 * rules use. A trainer's copy with other dates, or a later programme, is another `Program` value.
 */
import type { Grosze } from '../kwota';
import type { Wielkosc } from '../kwalifikacja/typy';
import { KATALOG_POMOCY, FUNKCJONALNOSCI, type PozycjaKatalogu, type Funkcjonalnosc } from './katalogi';

export interface DataKalendarzowa {
  y: number;
  m: number;
  d: number;
}

export interface ProgSzkoly {
  wielkosc: Wielkosc;
  /** inclusive pupil range; `do` null = no upper bound (CS-5.1) */
  od: number;
  do: number | null;
  limit: Grosze;
}

export interface Program {
  id: string;
  nazwa: string;
  podstawa: string;
  /** CS-5.1 sizes and CS-5.2 caps, in order mała, średnia, duża */
  progi: ProgSzkoly[];
  /** CS-4.3: own contribution ≥ licznik/mianownik of the task value → 4·wkład ≥ wsparcie */
  wkladMinimalny: { licznik: number; mianownik: number };
  /** CS-4.2(a): spending counts from this date (inclusive) */
  wkladPoniesionyOd: DataKalendarzowa;
  /** CS-9.2: band for the designated share of each variant, in percent */
  udzialWariantu: { min: number; max: number };
  /** CS-12.1 minimum team size */
  minimalnySkladZespolu: number;
  /** CS-10 … CS-19 deadlines (inclusive) */
  terminy: {
    wniosekDyrektora: DataKalendarzowa; // CS-10.1
    wniosekOrganu: DataKalendarzowa; // CS-11.1
    informacjaDlaMinistra: DataKalendarzowa; // CS-15.1
    wydatkowanieDotacji: DataKalendarzowa; // CS-16.1
    zadaniaSzkoly: DataKalendarzowa; // CS-7.2
    sprawozdanieSzkoly: DataKalendarzowa; // CS-17.1
    sprawozdanieOrganu: DataKalendarzowa; // CS-18.1
    sprawozdanieWojewody: DataKalendarzowa; // CS-19.1
  };
  /** WB-2 `Największa liczba uczniów w oddziale` default (CS-A2 `N`) */
  domyslnaLiczbaUczniowWOddziale: number;
  katalogPomocy: PozycjaKatalogu[];
  funkcjonalnosci: Funkcjonalnosc[];
}

export const CYFROWA_SZKOLA_2012: Program = {
  id: 'cyfrowa-szkola-2012',
  nazwa: 'Cyfrowa szkoła',
  podstawa: 'Rozporządzenie Rady Ministrów z dnia 3 kwietnia 2012 r. (Dz.U. 2012 poz. 411)',
  progi: [
    { wielkosc: 'mała', od: 1, do: 100, limit: 9_000_000 },
    { wielkosc: 'średnia', od: 101, do: 300, limit: 14_000_000 },
    { wielkosc: 'duża', od: 301, do: null, limit: 20_000_000 },
  ],
  wkladMinimalny: { licznik: 1, mianownik: 5 },
  wkladPoniesionyOd: { y: 2012, m: 1, d: 1 },
  udzialWariantu: { min: 20, max: 80 },
  minimalnySkladZespolu: 4,
  terminy: {
    wniosekDyrektora: { y: 2012, m: 4, d: 18 },
    wniosekOrganu: { y: 2012, m: 4, d: 30 },
    informacjaDlaMinistra: { y: 2012, m: 5, d: 14 },
    wydatkowanieDotacji: { y: 2012, m: 12, d: 31 },
    zadaniaSzkoly: { y: 2013, m: 5, d: 31 },
    sprawozdanieSzkoly: { y: 2013, m: 6, d: 10 },
    sprawozdanieOrganu: { y: 2013, m: 6, d: 30 },
    sprawozdanieWojewody: { y: 2013, m: 7, d: 15 },
  },
  domyslnaLiczbaUczniowWOddziale: 25,
  katalogPomocy: KATALOG_POMOCY,
  funkcjonalnosci: FUNKCJONALNOSCI,
};

export const WIELKOSCI: readonly Wielkosc[] = ['mała', 'średnia', 'duża'];

/** The 16 voivodeships, TERYT code → lowercase name (CS-10.4, WB-2 `Województwo`). */
export const WOJEWODZTWA: ReadonlyArray<{ teryt: string; nazwa: string }> = [
  { teryt: '02', nazwa: 'dolnośląskie' },
  { teryt: '04', nazwa: 'kujawsko-pomorskie' },
  { teryt: '06', nazwa: 'lubelskie' },
  { teryt: '08', nazwa: 'lubuskie' },
  { teryt: '10', nazwa: 'łódzkie' },
  { teryt: '12', nazwa: 'małopolskie' },
  { teryt: '14', nazwa: 'mazowieckie' },
  { teryt: '16', nazwa: 'opolskie' },
  { teryt: '18', nazwa: 'podkarpackie' },
  { teryt: '20', nazwa: 'podlaskie' },
  { teryt: '22', nazwa: 'pomorskie' },
  { teryt: '24', nazwa: 'śląskie' },
  { teryt: '26', nazwa: 'świętokrzyskie' },
  { teryt: '28', nazwa: 'warmińsko-mazurskie' },
  { teryt: '30', nazwa: 'wielkopolskie' },
  { teryt: '32', nazwa: 'zachodniopomorskie' },
];
