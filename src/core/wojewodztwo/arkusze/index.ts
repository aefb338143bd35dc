/** The WB-3.2 output sheets of a qualification run, in workbook order. */
import type { ZapisArkusza } from '../../zeszyt/model';
import type { Program } from '../../program/definicja';
import type { ModelProtokolu } from '../model';
import { arkuszProtokolu, opisKolejnosci } from './protokol';
import {
  arkuszeDoPublikacji,
  arkuszNiezakwalifikowanych,
  arkuszOdrzuconych,
  arkuszWykazu,
  arkuszZakwalifikowanych,
} from './listy';
import { arkuszPrzebiegu } from './przebieg';
import { arkuszInformacji } from './informacja';

export function arkuszeProtokolu(mp: ModelProtokolu, program: Program): ZapisArkusza[] {
  return [
    arkuszProtokolu(mp, program),
    arkuszWykazu(mp),
    arkuszZakwalifikowanych(mp),
    arkuszNiezakwalifikowanych(mp),
    arkuszOdrzuconych(mp),
    ...arkuszeDoPublikacji(mp),
    arkuszPrzebiegu(mp.wynik.przebieg, {
      koszyki: mp.losowanieReczne === 'w koszykach',
      nazwy: new Map(mp.wiersze.flatMap((w) => (w.regon && w.nazwa ? [[w.regon, w.nazwa] as const] : []))),
      kolejnosc: opisKolejnosci(mp),
    }),
    arkuszInformacji(mp),
  ];
}
