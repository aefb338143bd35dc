/**
 * The core's public operations, shared by every host (CLI, Office.js add-in, fake host).
 * Each takes a workbook snapshot and returns findings, a write plan and the WB-4.1 JSON.
 */
import type { Jezyk, Uwaga } from './uwagi';
import type { PlanZapisu } from './zeszyt/model';
import type { DataKalendarzowa, Program } from './program/definicja';

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

export type Operacja =
  'waliduj' | 'kwalifikuj' | 'podziel' | 'diagnozuj' | 'monitoruj' | 'wskazniki' | 'sprawozdanie' | 'zbierz';

export interface Kontekst {
  /** today's date (Europe/Warsaw), for deadline checks that depend on it and dated change lists */
  dzis: DataKalendarzowa;
  jezyk: Jezyk;
  program?: Program;
  /** progress callback (0..1) for long work */
  postep?: (ulamek: number, etap: string) => void;
}

export interface WynikOperacji {
  /** ok = done (exit 0); zablokowane = blocking findings, nothing to write (exit 1); odmowa = WB-1.9 refusal (exit 2) */
  status: 'ok' | 'zablokowane' | 'odmowa';
  uwagi: Uwaga[];
  /** what the host must write (owned sheets incl. `_cyfrowa_szkola`); null unless ok */
  plan: PlanZapisu | null;
  /** the WB-4.1 JSON object for `--json` (exit 0: the operation's object; exit 1: { uwagi }; exit 2: { blad }) */
  json: unknown;
  /** human summary lines in the context's language */
  podsumowanie: string[];
}

// ── "one of each" (issue 7, item 5): the core's shared helpers for hosts ──────────────────────────
export { kwotaEn, kwotaJson, kwotaPl, kwotaTekst, kwotaZTekstu, type Grosze } from './kwota';
export { dataWWarszawie } from './dzis';
export { ile, odmiana } from './tekst/odmiana';
export type { DataKalendarzowa } from './program/definicja';

// ---- issue 12 (Dlaczego?, Krok po kroku, Co jeśli, szkolenie): core entries used by the CLI and the pane ----
export { wyjasnij, wyjasnienieWniosku, wyjasnienieJson, zdanie, zdania } from './wyjasnienie';
export type { Wyjasnienie, Zdarzenie } from './wyjasnienie';
export { krokPoKroku } from './szkolenie/krokPoKroku';
export type { KrokPokazu, Licznik, Pokaz } from './szkolenie/krokPoKroku';
export { przeliczCoJesli, przygotujCoJesli } from './szkolenie/coJesliNaZywo';
export type { PrzygotowanieCoJesli, WynikCoJesli, ZmianaDecyzji, Zestawienie } from './szkolenie/coJesliNaZywo';
