/** The WB-3.2 output sheets of a qualification run, in workbook order. */
import type { ZapisArkusza } from '../../zeszyt/model';
import type { Program } from '../../program/definicja';
import type { ModelProtokolu } from '../model';
import { arkuszProtokolu, opisKolejnosci } from './protokol';
import { arkuszeList } from './listy';
import { linieNazw } from './lista';
import { arkuszPrzebiegu, type NazwaWPrzebiegu } from './przebieg';
import { arkuszInformacji } from './informacja';

export function arkuszeProtokolu(mp: ModelProtokolu, program: Program): ZapisArkusza[] {
  const linie = linieNazw(mp.wiersze);
  const listy = arkuszeList(mp, linie);
  return [
    arkuszProtokolu(mp, program),
    ...listy.arkusze,
    arkuszPrzebiegu(mp.wynik.przebieg, {
      koszyki: mp.losowanieReczne === 'w koszykach',
      szkoly: { wgPozycji: listy.szkolyWgPozycji, wgRegonu: nazwyWgRegonu(mp, linie) },
      kolejnosc: opisKolejnosci(mp),
    }),
    arkuszInformacji(mp),
  ];
}

/** `Nazwa szkoły` of the trace by REGON, for a run without a draw (CS-Z3.0): made only then, once. */
function nazwyWgRegonu(mp: ModelProtokolu, linie: readonly number[]): () => ReadonlyMap<string, NazwaWPrzebiegu> {
  let wgRegonu: Map<string, NazwaWPrzebiegu> | null = null;
  return () => {
    if (wgRegonu) return wgRegonu;
    const m = new Map<string, NazwaWPrzebiegu>();
    mp.wiersze.forEach((w, i) => {
      if (w.regon && w.nazwa) m.set(w.regon, { regon: w.regon, nazwa: w.nazwa, linii: linie[i] });
    });
    return (wgRegonu = m);
  };
}
