/**
 * Pure helpers behind the custom worksheet functions (wired elsewhere): the 16 × 3 counts are the rows
 * of `Województwa` in TERYT order 02 … 32 (small, medium, large). Invalid input throws an Error with
 * a Polish message (the wiring turns it into a cell error).
 */
import { WOJEWODZTWA, CYFROWA_SZKOLA_2012, type Program } from '../program/definicja';
import type { Grosze } from '../kwota';
import { podzielKwoteKrajowa, wagaWojewodztwa, type WierszPodzialu } from './algorytm';
import { nwd } from '../rational';

function wiersze(liczby: number[][]): WierszPodzialu[] {
  if (liczby.length !== WOJEWODZTWA.length || liczby.some((r) => r.length !== 3))
    throw new Error(
      `Oczekiwano ${WOJEWODZTWA.length} wierszy po 3 liczby szkół (małe, średnie, duże), w kolejności TERYT 02…32.`,
    );
  return WOJEWODZTWA.map((w, i) => {
    const [nS, nM, nL] = liczby[i];
    for (const n of liczby[i])
      if (!Number.isSafeInteger(n) || n < 0)
        throw new Error(`Liczba szkół ${n} (TERYT ${w.teryt}) nie jest liczbą całkowitą ≥ 0.`);
    return { teryt: w.teryt, nazwa: w.nazwa, nS, nM, nL };
  });
}

function indeks(teryt: string): number {
  const t = teryt.trim().padStart(2, '0');
  const i = WOJEWODZTWA.findIndex((w) => w.teryt === t);
  if (i < 0) throw new Error(`„${teryt}” nie jest kodem TERYT województwa (02, 04, …, 32).`);
  return i;
}

/** W_v / ΣW (CS-9.1a), reduced. ΣW = 0 → Error. */
export function udzialWojewodztwa(
  liczby: number[][],
  teryt: string,
  program: Program = CYFROWA_SZKOLA_2012,
): { licznik: bigint; mianownik: bigint } {
  const w = wiersze(liczby);
  const i = indeks(teryt);
  const wagi = w.map((x) => wagaWojewodztwa(x, program));
  const suma = wagi.reduce((s, x) => s + x, 0n);
  if (suma === 0n) throw new Error('Suma wag województw wynosi 0 (CS-9.1a).');
  const d = nwd(wagi[i], suma);
  return { licznik: wagi[i] / d, mianownik: suma / d };
}

/** A_v (CS-9.1c) for the national sum `kwota` and rounding unit `jednostka` (default 1 gr). */
export function kwotaWojewodztwa(
  kwota: Grosze,
  liczby: number[][],
  teryt: string,
  jednostka: Grosze = 1,
  program: Program = CYFROWA_SZKOLA_2012,
): Grosze {
  const i = indeks(teryt);
  if (!Number.isSafeInteger(jednostka) || jednostka <= 0)
    throw new Error(`Jednostka zaokrąglenia ${jednostka} gr nie jest dodatnią liczbą całkowitą groszy.`);
  const wynik = podzielKwoteKrajowa({ kwota, jednostka, wiersze: wiersze(liczby) }, program);
  if (!wynik.ok) {
    const kod = wynik.bledy[0].kod;
    throw new Error(
      kod === 'sumaWagZero'
        ? 'Suma wag województw wynosi 0 (CS-9.1a).'
        : kod === 'niewielokrotnosc'
          ? 'Kwota krajowa nie jest wielokrotnością jednostki zaokrąglenia (CS-9.1).'
          : 'Kwota krajowa musi być większa od zera (CS-9.1).',
    );
  }
  return wynik.wojewodztwa[i].kwota;
}
