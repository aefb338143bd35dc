/**
 * CS-Z3.F input fingerprint: lowercase hex SHA-256 of the UTF-8 text of the lines joined by "\n"
 * (no trailing newline). A value that could not be read is written '?'.
 */
import type { Grosze } from '../kwota';
import { ZapisDoSkrotu, ZapisUtf8 } from './sha256';
import { uporzadkuj } from '../tablice/uporzadkuj';
import { dziesietny } from '../rational';
import type { PodzialWielkosci, Wariant, WariantZastepczy, Wielkosc } from './typy';

export const ID_ALGORYTMU = 'CS-Z3/1';

/** An unreadable value (written '?'). */
export type Nieczytelne = '?';

export interface NaglowekOdcisku {
  /** A in grosze */
  kwota: Grosze | Nieczytelne;
  /** P1 in hundredths of a percent; null = empty (`domyślny`) */
  udzialSetne: number | null | Nieczytelne;
  /** the effective P2 value (empty cell = `wg wnioskowanych kwot`) */
  podzial: PodzialWielkosci | Nieczytelne;
  /** the three SIO counts; null when none is given (`SIO=-`) */
  sio: { mała: number | Nieczytelne; średnia: number | Nieczytelne; duża: number | Nieczytelne } | null;
  /** the seed as read by WB-1.8 whenever the cell is non-empty, used or not; null when empty or absent */
  ziarno: string | null;
  /** manual order in use (CS-Z3.1) */
  reczna: boolean;
  /** with `reczna`: P4 `w koszykach` → `RECZNA=KOSZYKI` */
  koszyki?: boolean;
}

export interface WierszOdcisku {
  /** normalised REGON (WB-1.6); null = unreadable → the row is not part of the fingerprint */
  regon: string | null;
  wielkosc: Wielkosc | Nieczytelne;
  v1: Wariant | Nieczytelne;
  v2: WariantZastepczy | Nieczytelne;
  /** requested amount in grosze */
  wnioskowana: Grosze | Nieczytelne;
  /** r = min(requested, cap) in grosze */
  r: Grosze | Nieczytelne;
  /** effective formal evaluation */
  ocena: 'P' | 'N' | Nieczytelne;
  /** `Kolejność losowania`; null = blank (`-`) */
  kolejnosc: number | null | Nieczytelne;
}

const procent = (setne: number): string => dziesietny(BigInt(setne), 2);

/** CS-Z3.F: the fingerprint text (header lines, then one line per row with a readable REGON, by REGON). */
export function tekstOdcisku(naglowek: NaglowekOdcisku, wiersze: readonly WierszOdcisku[]): string {
  const zRegonem = wiersze.filter((w) => w.regon !== null);
  const linie = linieNaglowka(naglowek);
  const regony = zRegonem.map((w) => w.regon!);
  for (const i of poRegonach(regony, (j) => linia(zRegonem[j]))) linie.push(linia(zRegonem[i]));
  return linie.join('\n');
}

/**
 * CS-Z3.F: lowercase hex SHA-256 of `tekstOdcisku`, each row's line written as UTF-8 straight from its
 * fields (100 000 rows: making the line texts and joining them was most of the time). The lines are written
 * in row order, where the rows and their texts lie in memory, and then copied in REGON order (reading the
 * rows themselves in REGON order was a cache miss per field).
 */
export function odcisk(naglowek: NaglowekOdcisku, wiersze: readonly WierszOdcisku[]): string {
  return odciskWierszy(naglowek, wiersze, (w) => w);
}

/**
 * `odcisk` over any rows, each read as a `WierszOdcisku` by `doOdcisku` when its line is written: the objects
 * live one row each, not all together (100 000 rows: 8 MB less kept until the end of a run).
 */
export function odciskWierszy<T>(
  naglowek: NaglowekOdcisku,
  wiersze: readonly T[],
  doOdcisku: (w: T) => WierszOdcisku,
): string {
  const linie = new ZapisUtf8();
  const poczatki: number[] = [];
  const regony: string[] = [];
  const zRegonem: number[] = [];
  for (let i = 0; i < wiersze.length; i++) {
    const w = doOdcisku(wiersze[i]);
    if (w.regon === null) continue;
    poczatki.push(linie.dlugosc);
    regony.push(w.regon);
    zRegonem.push(i);
    zapiszLinie(linie, w);
  }
  poczatki.push(linie.dlugosc);
  const z = new ZapisDoSkrotu();
  z.tekst(linieNaglowka(naglowek).join('\n'));
  for (const i of poRegonach(regony, (j) => linia(doOdcisku(wiersze[zRegonem[j]])))) {
    z.znak(NOWA_LINIA);
    z.kopiuj(linie, poczatki[i], poczatki[i + 1]);
  }
  return z.skrot();
}

