/** The real core behind the add-in: `src/core` operations in the shape `dodatek.ts` expects. */
import type { RdzenDodatku } from './dodatek';
import {
  arkuszeOperacji,
  szablon,
  wykonaj,
  zbierzZeszyty,
  czytajStan,
  planWlasny,
  arkuszUwag,
  CYFROWA_SZKOLA_2012,
  odciskZeszytu,
} from '../../core';

export const RDZEN: RdzenDodatku = {
  szablon: (rodzaj) => ({ arkusze: szablon(rodzaj) }),
  waliduj: (z, k) => wykonaj('waliduj', z, k),
  kwalifikuj: (z, k) => wykonaj('kwalifikuj', z, k),
  podziel: (z, k) => wykonaj('podziel', z, k),
  arkuszeDo: arkuszeOperacji,
  wlasne: (z) => czytajStan(z)?.arkusze ?? [],
  planUwag: (z, uwagi, k, operacja) => {
    const p = planWlasny(z, [arkuszUwag(uwagi, k.jezyk, { operacja, zeszyt: z })]);
    return p.uwagi.length > 0 ? null : { arkusze: p.arkusze };
  },
  odciski: (z, k) => odciskZeszytu(z, k.program ?? CYFROWA_SZKOLA_2012),
  wykonaj: (operacja, z, k) => wykonaj(operacja, z, k),
  zbierz: (z, zrodla, k) => zbierzZeszyty(z, zrodla, k),
};
