/**
 * Highlights of invalid input cells (issue §3 Sprawdź; WB-3.1 "removable with one command that restores
 * the previous formats"): a fill, plus a note when ExcelApi 1.18 (notes) is supported — otherwise the
 * message lives only in the findings list / `Uwagi`.
 *
 * Owned state: the very hidden sheet `_cyfrowa_szkola_oznaczenia`. Row 1 is a title; each later row is a
 * slot for one highlighted cell: A = a copy of that cell's formats taken just before it was highlighted
 * (`copyFrom(…, 'Formats')`, so no read is needed at highlight time), B = sheet, C = cell address,
 * D = `TAK` when the add-in added the note. Restoring reads A's fill and sets only the fill back (a
 * number format the user changed meanwhile stays). A slot with an empty B is free. The sheet is deleted
 * when no highlight is left. Known limit: inserting/deleting rows in a highlighted sheet moves the cells
 * away from their recorded addresses.
 */
import { type ArkuszSnapshot, type Uwaga, tekstKomorki } from '../../core';
import { komorkaA1 } from './adresy';
import type { Wypelnienie } from './odczyt';

export const ARKUSZ_OZNACZEN = '_cyfrowa_szkola_oznaczenia';
/** beyond this many cells the findings list still has everything, the sheet shows the first ones */
export const MAKS_OZNACZEN = 5000;
const TYTUL = 'Cyfrowa szkoła — kopie formatów oznaczonych komórek (nie edytować)';
const KOLORY = { błąd: '#FFC7CE', ostrzeżenie: '#FFEB9C' } as const;

export interface Oznaczenie {
  arkusz: string;
  komorka: string;
  kolor: string;
  notatka: string;
}

export interface Wpis {
  arkusz: string;
  komorka: string;
  /** 1-based row of the slot in ARKUSZ_OZNACZEN */
  wiersz: number;
  notatka: boolean;
}

export interface Rejestr {
  wpisy: Map<string, Wpis>;
  /** rows in use, title included (0 = no sheet) */
  wierszy: number;
}

export function klucz(arkusz: string, komorka: string): string {
  return `${arkusz}!${komorka}`;
}

export function pustyRejestr(): Rejestr {
  return { wpisy: new Map(), wierszy: 0 };
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
      wg.set(k, { arkusz: u.arkusz, komorka: u.komorka, kolor: KOLORY[u.waga], notatka: `Cyfrowa szkoła:\n${linia}` });
    }
  }
  return [...wg.values()];
}

export function rejestrZArkusza(a: ArkuszSnapshot | undefined): Rejestr {
  const r = pustyRejestr();
  if (!a) return r;
  r.wierszy = Math.max(1, a.wiersze.length);
  a.wiersze.forEach((w, i) => {
    if (i === 0 || !w) return;
    const arkusz = tekstKomorki(w[1]);
    const komorka = tekstKomorki(w[2]);
    if (arkusz && komorka)
      r.wpisy.set(klucz(arkusz, komorka), { arkusz, komorka, wiersz: i + 1, notatka: tekstKomorki(w[3]) === 'TAK' });
  });
  return r;
}

const TLO: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true } } };

/** Queues a read of the saved fills (column A of every slot); the function maps slot row → fill. */
export function kolejkujKopie(ctx: Excel.RequestContext, r: Rejestr): () => Map<number, Wypelnienie> {
  if (r.wierszy < 2) return () => new Map();
  const wynik = ctx.workbook.worksheets
    .getItem(ARKUSZ_OZNACZEN)
    .getRangeByIndexes(1, 0, r.wierszy - 1, 1)
    .getCellProperties(TLO);
  return () =>
    kopieZWlasciwosci(
      wynik.value.map((w) =>
        w.map((p) => ({ kolor: p.format?.fill?.color ?? '#FFFFFF', wzor: p.format?.fill?.pattern ?? 'None' })),
      ),
      1,
    );
}

/** Fills of column A from a loaded grid whose first row is sheet row `od0 + 1`. */
export function kopieZWlasciwosci(
  tla: readonly (readonly Wypelnienie[] | undefined)[],
  od0 = 0,
): Map<number, Wypelnienie> {
  const m = new Map<number, Wypelnienie>();
  tla.forEach((w, i) => {
    if (w && w[0]) m.set(od0 + i + 1, w[0]);
  });
  return m;
}

/** Queues note look-ups (ExcelApi 1.18); the function returns the keys of the cells that have a note. */
export function kolejkujNotatki(
  ctx: Excel.RequestContext,
  komorki: ReadonlyArray<{ arkusz: string; komorka: string }>,
): () => Set<string> {
  const proby = komorki.map((k) => ({
    k: klucz(k.arkusz, k.komorka),
    n: ctx.workbook.worksheets.getItem(k.arkusz).notes.getItemOrNullObject(k.komorka).load('content'),
  }));
  return () => new Set(proby.filter((p) => !p.n.isNullObject).map((p) => p.k));
}