const NOWA_LINIA = 10;
const KRESKA = 124; // '|'
const KRESKA_POZIOMA = 45; // '-': no draw number

function linieNaglowka(n: NaglowekOdcisku): string[] {
  const p1 = n.udzialSetne === null ? 'domyślny' : n.udzialSetne === '?' ? '?' : procent(n.udzialSetne);
  return [
    ID_ALGORYTMU,
    `A=${n.kwota}`,
    `P1=${p1}`,
    `P2=${n.podzial}`,
    n.sio === null ? 'SIO=-' : `SIO=${n.sio.mała},${n.sio.średnia},${n.sio.duża}`,
    `ZIARNO=${n.ziarno === null ? '-' : n.ziarno}`,
    `RECZNA=${n.reczna ? (n.koszyki ? 'KOSZYKI' : 'TAK') : 'NIE'}`,
  ];
}

/** One row's line as text; `zapiszLinie` writes the same bytes. */
const linia = (w: WierszOdcisku): string =>
  `${w.regon}|${w.wielkosc}|${w.v1}|${w.v2}|${w.wnioskowana}|${w.r}|${w.ocena}|${w.kolejnosc === null ? '-' : w.kolejnosc}`;

function zapiszLinie(z: ZapisUtf8, w: WierszOdcisku): void {
  z.tekst(w.regon!);
  z.znak(KRESKA);
  z.tekst(w.wielkosc);
  z.znak(KRESKA);
  z.tekst(w.v1);
  z.znak(KRESKA);
  z.tekst(w.v2);
  z.znak(KRESKA);
  zapiszWartosc(z, w.wnioskowana);
  z.znak(KRESKA);
  zapiszWartosc(z, w.r);
  z.znak(KRESKA);
  z.tekst(w.ocena);
  z.znak(KRESKA);
  if (w.kolejnosc === null) z.znak(KRESKA_POZIOMA);
  else zapiszWartosc(z, w.kolejnosc);
}

const zapiszWartosc = (z: ZapisUtf8, v: number | string): void => (typeof v === 'number' ? z.liczba(v) : z.tekst(v));

/** The order number of a REGON text (see `poRegonach`), or -1 when it is not 1–14 digits. */
function kluczRegonu(r: string): number {
  if (r.length === 0 || r.length > 14) return -1;
  let v = 0;
  for (let i = 0; i < 14; i++) {
    const c = i < r.length ? r.charCodeAt(i) - 48 : 0;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v * 16 + r.length;
}

/**
 * The rows (their indices) by REGON, the same REGON by the whole line, as texts. REGONs are digit texts of at
 * most 14 digits, so each gets a number with the texts' order — its digits padded with zeros to 14, then its
 * length (a prefix first); the numbers are sorted natively and replaced by their ranks, which `uporzadkuj`
 * sorts without a comparison call per pair (100 000 rows). Any other text falls back to comparing texts.
 */
function poRegonach(regony: readonly string[], linia: (i: number) => string): number[] {
  const klucze = new Float64Array(regony.length);
  for (let i = 0; i < regony.length; i++) {
    const k = kluczRegonu(regony[i]);
    if (k < 0) return poTekstach(regony, linia);
    klucze[i] = k;
  }
  const posortowane = klucze.slice().sort();
  const rangi = klucze.map((k) => ranga(posortowane, k));
  // equal ranks: the same REGON, by the whole line (made once per row that has a twin)
  const linie = new Map<number, string>();
  const liniaWiersza = (i: number): string => {
    let l = linie.get(i);
    if (l === undefined) linie.set(i, (l = linia(i)));
    return l;
  };
  return uporzadkuj(rangi, (i, j) => porownajTeksty(liniaWiersza(i), liniaWiersza(j)));
}

/** The index of the first occurrence of `k` in the sorted `klucze` (which hold it). */
function ranga(klucze: Float64Array, k: number): number {
  let lo = 0;
  let hi = klucze.length - 1;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (klucze[m] < k) lo = m + 1;
    else hi = m;
  }
  return lo;
}

const porownajTeksty = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The rows by REGON then line, compared as texts. */
function poTekstach(regony: readonly string[], linia: (i: number) => string): number[] {
  return regony
    .map((regon, i) => ({ i, regon, linia: linia(i) }))
    .sort((a, b) => porownajTeksty(a.regon, b.regon) || porownajTeksty(a.linia, b.linia))
    .map((x) => x.i);
}
