/**
 * `waliduj` (WB-4): recognises the workbook kind(s) by sheet names and collects every finding.
 * A kind is recognised when its key sheet is present; each kind's own reader reports the rest.
 */
import type { Kontekst, WynikOperacji } from './api';
import type { ZeszytSnapshot } from './zeszyt/model';
import { znajdzArkusz } from './zeszyt/czytnik';
import { uwagiJson } from './zeszyt/arkuszUwag';
import { uwaga, type Uwaga } from './uwagi';
import { walidujWojewodztwo } from './wojewodztwo/operacja';
import { podziel } from './podzial/operacja';
import { walidujWnioski } from './wnioski/walidacja';
import { diagnozuj, monitoruj, wskazniki } from './jst';
import { sprawozdanie } from './sprawozdania/operacja';
import { zablokowane } from './wynikOperacji';

/** What `waliduj` takes from a kind's own check: its findings, and a WB-1.9 refusal when there is one. */
export type Sprawdzenie = Pick<WynikOperacji, 'status' | 'uwagi'> & { json?: unknown; podsumowanie?: string[] };

/** Director's and running body's applications: findings only (the add-in writes `Szkoły wg wielkości`). */
function sprawdzWnioski(z: ZeszytSnapshot, k: Kontekst): Sprawdzenie {
  return zablokowane(walidujWnioski(z, k).uwagi, k.jezyk);
}

interface Rodzaj {
  nazwa: string;
  /** any of these sheets marks the kind */
  arkusze: string[];
  /** the kind's own operation, whose findings are reported (its plan is ignored) */
  sprawdz: (z: ZeszytSnapshot, k: Kontekst) => Sprawdzenie;
}

/** Kinds in report order; each returns its findings (never throws). */
export const RODZAJE_ZESZYTOW: Rodzaj[] = [
  { nazwa: 'zeszyt województwa', arkusze: ['Wnioski', 'Parametry'], sprawdz: walidujWojewodztwo },
  { nazwa: 'podział środków', arkusze: ['Podział środków', 'Województwa'], sprawdz: podziel },
  {
    nazwa: 'wnioski dyrektorów i organu',
    arkusze: ['Wniosek dyrektora', 'Wniosek organu', 'Szkoły'],
    sprawdz: sprawdzWnioski,
  },
  { nazwa: 'diagnoza JST', arkusze: ['Szkoły JST'], sprawdz: diagnozuj },
  { nazwa: 'plan i monitoring JST', arkusze: ['Plan strategiczny'], sprawdz: monitoruj },
  { nazwa: 'projekt FERS', arkusze: ['Uczestnicy', 'Budżet projektu'], sprawdz: wskazniki },
  // CS-R.1 / CS-R.2: the pane's live check of a report as it is typed
  { nazwa: 'sprawozdanie', arkusze: ['Sprawozdanie szkoły', 'Sprawozdanie organu'], sprawdz: sprawozdanie },
];

export function rozpoznajRodzaje(z: ZeszytSnapshot): Rodzaj[] {
  return RODZAJE_ZESZYTOW.filter((r) => r.arkusze.some((a) => znajdzArkusz(z, a)));
}

export function walidujZeszyt(z: ZeszytSnapshot, k: Kontekst): WynikOperacji<'waliduj'> {
  const rodzaje = rozpoznajRodzaje(z);
  const uwagi: Uwaga[] = [];
  const widziane = new Set<string>();
  for (const r of rodzaje) {
    const w = r.sprawdz(z, { ...k, postep: undefined });
    if (w.status === 'odmowa')
      return {
        status: 'odmowa',
        uwagi: w.uwagi,
        plan: null,
        dane: null,
        json: w.json,
        podsumowanie: w.podsumowanie ?? [],
      };
    // WB-3.1 collisions concern writing, not the inputs; kinds sharing a sheet report its findings once
    for (const u of w.uwagi) {
      const klucz = `${u.arkusz}|${u.komorka}|${u.regula}|${u.komunikat}`;
      if (u.regula === 'WB-3.1' || widziane.has(klucz)) continue;
      widziane.add(klucz);
      uwagi.push(u);
    }
  }
  if (rodzaje.length === 0)
    uwagi.push(
      uwaga(
        null,
        null,
        'błąd',
        'WB-4',
        `Nie rozpoznano rodzaju zeszytu: brak arkuszy żadnego szablonu (${RODZAJE_ZESZYTOW.map((r) => `„${r.arkusze[0]}”`).join(', ')}).`,
        `Unrecognised workbook: none of the template sheets is present (${RODZAJE_ZESZYTOW.map((r) => `"${r.arkusze[0]}"`).join(', ')}).`,
        { blokujaca: true },
      ),
    );
  const bledy = uwagi.filter((u) => u.waga === 'błąd').length;
  const en = k.jezyk === 'en';
  const linie = [
    en
      ? `Recognised: ${rodzaje.map((r) => r.nazwa).join(', ') || 'nothing'}.`
      : `Rozpoznano: ${rodzaje.map((r) => r.nazwa).join(', ') || 'nic'}.`,
    en ? `Findings: ${uwagi.length} (errors: ${bledy}).` : `Uwagi: ${uwagi.length} (błędy: ${bledy}).`,
  ];
  const json = uwagiJson(uwagi, k.jezyk);
  if (bledy) return { status: 'zablokowane', uwagi, plan: null, dane: null, json, podsumowanie: linie };
  return {
    status: 'ok',
    uwagi,
    plan: null,
    dane: { rozpoznane: rodzaje.map((r) => r.nazwa) },
    json,
    podsumowanie: linie,
  };
}
