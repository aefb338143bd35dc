/**
 * The schools (one `Wnioski` row each) of the generated running bodies: names, REGONs, location,
 * pupils (hence size, CS-5.1), variant and fallback (CS-8.1), the requested amount near the cap
 * (CS-5.2, a few above it) and an own contribution of at least ceil(r/4) (CS-4.3).
 */
import {
  type ZapisKomorki,
  type DataKalendarzowa,
  CYFROWA_SZKOLA_2012,
  limitWsparcia,
  minimalnyWklad,
  wielkoscSzkoly,
  type Grosze,
  type Wariant,
  type WariantZastepczy,
  type Polozenie,
  type TypSzkoly,
  type K,
} from '../core';
import type { Los } from './los';
import type { Organ } from './organy';
import type { KomorkaSpecjalna, OczekiwanaUwaga } from './model';
import type { ZapisKwoty } from './komorki';
import type { GeneratorRegonow } from './regony';
import { PATRONI, WSIE_MIEJSCOWNIK } from './nazwy';

export type KluczKolumny = keyof typeof K;

export interface Szkola {
  organ: Organ;
  nazwa: string;
  regon: string;
  /** null = `Typ szkoły` left empty (the default, szkoła podstawowa) */
  typ: TypSzkoly | null;
  polozenie: Polozenie;
  uczniowie: number;
  wariant: Wariant;
  zastepczy: WariantZastepczy;
  wnioskowana: Grosze;
  wklad: Grosze;
  zapisKwot: ZapisKwoty;
  uczniowieTekstem: boolean;
  pokazRodzaj: boolean;
  pokazTeryt: boolean;
  ocena: 'pozytywna' | 'negatywna' | null;
  uzasadnienie: string | null;
  rezygnacja: 'TAK' | 'NIE' | null;
  dataRezygnacji: DataKalendarzowa | null;
  /** cells replaced by a deliberate error */
  nadpisane: Partial<Record<KluczKolumny, ZapisKomorki>>;
  /** cells holding an error value or a formula */
  specjalne: Partial<Record<KluczKolumny, KomorkaSpecjalna>>;
  /** findings expected on this row (column key; the address is resolved when the sheet is laid out) */
  oczekiwane: Array<Omit<OczekiwanaUwaga, 'arkusz' | 'komorka'> & { klucz: KluczKolumny }>;
  celowy: { opis: string; decyzja: 'odrzucona formalnie' | 'w losowaniu' } | null;
}

const MUZYCZNA: TypSzkoly = 'ogólnokształcąca szkoła muzyczna I stopnia';

export function limit(uczniowie: number): Grosze {
  const w = wielkoscSzkoly(uczniowie, CYFROWA_SZKOLA_2012);
  return w ? limitWsparcia(w, CYFROWA_SZKOLA_2012) : 0;
}

function uczniowieDla(los: Los, polozenie: Polozenie, organ: Organ): number {
  if (organ.rodzaj === 'powiat') return los.calkowita(18, 140);
  if (organ.rodzaj === 'województwo') return los.calkowita(12, 90);
  if (polozenie === 'wieś')
    return los.wazony<() => number>([
      [() => los.calkowita(18, 100), 62],
      [() => los.calkowita(101, 260), 33],
      [() => los.calkowita(301, 380), 5],
    ])();
  if (polozenie === 'miasto do 5 tys.') return los.calkowita(85, 340);
  return los.wazony<() => number>([
    [() => los.calkowita(60, 100), 6],
    [() => los.calkowita(101, 300), 52],
    [() => los.calkowita(301, 760), 42],
  ])();
}

function patron(los: Los, p = 0.75): string {
  return los.szansa(p) ? ` im. ${los.wybierz(PATRONI)}` : '';
}

