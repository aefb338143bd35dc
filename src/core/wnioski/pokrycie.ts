/**
 * CS-6.1 Annex 2 coverage: for each functionality of the school's variant (or `oba`), units covered =
 * floor(min over the '+' terms of (Σ counted quantities of the term's points / k)), compared with the
 * minimum for the school's size. Missing coverage → `ostrzeżenie` listing the quantity missing.
 * Exact integer arithmetic (k = licznik/mianownik).
 */
import type { Wariant, Wielkosc } from '../kwalifikacja/typy';
import { ceilDiv } from '../kwota';
import { uwaga, type Uwaga } from '../uwagi';
import type { FunkcjonalnoscKatalogu } from './katalog';
import { mnoznikTekst, type Mnoznik } from './wyrazenie';

export interface ParametryPokrycia {
  wielkosc: Wielkosc;
  wariant: Wariant;
  /** `Prognoza uczniów klasy IV` (for the minimum `uczniowie kl. IV`), null when unknown */
  uczniowieKlIV: number | null;
  /** `Największa liczba uczniów w oddziale` (k = N) */
  N: number;
}

export interface TerminPokrycia {
  punkty: number[];
  k: Mnoznik;
  /** Σ counted quantities of the term's points */
  suma: number;
  /** floor(suma / k) */
  jednostki: number;
  /** quantity still needed for the required units: max(0, ceil(wymagane · k) − suma); null when wymagane unknown */
  brakuje: number | null;
}

export interface WierszPokrycia {
  funkcjonalnosc: string;
  wariant: 'I' | 'II' | 'oba';
  spelnianaPrzez: string;
  /** the minimum for the size; null when it is `uczniowie kl. IV` and that forecast is unknown */
  wymagane: number | null;
  pokryte: number;
  /** max(0, wymagane − pokryte); null when wymagane unknown */
  brakJednostek: number | null;
  terminy: TerminPokrycia[];
}

export interface WynikPokrycia {
  wiersze: WierszPokrycia[];
  uwagi: Uwaga[];
}

function kUlamek(k: Mnoznik, N: number): { licznik: number; mianownik: number } {
  return k === 'N' ? { licznik: N, mianownik: 1 } : k;
}

/** CS-6.1 for one application; `ilosci` = counted quantity per catalogue point; findings located at `gdzie`. */
export function obliczPokrycie(
  funkcje: readonly FunkcjonalnoscKatalogu[],
  ilosci: ReadonlyMap<number, number>,
  p: ParametryPokrycia,
  gdzie: { arkusz: string; komorka: string | null },
): WynikPokrycia {
  const wiersze: WierszPokrycia[] = [];
  const uwagi: Uwaga[] = [];
  for (const f of funkcje) {
    if (f.wariant !== 'oba' && f.wariant !== p.wariant) continue;
    const min = f.minimum[p.wielkosc];
    const wymagane = min === 'uczniowie kl. IV' ? p.uczniowieKlIV : min;
    const terminy: TerminPokrycia[] = f.wyrazenie.map((t) => {
      const k = kUlamek(t.k, p.N);
      const suma = t.punkty.reduce((s, pkt) => s + (ilosci.get(pkt) ?? 0), 0);
      const jednostki = Math.floor((suma * k.mianownik) / k.licznik);
      const brakuje = wymagane === null ? null : Math.max(0, ceilDiv(wymagane * k.licznik, k.mianownik) - suma);
      return { punkty: [...t.punkty], k: t.k, suma, jednostki, brakuje };
    });
    const pokryte = terminy.reduce((m, t) => Math.min(m, t.jednostki), Number.MAX_SAFE_INTEGER);
    const brakJednostek = wymagane === null ? null : Math.max(0, wymagane - pokryte);
    wiersze.push({
      funkcjonalnosc: f.nazwa,
      wariant: f.wariant,
      spelnianaPrzez: f.spelnianaPrzez,
      wymagane,
      pokryte,
      brakJednostek,
      terminy,
    });
    if (brakJednostek) {
      const braki = terminy.filter((t) => t.brakuje);
      const pl = braki
        .map((t) => `${t.brakuje} szt. pkt ${t.punkty.join(' lub ')}${t.k === 'N' ? ` (×N = ${p.N})` : ''}`)
        .join('; ');
      const en = braki
        .map((t) => `${t.brakuje} of point ${t.punkty.join(' or ')}${t.k === 'N' ? ` (×N = ${p.N})` : ''}`)
        .join('; ');
      uwagi.push(
        uwaga(
          gdzie.arkusz,
          gdzie.komorka,
          'ostrzeżenie',
          'CS-6.1',
          `Funkcjonalność „${f.nazwa}” (zał. 2, wariant ${f.wariant}): wymagane ${wymagane}, zapewnione ${pokryte} — brakuje ${brakJednostek}: ${pl}.`,
          `Functionality "${f.nazwa}" (annex 2, variant ${f.wariant}): ${wymagane} required, ${pokryte} provided — ${brakJednostek} missing: ${en}.`,
        ),
      );
    }
  }
  return { wiersze, uwagi };
}

/** Display form of a term's multiplier (`×25` for N = 25). */
export function mnoznikWyswietlany(k: Mnoznik, N: number): string {
  return k === 'N' ? `N = ${N}` : mnoznikTekst(k);
}
