/** The WB-3.2 output sheets of a qualification run, in workbook order. */
import type { ZapisArkusza } from '../../zeszyt/model';
import type { Program } from '../../program/definicja';
import type { ModelProtokolu } from '../model';
import { arkuszProtokolu, opisKolejnosci } from './protokol';
import { arkuszeList } from './listy';
import { linieNazw } from './lista';
import { arkuszPrzebiegu, type NazwaWPrzebiegu, type OpisPrzebiegu } from './przebieg';
import { arkuszInformacji } from './informacja';

export function arkuszeProtokolu(mp: ModelProtokolu, program: Program): ZapisArkusza[] {
  const linie = linieNazw(mp.wiersze);
  return [
    arkuszProtokolu(mp, program),
    ...arkuszeList(mp, linie),
    arkuszPrzebiegu(mp.wynik.przebieg, {
      koszyki: mp.losowanieReczne === 'w koszykach',
      nazwy: nazwySzkol(mp, linie),
      kolejnosc: opisKolejnosci(mp),
    }),
    arkuszInformacji(mp),
  ];
}

/**
 * `Nazwa szkoły` of the trace: by draw position (the decisions carry it; an array, no lookup by REGON for
 * 100 000 rows — a row without a name is kept too, so it is not looked up), and by REGON for a run without a
 * draw (CS-Z3.0), made only then.
 */
function nazwySzkol(mp: ModelProtokolu, linie: readonly number[]): OpisPrzebiegu['nazwy'] {
  // the row of each position (a draw numbers at most the rows), then the names made in position order: the
  // trace reads them in about that order
  const n = mp.wiersze.length;
  const wierszPozycji = new Int32Array(n + 1).fill(-1);
  mp.wiersze.forEach((w, i) => {
    const p = mp.decyzje[w.indeks]?.pozycja;
    if (p !== null && p !== undefined && p >= 1 && p <= n) wierszPozycji[p] = i;
  });
  const wgPozycji: Array<NazwaWPrzebiegu | undefined> = [undefined];
  for (let p = 1; p <= n; p++) {
    const i = wierszPozycji[p];
    if (i < 0) wgPozycji.push(undefined);
    else wgPozycji.push({ regon: mp.wiersze[i].regon, nazwa: mp.wiersze[i].nazwa, linii: linie[i] });
  }
  let wgRegonu: Map<string, NazwaWPrzebiegu> | null = null;
  return {
    wgPozycji,
    wgRegonu: () => {
      if (wgRegonu) return wgRegonu;
      wgRegonu = new Map();
      mp.wiersze.forEach((w, i) => {
        if (w.regon && w.nazwa) wgRegonu!.set(w.regon, { regon: w.regon, nazwa: w.nazwa, linii: linie[i] });
      });
      return wgRegonu;
    },
  };
}
