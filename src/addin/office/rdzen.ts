/** The real core behind the add-in: `src/core` operations in the shape `dodatek.ts` expects. */
import type { RdzenDodatku } from './dodatek';
import { szablon, wykonaj } from '../../core/operacje';
import { czytajStan, planWlasny } from '../../core/zeszyt/wlasnosc';
import { arkuszUwag } from '../../core/zeszyt/arkuszUwag';
import { CYFROWA_SZKOLA_2012 } from '../../core/program/definicja';
import { przygotuj } from '../../core/wojewodztwo/przygotuj';
import { recznaWUzyciu } from '../../core/wojewodztwo/ocena';
import { odciskWnioskow } from '../../core/wojewodztwo/odciskWnioskow';

export const RDZEN: RdzenDodatku = {
  szablon: (rodzaj) => ({ arkusze: szablon(rodzaj) }),
  waliduj: (z, k) => wykonaj('waliduj', z, k),
  kwalifikuj: (z, k) => wykonaj('kwalifikuj', z, k),
  podziel: (z, k) => wykonaj('podziel', z, k),
  arkuszeDo: () => 'wszystkie',
  wlasne: (z) => czytajStan(z)?.arkusze ?? [],
  planUwag: (z, uwagi, k) => {
    const p = planWlasny(z, [arkuszUwag(uwagi, k.jezyk)]);
    return p.uwagi.length > 0 ? null : { arkusze: p.arkusze };
  },
  // CS-Z3.F as `kwalifikujWojewodztwo` computes it (manual order counts only when a draw is needed)
  odciski: (z, k) => {
    const odciskProtokolu = czytajStan(z)?.meta['kwalifikacja.odcisk'] ?? null;
    const pr = przygotuj(z, k.program ?? CYFROWA_SZKOLA_2012);
    const p = pr.parametry;
    if (!p || p.kwota === null || pr.odmowa) return { odcisk: null, odciskProtokolu };
    const pozytywne = pr.wiersze.filter((w) => pr.oceny[w.indeks] === 'pozytywna');
    const losowanie = pozytywne.reduce((s, w) => s + (w.r ?? 0), 0) > p.kwota;
    return { odcisk: odciskWnioskow(p, pr.wiersze, pr.ocenyOdcisku, losowanie && recznaWUzyciu(pozytywne)), odciskProtokolu };
  },
};
