/**
 * JST-6 input: spending lines of `Budżet projektu` (`Zadanie`, `Data`, `Kwota (zł)`, `Opis`), checked
 * against the task windows (`ostrzeżenie` outside), and the optional user matrix `Plan zadania × rok`
 * (`Zadanie`, `Rok 2023` … `Rok 2026`; an empty cell of a filled matrix counts as 0,00).
 */
import type { ArkuszSnapshot } from '../../zeszyt/model';
import { czytajTabele, type DefinicjaKolumny } from '../../zeszyt/czytnik';
import type { DataKalendarzowa } from '../../program/definicja';
import { dataIso, numerDnia } from '../../komorki/daty';
import { kwotaEn, kwotaPl, type Grosze } from '../../kwota';
import { uwaga, type Uwaga } from '../../uwagi';
import { PolaWiersza } from '../pola';
import { ZADANIE, type NazwaZadania } from '../slowniki';
import type { PlanProjektu } from './planProjektu';

export const ARKUSZ_BUDZETU_PROJEKTU = 'Budżet projektu';
export const ARKUSZ_PLANU_ZADAN = 'Plan zadania × rok';
export const HB = { zadanie: 'Zadanie', data: 'Data', kwota: 'Kwota (zł)', opis: 'Opis' } as const;
export const KOLUMNY_BUDZETU: DefinicjaKolumny[] = [
  { naglowek: HB.zadanie, wymagana: true },
  { naglowek: HB.data, wymagana: true },
  { naglowek: HB.kwota, wymagana: true },
  { naglowek: HB.opis, wymagana: false },
];

export interface LiniaWydatku {
  wiersz: number;
  zadanie: NazwaZadania | null;
  data: DataKalendarzowa | null;
  kwota: Grosze | null;
  opis: string | null;
  /** inside its task's window (null when task or date unreadable) */
  wOknie: boolean | null;
}

export function czytajWydatki(
  a: ArkuszSnapshot,
  plan: PlanProjektu,
): { linie: LiniaWydatku[]; uwagi: Uwaga[]; odmowa: Uwaga | null } {
  const t = czytajTabele(a, KOLUMNY_BUDZETU);
  const uwagi = [...t.uwagi];
  if (t.odmowa || t.wierszNaglowka0 < 0 || uwagi.some((u) => u.blokujaca))
    return { linie: [], uwagi, odmowa: t.odmowa };
  const linie = t.wiersze.map((w): LiniaWydatku => {
    const p = new PolaWiersza(t, w, uwagi, 'JST-6');
    const zadanie = p.slownik(HB.zadanie, ZADANIE);
    const data = p.data(HB.data);
    const kwota = p.kwota(HB.kwota, { min: Number.MIN_SAFE_INTEGER });
    if (kwota === 0) p.zglos(HB.kwota, 'ostrzeżenie', 'kwota 0,00 zł', 'amount 0.00 zł');
    else if (kwota !== null && kwota < 0)
      p.zglos(
        HB.kwota,
        'informacja',
        `kwota ujemna ${kwotaPl(kwota)} — traktowana jako korekta`,
        `negative amount ${kwotaEn(kwota)} — treated as a correction`,
      );
    const opis = p.tekst(HB.opis, { wymagana: false });
    let wOknie: boolean | null = null;
    const z = plan.zadania.find((x) => x.zadanie === zadanie);
    if (z && data) {
      wOknie = numerDnia(data) >= numerDnia(z.okno.od) && numerDnia(data) <= numerDnia(z.okno.do);
      if (!wOknie)
        p.zglos(
          HB.data,
          'ostrzeżenie',
          `wydatek z ${dataIso(data)} poza oknem ${z.zadanie} (${z.opisOkna}: ${dataIso(z.okno.od)} – ${dataIso(z.okno.do)})`,
          `spending of ${dataIso(data)} outside the window of ${z.zadanie} (${dataIso(z.okno.od)} – ${dataIso(z.okno.do)})`,
        );
    }
    return { wiersz: p.wiersz, zadanie, data, kwota, opis, wOknie };
  });
  return { linie, uwagi, odmowa: null };
}

export const naglowekRoku = (rok: number): string => `Rok ${rok}`;

/** task → year → grosze, as entered in `Plan zadania × rok`; null when the matrix is all empty */
export type MacierzPlanu = Map<NazwaZadania, Map<number, Grosze>>;

export function czytajPlanZadan(
  a: ArkuszSnapshot,
  plan: PlanProjektu,
): { macierz: MacierzPlanu | null; uwagi: Uwaga[]; odmowa: Uwaga | null } {
  const lata = plan.lata.map((l) => l.rok);
  const t = czytajTabele(a, [
    { naglowek: HB.zadanie, wymagana: true },
    ...lata.map((r) => ({ naglowek: naglowekRoku(r), wymagana: true })),
  ]);
  const uwagi = [...t.uwagi];
  if (t.odmowa || t.wierszNaglowka0 < 0 || uwagi.some((u) => u.blokujaca))
    return { macierz: null, uwagi, odmowa: t.odmowa };
  const macierz: MacierzPlanu = new Map();
  const wiersze = new Map<NazwaZadania, number>();
  let cokolwiek = false;
  for (const w of t.wiersze) {
    const p = new PolaWiersza(t, w, uwagi, 'JST-6');
    const zadanie = p.slownik(HB.zadanie, ZADANIE);
    const kwoty = new Map<number, Grosze>();
    for (const r of lata) {
      const k = p.kwota(naglowekRoku(r), { wymagana: false });
      if (k !== null) cokolwiek = true;
      kwoty.set(r, k ?? 0);
    }
    if (zadanie === null) continue;
    const byl = wiersze.get(zadanie);
    if (byl !== undefined) {
      p.zglos(
        HB.zadanie,
        'błąd',
        `${zadanie} występuje dwukrotnie (także w wierszu ${byl}) — użyto pierwszego wiersza`,
        `${zadanie} appears twice (also in row ${byl}) — the first row is used`,
      );
      continue;
    }
    wiersze.set(zadanie, p.wiersz);
    macierz.set(zadanie, kwoty);
  }
  if (!cokolwiek) {
    uwagi.push(
      uwaga(
        a.nazwa,
        null,
        'informacja',
        'JST-6',
        'Macierz „Plan zadania × rok” jest pusta — pominięta.',
        'The "Plan zadania × rok" matrix is empty — skipped.',
      ),
    );
    return { macierz: null, uwagi, odmowa: null };
  }
  return { macierz, uwagi, odmowa: null };
}
