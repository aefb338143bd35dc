/**
 * `wskazniki` (JST-5, JST-6; WB-4): reads `Uczestnicy` and `Budżet projektu` (both required) and the
 * optional `Plan zadania × rok`; writes the owned sheets `Wskaźniki projektu`,
 * `Budżet projektu — rozliczenie` and `Uwagi`. The plan constants are `PROJEKT_FERS_2023`
 * (projekt/planProjektu.ts); `k.dzis` is the reporting date (a person counts as supported from the
 * start date on).
 *
 * `dane` (`DaneWskaznikow`): the shape below with money in grosze; the JSON on exit 0 (`WskaznikiJson`,
 * projekt/json.ts) is derived from it:
 * {
 *   "stanNa": "2025-06-30",
 *   "uczestnicy": { "wierszy": 171, "osob": 165, "jst": 52 },
 *   "wskazniki": [ { "id": "kadra-wsparcie", "nazwa": "…", "rodzaj": "produkt", "cel": 150, "celK": 105, "celM": 45,
 *       "wartosc": 160, "k": 112, "m": 48, "postep": "106.67", "postepK": "106.67", "postepM": "106.67" },
 *     { "id": "kadra-kompetencje", … }, { "id": "jst-doradztwo", …, "celK": null, "k": null, "postepK": null } ],
 *   "zespoly": [ { "teryt": "1401011", "jst": "Gmina …", "osob": 3, "k": 2, "m": 1, "identyfikatory": ["U001", …], "zgodny": true } ],
 *   "budzet": {
 *     "plan": { "ogolem": "6000000.00", "wkladUe": "4951200.00", "udzialUe": "82.52", "wkladWlasny": "0.00",
 *               "lata": [ { "rok": 2023, "kwota": "1500000.00" }, … ],
 *               "zadania": [ { "zadanie": "Zadanie 1", "udzial": "5.00", "kwota": "300000.00", "oknoOd": "2023-04-01", "oknoDo": "2024-06-30" }, … ] },
 *     "uzgodnienia": [ { "kontrola": "Suma zadań = budżet ogółem", "jednostka": "zł", "oczekiwane": "6000000.00", "wartosc": "6000000.00", "zgodne": true }, … ],
 *     "zadania": [ { "zadanie": "Zadanie 1", "plan": "300000.00", "wydatki": "…", "pozostalo": "…", "wykonanie": "97.50", "pozaOknem": "0.00", "linii": 12 } ],
 *     "lata": [ { "rok": 2023, "plan": "1500000.00", "wydatki": "…", "pozostalo": "…", "wykonanie": "…" } ],
 *     "zadanieRok": [ { "zadanie": "Zadanie 1", "rok": 2023, "wydatki": "…", "plan": "…" | null } ],
 *     "wydatki": { "razem": "…", "pozaOknem": "…", "pominieteLinie": 0 }
 *   }
 * }
 * Percent strings have 2 decimals, rounded half up; money strings 2 decimals with a dot; counts are
 * integers. Exit 1: `{ uwagi }`; exit 2: `{ blad }`.
 */
import type { Kontekst, WynikOperacji } from '../api';
import type { ZeszytSnapshot } from '../zeszyt/model';
import { brakArkusza, znajdzArkusz } from '../zeszyt/czytnik';
import type { Uwaga } from '../uwagi';
import { kwotaEn, kwotaPl } from '../kwota';
import { gotowe, odmowa, odmowaDlugosci, zablokowane } from '../wynikOperacji';
import { ARKUSZ_UCZESTNIKOW, czytajUczestnikow } from './projekt/uczestnicy';
import {
  ARKUSZ_BUDZETU_PROJEKTU,
  ARKUSZ_PLANU_ZADAN,
  czytajPlanZadan,
  czytajWydatki,
  type MacierzPlanu,
} from './projekt/budzetProjektu';
import { PROJEKT_FERS_2023 } from './projekt/planProjektu';
import { wskaznikiProjektu } from './projekt/wskaznikiProjektu';
import { rozlicz } from './projekt/rozliczenie';
import { arkuszWskaznikow } from './projekt/arkuszWskaznikow';
import { arkuszRozliczenia } from './projekt/arkuszRozliczenia';
import { daneWskaznikow, wskaznikiJson } from './projekt/json';
import { dolacz } from '../tablice/dolacz';

export function wskazniki(z: ZeszytSnapshot, k: Kontekst): WynikOperacji<'wskazniki'> {
  const plan = PROJEKT_FERS_2023;
  k.postep?.(0, 'uczestnicy');
  const aU = znajdzArkusz(z, ARKUSZ_UCZESTNIKOW);
  const aB = znajdzArkusz(z, ARKUSZ_BUDZETU_PROJEKTU);
  const aP = znajdzArkusz(z, ARKUSZ_PLANU_ZADAN);
  const dlugi = odmowaDlugosci([aU, aB, aP]);
  if (dlugi) return odmowa(dlugi, k.jezyk);
  const brak: Uwaga[] = [];
  if (!aU) brak.push(brakArkusza(ARKUSZ_UCZESTNIKOW));
  if (!aB) brak.push(brakArkusza(ARKUSZ_BUDZETU_PROJEKTU));
  if (!aU || !aB) return zablokowane(brak, k.jezyk, 'wskazniki');
  const u = czytajUczestnikow(aU);
  const b = czytajWydatki(aB, plan);
  const uwagi: Uwaga[] = [...u.uwagi, ...b.uwagi];
  let macierz: MacierzPlanu | null = null;
  if (aP) {
    const m = czytajPlanZadan(aP, plan);
    if (m.odmowa) return odmowa(m.odmowa, k.jezyk, uwagi);
    dolacz(uwagi, m.uwagi);
    macierz = m.macierz;
  }
  const odm = u.odmowa ?? b.odmowa;
  if (odm) return odmowa(odm, k.jezyk, uwagi);
  if (uwagi.some((x) => x.blokujaca)) return zablokowane(uwagi, k.jezyk, 'wskazniki');
  k.postep?.(0.5, 'wskaźniki');
  const w = wskaznikiProjektu(u.osoby, plan, k.dzis);
  const r = rozlicz(plan, b.linie, macierz);
  dolacz(dolacz(uwagi, w.uwagi), r.uwagi);
  const arkusze = [arkuszWskaznikow(w, u.wierszy, k.dzis), arkuszRozliczenia(plan, r)];
  const en = k.jezyk === 'en';
  const linieW = w.wskazniki.map(
    (x) =>
      `${en ? x.cel.nazwaEn : x.cel.nazwa}: ${x.wartosc}/${x.cel.cel}${x.k === null ? '' : ` (K ${x.k}, M ${x.m})`}`,
  );
  const podsumowanie = [
    ...linieW,
    en
      ? `Spending ${kwotaEn(r.razem)} of ${kwotaEn(plan.ogolem)} (JST-6); outside task windows ${kwotaEn(r.pozaOknem)}.`
      : `Wydatki ${kwotaPl(r.razem)} z ${kwotaPl(plan.ogolem)} (JST-6); poza oknami zadań ${kwotaPl(r.pozaOknem)}.`,
  ];
  k.postep?.(1, 'zapis');
  const dane = daneWskaznikow(w, u.wierszy, plan, r, k.dzis);
  return gotowe(z, k, arkusze, uwagi, dane, wskaznikiJson(dane), podsumowanie, {
    operacja: 'wskazniki',
    zmiany: { meta: { 'jst.operacja': 'wskazniki' } },
  });
}
