/** The real core behind the add-in: `src/core` operations in the shape `dodatek.ts` expects. */
import type { RdzenDodatku } from './dodatek';
import { szablon, wykonaj, zbierzZeszyty } from '../../core/operacje';
import { czytajStan, planWlasny } from '../../core/zeszyt/wlasnosc';
import { arkuszUwag } from '../../core/zeszyt/arkuszUwag';
import { CYFROWA_SZKOLA_2012 } from '../../core/program/definicja';
import { odciskZeszytu } from '../../core/wojewodztwo/weryfikacja';

export const RDZEN: RdzenDodatku = {
  szablon: (rodzaj) => ({ arkusze: szablon(rodzaj) }),
  waliduj: (z, k) => wykonaj('waliduj', z, k),
  kwalifikuj: (z, k) => wykonaj('kwalifikuj', z, k),
  podziel: (z, k) => wykonaj('podziel', z, k),
  arkuszeDo: () => 'wszystkie',
  wlasne: (z) => czytajStan(z)?.arkusze ?? [],
  planUwag: (z, uwagi, k, operacja) => {
    const p = planWlasny(z, [arkuszUwag(uwagi, k.jezyk, { operacja, zeszyt: z })]);
    return p.uwagi.length > 0 ? null : { arkusze: p.arkusze };
  },
  odciski: (z, k) => odciskZeszytu(z, k.program ?? CYFROWA_SZKOLA_2012),
  wykonaj: (operacja, z, k) => wykonaj(operacja, z, k),
  zbierz: (z, zrodla, k) => zbierzZeszyty(z, zrodla, k),
};
