/** A pure in-memory "host" for core tests: applies a write plan to a snapshot as a host would. */
import type { ArkuszSnapshot, Komorka, PlanZapisu, ZapisArkusza, ZeszytSnapshot } from '../../src/core/zeszyt/model';

export function doSnapshotu(a: ZapisArkusza): ArkuszSnapshot {
  return {
    nazwa: a.nazwa,
    widocznosc: a.widocznosc === 'bardzoUkryty' ? 'bardzoUkryty' : 'widoczny',
    wiersze: a.wiersze.map((r) =>
      r.map((c): Komorka => {
        if (!c) return null;
        if (typeof c.v === 'number') return { t: 'n', v: c.v, ...(c.fmt ? { fmt: c.fmt } : {}) };
        if (typeof c.v === 'boolean') return { t: 'b', v: c.v };
        return { t: 's', v: c.v };
      }),
    ),
  };
}

export function zastosujPlan(z: ZeszytSnapshot, plan: PlanZapisu): ZeszytSnapshot {
  const arkusze = [...z.arkusze];
  for (const a of plan.arkusze) {
    const i = arkusze.findIndex((x) => x.nazwa === a.nazwa);
    if (i >= 0) arkusze[i] = doSnapshotu(a);
    else arkusze.push(doSnapshotu(a));
  }
  return { arkusze };
}

/** Sets a cell (0-based row/column) of a sheet, returning a new snapshot. */
export function ustaw(z: ZeszytSnapshot, arkusz: string, wiersz: number, kolumna: number, k: Komorka): ZeszytSnapshot {
  return {
    arkusze: z.arkusze.map((a) => {
      if (a.nazwa !== arkusz) return a;
      const wiersze = a.wiersze.map((r) => [...(r ?? [])]);
      while (wiersze.length <= wiersz) wiersze.push([]);
      wiersze[wiersz][kolumna] = k;
      return { ...a, wiersze };
    }),
  };
}
