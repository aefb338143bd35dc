/** What the Kwalifikacja section reads: the input sheets `kwalifikuj` declares (`Parametry`, `Wnioski`, state). */
import {
  type ArkuszSnapshot,
  type ZeszytSnapshot,
  znajdzArkusz,
  ARKUSZ_PARAMETRY,
  ARKUSZ_WNIOSKI,
  przygotuj,
  type Przygotowanie,
  CYFROWA_SZKOLA_2012,
  arkuszeWejsciowe,
} from '../../../../core';
import { tekstyZArkusza } from './parametry';
import type { Teksty } from './pola';

export const ARKUSZE_WOJEWODZTWA = arkuszeWejsciowe('kwalifikuj') as readonly string[];

export interface DaneWojewodztwa {
  arkuszParametrow: ArkuszSnapshot | undefined;
  teksty: Teksty;
  /** null without a `Wnioski` sheet */
  przygotowanie: Przygotowanie | null;
}

export function daneWojewodztwa(z: ZeszytSnapshot): DaneWojewodztwa {
  const a = znajdzArkusz(z, ARKUSZ_PARAMETRY);
  const w = znajdzArkusz(z, ARKUSZ_WNIOSKI);
  return {
    arkuszParametrow: a,
    teksty: tekstyZArkusza(a),
    przygotowanie: w ? przygotuj(z, CYFROWA_SZKOLA_2012) : null,
  };
}
