/** The WB-3.2 output sheets of a qualification run, in workbook order. */
import type { ZapisArkusza } from '../../zeszyt/model';
import type { Program } from '../../program/definicja';
import type { ModelProtokolu } from '../model';
import { arkuszProtokolu, opisKolejnosci } from './protokol';
import { arkuszeList } from './listy';
import { linieNazw } from './lista';
import { arkuszPrzebiegu } from './przebieg';
import { arkuszInformacji } from './informacja';

export function arkuszeProtokolu(mp: ModelProtokolu, program: Program): ZapisArkusza[] {
  const linie = linieNazw(mp.wiersze);
  const nazwy = new Map<string, { nazwa: string; linii: number }>();
  mp.wiersze.forEach((w, i) => {
    if (w.regon && w.nazwa) nazwy.set(w.regon, { nazwa: w.nazwa, linii: linie[i] });
  });
  return [
    arkuszProtokolu(mp, program),
    ...arkuszeList(mp, linie),
    arkuszPrzebiegu(mp.wynik.przebieg, {
      koszyki: mp.losowanieReczne === 'w koszykach',
      nazwy,
      kolejnosc: opisKolejnosci(mp),
    }),
    arkuszInformacji(mp),
  ];
}
