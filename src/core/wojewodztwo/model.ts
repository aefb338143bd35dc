/** The protocol model (CS-14.1): everything the WB-3.2 sheets and the WB-4.1 JSON are made from. */
import type { DecyzjaWniosku, LosowanieReczne, WynikKwalifikacji, ZmianaPoRezygnacji } from '../kwalifikacja';
import type { Uwaga } from '../uwagi';
import type { Parametry } from './parametry';
import type { Ocena, WierszWniosku } from './wiersze';

export interface ModelProtokolu {
  parametry: Parametry;
  wiersze: WierszWniosku[];
  /** effective formal evaluation per data row (index = `indeks`) */
  oceny: Ocena[];
  /** reason of a formally negative row: the team's reason, or the proposal's findings joined by "; " */
  powodyOdrzucenia: Map<number, string>;
  wynik: WynikKwalifikacji;
  /**
   * the decision of each data row by `indeks` (null: a formally negative row): an array, not a Map — the lists,
   * the trace names, the JSON and the agreements each read it once per row (100 000 rows)
   */
  decyzje: ReadonlyArray<DecyzjaWniosku | null>;
  kolejnoscReczna: boolean;
  /** P4 when the manual order is in use (CS-Z3.1), else null */
  losowanieReczne: LosowanieReczne | null;
  /** the seed was hashed for the draw (CS-Z3.1) */
  ziarnoUzyte: boolean;
  odcisk: string;
  zmiany: ZmianaPoRezygnacji[];
  uwagi: Uwaga[];
}
