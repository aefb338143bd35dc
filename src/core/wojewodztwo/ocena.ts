/** WB-5.1/WB-5.2 effective formal evaluation, CS-Z3.1 manual order checks, CS-10.4 duplicates. */
import type { Tabela } from '../zeszyt/czytnik';
import type { Uwaga } from '../uwagi';
import { duplikatyRegon, miejscePola, uwagaW, type Miejsce, type WpisRegonu } from '../wnioski/szkola';
import { K } from './kolumny';
import { daSieKwalifikowac, type Ocena, type WierszWniosku } from './wiersze';
import { ETYKIETY_PARAMETROW } from './etykiety';
import { koszyk } from '../kwalifikacja/losowanie';
import type { PodzialWielkosci } from '../kwalifikacja/typy';
import { dolacz } from '../tablice/dolacz';
import { lista as ograniczona, MAKS_KOMOREK } from '../tekst/lista';
import { doGrupy } from '../tablice/grupy';

function miejsce(t: Tabela, w: WierszWniosku, h: string): Miejsce {
  return miejscePola(t, { wiersz0: w.wiersz - 1, indeks: w.indeks, komorki: [] }, h);
}

/**
 * WB-5.2: the team's entry wins; a contradiction needs a reason; `pozytywna` needs readable key values.
 * Findings are appended to `uwagi`.
 */
export function ocenaEfektywna(t: Tabela, w: WierszWniosku, uwagi: Uwaga[]): Ocena {
  const zespol = w.ocenaZespolu;
  if (!zespol) return w.propozycja;
  if (zespol !== w.propozycja && w.uzasadnienie === '')
    uwagi.push(
      uwagaW(
        miejsce(t, w, t.kolumny.has(K.uzasadnienie) ? K.uzasadnienie : K.ocena),
        'błąd',
        'WB-5.2',
        `Ocena „${zespol}” jest sprzeczna z propozycją („${w.propozycja}”) i wymaga uzasadnienia w kolumnie „${K.uzasadnienie}”.`,
        `The evaluation "${zespol}" contradicts the proposal ("${w.propozycja}") and needs a reason in "${K.uzasadnienie}".`,
        true,
      ),
    );
  if (zespol === 'pozytywna' && !daSieKwalifikowac(w))
    uwagi.push(
      uwagaW(
        miejsce(t, w, K.ocena),
        'błąd',
        'WB-5.2',
        'Ocena „pozytywna” jest niemożliwa: REGON, wielkość szkoły, wariant, wariant zastępczy lub kwota są nieczytelne albo wariant zastępczy jest równy wariantowi.',
        'A "pozytywna" evaluation is impossible: the REGON, size, variant, fallback or amount cannot be read, or the fallback equals the variant.',
        true,
      ),
    );
  return zespol;
}

/**
 * CS-10.4 duplicates over the readable REGON digits — blocking (WB-5.3). Only the rows whose digits occur
 * more than once are located and passed on (the findings and their order are those of all rows).
 */
export function duplikaty(t: Tabela, wiersze: readonly WierszWniosku[]): Uwaga[] {
  // usually every REGON is unique: one set insertion per row tells (the set does not grow on a repeat)
  const widziane = new Set<string>();
  let powtorzone = false;
  for (const w of wiersze) {
    if (!w.regonCyfry) continue;
    const przed = widziane.size;
    if (widziane.add(w.regonCyfry).size === przed) powtorzone = true;
  }
  if (!powtorzone) return [];
  const ile = new Map<string, number>();
  for (const w of wiersze) if (w.regonCyfry) ile.set(w.regonCyfry, (ile.get(w.regonCyfry) ?? 0) + 1);
  const wpisy: WpisRegonu[] = [];
  for (const w of wiersze)
    if (w.regonCyfry && ile.get(w.regonCyfry)! > 1)
      wpisy.push({ regon: w.regonCyfry, miejsce: miejsce(t, w, K.regon) });
  return duplikatyRegon(wpisy);
}

/** CS-Z3.1: manual order in use when at least one positive row has a non-blank number. */
export function recznaWUzyciu(pozytywne: readonly WierszWniosku[]): boolean {
  return pozytywne.some((w) => !w.kolejnoscPusta);
}

