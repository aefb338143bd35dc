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
/**
 * Text cells for a column with few distinct values (variant, step, size …): one shared immutable cell per
 * value, so a 300 000-row sheet does not allocate 300 000 equal objects. Local to one sheet build.
 */
export function tekstyPowtarzalne(): (v: string) => ZapisKomorki {
  const m = new Map<string, ZapisKomorki>();
  return (v) => {
    let k = m.get(v);
    if (!k) m.set(v, (k = tekst(v)));
    return k;
  };
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

/** Whole-number cells shared per value within one sheet build (`Lp.`, draw positions): see `tekstyPowtarzalne`. */
export function liczbyPowtarzalne(): (n: number | null) => ZapisKomorki {
  const m: ZapisKomorki[] = [];
  return (n) => {
    if (n === null || !Number.isInteger(n) || n < 0 || n > MAKS_LICZBY_WSPOLNEJ) return liczba(n);
    return m[n] ?? (m[n] = liczba(n));
  };
}
/** Excel's row count: `Lp.` and positions never exceed it */
const MAKS_LICZBY_WSPOLNEJ = 1_048_576;
