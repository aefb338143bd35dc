/** Calendar months and day counts for JST-3 / JST-4 (exact, in whole days). */
import type { DataKalendarzowa } from '../program/definicja';
import { dniWMiesiacu, numerDnia } from '../komorki/daty';

export interface Miesiac {
  y: number;
  m: number;
}

export function miesiacIso(x: Miesiac): string {
  return `${String(x.y).padStart(4, '0')}-${String(x.m).padStart(2, '0')}`;
}

export function miesiacDaty(d: DataKalendarzowa): Miesiac {
  return { y: d.y, m: d.m };
}

export function indeksMiesiaca(x: Miesiac): number {
  return x.y * 12 + (x.m - 1);
}

export function zIndeksu(i: number): Miesiac {
  const m = i % 12;
  return { y: (i - m) / 12, m: m + 1 };
}

export function porownajMiesiace(a: Miesiac, b: Miesiac): number {
  return indeksMiesiaca(a) - indeksMiesiaca(b);
}

export function pierwszyDzien(x: Miesiac): DataKalendarzowa {
  return { y: x.y, m: x.m, d: 1 };
}

export function ostatniDzien(x: Miesiac): DataKalendarzowa {
  return { y: x.y, m: x.m, d: dniWMiesiacu(x.y, x.m) };
}

/** months a … b inclusive (empty when b < a) */
export function miesiace(a: Miesiac, b: Miesiac): Miesiac[] {
  const wynik: Miesiac[] = [];
  for (let i = indeksMiesiaca(a); i <= indeksMiesiaca(b); i++) wynik.push(zIndeksu(i));
  return wynik;
}

/** inclusive day count of [od, do] (0 when do < od) */
export function dni(od: DataKalendarzowa, doDnia: DataKalendarzowa): number {
  const n = numerDnia(doDnia) - numerDnia(od) + 1;
  return n > 0 ? n : 0;
}

/** days of [od, do] falling in each calendar year, earliest year first */
export function dniWLatach(od: DataKalendarzowa, doDnia: DataKalendarzowa): Array<{ rok: number; dni: number }> {
  const wynik: Array<{ rok: number; dni: number }> = [];
  for (let rok = od.y; rok <= doDnia.y; rok++) {
    const a = rok === od.y ? od : { y: rok, m: 1, d: 1 };
    const b = rok === doDnia.y ? doDnia : { y: rok, m: 12, d: 31 };
    wynik.push({ rok, dni: dni(a, b) });
  }
  return wynik;
}

/** does month x intersect [od, do]? */
export function miesiacWOkresie(x: Miesiac, od: DataKalendarzowa, doDnia: DataKalendarzowa): boolean {
  return numerDnia(pierwszyDzien(x)) <= numerDnia(doDnia) && numerDnia(ostatniDzien(x)) >= numerDnia(od);
}
