/** The pane's access to Excel: the shared add-in instance (`DodatekExcel`: every `OperacjeDodatku` operation). */
import type { Operacja } from '../../../core';
import { dodatek } from '../../office/instancja';
import type { DodatekExcel } from '../../office/dodatek';

export type OperacjaZapisu = Exclude<Operacja, 'waliduj'>;

export type UslugiPanelu = DodatekExcel;

let obietnica: Promise<UslugiPanelu> | null = null;

export function uslugi(): Promise<UslugiPanelu> {
  obietnica ??= dodatek();
  obietnica.catch(() => (obietnica = null));
  return obietnica;
}