export interface Wiedza {
  /** saved fills by slot row (for the slots that will be restored) */
  kopie: Map<number, Wypelnienie>;
  /** null: notes not supported; else the cells checked and which of them have a note */
  notatki: { sprawdzone: Set<string>; istniejace: Set<string> } | null;
}

function przywrocTlo(f: Excel.RangeFill, w: Wypelnienie): void {
  if (w.wzor === 'None') f.clear();
  else {
    f.color = w.kolor;
    if (w.wzor !== 'Solid') f.pattern = w.wzor as Excel.FillPattern;
  }
}

/**
 * Queues the changes that turn the current highlights (`r`) into `docelowe`; returns the new register.
 * Write-only: everything it needs to know (saved fills, existing notes) comes in `wiedza`.
 */
export function kolejkujOznaczenia(
  ctx: Excel.RequestContext,
  r: Rejestr,
  docelowe: readonly Oznaczenie[],
  wiedza: Wiedza,
): Rejestr {
  const arkusze = ctx.workbook.worksheets;
  const cel = new Map(docelowe.map((o) => [klucz(o.arkusz, o.komorka), o]));
  const wpisy = new Map<string, Wpis>();
  const wolne: number[] = [];
  let wierszy = r.wierszy;
  let kopia: Excel.Worksheet | null = null;
  const arkuszKopii = (): Excel.Worksheet => {
    if (kopia) return kopia;
    if (wierszy === 0) {
      kopia = arkusze.add(ARKUSZ_OZNACZEN);
      kopia.visibility = 'VeryHidden';
      kopia.getRange('A1').values = [[TYTUL]];
      wierszy = 1;
    } else kopia = arkusze.getItem(ARKUSZ_OZNACZEN);
    return kopia;
  };
  const ma = (k: string) => wiedza.notatki !== null && wiedza.notatki.istniejace.has(k);
  const wiadomoBrak = (k: string) =>
    wiedza.notatki !== null && wiedza.notatki.sprawdzone.has(k) && !wiedza.notatki.istniejace.has(k);

  for (const [k, w] of r.wpisy) {
    const o = cel.get(k);
    const zakres = arkusze.getItem(w.arkusz).getRange(w.komorka);
    if (o) {
      zakres.format.fill.color = o.kolor;
      let notatka = w.notatka;
      if (w.notatka && ma(k)) arkusze.getItem(w.arkusz).notes.getItem(w.komorka).content = o.notatka;
      else if (wiadomoBrak(k)) {
        arkusze.getItem(w.arkusz).notes.add(zakres, o.notatka);
        notatka = true;
      }
      wpisy.set(k, { ...w, notatka });
      continue;
    }
    const tlo = wiedza.kopie.get(w.wiersz);
    if (!tlo) {
      wpisy.set(k, w); // its saved fill was not loaded: keep it for the next pass
      continue;
    }
    przywrocTlo(zakres.format.fill, tlo);
    if (w.notatka && ma(k)) arkusze.getItem(w.arkusz).notes.getItem(w.komorka).delete();
    const s = arkuszKopii().getRange(`B${w.wiersz}:D${w.wiersz}`);
    s.values = [['', '', '']];
    wolne.push(w.wiersz);
  }
  wolne.sort((a, b) => a - b);
  for (const [k, o] of cel) {
    if (wpisy.has(k)) continue;
    const s = arkuszKopii();
    const wiersz = wolne.shift() ?? ++wierszy;
    const zakres = arkusze.getItem(o.arkusz).getRange(o.komorka);
    s.getRange(`A${wiersz}`).copyFrom(zakres, 'Formats');
    const opis = s.getRange(`B${wiersz}:D${wiersz}`);
    const notatka = wiadomoBrak(k);
    opis.numberFormat = [['@', '@', '@']];
    opis.values = [[o.arkusz, o.komorka, notatka ? 'TAK' : '']];
    zakres.format.fill.color = o.kolor;
    if (notatka) arkusze.getItem(o.arkusz).notes.add(zakres, o.notatka);
    wpisy.set(k, { arkusz: o.arkusz, komorka: o.komorka, wiersz, notatka });
  }
  if (wpisy.size === 0 && wierszy > 0) {
    arkuszKopii().delete();
    return pustyRejestr();
  }
  return { wpisy, wierszy };
}

/** Cells whose note existence must be known before `kolejkujOznaczenia`. */
export function doSprawdzeniaNotatek(
  r: Rejestr,
  docelowe: readonly Oznaczenie[],
): Array<{ arkusz: string; komorka: string }> {
  const m = new Map<string, { arkusz: string; komorka: string }>();
  for (const w of r.wpisy.values()) if (w.notatka) m.set(klucz(w.arkusz, w.komorka), w);
  for (const o of docelowe) m.set(klucz(o.arkusz, o.komorka), o);
  return [...m.values()];
}
