/**
 * CS-Z3.F, WB-3.1: the inputs a result was computed from are read again with the last portion of the write
 * (no sync of their own, unless a sheet is longer than one block) and compared before the final copy, so
 * a result is never written for data the user changed while the portions were sent.
 */
import type { ArkuszSnapshot, ZeszytSnapshot } from '../../core';
import { dokonczArkusz, kolejkujArkusz, type KolejkaArkusza } from './odczyt';

/** What the write needs to re-check: the sheets read, and how the operation chose them. */
export interface WejscieZapisu {
  zeszyt: ZeszytSnapshot;
  wybor: (nazwy: readonly string[]) => readonly string[];
}

/** Queued with the last portion: the current sheet list is given after the sync, the blocks are already queued. */
export interface PonownyOdczyt {
  /** name of the first input sheet that changed (or appeared, or went), null when every one is as read */
  zmieniony(nazwyTeraz: readonly string[], system1904: boolean): Promise<string | null>;
}

const rowne = (a: ArkuszSnapshot['wiersze'], b: ArkuszSnapshot['wiersze']) =>
  a.length === b.length && a.every((w, r) => JSON.stringify(w ?? null) === JSON.stringify(b[r] ?? null));

export function kolejkujPonownyOdczyt(ctx: Excel.RequestContext, w: WejscieZapisu): PonownyOdczyt {
  const kolejka = new Map<string, KolejkaArkusza>(
    w.zeszyt.arkusze.map((a) => [a.nazwa, kolejkujArkusz(ctx.workbook.worksheets.getItem(a.nazwa), false)]),
  );
  return {
    async zmieniony(nazwyTeraz, system1904) {
      const teraz = w.wybor(nazwyTeraz);
      const przed = w.zeszyt.arkusze.map((a) => a.nazwa);
      const inny = [...teraz.filter((n) => !przed.includes(n)), ...przed.filter((n) => !teraz.includes(n))];
      if (inny.length > 0) return inny[0];
      for (const a of w.zeszyt.arkusze) {
        const { wiersze } = await dokonczArkusz(ctx, kolejka.get(a.nazwa)!, system1904);
        if (!rowne(a.wiersze, wiersze)) return a.nazwa;
      }
      return null;
    },
  };
}
