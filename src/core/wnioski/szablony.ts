/**
 * WB-2 templates: `wniosek-dyrektora` (`Wniosek dyrektora`, `Kalkulacja kosztów`, `Wyposażenie szkoły`,
 * `Katalog pomocy`, `Funkcjonalności`) and `wniosek-organu` (`Wniosek organu`, `Szkoły`), with dropdowns
 * for every vocabulary. The catalogue sheets carry the CS-A1 / CS-A2 reconstruction label in row 1.
 */
import type { Walidacja, ZapisArkusza, ZapisKomorki } from '../zeszyt/model';
import {
  arkuszEtykiet,
  arkuszTabeli,
  type EtykietaSzablonu,
  type KolumnaSzablonu,
  type NaglowekSzablonu,
} from '../zeszyt/szablon';
import { liczba, tekst } from '../zeszyt/formaty';
import { CYFROWA_SZKOLA_2012, type Program } from '../program/definicja';
import { ETYKIETA_REKONSTRUKCJI_A1, ETYKIETA_REKONSTRUKCJI_A2 } from '../program/katalogi';
import {
  ARKUSZ_FUNKCJONALNOSCI,
  ARKUSZ_KALKULACJI,
  ARKUSZ_KATALOGU,
  ARKUSZ_SZKOL,
  ARKUSZ_WNIOSKU_DYREKTORA,
  ARKUSZ_WNIOSKU_ORGANU,
  ARKUSZ_WYPOSAZENIA,
} from './schemat';
import {
  ETYKIETY_SZABLONU_DYREKTORA,
  ETYKIETY_SZABLONU_ORGANU,
  KOLUMNY_SZABLONU_FUNKCJONALNOSCI,
  KOLUMNY_SZABLONU_KATALOGU,
  KOLUMNY_SZABLONU_SZKOL,
  kolumnyKalkulacji,
  kolumnyWyposazenia,
} from './kolumnySzablonow';

const CZERWONY = 'C00000';
const TLO_UWAGI = 'FFF2CC';

/** A table whose header is preceded by notice rows (the header stays within the first 10 rows, WB-1.2). */
function tabelaZUwagami(
  nazwa: string,
  uwagi: string[],
  kolumny: readonly KolumnaSzablonu[],
  dane: ZapisKomorki[][],
): ZapisArkusza {
  const t = arkuszTabeli(nazwa, kolumny, dane);
  const n = uwagi.length;
  const nizej = (zakres: string) =>
    zakres.replace(/([A-Z]+)(\d+)/g, (_, kol: string, r: string) => `${kol}${Number(r) + n}`);
  const przesun = (w: Walidacja): Walidacja => ({ ...w, zakres: nizej(w.zakres) });
  const ostatnia = String.fromCharCode(64 + Math.min(26, kolumny.length));
  return {
    ...t,
    wiersze: [
      ...uwagi.map((u, i) => [
        tekst(
          u,
          i === 0
            ? { pogrubienie: true, kolorTekstu: CZERWONY, tlo: TLO_UWAGI }
            : { kolorTekstu: '595959', tlo: TLO_UWAGI },
        ),
      ]),
      ...t.wiersze,
    ],
    scalenia: uwagi.map((_, i) => `A${i + 1}:${ostatnia}${i + 1}`),
    zamrozenie: { wiersze: n + 1, kolumny: 0 },
    walidacje: (t.walidacje ?? []).map(przesun),
    polaWejsciowe: (t.polaWejsciowe ?? []).map(nizej),
  };
}

const takNie = (b: boolean) => tekst(b ? 'TAK' : 'NIE');

/** CS-A1 `Katalog pomocy`, filled with the programme's catalogue, reconstruction label in A1. */
export function arkuszKataloguPomocy(program: Program = CYFROWA_SZKOLA_2012): ZapisArkusza {
  const dane = program.katalogPomocy.map((p) => [
    liczba(p.pkt),
    tekst(p.nazwa),
    takNie(p.wymagaSzkolenia),
    takNie(p.domyslnieInwestycja),
    tekst(p.warunkiTechniczne),
  ]);
  return tabelaZUwagami(
    ARKUSZ_KATALOGU,
    [
      `${ETYKIETA_REKONSTRUKCJI_A1}. Katalog pomocy dydaktycznych (załącznik nr 1, CS-A1) — treść domyślna jest rekonstrukcją; można ją edytować.`,
    ],
    KOLUMNY_SZABLONU_KATALOGU,
    dane,
  );
}

