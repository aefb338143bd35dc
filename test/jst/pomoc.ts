/** Test helpers: snapshots built directly from JS values. */
import type { ArkuszSnapshot, Komorka, ZapisArkusza, ZeszytSnapshot } from '../../src/core/zeszyt/model';
import type { Kontekst } from '../../src/core/api';
import type { Uwaga } from '../../src/core/uwagi';

export type Wartosc =
  string | number | boolean | null | undefined | { y: number; m: number; d: number } | { t: string };

/** JS value → cell: string → text, number → number, boolean → boolean, {y,m,d} → date cell, a Komorka as is */
export function kom(v: Wartosc): Komorka {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return { t: 's', v };
  if (typeof v === 'number') return { t: 'n', v };
  if (typeof v === 'boolean') return { t: 'b', v };
  if ('t' in v) return v as Komorka;
  return { t: 'd', y: v.y, m: v.m, d: v.d };
}

export function arkusz(nazwa: string, wiersze: Wartosc[][]): ArkuszSnapshot {
  return { nazwa, wiersze: wiersze.map((w) => w.map(kom)) };
}

export function zeszyt(...arkusze: ArkuszSnapshot[]): ZeszytSnapshot {
  return { arkusze };
}

/** what a host would read back from written sheets (numbers keep their format code) */
export function jakoSnapshot(arkusze: ZapisArkusza[]): ZeszytSnapshot {
  return {
    arkusze: arkusze.map((a) => ({
      nazwa: a.nazwa,
      wiersze: a.wiersze.map((w) =>
        w.map((k): Komorka => {
          if (!k) return null;
          if (typeof k.v === 'string') return { t: 's', v: k.v };
          if (typeof k.v === 'number') return k.fmt ? { t: 'n', v: k.v, fmt: k.fmt } : { t: 'n', v: k.v };
          return { t: 'b', v: k.v };
        }),
      ),
    })),
  };
}

export const KONTEKST: Kontekst = { dzis: { y: 2025, m: 6, d: 30 }, jezyk: 'pl' };

/** a written sheet by name */
export function arkuszPlanu(arkusze: ZapisArkusza[] | undefined, nazwa: string): ZapisArkusza {
  const a = arkusze?.find((x) => x.nazwa === nazwa);
  if (!a) throw new Error(`no sheet ${nazwa}`);
  return a;
}

/** the text/number values of a written sheet */
export function wartosci(a: ZapisArkusza): Array<Array<string | number | boolean | null>> {
  return a.wiersze.map((w) => w.map((k) => (k ? k.v : null)));
}

export function szukaj(uwagi: Uwaga[], f: Partial<Uwaga>): Uwaga[] {
  return uwagi.filter((u) => Object.entries(f).every(([k, v]) => (u as unknown as Record<string, unknown>)[k] === v));
}
