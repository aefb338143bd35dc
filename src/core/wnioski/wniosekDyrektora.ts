/**
 * A director's application (`Wniosek dyrektora` + `Kalkulacja kosztów` + `Wyposażenie szkoły`, also the
 * suffixed sets `… (2)`): validation (WB-2, CS-2 … CS-10) and the typed model the task pane displays.
 */
import type { ArkuszSnapshot, ZeszytSnapshot } from '../zeszyt/model';
import { brakArkusza, czytajEtykiety, czytajTabele, znajdzArkusz } from '../zeszyt/czytnik';
import type { Kontekst } from '../api';
import { CYFROWA_SZKOLA_2012, type Program } from '../program/definicja';
import { kwotaEn, kwotaPl } from '../kwota';
import { uwaga, type Uwaga } from '../uwagi';
import { normalizuj } from '../tekst/normalizuj';
import { adres } from '../komorki/adres';
import {
  ARKUSZ_KALKULACJI,
  ARKUSZ_WYPOSAZENIA,
  ETYKIETY_DYREKTORA,
  E,
  K,
  KOLUMNY_KALKULACJI,
  KOLUMNY_WYPOSAZENIA,
} from './schemat';
import { czytajKatalogi, type Katalogi } from './katalog';
import { czytajDaneDyrektora, type DaneWnioskuDyrektora } from './daneDyrektora';
import { czytajKalkulacje, type LiniaKalkulacji } from './kalkulacja';
import { czytajWyposazenie, type LiniaWyposazenia } from './wyposazenie';
import { obliczWklad, uwagiWkladu, type ObliczenieWkladu } from './wklad';
import { obliczPokrycie, type WierszPokrycia } from './pokrycie';
import { miejsceEtykiety, uwagaW, type Miejsce } from './szkola';
import { dolacz } from '../tablice/dolacz';

export interface ModelWnioskuDyrektora {
  /** the sheets of this set (null = absent) and the suffix (`''`, `' (2)'` …) */
  arkusze: { wniosek: string; kalkulacja: string | null; wyposazenie: string | null; przyrostek: string };
  dane: DaneWnioskuDyrektora;
  kalkulacja: LiniaKalkulacji[];
  wyposazenie: LiniaWyposazenia[];
  /** CS-10.3 sums and the CS-4.3 / CS-4.4 working; null when `Kalkulacja kosztów` cannot be read */
  wklad: ObliczenieWkladu | null;
  /** CS-6.1 counted quantity per catalogue point, ascending */
  ilosci: Array<{ pkt: number; liczba: number }>;
  /** CS-6.1 coverage table; null when the size or the variant is unknown */
  pokrycie: WierszPokrycia[] | null;
  /** this application's findings */
  uwagi: Uwaga[];
}

const WZOR = /^wniosek dyrektora( \(\d+\))?$/;

/** The director's application sheets of a workbook with their suffixes, in workbook order. */
export function zestawyDyrektora(z: ZeszytSnapshot): Array<{ arkusz: ArkuszSnapshot; przyrostek: string }> {
  const wynik: Array<{ arkusz: ArkuszSnapshot; przyrostek: string }> = [];
  for (const a of z.arkusze) {
    const m = WZOR.exec(normalizuj(a.nazwa));
    if (m) wynik.push({ arkusz: a, przyrostek: m[1] ?? '' });
  }
  return wynik;
}

/** CS-6.1 counted quantities: `Wyposażenie szkoły` lines with TAK plus all `Kalkulacja kosztów` lines. */
export function policzIlosci(
  kalkulacja: readonly LiniaKalkulacji[],
  wyposazenie: readonly LiniaWyposazenia[],
): Map<number, number> {
  const m = new Map<number, number>();
  const dodaj = (pkt: number | null, n: number | null) => {
    if (pkt !== null && n !== null) m.set(pkt, (m.get(pkt) ?? 0) + n);
  };
  for (const l of kalkulacja) dodaj(l.pkt, l.liczba);
  for (const l of wyposazenie) if (l.liczySie) dodaj(l.pkt, l.liczba);
  return m;
}

