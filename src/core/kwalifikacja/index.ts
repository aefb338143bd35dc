/** Public API of the qualification (qualification-algorithm.md, parts B–D: CS-Z3, CS-Z3.F, CS-Z3.R, CS-Z3.W). */
export * from './typy';
export { kwalifikuj } from './algorytm';
export { coJesli, UDZIALY_CO_JESLI } from './coJesli';
export {
  kopertyWariantow,
  kopertyWielkosci,
  pasmo,
  podstawyWielkosci,
  udzialDomyslny,
  udzialPodany,
  udzialWariantuI,
} from './koperty';
export type { DoPodstawy } from './koperty';
export { kluczLosowania, kolejnoscLosowania } from './losowanie';
export type { Wylosowany } from './losowanie';
export { ID_ALGORYTMU, odcisk, odciskWierszy, tekstOdcisku } from './odcisk';
export type { NaglowekOdcisku, Nieczytelne, WierszOdcisku } from './odcisk';
export { przetworzRezygnacje, zamrozStan, zgodnyOdcisk } from './rezygnacje';
export { czesciStanuZamrozonego, czytajStanZamrozony, zapiszStanZamrozony } from './stanZamrozony';
export type {
  OpcjeRezygnacji,
  Rezygnacja,
  RezygnacjaOdrzucona,
  RezygnacjaPrzetworzona,
  StanZamrozony,
  UdzialJson,
  WniosekZamrozony,
  WynikRezygnacji,
  ZmianaPoRezygnacji,
} from './rezygnacje';
export { sha256Hex, sha256Utf8, utf8 } from './sha256';
