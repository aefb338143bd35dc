/**
 * Running bodies (JST, CS-3.1) of one generated voivodeship: cities with county rights, powiats, the
 * voivodeship itself and gminas (urban 1, rural 2, urban-rural 3 — CS-10.4 TERYT type digits), each
 * with its number of schools and the date of its application (CS-11.1).
 */
import { type DataKalendarzowa, WOJEWODZTWA, type RodzajOrganu } from '../core';
import type { Los } from './los';
import { GMINY, MIASTA_MAZOWIECKIE, POWIATY_MAZOWIECKIE } from './nazwy';
import { d } from './komorki';

export type TypGminy = 1 | 2 | 3;

export interface Organ {
  nazwa: string;
  rodzaj: Exclude<RodzajOrganu, 'inny'>;
  /** 2, 4 or 7 digits */
  teryt: string;
  typGminy: TypGminy | null;
  liczbaSzkol: number;
  /** null = the optional `Data wniosku organu` left empty */
  dataWniosku: DataKalendarzowa | null;
  dataTekstem: boolean;
}

const MAZOWIECKIE = '14';

function wielkaLitera(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** powiat name as the body's name: `Powiat Garwoliński`, `Powiat Warszawski Zachodni` */
function nazwaPowiatu(przymiotnik: string): string {
  return `Powiat ${przymiotnik.split(' ').map(wielkaLitera).join(' ')}`;
}

function powiaty(teryt: string): ReadonlyArray<readonly [string, string]> {
  if (teryt === MAZOWIECKIE) return POWIATY_MAZOWIECKIE;
  // other voivodeships: the same adjectives under codes 01…30 (fictitious pairs, bench data only)
  return POWIATY_MAZOWIECKIE.slice(0, 30).map(([, n], i) => [String(i + 1).padStart(2, '0'), n] as const);
}

function miasta(teryt: string, los: Los): ReadonlyArray<readonly [string, string, number]> {
  if (teryt === MAZOWIECKIE) return MIASTA_MAZOWIECKIE.map(([t, n, w]) => [t, n, w] as const);
  const wagi = [0.5, 0.3, 0.2];
  return wagi.map((w, i) => [`${teryt}${61 + i}`, `Miasto ${los.wybierz(GMINY)}`, w] as const);
}

function dataWniosku(los: Los): Pick<Organ, 'dataWniosku' | 'dataTekstem'> {
  if (los.szansa(0.08)) return { dataWniosku: null, dataTekstem: false };
  return { dataWniosku: d(2012, 4, los.calkowita(10, 30)), dataTekstem: los.szansa(0.06) };
}

/** Splits `n` into parts proportional to `wagi` (largest remainder), each ≥ 1 when n allows. */
function podzielProporcjonalnie(n: number, wagi: readonly number[]): number[] {
  const suma = wagi.reduce((s, w) => s + w, 0);
  const dokladne = wagi.map((w) => (n * w) / suma);
  const czesci = dokladne.map(Math.floor);
  let reszta = n - czesci.reduce((s, x) => s + x, 0);
  const kolejnosc = dokladne.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of kolejnosc) {
    if (reszta-- <= 0) break;
    czesci[i]++;
  }
  return czesci;
}

/**
 * About 14 % of the schools belong to the cities with county rights, one school each to some powiats
 * (special schools), two to the voivodeship, and the rest to gminas of 1–11 schools (more per gmina in
 * very large synthetic sets, so that the TERYT gmina numbers stay two-digit).
 */
export function generujOrgany(los: Los, teryt: string, n: number): Organ[] {
  const wynik: Organ[] = [];
  let pozostalo = n;

  if (n >= 40) {
    const lista = miasta(teryt, los);
    const liczby = podzielProporcjonalnie(
      Math.round(n * 0.14),
      lista.map(([, , w]) => w),
    );
    lista.forEach(([kod, nazwa], i) => {
      if (liczby[i] > 0)
        wynik.push({
          nazwa,
          rodzaj: 'miasto na prawach powiatu',
          teryt: kod,
          typGminy: null,
          liczbaSzkol: liczby[i],
          ...dataWniosku(los),
        });
    });
    pozostalo -= liczby.reduce((s, x) => s + x, 0);
  }

  const listaPowiatow = powiaty(teryt);
  const ilePowiatow = Math.min(listaPowiatow.length, Math.max(1, Math.round(n / 45)));
  for (let i = 0; i < ilePowiatow && pozostalo > 1; i++) {
    const [kod, nazwa] = listaPowiatow[(i * 7) % listaPowiatow.length];
    wynik.push({
      nazwa: nazwaPowiatu(nazwa),
      rodzaj: 'powiat',
      teryt: `${teryt}${kod}`,
      typGminy: null,
      liczbaSzkol: 1,
      ...dataWniosku(los),
    });
    pozostalo--;
  }

  if (n >= 100) {
    const nazwa = WOJEWODZTWA.find((w) => w.teryt === teryt)?.nazwa ?? 'mazowieckie';
    wynik.push({
      nazwa: `Województwo ${nazwa.split('-').map(wielkaLitera).join('-')}`,
      rodzaj: 'województwo',
      teryt,
      typGminy: null,
      liczbaSzkol: 2,
      ...dataWniosku(los),
    });
    pozostalo -= 2;
  }

  const mnoznik = Math.max(1, Math.round(n / 5000));
  const numery = new Map<string, number>();
  const wolneNazwy = [...GMINY];
  while (pozostalo > 0) {
    const k = Math.min(
      pozostalo,
      mnoznik *
        los.wazony<number>([
          [1, 22],
          [2, 25],
          [3, 20],
          [4, 13],
          [5, 8],
          [6, 5],
          [8, 4],
          [11, 3],
        ]),
    );
    const [kodPowiatu] = los.wybierz(listaPowiatow);
    const nr = (numery.get(kodPowiatu) ?? 0) + 1;
    if (nr > 99) continue; // this powiat is full; draw another
    numery.set(kodPowiatu, nr);
    const typ = los.wazony<TypGminy>([
      [2, 60],
      [3, 25],
      [1, 15],
    ]);
    const miejsce = wolneNazwy.length
      ? wolneNazwy.splice(los.calkowita(0, wolneNazwy.length - 1), 1)[0]
      : los.wybierz(GMINY);
    const nazwa = typ === 1 ? `Miasto ${miejsce}` : typ === 3 ? `Miasto i Gmina ${miejsce}` : `Gmina ${miejsce}`;
    wynik.push({
      nazwa,
      rodzaj: 'gmina',
      teryt: `${teryt}${kodPowiatu}${String(nr).padStart(2, '0')}${typ}`,
      typGminy: typ,
      liczbaSzkol: k,
      ...dataWniosku(los),
    });
    pozostalo -= k;
  }
  return wynik;
}
