/**
 * `zbierz` on a `Podział środków` workbook (CS-R.3c, §15, §19): the split of Part A (CS-9.1) gives each
 * voivodeship's allocation; the voivodeship workbooks are gathered by `zbierzWojewodztwa`; writes
 * `Informacja krajowa` and `Terminy` (CS-15.1 and CS-19.1 per voivodeship — our reading for the
 * minister's level, which CS-R.4's table leaves open).
 */
import type { Kontekst, WynikOperacji } from '../api';
import type { ZeszytSnapshot } from '../zeszyt/model';
import { CYFROWA_SZKOLA_2012, type Program } from '../program/definicja';
import { odmowa, zablokowane } from '../wynikOperacji';
import { czytajPodzial } from '../podzial/czytaj';
import { podzielKwoteKrajowa } from '../podzial/algorytm';
import { uwagaSumyWag } from '../podzial/komunikaty';
import { ocenTermin, type Termin } from './terminy';
import { zbierzWojewodztwa, type WynikZbieraniaWojewodztw } from './zbierzWojewodztwa';
import { arkuszKrajowy, wierszeKrajowe } from './arkuszKrajowy';
import type { ZrodloZbierania } from './zrodla';
import { wynikZbierania } from './wynikZbierania';

export function zbierzDoMinistra(
  cel: ZeszytSnapshot,
  zrodla: readonly ZrodloZbierania[],
  k: Kontekst,
): WynikOperacji<'zbierz'> {
  const program = k.program ?? CYFROWA_SZKOLA_2012;
  const odczyt = czytajPodzial(cel);
  if (odczyt.odmowa) return odmowa(odczyt.odmowa, k.jezyk);
  const dane = odczyt.dane;
  if (!dane) return zablokowane(odczyt.uwagi, k.jezyk, 'zbierz');
  const podzial = podzielKwoteKrajowa({ kwota: dane.kwota, jednostka: dane.jednostka, wiersze: dane.wiersze }, program);
  if (!podzial.ok) return zablokowane([...odczyt.uwagi, uwagaSumyWag(dane.arkuszWojewodztw)], k.jezyk, 'zbierz');
  const w = zbierzWojewodztwa(podzial.wojewodztwa, zrodla, program, k.postep);
  const terminy = terminyKrajowe(w, program).map((t) => ocenTermin(t, k.dzis));
  const objete = w.wojewodztwa.filter((v) => v.zrodlo).length;
  return wynikZbierania(
    cel,
    k,
    arkuszKrajowy(w),
    w.zrodla,
    wierszeKrajowe(w),
    terminy,
    [...odczyt.uwagi, ...w.uwagi],
    (p, n, jezyk) =>
      jezyk === 'en'
        ? `Voivodeship workbooks accepted: ${p} of ${n}; voivodeships covered: ${objete} of 16 (CS-R.3c).`
        : `Przyjęte zeszyty województw: ${p} z ${n}; województwa: ${objete} z 16 (CS-R.3c).`,
  );
}

function terminyKrajowe(w: WynikZbieraniaWojewodztw, program: Program): Termin[] {
  return [
    {
      regula: 'CS-15.1',
      krok: 'informacje wojewodów dla ministra',
      termin: program.terminy.informacjaDlaMinistra,
      pozycje: w.wojewodztwa.map((v) => ({ nazwa: v.nazwa, obecna: !!v.zrodlo, data: v.zrodlo?.data ?? null })),
    },
    {
      regula: 'CS-19.1',
      krok: 'sprawozdania wojewodów dla ministra',
      termin: program.terminy.sprawozdanieWojewody,
      pozycje: w.wojewodztwa.map((v) => ({
        nazwa: v.nazwa,
        obecna: !!v.zrodlo?.rozliczenie,
        data: v.zrodlo?.dataWojewody ?? null,
      })),
    },
  ];
}
