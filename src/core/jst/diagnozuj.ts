/**
 * `diagnozuj` (JST-1, JST-2; WB-4): reads `Szkoły JST` (required) and `Reguły diagnozy` (optional —
 * defaults when absent) and writes the owned sheets `Diagnoza JST`, `Objaśnienia diagnozy`,
 * `Rekomendacje` and `Uwagi`.
 *
 * JSON on exit 0 (`DiagnozaJson`, diagnoza/json.ts):
 * {
 *   "parametry": { "standardLaczaMbps": "100.00", "wykluczenieCzerwone": "10.00", "wykluczenieBursztynowe": "3.00", "domyslne": ["R-LACZE", …] },
 *   "szkoly": [ { "wiersz": 2, "nazwa": "SP1", "regon": "…", "typ": "szkoła podstawowa",
 *       "wskazniki": { "uczniowieNaKomputer": { "regula": "JST-1.1", "jednostka": "liczba", "wartosc": "10.50", "stan": "ok",
 *                                               "objasnienie": { "wzor": "…", "dane": "…", "wynik": "10,50" } },
 *                      "starszeKomputery": { …, "jednostka": "procent", "wartosc": "62.50" }, "mbpsNaUcznia", "saleWifi", "saleMonitor",
 *                      "etatyNa100", "nauczycieleB1", "nauczycieleA", "bezUrzadzenia", "bezInternetu", "dzielacy", "wykluczenie" },
 *       "standardLacza": true, "administrowanieNieskuteczne": false, "nieocenieni": 0, "wykluczenie": "bursztynowy",
 *       "rekomendacje": ["R-SPRZET", "R-WYMIANA"] } ],
 *   "jst": { "liczbaSzkol": 3, "sumy": { "uczniowie": 720, …, "przepustowoscMbps": "420.000", "etatyInformatyka": "0.7500" },
 *            "wskazniki": { …as above, ratios of sums… }, "standardLacza": { "spelnia": 2, "z": 3 },
 *            "administrowanieNieskuteczne": { "tak": 1, "z": 3 }, "nieocenieni": 3, "wykluczenie": { "zielony": 1, "bursztynowy": 1, "czerwony": 1 } },
 *   "rekomendacje": [ { "id": "R-LACZE", "priorytet": "wysoki", "tekst": "…", "warunek": "…", "uruchomiona": true,
 *       "szkoly": [ { "wiersz": 3, "nazwa": "SP2", "regon": "…", "wartosc": "20 Mb/s; światłowód: NIE" } ], "nieocenione": [], "wartoscJst": "…" } ],
 *   "rankingWykluczenia": [ { "wiersz": 3, "nazwa": "SP2", "regon": "…", "status": "czerwony", "udzial": "14.44",
 *       "uczniowieSpecjalnePotrzeby": 5, "uczniowiePomocSpoleczna": 12 } ]
 * }
 * Ratios: strings with 2 decimals; shares: percent strings with 2 decimals; both rounded half up from
 * the exact value; null with `stan` when there is no value. Exit 1: `{ uwagi }`; exit 2: `{ blad }`.
 */
import type { Kontekst, WynikOperacji } from '../api';
import type { ZeszytSnapshot } from '../zeszyt/model';
import { gotowe, odmowa, zablokowane } from '../wynikOperacji';
import { przebiegDiagnozy } from './diagnoza/przebieg';
import { arkuszDiagnozy } from './diagnoza/arkuszDiagnozy';
import { arkuszObjasnien } from './diagnoza/arkuszObjasnien';
import { arkuszRekomendacji } from './diagnoza/arkuszRekomendacji';
import { diagnozaJson } from './diagnoza/json';
import { wartoscTekst } from './diagnoza/wskazniki';

export function diagnozuj(z: ZeszytSnapshot, k: Kontekst): WynikOperacji<'diagnozuj'> {
  k.postep?.(0, 'diagnoza');
  const p = przebiegDiagnozy(z);
  if (p.odmowa) return odmowa(p.odmowa, k.jezyk, p.uwagi);
  if (!p.wynik) return zablokowane(p.uwagi, k.jezyk, 'diagnozuj');
  const { diagnoza: d, rekomendacje: rek, reguly } = p.wynik;
  k.postep?.(0.8, 'rekomendacje');
  const uruchomione = rek.filter((g) => g.uruchomiona);
  const en = k.jezyk === 'en';
  const podsumowanie = en
    ? [
        `Diagnosis of ${d.szkoly.length} school(s) (JST-1): ${d.jst.sumy.uczniowie} pupils, pupils per computer ${wartoscTekst(d.jst.w.uczniowieNaKomputer)}; exclusion: red ${d.jst.statusy.czerwony}, amber ${d.jst.statusy.bursztynowy}, green ${d.jst.statusy.zielony}.`,
        `Recommendations triggered (JST-2): ${uruchomione.map((g) => `${g.regula.id} (${g.szkoly.length})`).join(', ') || 'none'}.`,
      ]
    : [
        `Diagnoza ${d.szkoly.length} szkół (JST-1): uczniów ${d.jst.sumy.uczniowie}, uczniów na komputer ${wartoscTekst(d.jst.w.uczniowieNaKomputer)}; wykluczenie: czerwone ${d.jst.statusy.czerwony}, bursztynowe ${d.jst.statusy.bursztynowy}, zielone ${d.jst.statusy.zielony}.`,
        `Uruchomione rekomendacje (JST-2): ${uruchomione.map((g) => `${g.regula.id} (${g.szkoly.length})`).join(', ') || 'brak'}.`,
      ];
  const arkusze = [arkuszDiagnozy(d, rek), arkuszObjasnien(d), arkuszRekomendacji(rek, d)];
  k.postep?.(1, 'zapis');
  // the WB-4.1 object is already typed; the JSON is the data itself
  const dane = diagnozaJson(d, rek, reguly);
  return gotowe(z, k, arkusze, p.uwagi, dane, dane, podsumowanie, {
    operacja: 'diagnozuj',
    zmiany: { meta: { 'jst.operacja': 'diagnozuj' } },
  });
}
