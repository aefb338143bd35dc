/**
 * WB-1.7 / WB-3.4: a plan's date cells (a number with a date format, e.g. `dataKomorka`) hold 1900-system
 * serials; a workbook in the 1904 date system (`<workbookPr date1904="1"/>`) stores the same calendar date
 * 1 462 days lower, so a host writing into one shifts them (else 10.05.2012 would show as 11.05.2016).
 */
import { formatDaty } from '../komorki/daty';
import type { PlanZapisu, ZapisArkusza, ZapisKomorki } from './model';

const PRZESUNIECIE_1904 = 1_462;

const dataKomorki = (k: ZapisKomorki): boolean => !!k && typeof k.v === 'number' && !k.formula && formatDaty(k.fmt);

function arkusz(a: ZapisArkusza): ZapisArkusza {
  if (!a.wiersze.some((w) => w?.some(dataKomorki))) return a;
  return {
    ...a,
    wiersze: a.wiersze.map((w) =>
      w?.some(dataKomorki)
        ? w.map((k) => (dataKomorki(k) ? { ...k!, v: (k!.v as number) - PRZESUNIECIE_1904 } : k))
        : w,
    ),
  };
}

export function planWSystemie1904(plan: PlanZapisu): PlanZapisu {
  return { arkusze: plan.arkusze.map(arkusz) };
}
