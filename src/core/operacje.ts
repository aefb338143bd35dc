/**
 * Every operation and template of the product, by name — the single entry point the hosts call.
 * Each operation is declared: the sheets it reads (required / optional), how it computes, and the owned
 * sheets it writes. One runner (`wykonaj`) gives it only the declared sheets, and checks its write plan
 * (declared sheets only, WB-3.1; `sprawdzPlan`, WB-3) before any host sees it.
 *
 * A new operation: add its data type to `DaneOperacji` (api.ts), then one entry below.
 */
import type { Kontekst, Operacja, RodzajSzablonu, WynikOperacji } from './api';
import type { ArkuszSnapshot, ZapisArkusza, ZeszytSnapshot } from './zeszyt/model';
import { ARKUSZ_STANU } from './zeszyt/wlasnosc';
import { sprawdzPlan } from './zeszyt/sprawdzPlan';
import { zablokowane } from './wynikOperacji';
import { kwalifikujWojewodztwo } from './wojewodztwo/operacja';
import { szablonWojewodztwa } from './wojewodztwo/szablon';
import { podziel } from './podzial/operacja';
import { szablonPodzialu } from './podzial/szablon';
import { walidujZeszyt } from './walidacja';
import { szablonWnioskuDyrektora, szablonWnioskuOrganu } from './wnioski/szablony';
import { diagnozuj, monitoruj, wskazniki, SZABLONY_JST } from './jst';
import { sprawozdanie, szablonSprawozdaniaOrganu, szablonSprawozdaniaSzkoly, zbierz } from './sprawozdania';
import type { ZrodloZbierania } from './sprawozdania';
import { szablonSzkolenia } from './szkolenie/szablon';
import { ARKUSZE_OPERACJI, arkuszeOperacji, arkuszeZapisu, wsrodArkuszy, type ArkuszeOperacji } from './deklaracje';

export interface DeklaracjaOperacji<O extends Operacja> extends ArkuszeOperacji {
  /** the computation on the declared sheets */
  licz: (z: ZeszytSnapshot, k: Kontekst) => WynikOperacji<O>;
}
import { ARKUSZ_REGUL, arkuszRegul } from './program/arkuszRegul';
import { CYFROWA_SZKOLA_2012 } from './program/definicja';

const LICZ: { [O in Operacja]: DeklaracjaOperacji<O>['licz'] } = {
  waliduj: walidujZeszyt,
  kwalifikuj: kwalifikujWojewodztwo,
  podziel,
  diagnozuj,
  monitoruj,
  wskazniki,
  sprawozdanie,
  zbierz: (z, k) => zbierz(z, [], k), // CS-R.3 with no source: the missing reports and `Terminy`
};

const deklaracja = <O extends Operacja>(o: O): DeklaracjaOperacji<O> => ({ ...ARKUSZE_OPERACJI[o], licz: LICZ[o] });

/** Every operation: the sheets it reads and writes (deklaracje.ts) and how it computes. */
export const OPERACJE: { [O in Operacja]: DeklaracjaOperacji<O> } = {
  waliduj: deklaracja('waliduj'),
  kwalifikuj: deklaracja('kwalifikuj'),
  podziel: deklaracja('podziel'),
  diagnozuj: deklaracja('diagnozuj'),
  monitoruj: deklaracja('monitoruj'),
  wskazniki: deklaracja('wskazniki'),
  sprawozdanie: deklaracja('sprawozdanie'),
  zbierz: deklaracja('zbierz'),
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

function tylkoZadeklarowane(z: ZeszytSnapshot, operacja: Operacja): ZeszytSnapshot {
  const nazwy = arkuszeOperacji(operacja);
  if (nazwy === 'wszystkie') return z;
  const czy = wsrodArkuszy(nazwy);
  const arkusze: ArkuszSnapshot[] = z.arkusze.filter((a) => czy(a.nazwa) || a.nazwa.startsWith(ARKUSZ_STANU));
  return arkusze.length === z.arkusze.length ? z : { arkusze };
}

export function dostepnaOperacja(operacja: Operacja): boolean {
  return OPERACJE[operacja] !== undefined;
}

/** Runs a declared operation on its declared sheets; a plan writing undeclared or invalid sheets is blocked. */
export function wykonaj<O extends Operacja>(operacja: O, z: ZeszytSnapshot, k: Kontekst): WynikOperacji<O> {
  const d: DeklaracjaOperacji<O> | undefined = OPERACJE[operacja];
  if (!d) throw new Error(`operation ${operacja} is not available`);
  return sprawdzony(operacja, d.licz(tylkoZadeklarowane(z, operacja), k), k);
}

/** CS-R.3 `zbierz` with its sources (each a snapshot, or why it could not be read): the same checks as `wykonaj`. */
export function zbierzZeszyty(
  cel: ZeszytSnapshot,
  zrodla: readonly ZrodloZbierania[],
  k: Kontekst,
): WynikOperacji<'zbierz'> {
  return sprawdzony('zbierz', zbierz(tylkoZadeklarowane(cel, 'zbierz'), zrodla, k), k);
}

/** A plan writing undeclared sheets (WB-3.1) or failing `sprawdzPlan` (WB-3) turns the run into a blocked one. */
function sprawdzony<O extends Operacja>(operacja: O, wynik: WynikOperacji<O>, k: Kontekst): WynikOperacji<O> {
  if (wynik.status !== 'ok' || !wynik.plan) return wynik;
  const uwagi = sprawdzPlan(wynik.plan, arkuszeZapisu(operacja));
  return uwagi.length ? zablokowane([...wynik.uwagi, ...uwagi], k.jezyk, operacja) : wynik;
}

export function dostepnySzablon(rodzaj: RodzajSzablonu): boolean {
  return SZABLONY[rodzaj] !== undefined;
}

/** Templates of the 2023 JST programme: their `Reguły` show the JST programme's parameters (jst/arkuszRegul.ts). */
const SZABLONY_BEZ_REGUL_2012 = new Set<RodzajSzablonu>(Object.keys(SZABLONY_JST) as RodzajSzablonu[]);

export function szablon(rodzaj: RodzajSzablonu): ZapisArkusza[] {
  const f = SZABLONY[rodzaj];
  if (!f) throw new Error(`template ${rodzaj} is not available`);
  const arkusze = f();
  // WB-2.0: every Cyfrowa szkoła template carries the programme's `Reguły` sheet
  if (!SZABLONY_BEZ_REGUL_2012.has(rodzaj) && !arkusze.some((a) => a.nazwa === ARKUSZ_REGUL))
    arkusze.push(arkuszRegul(CYFROWA_SZKOLA_2012));
  const bledy = sprawdzPlan({ arkusze });
  if (bledy.length) throw new Error(`template ${rodzaj}: ${bledy.map((u) => u.message).join(' ')}`);
  return arkusze;
}
