/**
 * The synthetic datasets of the benchmark, built by the example generators (src/przyklady):
 * 16 voivodeship workbooks with 14 000 applications in all, sized in proportion to the S3 school
 * counts (largest remainder), and one 100 000-row stress workbook.
 */
import { WOJEWODZTWA, LICZBY_S3, type PodzialWielkosci } from '../core';
import type { OpcjeWojewodztwa } from '../przyklady/wojewodztwo';

export const WNIOSKI_KRAJ = 14_000;
export const WNIOSKI_STRES = 100_000;

const PODZIALY: PodzialWielkosci[] = ['wg wnioskowanych kwot', 'wg liczby szkół i limitów (§9)', 'bez podziału'];

/** n_v = 14 000 · T_v / ΣT by largest remainder, T_v = small + medium + large schools of S3 */
export function liczbyWnioskow(razem = WNIOSKI_KRAJ): number[] {
  const t = LICZBY_S3.map(([a, b, c]) => a + b + c);
  const suma = t.reduce((s, x) => s + x, 0);
  const dokladne = t.map((x) => (razem * x) / suma);
  const n = dokladne.map(Math.floor);
  let reszta = razem - n.reduce((s, x) => s + x, 0);
  for (const i of dokladne
    .map((x, i) => [x - Math.floor(x), i])
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .map(([, i]) => i)) {
    if (reszta-- <= 0) break;
    n[i]++;
  }
  return n;
}

export interface ZeszytBench {
  plik: string;
  opcje: OpcjeWojewodztwa;
}

/** The 16 voivodeship workbooks: every size basis and both share rules are used across them. */
export function zbiorKrajowy(): ZeszytBench[] {
  const liczby = liczbyWnioskow();
  return WOJEWODZTWA.map((w, i) => {
    const podzial = PODZIALY[i % PODZIALY.length];
    return {
      plik: `wojewodztwo-${w.teryt}-${w.nazwa}.xlsx`,
      opcje: {
        teryt: w.teryt,
        liczbaWnioskow: liczby[i],
        ziarno: 7000 + Number(w.teryt),
        bledyCelowe: true,
        ziarnoLosowania: `2012-05-10 losowanie ${w.nazwa}`,
        udzialKwoty: 0.5,
        udzialWariantu: i % 4 === 0 ? 60 : null,
        podzial,
        sio: podzial === 'wg liczby szkół i limitów (§9)' ? LICZBY_S3[i] : null,
      },
    };
  });
}

export function zbiorStresu(): ZeszytBench {
  return {
    plik: 'stres-100000.xlsx',
    opcje: {
      teryt: '14',
      liczbaWnioskow: WNIOSKI_STRES,
      ziarno: 100_000,
      bledyCelowe: true,
      ziarnoLosowania: '2012-05-10 test obciążeniowy',
      udzialKwoty: 0.5,
      walidacje: false,
    },
  };
}

/** the largest voivodeship workbook (for the CLI end-to-end measurement) */
export function najwiekszy(zbior: readonly ZeszytBench[]): ZeszytBench {
  return zbior.reduce((a, b) => (b.opcje.liczbaWnioskow > a.opcje.liczbaWnioskow ? b : a));
}