/** CS-A2 `Funkcjonalności`, filled with the programme's functionalities, reconstruction label in A1. */
export function arkuszFunkcjonalnosci(program: Program = CYFROWA_SZKOLA_2012): ZapisArkusza {
  const min = (v: number | string) => (typeof v === 'number' ? liczba(v) : tekst(v));
  const dane = program.funkcjonalnosci.map((f) => [
    tekst(f.nazwa),
    tekst(f.wariant),
    min(f.minimum.mała),
    min(f.minimum.średnia),
    min(f.minimum.duża),
    tekst(f.spelnianaPrzez),
  ]);
  return tabelaZUwagami(
    ARKUSZ_FUNKCJONALNOSCI,
    [
      `${ETYKIETA_REKONSTRUKCJI_A2}. Funkcjonalności (załącznik nr 2, CS-A2) — treść domyślna jest rekonstrukcją; można ją edytować.`,
      'Spełniana przez: „+” = wszystkie z, „|” = dowolny z, „×k” = sztuk na jednostkę (k liczba albo N = największa liczba uczniów w oddziale), np. 2 + 7|8, 1×N. Minimum: liczba albo „uczniowie kl. IV”.',
    ],
    KOLUMNY_SZABLONU_FUNKCJONALNOSCI,
    dane,
  );
}

/** Label sheet with values (examples) or empty (templates). */
export function arkuszEtykietZWartosciami(
  nazwa: string,
  etykiety: readonly EtykietaSzablonu[],
  wartosci: Record<string, ZapisKomorki> = {},
  tytul?: NaglowekSzablonu,
): ZapisArkusza {
  return arkuszEtykiet(
    nazwa,
    etykiety.map((e) => (e.etykieta in wartosci ? { ...e, wartosc: wartosci[e.etykieta] } : e)),
    tytul,
  );
}

export interface DaneArkuszyDyrektora {
  przyrostek?: string;
  etykiety?: Record<string, ZapisKomorki>;
  kalkulacja?: ZapisKomorki[][];
  wyposazenie?: ZapisKomorki[][];
}

/** The three sheets of one director's application (suffix `' (2)'` … for further applications). */
export function arkuszeWnioskuDyrektora(
  d: DaneArkuszyDyrektora = {},
  program: Program = CYFROWA_SZKOLA_2012,
): ZapisArkusza[] {
  const p = d.przyrostek ?? '';
  return [
    arkuszEtykietZWartosciami(`${ARKUSZ_WNIOSKU_DYREKTORA}${p}`, ETYKIETY_SZABLONU_DYREKTORA, d.etykiety, {
      tytul: 'Wniosek dyrektora szkoły — Cyfrowa szkoła 2012',
      instrukcja:
        'Wypełnij żółte pola w kolumnie B (podpowiedzi w kolumnie C). Koszty wpisz w arkuszu „Kalkulacja kosztów”, a posiadany sprzęt w „Wyposażenie szkoły”.',
    }),
    arkuszTabeli(`${ARKUSZ_KALKULACJI}${p}`, kolumnyKalkulacji(program.katalogPomocy), d.kalkulacja, {
      tytul: 'Kalkulacja kosztów — jedna pozycja w wierszu',
      instrukcja:
        'Wpisz pozycję katalogu, liczbę i cenę brutto w żółtych polach; „Wartość (zł)” liczy się sama (Liczba × Cena) i jest sprawdzana ponownie przy sprawdzeniu wniosku.',
    }),
    arkuszTabeli(`${ARKUSZ_WYPOSAZENIA}${p}`, kolumnyWyposazenia(program.katalogPomocy), d.wyposazenie, {
      tytul: 'Wyposażenie szkoły w pomoce dydaktyczne',
      instrukcja: 'Wpisz posiadany sprzęt w żółtych polach; „Pkt katalogu” zostaw pusty dla sprzętu spoza katalogu.',
    }),
  ];
}

/** `szablon wniosek-dyrektora` */
export function szablonWnioskuDyrektora(program: Program = CYFROWA_SZKOLA_2012): ZapisArkusza[] {
  return [...arkuszeWnioskuDyrektora({}, program), arkuszKataloguPomocy(program), arkuszFunkcjonalnosci(program)];
}

/** `szablon wniosek-organu` */
export function szablonWnioskuOrganu(): ZapisArkusza[] {
  return [
    arkuszEtykietZWartosciami(
      ARKUSZ_WNIOSKU_ORGANU,
      ETYKIETY_SZABLONU_ORGANU,
      {},
      {
        tytul: 'Wniosek organu prowadzącego — Cyfrowa szkoła 2012',
        instrukcja: 'Wypełnij żółte pola w kolumnie B; szkoły objęte wnioskiem wpisz w arkuszu „Szkoły”.',
      },
    ),
    arkuszTabeli(ARKUSZ_SZKOL, KOLUMNY_SZABLONU_SZKOL, [], {
      tytul: 'Szkoły objęte wnioskiem organu (jeden wiersz = jedna szkoła)',
      instrukcja: 'Wpisuj dane w żółtych polach od wiersza pod nagłówkiem; pola z listą wybierz z listy.',
    }),
  ];
}