/** Validate one set; `katalogi` = the catalogues in force (read once per workbook). */
export function walidujWniosekDyrektora(
  z: ZeszytSnapshot,
  arkusz: ArkuszSnapshot,
  przyrostek: string,
  katalogi: Katalogi,
  program: Program = CYFROWA_SZKOLA_2012,
): ModelWnioskuDyrektora {
  const uwagi: Uwaga[] = [];
  const e = czytajEtykiety(arkusz, ETYKIETY_DYREKTORA);
  dolacz(uwagi, e.uwagi);
  const { dane, uwagi: ud } = czytajDaneDyrektora(e, program);
  dolacz(uwagi, ud);

  // Kalkulacja kosztów (required) and Wyposażenie szkoły (absent = no equipment, with a warning)
  const nazwaK = `${ARKUSZ_KALKULACJI}${przyrostek}`;
  const ak = znajdzArkusz(z, nazwaK);
  let kalkulacja: LiniaKalkulacji[] = [];
  let mWklad: Miejsce | null = null;
  if (!ak) uwagi.push(brakArkusza(nazwaK, 'WB-2'));
  else {
    const t = czytajTabele(ak, KOLUMNY_KALKULACJI);
    dolacz(uwagi, t.uwagi);
    if (t.odmowa) uwagi.push(t.odmowa);
    if (t.wierszNaglowka0 >= 0) {
      const r = czytajKalkulacje(t, katalogi.pomoce, program);
      kalkulacja = r.linie;
      dolacz(uwagi, r.uwagi);
      mWklad = { arkusz: ak.nazwa, komorka: adres(t.wierszNaglowka0, t.kolumny.get(K.wartosc)!) };
    }
  }
  const nazwaW = `${ARKUSZ_WYPOSAZENIA}${przyrostek}`;
  const aw = znajdzArkusz(z, nazwaW);
  let wyposazenie: LiniaWyposazenia[] = [];
  if (!aw)
    uwagi.push(
      uwaga(
        nazwaW,
        null,
        'ostrzeżenie',
        'WB-2',
        `Brak arkusza „${nazwaW}” — przyjęto, że szkoła nie ma wyposażenia wliczanego do funkcjonalności.`,
        `Sheet "${nazwaW}" is missing — the school is taken to have no equipment counted towards the functionalities.`,
      ),
    );
  else {
    const t = czytajTabele(aw, KOLUMNY_WYPOSAZENIA);
    dolacz(uwagi, t.uwagi);
    if (t.odmowa) uwagi.push(t.odmowa);
    if (t.wierszNaglowka0 >= 0) {
      const r = czytajWyposazenie(t, katalogi.pomoce);
      wyposazenie = r.linie;
      dolacz(uwagi, r.uwagi);
    }
  }

  // CS-10.3, CS-4.3, CS-4.4
  let wklad: ObliczenieWkladu | null = null;
  if (mWklad) {
    wklad = obliczWklad(kalkulacja, dane.wnioskowana, program);
    const mKwoty = miejsceEtykiety(e, E.wnioskowana);
    if (dane.wnioskowana !== null && mKwoty && dane.wnioskowana !== wklad.sumaWsparcia)
      uwagi.push(
        uwagaW(
          mKwoty,
          'błąd',
          'CS-10.3',
          `Wnioskowana kwota ${kwotaPl(dane.wnioskowana)} różni się od sumy pozycji finansowanych ze wsparcia w arkuszu „${mWklad.arkusz}” (${kwotaPl(wklad.sumaWsparcia)}).`,
          `The requested ${kwotaEn(dane.wnioskowana)} differs from the sum of the support-financed lines in "${mWklad.arkusz}" (${kwotaEn(wklad.sumaWsparcia)}).`,
        ),
      );
    if (wklad.wsparcie > 0) dolacz(uwagi, uwagiWkladu(wklad, kalkulacja, mWklad, program));
  }

  // CS-6.1
  const iloscMapa = policzIlosci(kalkulacja, wyposazenie);
  let pokrycie: WierszPokrycia[] | null = null;
  if (dane.wielkosc && dane.wariant) {
    const mWariantu = miejsceEtykiety(e, E.wariant);
    const p = obliczPokrycie(
      katalogi.funkcjonalnosci,
      iloscMapa,
      {
        wielkosc: dane.wielkosc,
        wariant: dane.wariant,
        uczniowieKlIV: dane.prognozaUczniowIV,
        N: dane.liczbaUczniowWOddziale,
      },
      { arkusz: arkusz.nazwa, komorka: mWariantu?.komorka ?? null },
    );
    pokrycie = p.wiersze;
    dolacz(uwagi, p.uwagi);
  }

  return {
    arkusze: { wniosek: arkusz.nazwa, kalkulacja: ak?.nazwa ?? null, wyposazenie: aw?.nazwa ?? null, przyrostek },
    dane,
    kalkulacja,
    wyposazenie,
    wklad,
    ilosci: [...iloscMapa.entries()].sort(([a], [b]) => a - b).map(([pkt, liczba]) => ({ pkt, liczba })),
    pokrycie,
    uwagi,
  };
}

/** Every director's application of the workbook; findings = catalogue findings + each application's. */
export function walidujWnioskiDyrektorow(
  z: ZeszytSnapshot,
  kontekst: Pick<Kontekst, 'program'>,
): { wnioski: ModelWnioskuDyrektora[]; uwagi: Uwaga[]; katalogi: Katalogi } {
  const program = kontekst.program ?? CYFROWA_SZKOLA_2012;
  const zestawy = zestawyDyrektora(z);
  const katalogi = czytajKatalogi(z, program);
  const wnioski = zestawy.map((s) => walidujWniosekDyrektora(z, s.arkusz, s.przyrostek, katalogi, program));
  return { wnioski, uwagi: [...katalogi.uwagi, ...wnioski.flatMap((w) => w.uwagi)], katalogi };
}
