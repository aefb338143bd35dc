/** The realistic example: examples/wojewodztwo-mazowieckie.xlsx (≥ 600 applications, ≥ 150 bodies). */
import { generujWojewodztwo, type OpcjeWojewodztwa, type PrzykladWojewodztwa } from './wojewodztwo';
import { d } from './komorki';

export const PLIK_MAZOWIECKI = 'wojewodztwo-mazowieckie.xlsx';

export const OPCJE_MAZOWIECKIE: OpcjeWojewodztwa = {
  teryt: '14',
  liczbaWnioskow: 640,
  ziarno: 20120510,
  bledyCelowe: true,
  ziarnoLosowania: '2012-05-10 losowanie 3-18-27-41-45',
  udzialKwoty: 0.5,
  udzialWariantu: null,
  podzial: 'wg wnioskowanych kwot',
  dataPosiedzenia: d(2012, 5, 10),
};

export function przykladMazowiecki(): PrzykladWojewodztwa {
  return generujWojewodztwo(OPCJE_MAZOWIECKIE);
}
