/** What the Kwalifikacja section reads: the input sheets `kwalifikuj` declares (`Parametry`, `Wnioski`, state). */
import type { ArkuszSnapshot, ZeszytSnapshot } from '../../../../core/zeszyt/model';
import { znajdzArkusz } from '../../../../core/zeszyt/czytnik';
import { ARKUSZ_PARAMETRY } from '../../../../core/wojewodztwo/parametry';
import { ARKUSZ_WNIOSKI } from '../../../../core/wojewodztwo/kolumny';
import { przygotuj, type Przygotowanie } from '../../../../core/wojewodztwo/przygotuj';
import { CYFROWA_SZKOLA_2012 } from '../../../../core/program/definicja';
import { arkuszeWejsciowe } from '../../../../core/operacje';
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
