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
import { normalizuj } from './tekst/normalizuj';
import { ARKUSZ_STANU } from './zeszyt/wlasnosc';
import { ARKUSZ_UWAG } from './zeszyt/arkuszUwag';
import { sprawdzPlan } from './zeszyt/sprawdzPlan';
import { zablokowane } from './wynikOperacji';
import { kwalifikujWojewodztwo } from './wojewodztwo/operacja';
import { szablonWojewodztwa } from './wojewodztwo/szablon';
import { ARKUSZ_PARAMETRY } from './wojewodztwo/parametry';
import { ARKUSZ_WNIOSKI } from './wojewodztwo/kolumny';
import { ARKUSZ_PROTOKOL } from './wojewodztwo/arkusze/protokol';
import { ARKUSZ_NIEZAKWALIFIKOWANE, ARKUSZ_WYKAZ, ARKUSZ_ZAKWALIFIKOWANE } from './wojewodztwo/arkusze/listy';
import { ARKUSZ_PRZEBIEG } from './wojewodztwo/arkusze/przebieg';
import { ARKUSZ_INFORMACJA } from './wojewodztwo/arkusze/informacja';
import { podziel } from './podzial/operacja';
import { ARKUSZ_PODZIALU, ARKUSZ_WOJEWODZTW, ARKUSZ_WYNIKU } from './podzial/schemat';
import { szablonPodzialu } from './podzial/szablon';
import { walidujZeszyt } from './walidacja';
import { szablonWnioskuDyrektora, szablonWnioskuOrganu } from './wnioski/szablony';
import { diagnozuj, monitoruj, wskazniki, SZABLONY_JST, ARKUSZE_WEJSCIOWE_JST, ARKUSZE_WYNIKOWE_JST } from './jst';

export interface DeklaracjaOperacji<O extends Operacja> {
  /** the sheets it reads (matched like `znajdzArkusz`); 'wszystkie' = it recognises the kind by any sheet */
  czyta: { wymagane: readonly string[]; opcjonalne: readonly string[] } | 'wszystkie';
  /** the owned sheets it may write (WB-3.1), besides `Uwagi` and the state sheet */
  pisze: readonly string[];
  /** the computation on the declared sheets */
  licz: (z: ZeszytSnapshot, k: Kontekst) => WynikOperacji<O>;
}

export const OPERACJE: { [O in Operacja]: DeklaracjaOperacji<O> } = {
  waliduj: { czyta: 'wszystkie', pisze: [], licz: walidujZeszyt },
  kwalifikuj: {
    czyta: { wymagane: [ARKUSZ_PARAMETRY, ARKUSZ_WNIOSKI], opcjonalne: [] },
    pisze: [
      ARKUSZ_PROTOKOL,
      ARKUSZ_WYKAZ,
      ARKUSZ_ZAKWALIFIKOWANE,
      ARKUSZ_NIEZAKWALIFIKOWANE,
      ARKUSZ_PRZEBIEG,
      ARKUSZ_INFORMACJA,
    ],
    licz: kwalifikujWojewodztwo,
  },
  podziel: {
    czyta: { wymagane: [ARKUSZ_PODZIALU, ARKUSZ_WOJEWODZTW], opcjonalne: [] },
    pisze: [ARKUSZ_WYNIKU],
    licz: podziel,
  },
  // the JST readers report their own missing sheets (JST-1.x), hence all optional here
  diagnozuj: {
    czyta: { wymagane: [], opcjonalne: ARKUSZE_WEJSCIOWE_JST.diagnozuj },
    pisze: ARKUSZE_WYNIKOWE_JST.diagnozuj,
    licz: diagnozuj,
  },
  monitoruj: {
    czyta: { wymagane: [], opcjonalne: ARKUSZE_WEJSCIOWE_JST.monitoruj },
    pisze: ARKUSZE_WYNIKOWE_JST.monitoruj,
    licz: monitoruj,
  },
  wskazniki: {
    czyta: { wymagane: [], opcjonalne: ARKUSZE_WEJSCIOWE_JST.wskazniki },
    pisze: ARKUSZE_WYNIKOWE_JST.wskazniki,
    licz: wskazniki,
  },
};

const SZABLONY: Partial<Record<RodzajSzablonu, () => ZapisArkusza[]>> = {
  wojewodztwo: () => szablonWojewodztwa(),
  'podzial-srodkow': szablonPodzialu,
  'wniosek-dyrektora': () => szablonWnioskuDyrektora(),
  'wniosek-organu': szablonWnioskuOrganu,
  ...SZABLONY_JST,
};

/**
 * The sheets a host must read for an operation ('wszystkie' = every sheet): the declared inputs, the sheets
 * it writes (WB-3.1 needs to see a user's sheet of the same name) and the state sheet.
 */
export function arkuszeOperacji(operacja: Operacja): readonly string[] | 'wszystkie' {
  const d = OPERACJE[operacja];
  if (d.czyta === 'wszystkie') return 'wszystkie';
  return [...d.czyta.wymagane, ...d.czyta.opcjonalne, ...d.pisze, ARKUSZ_UWAG, ARKUSZ_STANU];
}

/** The declared input sheets and the state sheet (what a preview of the operation needs). */
export function arkuszeWejsciowe(operacja: Operacja): readonly string[] | 'wszystkie' {
  const d = OPERACJE[operacja];
  if (d.czyta === 'wszystkie') return 'wszystkie';
  return [...d.czyta.wymagane, ...d.czyta.opcjonalne, ARKUSZ_STANU];
}

/** Whether a sheet name is one of `nazwy` (exact, or equal after WB-1.3 normalisation like `znajdzArkusz`). */
export function wsrodArkuszy(nazwy: readonly string[]): (nazwa: string) => boolean {
  const znormalizowane = new Set(nazwy.map(normalizuj));
  return (n) => nazwy.includes(n) || znormalizowane.has(normalizuj(n));
}

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
  const wynik = d.licz(tylkoZadeklarowane(z, operacja), k);
  if (wynik.status !== 'ok' || !wynik.plan) return wynik;
  const uwagi = sprawdzPlan(wynik.plan, [...d.pisze, ARKUSZ_UWAG]);
  return uwagi.length ? zablokowane([...wynik.uwagi, ...uwagi], k.jezyk, operacja) : wynik;
}

export function dostepnySzablon(rodzaj: RodzajSzablonu): boolean {
  return SZABLONY[rodzaj] !== undefined;
}

export function szablon(rodzaj: RodzajSzablonu): ZapisArkusza[] {
  const f = SZABLONY[rodzaj];
  if (!f) throw new Error(`template ${rodzaj} is not available`);
  const arkusze = f();
  const bledy = sprawdzPlan({ arkusze });
  if (bledy.length) throw new Error(`template ${rodzaj}: ${bledy.map((u) => u.message).join(' ')}`);
  return arkusze;
}
