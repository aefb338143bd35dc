/**
 * JST programme module (JST-1 … JST-6): the operations `diagnozuj`, `monitoruj`, `wskazniki`
 * (each `(z: ZeszytSnapshot, k: Kontekst) => WynikOperacji`), the templates, the chart description
 * for the add-in and the example workbooks.
 */
export { diagnozuj } from './diagnozuj';
export { monitoruj } from './monitoruj';
export { wskazniki } from './wskazniki';
export { SZABLONY_JST } from './szablony';
export { opisWykresu, opisWykresuWydatkow, ARKUSZ_PULPITU, type OpisWykresu } from './monitoring/wykres';
export type { DiagnozaJson, WskaznikJson } from './diagnoza/json';
export type { DaneMonitoringu, MonitoringJson } from './monitoring/json';
export type { DaneWskaznikow, WskaznikiJson } from './projekt/json';
export { PROJEKT_FERS_2023, type PlanProjektu } from './projekt/planProjektu';
export { DOMYSLNE_REGULY, DOMYSLNE_PARAMETRY, ID_REGUL } from './diagnoza/reguly';
export { przykladGminy } from './przyklady/gmina';
export { przykladProjektu } from './przyklady/projekt';

/** names of the sheets the JST operations write (all owned, WB-3.1) */
export const ARKUSZE_WYNIKOWE_JST = {
  diagnozuj: ['Diagnoza JST', 'Objaśnienia diagnozy', 'Rekomendacje', 'Uwagi'],
  monitoruj: ['Harmonogram', 'Budżet planu', 'Pulpit monitoringu', 'Uwagi'],
  wskazniki: ['Wskaźniki projektu', 'Budżet projektu — rozliczenie', 'Uwagi'],
} as const;

/** the input sheets each operation reads (for hosts that read selectively) */
export const ARKUSZE_WEJSCIOWE_JST = {
  diagnozuj: ['Szkoły JST', 'Reguły diagnozy'],
  monitoruj: ['Plan strategiczny', 'Monitoring', 'Parametry monitoringu', 'Szkoły JST', 'Reguły diagnozy'],
  wskazniki: ['Uczestnicy', 'Budżet projektu', 'Plan zadania × rok'],
} as const;
