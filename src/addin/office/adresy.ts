/** A1 addresses of single cells and rectangles (no sheet part). */
import { adres, indeksKolumny } from '../../core';

export interface Prostokat {
  wiersz0: number;
  kolumna0: number;
  wiersz1: number;
  kolumna1: number;
}

const KOMORKA = /^\$?([A-Z]{1,3})\$?(\d+)$/i;

/** 'H7' → row 6, column 7; null for anything that is not one cell. */
export function komorkaA1(a: string): { wiersz0: number; kolumna0: number } | null {
  const m = KOMORKA.exec(a.trim());
  return m ? { wiersz0: Number(m[2]) - 1, kolumna0: indeksKolumny(m[1]) } : null;
}

/** 'B2:D9' or 'B2' (an optional `Sheet!` prefix is dropped) → rectangle; null for whole rows/columns. */
export function prostokatA1(a: string): Prostokat | null {
  const bez = a.includes('!') ? a.slice(a.lastIndexOf('!') + 1) : a;
  const [p, q = p] = bez.split(':');
  const x = komorkaA1(p);
  const y = komorkaA1(q);
  if (!x || !y) return null;
  return {
    wiersz0: Math.min(x.wiersz0, y.wiersz0),
    kolumna0: Math.min(x.kolumna0, y.kolumna0),
    wiersz1: Math.max(x.wiersz0, y.wiersz0),
    kolumna1: Math.max(x.kolumna0, y.kolumna0),
  };
}

/** Cell addresses of a rectangle, at most `limit` of them (null when larger). */
export function komorkiProstokata(p: Prostokat, limit: number): string[] | null {
  const ile = (p.wiersz1 - p.wiersz0 + 1) * (p.kolumna1 - p.kolumna0 + 1);
  if (ile > limit) return null;
  const wynik: string[] = [];
  for (let r = p.wiersz0; r <= p.wiersz1; r++) for (let c = p.kolumna0; c <= p.kolumna1; c++) wynik.push(adres(r, c));
  return wynik;
}
