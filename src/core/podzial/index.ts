/** Part A (CS-9.1): splitting the national sum among the 16 voivodeships — public API. */
export { podzielKwoteKrajowa, sprawdzKwote, wagaWojewodztwa } from './algorytm';
export type { WejsciePodzialu, WierszPodzialu, PodzialWojewodztwa, ProblemPodzialu, WynikPodzialu } from './algorytm';
export { czytajPodzial } from './czytaj';
export type { DanePodzialu, OdczytPodzialu, WierszOdczytany } from './czytaj';
export { podziel, podzialJson } from './operacja';
export type { PodzialJson } from './operacja';
export { arkuszWyniku, NAGLOWKI_WYNIKU, CYFRY_ILORAZU } from './arkuszWyniku';
export { szablonPodzialu, przykladPodzialu, LICZBY_S3, KWOTA_S3 } from './szablon';
export { udzialWojewodztwa, kwotaWojewodztwa } from './funkcje';
export * from './schemat';
