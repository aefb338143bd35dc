/**
 * `zbierz` (CS-R.3): the first workbook is the target, the others its sources. The target's kind picks
 * the level; its input sheets are never changed (WB-3.1: only owned sheets are written).
 */
import type { Kontekst, WynikOperacji } from '../api';
import type { ZeszytSnapshot } from '../zeszyt/model';
import { CYFROWA_SZKOLA_2012 } from '../program/definicja';
import { uwaga } from '../uwagi';
import { odmowa, odmowaDlugosci, zablokowane } from '../wynikOperacji';
import { czytajSprawozdanieOrganu } from './czytajOrgan';
import { rodzajSprawozdania } from './rodzaj';
import { arkuszSprawozdanSzkol, wierszeSprawozdan, zbierzSzkoly } from './zbierzSzkoly';
import { ocenTermin } from './terminy';
import { znajdzArkusz } from '../zeszyt/czytnik';
import { ARKUSZ_WNIOSKI } from '../wojewodztwo/kolumny';
import { zbierzDoWojewody } from './zbierzWojewody';
import { zbierzDoMinistra } from './zbierzMinistra';
import { ARKUSZ_PODZIALU } from '../podzial/schemat';
import type { ZrodloZbierania } from './zrodla';
import { wynikZbierania, type DaneNaPoziomie } from './wynikZbierania';
import type { Jezyk } from '../uwagi';
import type { wierszeWojewody } from './arkuszWojewody';
import type { wierszeKrajowe } from './arkuszKrajowy';

/** `zbierz`'s data at each level: the spec's JSON (sources with their status, the gathered rows, the deadlines). */
export type DaneZbierania =
  | DaneNaPoziomie<ReturnType<typeof wierszeSprawozdan>>
  | DaneNaPoziomie<ReturnType<typeof wierszeWojewody>>
  | DaneNaPoziomie<ReturnType<typeof wierszeKrajowe>>;

export function zbierz(cel: ZeszytSnapshot, zrodla: readonly ZrodloZbierania[], k: Kontekst): WynikOperacji<'zbierz'> {
  const dlugi = odmowaDlugosci(cel.arkusze);
  if (dlugi) return odmowa(dlugi, k.jezyk);
  if (rodzajSprawozdania(cel) === 'organu') return zbierzDoOrganu(cel, zrodla, k);
  if (znajdzArkusz(cel, ARKUSZ_WNIOSKI)) return zbierzDoWojewody(cel, zrodla, k);
  if (znajdzArkusz(cel, ARKUSZ_PODZIALU)) return zbierzDoMinistra(cel, zrodla, k);
  return zablokowane(
    [
      uwaga(
        null,
        null,
        'błąd',
        'CS-R.3',
        'Plik docelowy nie jest sprawozdaniem organu prowadzącego (arkusz „Sprawozdanie organu”, CS-R.3a) ani zeszytem województwa (arkusz „Wnioski”, CS-R.3b), ani podziałem środków (arkusz „Podział środków”, CS-R.3c).',
        'The target is neither a running body\'s report ("Sprawozdanie organu" sheet, CS-R.3a) nor a voivodeship workbook ("Wnioski" sheet, CS-R.3b), nor a split ("Podział środków" sheet, CS-R.3c).',
        { blokujaca: true },
      ),
    ],
    k.jezyk,
    'zbierz',
  );
}

function zbierzDoOrganu(cel: ZeszytSnapshot, zrodla: readonly ZrodloZbierania[], k: Kontekst): WynikOperacji<'zbierz'> {
  const program = k.program ?? CYFROWA_SZKOLA_2012;
  const r = czytajSprawozdanieOrganu(cel, program);
  if (r.odmowa) return odmowa(r.odmowa, k.jezyk, r.uwagi);
  if (!r.dane) return zablokowane(r.uwagi, k.jezyk, 'zbierz');
  const w = zbierzSzkoly(r.dane, zrodla, program, (u) => k.postep?.(u, 'sprawozdania szkół'));
  const terminy = w.terminy.map((t) => ocenTermin(t, k.dzis));
  return wynikZbierania(
    cel,
    k,
    arkuszSprawozdanSzkol(w),
    w.zrodla,
    wierszeSprawozdan(w),
    terminy,
    [...r.uwagi, ...w.uwagi],
    liniaZrodel,
  );
}

const liniaZrodel = (przyjete: number, wszystkie: number, jezyk: Jezyk): string =>
  jezyk === 'en'
    ? `Sources accepted: ${przyjete} of ${wszystkie} (CS-R.3).`
    : `Przyjęte źródła: ${przyjete} z ${wszystkie} (CS-R.3).`;
