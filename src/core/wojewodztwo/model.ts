/** The protocol model (CS-14.1): everything the WB-3.2 sheets and the WB-4.1 JSON are made from. */
import type { DecyzjaWniosku, WynikKwalifikacji, ZmianaPoRezygnacji } from '../kwalifikacja';
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
  /** decisions of the positive rows by `indeks` */
  decyzje: Map<number, DecyzjaWniosku>;
  kolejnoscReczna: boolean;
  /** the seed was hashed for the draw (CS-Z3.1) */
  ziarnoUzyte: boolean;
  odcisk: string;
  zmiany: ZmianaPoRezygnacji[];
  uwagi: Uwaga[];
}
