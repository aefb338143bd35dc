/**
 * Sprawdź's and Wyczyść's write of the highlights (`oznaczenia.ts`): our rules and notes are listed on
 * every sheet in the read's second sync, so whatever is ours is found wherever it is now (a renamed,
 * sorted or deleted sheet never breaks it); then, with ExcelApi 1.18, one sync locates the notes; then
 * the writes (in portions of ≤ 1 MB estimated): our old rules go, the new ones come, notes follow, and
 * the register of an older version is cleared once.
 */
import type { ArkuszSnapshot } from '../../core';
import type { StanSkoroszytu, Wypelnienie } from './odczyt';
import {
  ARKUSZ_OZNACZEN,
  type Oznaczenie,
  type Spis,
  Porcjowanie,
  kolejkujFormaty,
  kolejkujNotatkiCelow,
  kolejkujPolozenia,
  kolejkujSpis,
} from './oznaczenia';
import { kolejkujSprzatanieDawnych } from './oznaczeniaDawne';

/** For `czytajZeszyt(…, { dolacz })`: lists our rules and notes on every sheet in the read's second sync. */
export function spisPrzyOdczycie(ctx: Excel.RequestContext, notatki: boolean) {
  let wynik: (() => Spis) | null = null;
  return {
    dolacz: (stan: StanSkoroszytu) => {
      const nazwy = stan.arkusze.map((a) => a.nazwa).filter((n) => n !== ARKUSZ_OZNACZEN);
      wynik = kolejkujSpis(ctx, nazwy, notatki);
    },
    spis: (): Spis => wynik!(),
  };
}

export interface Dawne {
  rejestr: ArkuszSnapshot;
  tla: readonly (readonly Wypelnienie[] | undefined)[];
  istniejace: ReadonlySet<string>;
}

/**
 * Replaces every highlight of ours with `docelowe`; with none (Wyczyść) returns how many cells were
 * highlighted (our rules' cells, plus the cells an old register restored).
 */
export async function zastosujOznaczenia(
  ctx: Excel.RequestContext,
  spis: Spis,
  docelowe: readonly Oznaczenie[],
  dawne: Dawne | null,
): Promise<number> {
  const znane = spis.notatki && docelowe.length > 0 ? kolejkujPolozenia(spis) : null;
  if (znane && spis.notatki!.length > 0) await ctx.sync();
  const porcje = new Porcjowanie(ctx);
  // Wyczyść reports how many cells it cleared (counted before the rules go, in the same sync)
  const komorek = docelowe.length === 0 ? spis.formaty.map(({ cf }) => cf.getRanges().load('cellCount')) : [];
  for (const { cf } of spis.formaty) {
    await porcje.dodaj(200);
    cf.delete();
  }
  let przywrocone = dawne ? kolejkujSprzatanieDawnych(ctx, dawne.rejestr, dawne.tla, dawne.istniejace) : 0;
  await kolejkujFormaty(ctx, docelowe, porcje);
  if (spis.notatki) {
    // every sheet's notes were listed: a target cell absent from the map has no note
    if (znane) await kolejkujNotatkiCelow(ctx, docelowe, znane(), () => true, porcje);
    else
      for (const x of spis.notatki)
        if (x.nasza) {
          await porcje.dodaj(200);
          x.n.delete();
        }
  }
  await ctx.sync();
  for (const r of komorek) przywrocone += r.cellCount;
  return przywrocone;
}
