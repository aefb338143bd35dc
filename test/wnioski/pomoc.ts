/** Test helpers: JS values → Komorka rows and snapshots. */
import type { ArkuszSnapshot, Komorka, ZapisArkusza, ZeszytSnapshot } from '../../src/core/zeszyt/model';
import type { Uwaga } from '../../src/core/uwagi';
import type { Kontekst } from '../../src/core/api';

/** A date cell. */
export const d = (iso: string): Komorka => {
  const [y, m, dd] = iso.split('-').map(Number);
  return { t: 'd', y, m, d: dd };
};
/** A formula error cell. */
export const err = (v = '#N/A'): Komorka => ({ t: 'e', v });

export function komorka(v: unknown): Komorka {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return { t: 'n', v };
  if (typeof v === 'string') return { t: 's', v };
  if (typeof v === 'boolean') return { t: 'b', v };
  if (typeof v === 'object' && 't' in (v as object)) return v as Komorka;
  throw new Error(`komorka: unsupported ${String(v)}`);
}

export function wiersze(rows: unknown[][]): Komorka[][] {
  return rows.map((r) => r.map(komorka));
}

export function arkusz(nazwa: string, rows: unknown[][]): ArkuszSnapshot {
  return { nazwa, wiersze: wiersze(rows) };
}

export function zeszyt(...arkusze: ArkuszSnapshot[]): ZeszytSnapshot {
  return { arkusze };
}

/** A written sheet (template / example) read back as a snapshot, as a host would (numbers, text, booleans). */
export function zZapisu(a: ZapisArkusza): ArkuszSnapshot {
  return {
    nazwa: a.nazwa,
    wiersze: a.wiersze.map((r) =>
      r.map((k) =>
        k === null
          ? null
          : typeof k.v === 'number'
            ? { t: 'n', v: k.v, fmt: k.fmt }
            : typeof k.v === 'string'
              ? { t: 's', v: k.v }
              : { t: 'b', v: k.v },
      ),
    ),
  };
}

export const KONTEKST: Kontekst = { dzis: { y: 2012, m: 4, d: 10 }, jezyk: 'pl' };

export function bledy(u: readonly Uwaga[], regula?: string): Uwaga[] {
  return u.filter((x) => x.waga === 'błąd' && (regula === undefined || x.regula === regula));
}
export function ostrzezenia(u: readonly Uwaga[], regula?: string): Uwaga[] {
  return u.filter((x) => x.waga === 'ostrzeżenie' && (regula === undefined || x.regula === regula));
}
