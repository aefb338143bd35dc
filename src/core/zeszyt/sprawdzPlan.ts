/**
 * One check of every write plan before any host applies it (WB-3.1): Excel's sheet-name rules, the
 * sheets the operation declared, dropdown lists Excel can store inline, the grid's size and cell text lengths (WB-1.9).
 * The CLI's ExcelJS writer and the add-in's Office.js writer rely on it instead of checking on their own.
 */
import { uwaga, type Uwaga } from '../uwagi';
import { normalizuj } from '../tekst/normalizuj';
import { MAKS_DLUGOSC_TEKSTU } from './czytnik';
import { ARKUSZ_STANU } from './wlasnosc';
import { jestLista, type PlanZapisu, type ZapisArkusza } from './model';

/** Excel: at most 31 characters, none of `\ / ? * [ ] :`, no apostrophe at either end, not empty. */
export const MAKS_DLUGOSC_NAZWY_ARKUSZA = 31;
/** Excel: an inline list source (items joined by commas) is at most 255 characters. */
export const MAKS_DLUGOSC_LISTY = 255;
/** Excel's grid: 1 048 576 rows × 16 384 columns (A … XFD) */
const WIERSZE_EXCELA = 1_048_576;
const KOLUMNY_EXCELA = 16_384;

export function bladNazwyArkusza(nazwa: string): { pl: string; en: string } | null {
  if (nazwa.trim() === '') return { pl: 'nazwa arkusza jest pusta', en: 'the sheet name is empty' };
  if (nazwa.length > MAKS_DLUGOSC_NAZWY_ARKUSZA)
    return {
      pl: `nazwa arkusza ma ${nazwa.length} znaków (Excel dopuszcza ${MAKS_DLUGOSC_NAZWY_ARKUSZA})`,
      en: `the sheet name has ${nazwa.length} characters (Excel allows ${MAKS_DLUGOSC_NAZWY_ARKUSZA})`,
    };
  const znak = /[\\/?*[\]:]/.exec(nazwa);
  if (znak) return { pl: `nazwa arkusza zawiera znak „${znak[0]}”`, en: `the sheet name contains "${znak[0]}"` };
  if (nazwa.startsWith("'") || nazwa.endsWith("'"))
    return {
      pl: 'nazwa arkusza zaczyna się lub kończy apostrofem',
      en: 'the sheet name starts or ends with an apostrophe',
    };
  return null;
}

/** A dropdown Excel can hold inline: no item with a comma (the separator) or a quote, ≤ 255 characters. */
export function bladListy(lista: readonly string[]): { pl: string; en: string } | null {
  const zla = lista.find((x) => /[",]/.test(x));
  if (zla !== undefined)
    return {
      pl: `wartość listy rozwijanej „${zla}” zawiera przecinek lub cudzysłów`,
      en: `the dropdown value "${zla}" contains a comma or a quote`,
    };
  const dlugosc = lista.join(',').length;
  if (dlugosc > MAKS_DLUGOSC_LISTY)
    return {
      pl: `lista rozwijana ma ${dlugosc} znaków (Excel dopuszcza ${MAKS_DLUGOSC_LISTY})`,
      en: `the dropdown list has ${dlugosc} characters (Excel allows ${MAKS_DLUGOSC_LISTY})`,
    };
  return null;
}

function sprawdzArkusz(a: ZapisArkusza, bledy: Uwaga[]): void {
  const zle = (pl: string, en: string) =>
    bledy.push(
      uwaga(
        a.nazwa,
        null,
        'błąd',
        'WB-3.1',
        `Plan zapisu: ${pl} — nic nie zapisano.`,
        `Write plan: ${en} — nothing was written.`,
        { blokujaca: true },
      ),
    );
  const n = bladNazwyArkusza(a.nazwa);
  if (n) zle(n.pl, n.en);
  for (const w of a.walidacje ?? []) {
    if (!jestLista(w)) continue;
    const l = bladListy(w.lista);
    if (l) zle(`${w.zakres}: ${l.pl}`, `${w.zakres}: ${l.en}`);
  }
  // indexed loops: this runs over every cell of every plan (≈ 1 M cells for 14 000 applications)
  const wiersze = a.wiersze;
  if (wiersze.length > WIERSZE_EXCELA) {
    zle(
      `arkusz ma ${wiersze.length} wierszy (Excel dopuszcza ${WIERSZE_EXCELA})`,
      `the sheet has ${wiersze.length} rows (Excel allows ${WIERSZE_EXCELA})`,
    );
    return;
  }
  for (let r = 0; r < wiersze.length; r++) {
    const wiersz = wiersze[r];
    if (wiersz.length > KOLUMNY_EXCELA) {
      zle(
        `wiersz ${r + 1} ma ${wiersz.length} kolumn (Excel dopuszcza ${KOLUMNY_EXCELA})`,
        `row ${r + 1} has ${wiersz.length} columns (Excel allows ${KOLUMNY_EXCELA})`,
      );
      return;
    }
    for (let c = 0; c < wiersz.length; c++) {
      const v = wiersz[c]?.v;
      if (typeof v === 'string' && v.length > MAKS_DLUGOSC_TEKSTU) {
        zle(
          `tekst komórki ma ${v.length} znaków (limit ${MAKS_DLUGOSC_TEKSTU})`,
          `a cell text has ${v.length} characters (limit ${MAKS_DLUGOSC_TEKSTU})`,
        );
        return;
      }
    }
  }
}

/**
 * Findings (blocking) for a plan a host must not apply; empty = fine. With `dozwolone`, every sheet except
 * the state sheet must be one of them (the sheets the operation declared it writes).
 */
export function sprawdzPlan(plan: PlanZapisu, dozwolone?: readonly string[]): Uwaga[] {
  const bledy: Uwaga[] = [];
  const zadeklarowane = dozwolone && new Set(dozwolone.map(normalizuj));
  const widziane = new Set<string>();
  for (const a of plan.arkusze) {
    sprawdzArkusz(a, bledy);
    const klucz = a.nazwa.toLowerCase(); // Excel sheet names are case-insensitive
    if (widziane.has(klucz))
      bledy.push(
        uwaga(
          a.nazwa,
          null,
          'błąd',
          'WB-3.1',
          'Plan zapisu: arkusz występuje dwukrotnie — nic nie zapisano.',
          'Write plan: the sheet appears twice — nothing was written.',
          { blokujaca: true },
        ),
      );
    widziane.add(klucz);
    if (zadeklarowane && a.nazwa !== ARKUSZ_STANU && !zadeklarowane.has(normalizuj(a.nazwa)))
      bledy.push(
        uwaga(
          a.nazwa,
          null,
          'błąd',
          'WB-3.1',
          'Plan zapisu: operacja nie deklaruje tego arkusza — nic nie zapisano.',
          'Write plan: the operation does not declare this sheet — nothing was written.',
          { blokujaca: true },
        ),
      );
  }
  return bledy;
}
