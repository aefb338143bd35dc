/**
 * The highlight register of versions before conditional formats (the very hidden sheet
 * `_cyfrowa_szkola_oznaczenia`: row 1 a title; then A = a copy of the highlighted cell's formats, B =
 * sheet, C = cell). The first Sprawdź or Wyczyść after an update clears it once: the saved fills go back
 * on the recorded cells of sheets that still exist (notes are ours by their header and go with the new
 * clean-up), then the sheet is deleted.
 */
import { type ArkuszSnapshot, tekstKomorki } from '../../core';
import type { Wypelnienie } from './odczyt';
import { komorkaA1 } from './adresy';

/** Queues the clean-up of an old register; returns the number of cells whose fill was restored. */
export function kolejkujSprzatanieDawnych(
  ctx: Excel.RequestContext,
  rejestr: ArkuszSnapshot,
  tla: readonly (readonly Wypelnienie[] | undefined)[],
  istniejace: ReadonlySet<string>,
): number {
  let n = 0;
  rejestr.wiersze.forEach((w, i) => {
    if (i === 0 || !w) return;
    const arkusz = tekstKomorki(w[1]);
    const komorka = tekstKomorki(w[2]);
    const tlo = tla[i]?.[0];
    if (!arkusz || !komorka || !tlo || !istniejace.has(arkusz) || !komorkaA1(komorka)) return;
    const f = ctx.workbook.worksheets.getItem(arkusz).getRange(komorka).format.fill;
    if (tlo.wzor === 'None') f.clear();
    else {
      f.color = tlo.kolor;
      if (tlo.wzor !== 'Solid') f.pattern = tlo.wzor as Excel.FillPattern;
    }
    n++;
  });
  ctx.workbook.worksheets.getItem(rejestr.nazwa).delete();
  return n;
}
