/** Every operation and template of the product, by name — the single entry point the hosts call. */
import type { Kontekst, Operacja, RodzajSzablonu, WynikOperacji } from './api';
import type { ZapisArkusza, ZeszytSnapshot } from './zeszyt/model';
import { kwalifikujWojewodztwo } from './wojewodztwo/operacja';
import { szablonWojewodztwa } from './wojewodztwo/szablon';
import { podziel } from './podzial/operacja';
import { szablonPodzialu } from './podzial/szablon';
import { walidujZeszyt } from './walidacja';
import { szablonWnioskuDyrektora, szablonWnioskuOrganu } from './wnioski/szablony';
import { diagnozuj, monitoruj, wskazniki, SZABLONY_JST } from './jst';
import { sprawozdanie, szablonSprawozdaniaOrganu, szablonSprawozdaniaSzkoly, zbierz } from './sprawozdania';
import { szablonSzkolenia } from './szkolenie/szablon';

import { ARKUSZ_REGUL, arkuszRegul } from './program/arkuszRegul';
import { CYFROWA_SZKOLA_2012 } from './program/definicja';

type Wykonawca = (z: ZeszytSnapshot, k: Kontekst) => WynikOperacji;

const OPERACJE: Partial<Record<Operacja, Wykonawca>> = {
  waliduj: walidujZeszyt,
  kwalifikuj: kwalifikujWojewodztwo,
  podziel,
  diagnozuj,
  monitoruj,
  wskazniki,
  sprawozdanie,
  zbierz: (z, k) => zbierz(z, [], k), // CS-R.3 with no source: the missing reports and `Terminy`
};

const SZABLONY: Partial<Record<RodzajSzablonu, () => ZapisArkusza[]>> = {
  wojewodztwo: () => szablonWojewodztwa(),
  'podzial-srodkow': szablonPodzialu,
  'wniosek-dyrektora': () => szablonWnioskuDyrektora(),
  'wniosek-organu': szablonWnioskuOrganu,
  ...SZABLONY_JST,
  'sprawozdanie-szkoly': () => szablonSprawozdaniaSzkoly(),
  'sprawozdanie-organu': () => szablonSprawozdaniaOrganu(),
  szkolenie: szablonSzkolenia,
};

export function dostepnaOperacja(operacja: Operacja): boolean {
  return OPERACJE[operacja] !== undefined;
}

export function wykonaj(operacja: Operacja, z: ZeszytSnapshot, k: Kontekst): WynikOperacji {
  const f = OPERACJE[operacja];
  if (!f) throw new Error(`operation ${operacja} is not available`);
  return f(z, k);
}

/** CS-R.3 `zbierz`: the target and its sources (each a snapshot, or why it could not be read). */
export { zbierz as zbierzZeszyty } from './sprawozdania';
export type { ZrodloZbierania } from './sprawozdania';

export function dostepnySzablon(rodzaj: RodzajSzablonu): boolean {
  return SZABLONY[rodzaj] !== undefined;
}

/** Templates of the 2023 JST programme: their parameters are in their own sheets (`Reguły diagnozy`). */
const SZABLONY_BEZ_REGUL_2012 = new Set<RodzajSzablonu>(Object.keys(SZABLONY_JST) as RodzajSzablonu[]);

export function szablon(rodzaj: RodzajSzablonu): ZapisArkusza[] {
  const f = SZABLONY[rodzaj];
  if (!f) throw new Error(`template ${rodzaj} is not available`);
  const arkusze = f();
  // WB-2.0: every Cyfrowa szkoła template carries the programme's `Reguły` sheet
  if (!SZABLONY_BEZ_REGUL_2012.has(rodzaj) && !arkusze.some((a) => a.nazwa === ARKUSZ_REGUL))
    arkusze.push(arkuszRegul(CYFROWA_SZKOLA_2012));
  return arkusze;
}
