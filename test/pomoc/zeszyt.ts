/** Test helpers: JS values → snapshot cells and sheets. */
import type { ArkuszSnapshot, Komorka, ZeszytSnapshot } from '../../src/core/zeszyt/model';

export type Wartosc = string | number | boolean | null | undefined | Komorka;

export function komorka(v: Wartosc): Komorka {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return { t: 's', v };
  if (typeof v === 'number') return { t: 'n', v };
  if (typeof v === 'boolean') return { t: 'b', v };
  return v;
}

export function arkusz(nazwa: string, wiersze: Wartosc[][]): ArkuszSnapshot {
  return { nazwa, wiersze: wiersze.map((w) => w.map(komorka)) };
}

export function zeszyt(...arkusze: ArkuszSnapshot[]): ZeszytSnapshot {
  return { arkusze };
}

export const data = (y: number, m: number, d: number): Komorka => ({ t: 'd', y, m, d });
export const blad = (v: string): Komorka => ({ t: 'e', v });
