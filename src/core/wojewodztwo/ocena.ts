/** WB-5.1/WB-5.2 effective formal evaluation, CS-Z3.1 manual order checks, CS-10.4 duplicates. */
import type { Tabela } from '../zeszyt/czytnik';
import type { Uwaga } from '../uwagi';
import { duplikatyRegon, miejscePola, uwagaW, type Miejsce } from '../wnioski/szkola';
import { K } from './kolumny';
import { daSieKwalifikowac, type Ocena, type WierszWniosku } from './wiersze';

function miejsce(t: Tabela, w: WierszWniosku, h: string): Miejsce {
  return miejscePola(t, { wiersz0: w.wiersz - 1, indeks: w.indeks, komorki: [] }, h);
}

/** WB-5.2: the team's entry wins; a contradiction needs a reason; `pozytywna` needs readable key values. */
export function ocenaEfektywna(t: Tabela, w: WierszWniosku): { ocena: Ocena; uwagi: Uwaga[] } {
  const uwagi: Uwaga[] = [];
  const zespol = w.ocenaZespolu;
  if (!zespol) return { ocena: w.propozycja, uwagi };
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
  return { ocena: zespol, uwagi };
}

/** CS-10.4 duplicates over the readable REGON digits — blocking (WB-5.3). */
export function duplikaty(t: Tabela, wiersze: readonly WierszWniosku[]): Uwaga[] {
  return duplikatyRegon(wiersze.map((w) => ({ regon: w.regonCyfry, miejsce: miejsce(t, w, K.regon) })));
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
    else gdzie.set(w.kolejnosc, [...(gdzie.get(w.kolejnosc) ?? []), w]);
  }
  for (const [nr, lista] of gdzie) {
    if (lista.length < 2) continue;
    const adresy = lista.map((w) => miejsce(t, w, K.kolejnosc).komorka).join(', ');
    for (const w of lista)
      uwagi.push(
        uwagaW(
          miejsce(t, w, K.kolejnosc),
          'błąd',
          'CS-Z3.1',
          `Numer ${nr} powtarza się (${adresy}).`,
          `Number ${nr} is repeated (${adresy}).`,
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