/** CS-Z3.1: every positive row holds an integer and together they are exactly {1, …, n}. */
export function sprawdzKolejnosc(
  t: Tabela,
  pozytywne: readonly WierszWniosku[],
  negatywne: readonly WierszWniosku[],
): Uwaga[] {
  const n = pozytywne.length;
  const uwagi: Uwaga[] = [];
  const gdzie = new Map<number, WierszWniosku[]>();
  for (const w of pozytywne) {
    const m = miejsce(t, w, K.kolejnosc);
    if (w.kolejnoscPusta)
      uwagi.push(
        uwagaW(
          m,
          'błąd',
          'CS-Z3.1',
          `Brak numeru w „${K.kolejnosc}” (kolejność ręczna jest w użyciu: wymagane numery 1…${n}).`,
          `No number in "${K.kolejnosc}" (the manual order is in use: numbers 1…${n} are required).`,
          true,
        ),
      );
    else if (w.kolejnosc === null)
      uwagi.push(
        uwagaW(
          m,
          'błąd',
          'CS-Z3.1',
          `„${w.kolejnoscTekst}” nie jest liczbą całkowitą (wymagane numery 1…${n}).`,
          `"${w.kolejnoscTekst}" is not a whole number (numbers 1…${n} are required).`,
          true,
        ),
      );
    else if (w.kolejnosc < 1 || w.kolejnosc > n)
      uwagi.push(
        uwagaW(
          m,
          'błąd',
          'CS-Z3.1',
          `Numer ${w.kolejnosc} jest poza zakresem 1…${n}.`,
          `Number ${w.kolejnosc} is outside 1…${n}.`,
          true,
        ),
      );
    else doGrupy(gdzie, w.kolejnosc, w);
  }
  for (const [nr, lista] of gdzie) {
    if (lista.length < 2) continue;
    const adresy = listaKomorek(lista.map((w) => miejsce(t, w, K.kolejnosc).komorka));
    for (const w of lista)
      uwagi.push(
        uwagaW(
          miejsce(t, w, K.kolejnosc),
          'błąd',
          'CS-Z3.1',
          `Numer ${nr} powtarza się (${adresy}). Jeśli losowano osobno w koszykach (wariant × wielkość szkoły), ustaw „${ETYKIETY_PARAMETROW.losowanie}” = „w koszykach”.`,
          `Number ${nr} is repeated (${adresy}). If the draw was held separately in baskets (variant × school size), set "${ETYKIETY_PARAMETROW.losowanie}" to "w koszykach".`,
          true,
        ),
      );
  }
  const brakujace: number[] = [];
  for (let i = 1; i <= n && brakujace.length <= 20; i++) if (!gdzie.has(i)) brakujace.push(i);
  if (brakujace.length && uwagi.length === 0)
    uwagi.push(
      uwagaW(
        { arkusz: t.arkusz, komorka: miejsce(t, pozytywne[0], K.kolejnosc).komorka },
        'błąd',
        'CS-Z3.1',
        `Brakuje numerów: ${brakujace.join(', ')}.`,
        `Missing numbers: ${brakujace.join(', ')}.`,
        true,
      ),
    );
  dolacz(uwagi, numeryNaNegatywnych(t, negatywne));
  return uwagi;
}

/** CS-Z3.1: numbers on formally negative rows are ignored with an `ostrzeżenie`. */
function numeryNaNegatywnych(t: Tabela, negatywne: readonly WierszWniosku[]): Uwaga[] {
  const uwagi: Uwaga[] = [];
  for (const w of negatywne)
    if (!w.kolejnoscPusta)
      uwagi.push(
        uwagaW(
          miejsce(t, w, K.kolejnosc),
          'ostrzeżenie',
          'CS-Z3.1',
          'Numer losowania przy wniosku ocenionym negatywnie — pominięty.',
          'A draw number on a formally rejected application — ignored.',
        ),
      );
  return uwagi;
}

/** `wariant I, mała` — how a basket is named in findings. */
function nazwaKoszyka(k: string): { pl: string; en: string } {
  const [v, g] = k.split('.');
  const en: Record<string, string> = { mała: 'small', średnia: 'medium', duża: 'large' };
  return g === 'wszystkie'
    ? { pl: `wariant ${v}`, en: `variant ${v}` }
    : { pl: `wariant ${v}, ${g}`, en: `variant ${v}, ${en[g]}` };
}

