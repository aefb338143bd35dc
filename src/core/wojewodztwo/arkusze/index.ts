/** The WB-3.2 output sheets of a qualification run, in workbook order. */
import type { ZapisArkusza } from '../../zeszyt/model';
import type { Program } from '../../program/definicja';
import type { ModelProtokolu } from '../model';
import { arkuszProtokolu } from './protokol';
import { arkuszNiezakwalifikowanych, arkuszOdrzuconych, arkuszWykazu, arkuszZakwalifikowanych } from './listy';
import { arkuszPrzebiegu } from './przebieg';
import { arkuszInformacji } from './informacja';

export function arkuszeProtokolu(mp: ModelProtokolu, program: Program): ZapisArkusza[] {
  return [
    arkuszProtokolu(mp, program),
    arkuszWykazu(mp),
    arkuszZakwalifikowanych(mp),
    arkuszNiezakwalifikowanych(mp),
    arkuszOdrzuconych(mp),
    arkuszPrzebiegu(mp.wynik.przebieg, mp.losowanieReczne === 'w koszykach'),
    arkuszInformacji(mp),
  ];
}
