/** WB-3.3 cell formats and small builders shared by templates and written sheets. */
import type { ZapisKomorki } from './model';
import { kwotaDoKomorki, type Grosze } from '../kwota';

export const FORMAT_ZL = '#,##0.00\\ "zł"';
export const FORMAT_PROCENT = '0.00%';
export const FORMAT_TEKST = '@';
export const FORMAT_DATA = 'yyyy-mm-dd';
export const FORMAT_LICZBA = '0';
export const FORMAT_LICZBA_2 = '0.00';
export const TLO_NAGLOWKA = 'D9E1F2';

export function tekst(v: string, extra?: Omit<NonNullable<ZapisKomorki>, 'v'>): ZapisKomorki {
  return extra ? { v, fmt: FORMAT_TEKST, ...extra } : { v, fmt: FORMAT_TEKST };
}
export function naglowek(v: string): ZapisKomorki {
  return { v, fmt: FORMAT_TEKST, pogrubienie: true, tlo: TLO_NAGLOWKA, zawijaj: true };
}
// the plain cells (no `extra`) are built without a spread: lists build hundreds of thousands of them
export function zl(g: Grosze | null, extra?: Omit<NonNullable<ZapisKomorki>, 'v'>): ZapisKomorki {
  if (g === null) return null;
  return extra ? { v: kwotaDoKomorki(g), fmt: FORMAT_ZL, ...extra } : { v: kwotaDoKomorki(g), fmt: FORMAT_ZL };
}
export function liczba(n: number | null, extra?: Omit<NonNullable<ZapisKomorki>, 'v'>): ZapisKomorki {
  if (n === null) return null;
  return extra ? { v: n, fmt: FORMAT_LICZBA, ...extra } : { v: n, fmt: FORMAT_LICZBA };
}
export function data(iso: string): ZapisKomorki {
  return { v: iso, fmt: FORMAT_TEKST };
}

/**
 * A whole-number cell shared per value within one build (`Lp.`, draw positions): `pamiec` is the build's
 * cache (index = the number), so a 300 000-row sheet does not allocate 300 000 equal objects. The cache is
 * filled without gaps (an array with holes turns into a slow dictionary in V8): a number far beyond it
 * gets a cell of its own.
 */
export function liczbaWspolna(pamiec: ZapisKomorki[], n: number | null): ZapisKomorki {
  if (n === null || !Number.isInteger(n) || n < 0 || n > MAKS_LICZBY_WSPOLNEJ) return liczba(n);
  if (n < pamiec.length) return pamiec[n];
  if (n > pamiec.length + MAKS_LUKI) return liczba(n);
  while (pamiec.length <= n) pamiec.push(liczba(pamiec.length));
  return pamiec[n];
}
/** numbers made ahead to keep the cache without gaps */
const MAKS_LUKI = 1 << 16;
/** Excel's row count: `Lp.` and positions never exceed it */
const MAKS_LICZBY_WSPOLNEJ = 1_048_576;

/**
 * Text cells of closed vocabularies (variants, sizes, steps, evaluations, reasons): one immutable cell per
 * value for the life of the program, so sheet builders need no per-build cache. At most `MAKS_SLOWNIKOWYCH`
 * values are kept (a caller passing open text gets fresh cells beyond it).
 */
export function tekstSlownikowy(v: string, zawijaj = false): ZapisKomorki {
  const m = zawijaj ? SLOWNIKOWE_ZAWIJANE : SLOWNIKOWE;
  let k = m.get(v);
  if (k) return k;
  k = zawijaj ? { v, fmt: FORMAT_TEKST, zawijaj: true } : tekst(v);
  if (m.size < MAKS_SLOWNIKOWYCH) m.set(v, k);
  return k;
}
const SLOWNIKOWE = new Map<string, ZapisKomorki>();
const SLOWNIKOWE_ZAWIJANE = new Map<string, ZapisKomorki>();
const MAKS_SLOWNIKOWYCH = 256;
