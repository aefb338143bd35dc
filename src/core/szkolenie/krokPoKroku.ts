/**
 * "Krok po kroku" (issue 12): the qualification's trace (WB-3.2 `Przebieg kwalifikacji`, the same run
 * as `kwalifikuj`) as steps a room can follow — the school of each row, one sentence with its rule,
 * the money before and after, and the running tally per variant and size. Nothing is recomputed here.
 */
import type { Kontekst } from '../api';
import type { ZeszytSnapshot } from '../zeszyt/model';
import type { Grosze } from '../kwota';
import type { Krok, Wariant, Wielkosc } from '../kwalifikacja';
import { ocenIKwalifikuj } from '../wojewodztwo/operacja';
import { zdarzeniaPrzebiegu, type Zdarzenie } from '../wyjasnienie/zdarzenia';
import { zdanie } from '../wyjasnienie/zdania';
import type { WynikOperacji } from '../api';

export type Licznik = Record<Wariant, Record<Wielkosc, { liczba: number; kwota: Grosze }>>;

export interface KrokPokazu {
  /** 1-based row of `Przebieg kwalifikacji` */
  lp: number;
  krok: Krok;
  regula: string;
  /** the walk's variant (for a shift: the variant the money goes to) */
  wariant: Wariant;
  szkola: {
    regon: string;
    nazwa: string;
    wielkosc: Wielkosc | null;
    v1: Wariant | null;
    r: Grosze;
    /** 1-based row of `Wnioski` */
    wiersz: number;
  } | null;
  zakwalifikowana: boolean;
  przed: Grosze;
  po: Grosze;
  brak: Grosze | null;
  /** the largest amount available in this walk: the bars' full width */
  skala: Grosze;
  zdanie: { pl: string; en: string };
  /** tally of qualified applications after this row */
  licznik: Licznik;
}

export interface Pokaz {
  kroki: KrokPokazu[];
  /** index of the first row of each step, in order (jump to the start of a step) */
  poczatki: Array<{ krok: Krok; indeks: number }>;
  kwotaSrodkow: Grosze;
}

function pustyLicznik(): Licznik {
  const g = () => ({ mała: { liczba: 0, kwota: 0 }, średnia: { liczba: 0, kwota: 0 }, duża: { liczba: 0, kwota: 0 } });
  return { I: g(), II: g() };
}

function kopia(l: Licznik): Licznik {
  return {
    I: { mała: { ...l.I.mała }, średnia: { ...l.I.średnia }, duża: { ...l.I.duża } },
    II: { mała: { ...l.II.mała }, średnia: { ...l.II.średnia }, duża: { ...l.II.duża } },
  };
}

/** The step-through of a voivodeship workbook, or the operation's outcome when it cannot run. */
export function krokPoKroku(z: ZeszytSnapshot, k: Kontekst): Pokaz | { koniec: WynikOperacji } {
  const o = ocenIKwalifikuj(z, { ...k, postep: undefined });
  if ('koniec' in o) return o;
  const { mp } = o;
  const wgRegonu = new Map(mp.wiersze.filter((w) => w.regonCyfry).map((w) => [w.regonCyfry!, w]));
  const zd = zdarzeniaPrzebiegu(mp.wynik.przebieg, null) as Array<
    Extract<Zdarzenie, { rodzaj: 'przejscie' | 'przesuniecie' }>
  >;
  const przebieg = mp.wynik.przebieg;
  const licznik = pustyLicznik();
  const kroki: KrokPokazu[] = zd.map((e) => {
    const t = przebieg[e.lp - 1];
    const w = t.regon ? wgRegonu.get(t.regon) : undefined;
    const zakw = e.rodzaj === 'przejscie' && e.miesci;
    if (zakw && w?.wielkosc && t.wariant && t.r !== null) {
      licznik[t.wariant][w.wielkosc].liczba++;
      licznik[t.wariant][w.wielkosc].kwota += t.r;
    }
    return {
      lp: e.lp,
      krok: t.krok,
      regula: e.regula,
      wariant: e.rodzaj === 'przesuniecie' ? e.doWariantu : e.wariant,
      szkola:
        w && t.regon && t.r !== null
          ? { regon: t.regon, nazwa: w.nazwa, wielkosc: w.wielkosc, v1: w.wariant, r: t.r, wiersz: w.wiersz }
          : null,
      zakwalifikowana: zakw,
      przed: t.dostepnePrzed,
      po: t.dostepnePo,
      brak: t.brak,
      skala: 0,
      zdanie: { pl: zdanie(e, 'pl'), en: zdanie(e, 'en') },
      licznik: kopia(licznik),
    };
  });
  // bars: the full width is the most money seen in the same walk (consecutive rows of one step and variant)
  for (let a = 0; a < kroki.length;) {
    let b = a;
    let max = 0;
    while (b < kroki.length && kroki[b].krok === kroki[a].krok && kroki[b].wariant === kroki[a].wariant) {
      max = Math.max(max, kroki[b].przed, kroki[b].po);
      b++;
    }
    for (let i = a; i < b; i++) kroki[i].skala = max;
    a = b;
  }
  const poczatki: Pokaz['poczatki'] = [];
  kroki.forEach((s, i) => {
    if (i === 0 || kroki[i - 1].krok !== s.krok) poczatki.push({ krok: s.krok, indeks: i });
  });
  return { kroki, poczatki, kwotaSrodkow: mp.parametry.kwota ?? 0 };
}
