/**
 * The core's public operations, shared by every host (CLI, Office.js add-in, fake host).
 * Each takes a workbook snapshot and returns typed data, findings, a checked write plan and the WB-4.1 JSON.
 * Hosts import this contract (and everything else of the core) through `index.ts` only.
 */
import type { Jezyk, Uwaga } from './uwagi';
import type { PlanZapisu } from './zeszyt/model';
import type { DataKalendarzowa, Program } from './program/definicja';
import type { DaneKwalifikacji } from './wojewodztwo/dane';
import type { DanePodzialu } from './podzial/operacja';
import type { DiagnozaJson } from './jst/diagnoza/json';
import type { DaneMonitoringu } from './jst/monitoring/json';
import type { DaneWskaznikow } from './jst/projekt/json';
import type { DaneSprawozdania } from './sprawozdania/operacja';
import type { DaneZbierania } from './sprawozdania/zbierz';

export type RodzajSzablonu =
  | 'wojewodztwo'
  | 'wniosek-dyrektora'
  | 'wniosek-organu'
  | 'podzial-srodkow'
  | 'diagnoza-jst'
  | 'plan-jst'
  | 'monitoring-jst'
  | 'projekt-fers'
  | 'sprawozdanie-szkoly'
  | 'sprawozdanie-organu'
  | 'szkolenie';

export interface Kontekst {
  /** today's date (Europe/Warsaw), for deadline checks that depend on it and dated change lists */
  dzis: DataKalendarzowa;
  jezyk: Jezyk;
  program?: Program;
  /** progress callback (0..1) for long work */
  postep?: (ulamek: number, etap: string) => void;
}

/**
 * Each operation's typed result (`WynikOperacji<O>.dane`): money in grosze, previews and summaries the hosts
 * show as they are. The `--json` object (WB-4.1) is derived from it.
 *
 * A new operation: add `nazwa: DaneNowej` here; write `licz(z, k)` ending in `gotowe(z, k, arkusze, uwagi,
 * dane, jsonZ(dane), podsumowanie)` (wynikOperacji.ts); declare it in `operacje.ts` (the sheets it reads
 * and writes, `licz`); export its data types from `index.ts`. Hosts then get `wykonaj('nazwa', …)` typed.
 */
export interface DaneOperacji {
  waliduj: DaneWalidacji;
  kwalifikuj: DaneKwalifikacji;
  podziel: DanePodzialu;
  diagnozuj: DiagnozaJson;
  monitoruj: DaneMonitoringu;
  wskazniki: DaneWskaznikow;
  sprawozdanie: DaneSprawozdania;
  zbierz: DaneZbierania;
}

export type Operacja = keyof DaneOperacji;

/** `waliduj`: the workbook kinds recognised by their sheets (findings are in `uwagi`). */
export interface DaneWalidacji {
  rozpoznane: string[];
}

interface WynikWspolny {
  uwagi: Uwaga[];
  /** the WB-4.1 JSON object for `--json` (exit 0: derived from `dane`; exit 1: { uwagi }; exit 2: { blad }) */
  json: unknown;
  /** human summary lines in the context's language */
  podsumowanie: string[];
}

/** An outcome whose typed data is `D`. */
export type WynikZDanymi<D> =
  | (WynikWspolny & {
      /** done (exit 0) */
      status: 'ok';
      /** what the host must write (owned sheets incl. `_cyfrowa_szkola`), already checked (`sprawdzPlan`) */
      plan: PlanZapisu | null;
      dane: D;
    })
  | (WynikWspolny & {
      /** zablokowane = blocking findings, nothing to write (exit 1); odmowa = WB-1.9 refusal (exit 2) */
      status: 'zablokowane' | 'odmowa';
      plan: null;
      dane: null;
    });

export type WynikOperacji<O extends Operacja = Operacja> = WynikZDanymi<DaneOperacji[O]>;
