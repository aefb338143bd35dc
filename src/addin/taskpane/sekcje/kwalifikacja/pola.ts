/** The `Parametry` fields the pane edits (WB-2), in sheet order. */
import { ETYKIETY_PARAMETROW } from '../../../../core';

export type Pole = keyof typeof ETYKIETY_PARAMETROW;

export const POLA: readonly Pole[] = [
  'wojewodztwo',
  'kwota',
  'udzial',
  'podzial',
  'sioMale',
  'sioSrednie',
  'sioDuze',
  'ziarno',
  'losowanie',
  'data',
  'sklad',
];
export const POLA_SIO: readonly Pole[] = ['sioMale', 'sioSrednie', 'sioDuze'];

/** The text shown in each field (what the user edits). */
export type Teksty = Record<Pole, string>;

export const PUSTE: Teksty = {
  wojewodztwo: '',
  kwota: '',
  udzial: '',
  podzial: '',
  sioMale: '',
  sioSrednie: '',
  sioDuze: '',
  ziarno: '',
  losowanie: '',
  data: '',
  sklad: '',
};

export function etykieta(p: Pole): string {
  return ETYKIETY_PARAMETROW[p];
}