/** the locations and names of one body's schools */
function miejscaSzkol(los: Los, organ: Organ): Array<{ nazwa: string; polozenie: Polozenie; typ: TypSzkoly | null }> {
  const wynik: Array<{ nazwa: string; polozenie: Polozenie; typ: TypSzkoly | null }> = [];
  const numery = new Set<number>();
  const nowyNumer = (max: number) => {
    for (;;) {
      const n = numery.size < max / 2 ? los.calkowita(1, max) : numery.size + 1;
      if (!numery.has(n)) {
        numery.add(n);
        return n;
      }
    }
  };
  const wsie = [...WSIE_MIEJSCOWNIK];
  const wies = () =>
    wsie.length > 1 ? wsie.splice(los.calkowita(0, wsie.length - 1), 1)[0] : los.wybierz(WSIE_MIEJSCOWNIK);
  const typSp = (): TypSzkoly | null => (los.szansa(0.4) ? 'szkoła podstawowa' : null);
  for (let i = 0; i < organ.liczbaSzkol; i++) {
    if (organ.rodzaj === 'powiat') {
      wynik.push({
        nazwa: `Specjalna Szkoła Podstawowa nr ${nowyNumer(9)}${patron(los, 0.5)} w Specjalnym Ośrodku Szkolno-Wychowawczym`,
        polozenie: los.szansa(0.7) ? 'miasto powyżej 5 tys.' : 'miasto do 5 tys.',
        typ: typSp(),
      });
    } else if (organ.rodzaj === 'województwo') {
      const przy = los.wybierz([
        'przy Wojewódzkim Szpitalu Dziecięcym',
        'przy Wojewódzkim Ośrodku Rehabilitacji Dzieci',
        'przy Szpitalu Wojewódzkim',
      ]);
      wynik.push({
        nazwa: `Szkoła Podstawowa Specjalna nr ${nowyNumer(30)} ${przy}`,
        polozenie: 'miasto powyżej 5 tys.',
        typ: typSp(),
      });
    } else {
      const miejska =
        organ.rodzaj === 'miasto na prawach powiatu' || organ.typGminy === 1 || (organ.typGminy === 3 && i === 0);
      if (miejska && los.szansa(0.02)) {
        wynik.push({
          nazwa: `Ogólnokształcąca Szkoła Muzyczna I stopnia${patron(los, 1)}`,
          polozenie: 'miasto powyżej 5 tys.',
          typ: MUZYCZNA,
        });
      } else if (miejska) {
        const max =
          organ.rodzaj === 'miasto na prawach powiatu'
            ? Math.max(40, organ.liczbaSzkol * 3)
            : Math.max(6, organ.liczbaSzkol * 2);
        const polozenie: Polozenie =
          organ.rodzaj === 'miasto na prawach powiatu' || los.szansa(0.6)
            ? 'miasto powyżej 5 tys.'
            : 'miasto do 5 tys.';
        wynik.push({ nazwa: `Szkoła Podstawowa nr ${nowyNumer(max)}${patron(los, 0.85)}`, polozenie, typ: typSp() });
      } else {
        const forma = los.wazony<string>([
          ['Szkoła Podstawowa', 80],
          ['Publiczna Szkoła Podstawowa', 12],
          ['Zespół Szkolno-Przedszkolny — Szkoła Podstawowa', 8],
        ]);
        wynik.push({ nazwa: `${forma}${patron(los, 0.6)} w ${wies()}`, polozenie: 'wieś', typ: typSp() });
      }
    }
  }
  return wynik;
}

function wnioskowanaKwota(los: Los, cap: Grosze): Grosze {
  return los.wazony<() => Grosze>([
    [() => cap, 74],
    [() => cap - los.calkowita(1, 60) * 1000, 5],
    [() => Math.floor((cap * los.calkowita(45, 99)) / 100 / 100) * 100, 19], // whole złoty
    [() => Math.floor((cap * los.calkowita(45, 99)) / 100) + los.calkowita(0, 99), 19], // with grosze
    [() => cap + los.calkowita(5, 300) * 10000, 2], // above the cap (CS-5.2 warning)
  ])();
}

function wkladWlasny(los: Los, wnioskowana: Grosze): Grosze {
  const min = minimalnyWklad(wnioskowana, CYFROWA_SZKOLA_2012); // CS-4.3: ceil(G/4)
  if (los.szansa(0.55)) return min;
  return Math.ceil((min + Math.floor((min * los.calkowita(1, 40)) / 100)) / 100) * 100;
}

function zastepczy(los: Los, wariant: Wariant): WariantZastepczy {
  if (wariant === 'I') return los.szansa(0.55) ? 'II' : 'odstąpienie';
  return los.szansa(0.6) ? 'I' : 'odstąpienie';
}

/** `udzialI`: the probability that a school's first variant is I */
export function generujSzkoly(los: Los, organy: readonly Organ[], regony: GeneratorRegonow, udzialI = 0.72): Szkola[] {
  const wynik: Szkola[] = [];
  for (const organ of organy) {
    for (const m of miejscaSzkol(los, organ)) {
      const uczniowie = m.typ === MUZYCZNA ? los.calkowita(40, 160) : uczniowieDla(los, m.polozenie, organ);
      const wariant: Wariant = los.szansa(udzialI) ? 'I' : 'II';
      const wnioskowana = wnioskowanaKwota(los, limit(uczniowie));
      wynik.push({
        organ,
        nazwa: m.nazwa,
        regon: regony.nowy(),
        typ: m.typ,
        polozenie: m.polozenie,
        uczniowie,
        wariant,
        zastepczy: zastepczy(los, wariant),
        wnioskowana,
        wklad: wkladWlasny(los, wnioskowana),
        zapisKwot: los.wazony<ZapisKwoty>([
          ['liczba', 88],
          ['tekst z odstępami', 6],
          ['tekst ciągły', 4],
          ['tekst PLN', 2],
        ]),
        uczniowieTekstem: los.szansa(0.02),
        pokazRodzaj: los.szansa(0.92),
        pokazTeryt: los.szansa(0.9),
        ocena: los.szansa(0.12) ? 'pozytywna' : null,
        uzasadnienie: null,
        rezygnacja: los.szansa(0.02) ? 'NIE' : null,
        dataRezygnacji: null,
        nadpisane: {},
        specjalne: {},
        oczekiwane: [],
        celowy: null,
      });
    }
  }
  return wynik;
}
