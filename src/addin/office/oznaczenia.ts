/**
 * Highlights of invalid input cells (issue 8 §4; WB-3.1 "removable with one command that restores the
 * previous formats"): conditional formats owned by the add-in, one per sheet and colour (several when
 * the address list is long), each recognisable by its formula tag `ISTEXT("cyfrowa-szkola:…")` (always
 * true, so the format always shows). Conditional formats live beside the cells' own formats, so a
 * highlight never changes a fill and `Wyczyść oznaczenia` only deletes our rules; Excel moves them with
 * the cells when rows are sorted, inserted or cut. Plus a note when ExcelApi 1.18 (notes) is supported —
 * ours start with `Cyfrowa szkoła:`; a user's note is never replaced. No register sheet: what is ours is
 * found in the workbook each time (so renaming or deleting a sheet never breaks Sprawdź or Wyczyść).
 */
import { adres, type Uwaga } from '../../core';
import { dlugoscUtf8 } from './porcje';
import { komorkaA1 } from './adresy';

/** the register sheet of versions before conditional formats (cleared once: `oznaczeniaDawne.ts`) */
export const ARKUSZ_OZNACZEN = '_cyfrowa_szkola_oznaczenia';
/** beyond this many cells the findings list still has everything, the sheet shows the first ones */
export const MAKS_OZNACZEN = 5000;
export const ZNACZNIK = 'cyfrowa-szkola';
export const NAGLOWEK_NOTATKI = 'Cyfrowa szkoła:';
const KOLORY = { błąd: '#FFC7CE', ostrzeżenie: '#FFEB9C' } as const;
/** the formula of our rule per colour: always true, carries the tag */
const FORMULY: Record<string, string> = {
  [KOLORY.błąd]: `=ISTEXT("${ZNACZNIK}:blad")`,
  [KOLORY.ostrzeżenie]: `=ISTEXT("${ZNACZNIK}:ostrzezenie")`,
};
/** characters of addresses per rule (Excel's limit on an areas address is not documented; kept modest) */
const MAKS_ADRESU = 2000;
/** writes of one sync beyond this estimate go to the next sync (well under Excel's 5 MB request limit) */
const LIMIT_ZAPISU = 1024 * 1024;
/** estimated request bytes of one queued action (h8b's real-serializer tests calibrate these) */
const KOSZT_AKCJI = 300;

export interface Oznaczenie {
  arkusz: string;
  komorka: string;
  kolor: string;
  notatka: string;
}

export function klucz(arkusz: string, komorka: string): string {
  return `${arkusz}!${komorka}`;
}

/** One highlight per cell: errors win over warnings, every message goes into the note. */
export function oznaczeniaZUwag(uwagi: readonly Uwaga[], dozwolony: (arkusz: string) => boolean): Oznaczenie[] {
  const wg = new Map<string, Oznaczenie>();
  for (const u of uwagi) {
    if (!u.arkusz || !u.komorka || u.waga === 'informacja' || !dozwolony(u.arkusz) || !komorkaA1(u.komorka)) continue;
    const k = klucz(u.arkusz, u.komorka);
    const linia = `[${u.regula}] ${u.komunikat}`;
    const jest = wg.get(k);
    if (jest) {
      jest.notatka += `\n${linia}`;
      if (u.waga === 'błąd') jest.kolor = KOLORY.błąd;
    } else if (wg.size < MAKS_OZNACZEN) {
      wg.set(k, {
        arkusz: u.arkusz,
        komorka: u.komorka,
        kolor: KOLORY[u.waga],
        notatka: `${NAGLOWEK_NOTATKI}\n${linia}`,
      });
    }
  }
  return [...wg.values()];
}

export const czyNaszFormat = (formula: string | null | undefined): boolean =>
  typeof formula === 'string' && formula.includes(`"${ZNACZNIK}`);
export const czyNaszaNotatka = (tresc: string | null | undefined): boolean =>
  typeof tresc === 'string' && tresc.startsWith(NAGLOWEK_NOTATKI);

/** Addresses of one sheet's cells of one colour: vertical runs ('D5:D9'), joined into lists of ≤ MAKS_ADRESU. */
export function listyAdresow(komorki: readonly string[]): string[] {
  const pozycje = komorki
    .map((k) => komorkaA1(k))
    .filter((p): p is { wiersz0: number; kolumna0: number } => p !== null)
    .sort((a, b) => a.kolumna0 - b.kolumna0 || a.wiersz0 - b.wiersz0);
  const obszary: string[] = [];
  for (let i = 0; i < pozycje.length;) {
    let n = 1;
    while (
      i + n < pozycje.length &&
      pozycje[i + n].kolumna0 === pozycje[i].kolumna0 &&
      pozycje[i + n].wiersz0 === pozycje[i].wiersz0 + n
    )
      n++;
    const a = adres(pozycje[i].wiersz0, pozycje[i].kolumna0);
    obszary.push(n === 1 ? a : `${a}:${adres(pozycje[i].wiersz0 + n - 1, pozycje[i].kolumna0)}`);
    i += n;
  }
  const listy: string[] = [];
  let biezaca = '';
  for (const o of obszary) {
    if (biezaca && biezaca.length + 1 + o.length > MAKS_ADRESU) {
      listy.push(biezaca);
      biezaca = '';
    }
    biezaca = biezaca ? `${biezaca},${o}` : o;
  }
  if (biezaca) listy.push(biezaca);
  return listy;
}

