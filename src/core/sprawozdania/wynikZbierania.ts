/**
 * CS-R.3 a, b, c: what every level of `zbierz` returns — its own sheet and `Terminy` (CS-R.4), the data
 * (sources with their status, the gathered rows, the deadlines: the spec's JSON as it is) and a summary of
 * the accepted sources and the next deadline.
 */
import type { Kontekst, WynikZDanymi } from '../api';
import type { Jezyk, Uwaga } from '../uwagi';
import type { ZapisArkusza, ZeszytSnapshot } from '../zeszyt/model';
import { gotowe } from '../wynikOperacji';
import { arkuszTerminow, liniaNajblizszegoTerminu, terminyJson, type OcenaTerminu } from './terminy';
import { zrodlaJson, type OcenaZrodla } from './zrodla';

/** `zbierz`'s data at one level. */
export interface DaneNaPoziomie<W> {
  zrodla: ReturnType<typeof zrodlaJson>;
  wynik: W;
  terminy: ReturnType<typeof terminyJson>;
}

export function wynikZbierania<W>(
  cel: ZeszytSnapshot,
  k: Kontekst,
  arkusz: ZapisArkusza,
  zrodla: readonly OcenaZrodla[],
  wynik: W,
  terminy: OcenaTerminu[],
  uwagi: Uwaga[],
  /** the summary line of the accepted sources, in `jezyk` */
  liniaZrodel: (przyjete: number, wszystkie: number, jezyk: Jezyk) => string,
): WynikZDanymi<DaneNaPoziomie<W>> {
  const przyjete = zrodla.filter((z) => z.status === 'przyjęte').length;
  const dane = { zrodla: zrodlaJson(zrodla, k.jezyk), wynik, terminy: terminyJson(terminy) };
  return gotowe(
    cel,
    k,
    [arkusz, arkuszTerminow(terminy, k.dzis)],
    uwagi,
    dane,
    dane,
    [liniaZrodel(przyjete, zrodla.length, k.jezyk), liniaNajblizszegoTerminu(terminy, k.jezyk)],
    { operacja: 'zbierz' },
  );
}
