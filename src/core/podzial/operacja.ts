/** `podziel` (WB-4): Part A on a `Podział środków` workbook → findings, write plan, WB-4.1 JSON. */
import type { Kontekst, WynikOperacji } from '../api';
import type { ZeszytSnapshot } from '../zeszyt/model';
import { CYFROWA_SZKOLA_2012 } from '../program/definicja';
import { kwotaEn, kwotaJson, kwotaPl, type Grosze } from '../kwota';
import type { Jezyk } from '../uwagi';
import { podzielKwoteKrajowa, type WynikPodzialu } from './algorytm';
import { czytajPodzial } from './czytaj';
import { uwagaBrakuSzkol, uwagaSumyWag } from './komunikaty';
import { procentJson, ulamek } from '../rational';
import { arkuszWyniku } from './arkuszWyniku';
import { gotowe, odmowa, zablokowane } from '../wynikOperacji';

/** WB-4.1 `podziel --json`. */
export interface PodzialJson {
  wojewodztwa: Array<{ teryt: string; nazwa: string; waga: string; udzial: string; kwota: string }>;
  suma: string;
}

/** `podziel`'s typed result: the amounts in grosze; `waga` and `udzial` as the WB-4.1 decimals. */
export interface DanePodzialu {
  wojewodztwa: Array<{ teryt: string; nazwa: string; waga: string; udzial: string; kwota: Grosze }>;
  suma: Grosze;
}

export function podziel(z: ZeszytSnapshot, k: Kontekst): WynikOperacji<'podziel'> {
  const program = k.program ?? CYFROWA_SZKOLA_2012;
  const odczyt = czytajPodzial(z);
  if (odczyt.odmowa) return odmowa(odczyt.odmowa, k.jezyk);
  const dane = odczyt.dane;
  if (!dane) return zablokowane(odczyt.uwagi, k.jezyk);
  const wiersze = dane.wiersze.map(({ teryt, nazwa, nS, nM, nL }) => ({ teryt, nazwa, nS, nM, nL }));
  const wynik = podzielKwoteKrajowa({ kwota: dane.kwota, jednostka: dane.jednostka, wiersze }, program);
  const uwagi = [...odczyt.uwagi];
  for (const p of wynik.ostrzezenia) {
    if (p.kod !== 'brakSzkol') continue;
    const w = dane.wiersze.find((x) => x.teryt === p.teryt);
    uwagi.push(uwagaBrakuSzkol(dane.arkuszWojewodztw, w?.adresTeryt ?? null, p.teryt, w?.nazwa ?? ''));
  }
  // B > 0 and B mod u were checked while reading; only ΣW = 0 can remain (CS-9.1a)
  if (!wynik.ok) return zablokowane([...uwagi, uwagaSumyWag(dane.arkuszWojewodztw)], k.jezyk);
  k.postep?.(1, 'podział');
  return gotowe(
    z,
    k,
    [arkuszWyniku(wynik, dane.nazwaJednostki, k.jezyk, program)],
    uwagi,
    danePodzialu(wynik),
    podzialJson(danePodzialu(wynik)),
    podsumowanie(wynik, dane.nazwaJednostki, k.jezyk),
    { operacja: 'podziel' },
  );
}

export function danePodzialu(w: Extract<WynikPodzialu, { ok: true }>): DanePodzialu {
  return {
    wojewodztwa: w.wojewodztwa.map((v) => ({
      teryt: v.teryt,
      nazwa: v.nazwa,
      waga: kwotaJson(v.waga),
      udzial: procentJson(ulamek(v.waga, w.sumaWag), 4),
      kwota: v.kwota,
    })),
    suma: w.wojewodztwa.reduce((s, v) => s + v.kwota, 0),
  };
}

export function podzialJson(d: DanePodzialu): PodzialJson {
  return {
    wojewodztwa: d.wojewodztwa.map((v) => ({ ...v, kwota: kwotaJson(v.kwota) })),
    suma: kwotaJson(d.suma),
  };
}

function podsumowanie(w: Extract<WynikPodzialu, { ok: true }>, jednostka: string, jezyk: Jezyk): string[] {
  const suma: Grosze = w.wojewodztwa.reduce((s, v) => s + v.kwota, 0);
  const plus = w.wojewodztwa.filter((v) => v.plusJeden).length;
  if (jezyk === 'en')
    return [
      `National sum ${kwotaEn(w.kwota)} split among ${w.wojewodztwa.length} voivodeships (CS-9.1), rounding unit ${jednostka}.`,
      `Sum of weights ${kwotaEn(w.sumaWag)}; ${plus} voivodeship(s) got one extra unit from the remainders.`,
      `Sum of the voivodeships' amounts: ${kwotaEn(suma)} (= the national sum).`,
    ];
  return [
    `Kwota krajowa ${kwotaPl(w.kwota)} podzielona między ${w.wojewodztwa.length} województw (CS-9.1), jednostka zaokrąglenia ${jednostka}.`,
    `Suma wag ${kwotaPl(w.sumaWag)}; dodatkową jednostkę z reszt otrzymało województw: ${plus}.`,
    `Suma kwot województw: ${kwotaPl(suma)} (= kwota krajowa).`,
  ];
}