/** What is ours on some sheets, as loaded from Excel. */
export interface Spis {
  /** our conditional formats, per sheet */
  formaty: Array<{ arkusz: string; cf: Excel.ConditionalFormat }>;
  /** every note of the sheets (null: notes not supported), with whether it is ours */
  notatki: Array<{ arkusz: string; n: Excel.Note; nasza: boolean }> | null;
}

/** Queues the listing of conditional formats (and notes, with ExcelApi 1.18) of `arkusze`; call after the sync. */
export function kolejkujSpis(ctx: Excel.RequestContext, arkusze: readonly string[], notatki: boolean): () => Spis {
  const listy = arkusze.map((arkusz) => {
    const ws = ctx.workbook.worksheets.getItem(arkusz);
    return {
      arkusz,
      cf: ws.getRange().conditionalFormats.load('items/id,items/customOrNullObject/rule/formula'),
      n: notatki ? ws.notes.load('items/content') : null,
    };
  });
  return () => ({
    formaty: listy.flatMap(({ arkusz, cf }) =>
      cf.items
        .filter((x) => !x.customOrNullObject.isNullObject && czyNaszFormat(x.customOrNullObject.rule.formula))
        .map((x) => ({ arkusz, cf: x })),
    ),
    notatki: notatki
      ? listy.flatMap(({ arkusz, n }) => n!.items.map((x) => ({ arkusz, n: x, nasza: czyNaszaNotatka(x.content) })))
      : null,
  });
}

/** Where each listed note is: queues `getLocation()` (one more sync); the function maps key → note. */
export function kolejkujPolozenia(spis: Spis): () => Map<string, ZnanaNotatka> {
  const p = (spis.notatki ?? []).map((x) => ({ ...x, r: x.n.getLocation().load('address') }));
  return () =>
    new Map(
      p.map(({ arkusz, n, nasza, r }) => [
        klucz(arkusz, r.address.slice(r.address.lastIndexOf('!') + 1).replace(/\$/g, '')),
        { n, nasza, tresc: n.content },
      ]),
    );
}

/** Writes in portions: `dodaj(koszt)` syncs first when the current portion would grow beyond the limit. */
export class Porcjowanie {
  private ladunek = 0;
  constructor(private readonly ctx: Excel.RequestContext) {}

  async dodaj(koszt: number): Promise<void> {
    if (this.ladunek > 0 && this.ladunek + koszt > LIMIT_ZAPISU) {
      await this.ctx.sync();
      this.ladunek = 0;
    }
    this.ladunek += koszt;
  }
}

/** Queues our rules for `docelowe` (after the old rules of their sheets are deleted); returns the rules added. */
export async function kolejkujFormaty(
  ctx: Excel.RequestContext,
  docelowe: readonly Oznaczenie[],
  porcje: Porcjowanie,
): Promise<number> {
  let n = 0;
  const wg = new Map<string, Map<string, string[]>>();
  for (const o of docelowe) {
    const a = wg.get(o.arkusz) ?? new Map<string, string[]>();
    wg.set(o.arkusz, a);
    const lista = a.get(o.kolor) ?? [];
    a.set(o.kolor, lista);
    lista.push(o.komorka);
  }
  for (const [arkusz, kolory] of wg) {
    const ws = ctx.workbook.worksheets.getItem(arkusz);
    for (const [kolor, komorki] of kolory)
      for (const adresy of listyAdresow(komorki)) {
        await porcje.dodaj(4 * KOSZT_AKCJI + adresy.length);
        const cf = ws.getRanges(adresy).conditionalFormats.add('Custom');
        cf.custom.rule.formula = FORMULY[kolor];
        cf.custom.format.fill.color = kolor;
        n++;
      }
  }
  return n;
}

export type ZnanaNotatka = { n: Excel.Note; nasza: boolean; tresc: string };

/**
 * Queues the note changes for `docelowe`: our notes off target are deleted, ours on target updated, a
 * target without a note gets one — only where the note state is known (`znane` by key, `sprawdzona`
 * for the cells known to have none); a user's note is never touched.
 */
export async function kolejkujNotatkiCelow(
  ctx: Excel.RequestContext,
  docelowe: readonly Oznaczenie[],
  znane: ReadonlyMap<string, ZnanaNotatka>,
  sprawdzona: (o: Oznaczenie) => boolean,
  porcje: Porcjowanie,
): Promise<number> {
  let n = 0;
  const cel = new Map(docelowe.map((o) => [klucz(o.arkusz, o.komorka), o]));
  for (const [k, x] of znane) {
    if (!x.nasza || cel.has(k)) continue;
    await porcje.dodaj(KOSZT_AKCJI);
    x.n.delete();
    n++;
  }
  for (const [k, o] of cel) {
    const x = znane.get(k);
    if (!x && !sprawdzona(o)) continue; // note state unknown (outside the cells looked up): the next Sprawdź adds it
    if (x && !x.nasza) continue; // a user's note is never replaced
    if (x && x.tresc === o.notatka) continue;
    await porcje.dodaj(KOSZT_AKCJI + dlugoscUtf8(o.notatka));
    if (x) x.n.content = o.notatka;
    else ctx.workbook.worksheets.getItem(o.arkusz).notes.add(o.komorka, o.notatka);
    n++;
  }
  return n;
}
