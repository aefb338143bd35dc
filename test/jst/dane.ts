/** Shared inputs: the S6 schools and the `Szkoły JST` header row. */
import { KOLUMNY_SZKOL } from '../../src/core/jst/diagnoza/szkoly';
import { arkusz, type Wartosc } from './pomoc';

export const NAGLOWKI_SZKOL = KOLUMNY_SZKOL.map((k) => k.naglowek);

export interface SzkolaTestowa {
  nazwa: string;
  regon: string;
  typ?: string;
  /** pupils, teachers, rooms */
  u: number;
  n: number;
  s: number;
  /** pupils' computers, older than 5 years, teachers' computers */
  ku: number;
  ks: number;
  kn: number;
  /** rooms with display, with Wi-Fi */
  sm: number;
  sw: number;
  mbps: number;
  swiatlowod: string;
  etaty: number;
  admin: string;
  a: number;
  b: number;
  c: number;
  /** without device, without internet, sharing */
  bu: number;
  bi: number;
  dz: number;
  kopie: string;
  polityka?: string;
  specjalne?: number;
  pomoc?: number;
}

export function wierszSzkoly(x: SzkolaTestowa): Wartosc[] {
  const wart: Record<string, Wartosc> = {
    'Nazwa szkoły': x.nazwa,
    'REGON szkoły': x.regon,
    Typ: x.typ ?? 'szkoła podstawowa',
    Uczniowie: x.u,
    Nauczyciele: x.n,
    'Sale lekcyjne': x.s,
    'Komputery dla uczniów': x.ku,
    'w tym starsze niż 5 lat': x.ks,
    'Komputery dla nauczycieli': x.kn,
    'Sale z monitorem lub tablicą interaktywną': x.sm,
    'Sale z Wi-Fi': x.sw,
    'Przepustowość łącza (Mb/s)': x.mbps,
    Światłowód: x.swiatlowod,
    'Serwerownia lub chmura': 'TAK',
    'Dziennik elektroniczny': 'TAK',
    'Platforma edukacyjna': 'TAK',
    'Kopie zapasowe': x.kopie,
    'Polityka ochrony danych': x.polityka ?? 'TAK',
    'Etaty informatyka': x.etaty,
    'Administrowanie IT': x.admin,
    'Nauczyciele A1-A2': x.a,
    'Nauczyciele B1-B2': x.b,
    'Nauczyciele C1-C2': x.c,
    'Uczniowie bez urządzenia w domu': x.bu,
    'Uczniowie bez internetu w domu': x.bi,
    'Uczniowie dzielący urządzenie': x.dz,
    'Uczniowie ze specjalnymi potrzebami': x.specjalne ?? 0,
    'Uczniowie z rodzin w pomocy społecznej': x.pomoc ?? 0,
  };
  return NAGLOWKI_SZKOL.map((h) => wart[h]);
}

export function arkuszSzkol(szkoly: SzkolaTestowa[]) {
  return arkusz('Szkoły JST', [NAGLOWKI_SZKOL, ...szkoly.map(wierszSzkoly)]);
}

// S6 (scenarios.md) — REGONs with valid check digits
export const SP1: SzkolaTestowa = {
  nazwa: 'SP1',
  regon: '140000017',
  u: 420,
  n: 35,
  s: 20,
  ku: 40,
  ks: 25,
  kn: 20,
  sm: 8,
  sw: 20,
  mbps: 300,
  swiatlowod: 'TAK',
  etaty: 0.5,
  admin: 'informatyk szkolny',
  a: 10,
  b: 20,
  c: 5,
  bu: 8,
  bi: 6,
  dz: 40,
  kopie: 'TAK',
};
export const SP2: SzkolaTestowa = {
  nazwa: 'SP2',
  regon: '140000023',
  u: 90,
  n: 14,
  s: 8,
  ku: 6,
  ks: 5,
  kn: 4,
  sm: 1,
  sw: 3,
  mbps: 20,
  swiatlowod: 'NIE',
  etaty: 0,
  admin: 'nauczyciel',
  a: 7,
  b: 4,
  c: 0,
  bu: 9,
  bi: 4,
  dz: 20,
  kopie: 'NIE',
};
export const SP3: SzkolaTestowa = {
  nazwa: 'SP3',
  regon: '140000030',
  u: 210,
  n: 22,
  s: 14,
  ku: 0,
  ks: 0,
  kn: 12,
  sm: 14,
  sw: 14,
  mbps: 100,
  swiatlowod: 'TAK',
  etaty: 0.25,
  admin: 'centrum usług wspólnych JST',
  a: 2,
  b: 15,
  c: 5,
  bu: 2,
  bi: 2,
  dz: 10,
  kopie: 'TAK',
};

export const NAGLOWKI_PLANU = [
  'Cel',
  'Działanie',
  'Odpowiedzialny',
  'Początek',
  'Koniec',
  'Budżet (zł)',
  'Źródło finansowania',
  'Wskaźnik',
  'Wartość bazowa',
  'Wartość docelowa',
  'Rekomendacja',
  'Konsultacje',
];
export const NAGLOWKI_MONITORINGU = [
  'Działanie',
  'Miesiąc',
  'Postęp (%)',
  'Wartość wskaźnika',
  'Wydatki (zł)',
  'Uwagi',
];

export interface DzialanieTestowe {
  nazwa: string;
  od: string;
  do: string;
  budzet: number | string;
  zrodlo?: string;
  rek?: string;
  cel?: string;
}

export function arkuszPlanuTest(dz: DzialanieTestowe[]) {
  return arkusz('Plan strategiczny', [
    NAGLOWKI_PLANU,
    ...dz.map((d) => [
      d.cel ?? 'Cel 1',
      d.nazwa,
      'Wydział Edukacji',
      d.od,
      d.do,
      d.budzet,
      d.zrodlo ?? 'budżet JST',
      'Wskaźnik',
      0,
      100,
      d.rek ?? '',
      'dyrektorzy; rodzice',
    ]),
  ]);
}

/** rows: [action, month, progress %, spending] */
export function arkuszMonitoringuTest(wiersze: Array<[string, string, number, number]>) {
  return arkusz('Monitoring', [NAGLOWKI_MONITORINGU, ...wiersze.map(([a, m, p, w]) => [a, m, p, p, w, ''])]);
}
