/**
 * The realistic example: examples/wojewodztwo-mazowieckie.xlsx mirrors Mazowieckie 2012 — 607
 * applications, about 72 mln zł requested, a quarter of them in variant II, several formally rejected,
 * and the voivodeship's 2012 allocation of 5 764 000,00 zł, so that about 50 schools qualify.
 */
import { generujWojewodztwo, type OpcjeWojewodztwa, type PrzykladWojewodztwa } from './wojewodztwo';
import { d } from './komorki';

export const PLIK_MAZOWIECKI = 'wojewodztwo-mazowieckie.xlsx';

export const OPCJE_MAZOWIECKIE: OpcjeWojewodztwa = {
  teryt: '14',
  liczbaWnioskow: 607,
  ziarno: 20120510,
  bledyCelowe: true,
  ziarnoLosowania: '2012-05-10 losowanie 3-18-27-41-45',
  kwota: 576_400_000,
  udzialWnioskowI: 0.75,
  udzialWariantu: null,
  podzial: 'wg wnioskowanych kwot',
  dataPosiedzenia: d(2012, 5, 10),
};

export function przykladMazowiecki(): PrzykladWojewodztwa {
  return generujWojewodztwo(OPCJE_MAZOWIECKIE);
}