/** At most `MAKS_KOMOREK` cells, then `… (+N)`. */
const listaKomorek = (l: readonly string[]) => ograniczona(l, MAKS_KOMOREK);

/**
 * CS-Z3.1 with P4 `w koszykach`: every positive row holds an integer and inside each basket (CS-Z3.3
 * group) the numbers are exactly {1, …, n_b}; each finding names the basket and its cells.
 */
export function sprawdzKolejnoscWKoszykach(
  t: Tabela,
  pozytywne: readonly WierszWniosku[],
  negatywne: readonly WierszWniosku[],
  podzial: PodzialWielkosci,
): Uwaga[] {
  const uwagi: Uwaga[] = [];
  const koszyki = new Map<string, WierszWniosku[]>();
  for (const w of pozytywne) {
    const k = koszyk({ v1: w.wariant!, wielkosc: w.wielkosc! }, podzial);
    doGrupy(koszyki, k, w);
  }
  const KOLEJNOSC = [
    'I.mała',
    'I.średnia',
    'I.duża',
    'I.wszystkie',
    'II.mała',
    'II.średnia',
    'II.duża',
    'II.wszystkie',
  ];
  for (const k of [...koszyki.keys()].sort((a, b) => KOLEJNOSC.indexOf(a) - KOLEJNOSC.indexOf(b))) {
    const lista = koszyki.get(k)!;
    const n = lista.length;
    const nk = nazwaKoszyka(k);
    const przedUwagami = uwagi.length;
    const gdzie = new Map<number, WierszWniosku[]>();
    for (const w of lista) {
      const m = miejsce(t, w, K.kolejnosc);
      const blad = (pl: string, en: string) => uwagi.push(uwagaW(m, 'błąd', 'CS-Z3.1', pl, en, true));
      if (w.kolejnoscPusta)
        blad(
          `Brak numeru w „${K.kolejnosc}” (losowanie w koszykach: koszyk „${nk.pl}” wymaga numerów 1…${n}).`,
          `No number in "${K.kolejnosc}" (draw in baskets: basket "${nk.en}" needs numbers 1…${n}).`,
        );
      else if (w.kolejnosc === null)
        blad(
          `„${w.kolejnoscTekst}” nie jest liczbą całkowitą (koszyk „${nk.pl}”: wymagane numery 1…${n}).`,
          `"${w.kolejnoscTekst}" is not a whole number (basket "${nk.en}": numbers 1…${n} are required).`,
        );
      else if (w.kolejnosc < 1 || w.kolejnosc > n)
        blad(
          `Numer ${w.kolejnosc} jest poza zakresem 1…${n} koszyka „${nk.pl}”.`,
          `Number ${w.kolejnosc} is outside 1…${n} of basket "${nk.en}".`,
        );
      else doGrupy(gdzie, w.kolejnosc, w);
    }
    for (const [nr, powt] of gdzie) {
      if (powt.length < 2) continue;
      const adresy = listaKomorek(powt.map((w) => miejsce(t, w, K.kolejnosc).komorka));
      for (const w of powt)
        uwagi.push(
          uwagaW(
            miejsce(t, w, K.kolejnosc),
            'błąd',
            'CS-Z3.1',
            `Numer ${nr} powtarza się w koszyku „${nk.pl}” (${adresy}).`,
            `Number ${nr} is repeated in basket "${nk.en}" (${adresy}).`,
            true,
          ),
        );
    }
    const brakujace: number[] = [];
    for (let i = 1; i <= n && brakujace.length <= 20; i++) if (!gdzie.has(i)) brakujace.push(i);
    if (brakujace.length && uwagi.length > przedUwagami) {
      const komorki = listaKomorek(lista.map((w) => miejsce(t, w, K.kolejnosc).komorka));
      uwagi.push(
        uwagaW(
          { arkusz: t.arkusz, komorka: miejsce(t, lista[0], K.kolejnosc).komorka },
          'błąd',
          'CS-Z3.1',
          `W koszyku „${nk.pl}” (komórki ${komorki}) brakuje numerów: ${brakujace.join(', ')}.`,
          `Basket "${nk.en}" (cells ${komorki}) lacks the numbers: ${brakujace.join(', ')}.`,
          true,
        ),
      );
    }
  }
  dolacz(uwagi, numeryNaNegatywnych(t, negatywne));
  return uwagi;
}
