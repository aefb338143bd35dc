/**
 * Splitting a write plan into sync-sized portions (issue 8 §2: ≤ 4 MB per request, under Excel on the
 * web's 5 MB limit) by the bytes Office.js really sends. Pure: no Office.js here. The request is JSON of
 * object paths and actions (`{"Actions":[…],"ObjectPaths":{…}}`): each range reached costs its path and
 * its instantiate, `_KeepReference` and re-instantiate actions, each property set an action with its
 * value as JSON. The costs below are upper bounds of what `@microsoft/office-js` builds, checked against
 * it by test/officejs/rozmiary.test.ts.
 */
import { type ZapisArkusza, type ZapisKomorki, dolacz, FORMAT_TEKST, wysokosciWgWiersza } from '../../core';

const MB = 1024 * 1024;
export const LIMIT_PORCJI = 4 * MB;
/** a range reached by a method (`getRangeByIndexes`, `getRange`): path, instantiate, keep, instantiate */
const KOSZT_ZAKRESU = 420;
/** a navigation object (`format`, `format.font`, `format.fill`): path and instantiate */
const KOSZT_NAWIGACJI = 170;
/** a property set, without its value */
const KOSZT_USTAWIENIA = 110;

/** one style rectangle: its range, `format`, `font`/`fill` and one set per property */
function kosztStylu(s: Styl): number {
  const font = s.pogrubienie || s.kolorTekstu;
  const ustawien = [s.pogrubienie, s.kolorTekstu, s.tlo, s.zawijaj].filter(Boolean).length;
  return KOSZT_ZAKRESU + KOSZT_NAWIGACJI * (1 + (font ? 1 : 0) + (s.tlo ? 1 : 0)) + (KOSZT_USTAWIENIA + 10) * ustawien;
}

/** the 2-D arrays as Office.js sends them were up to 5 % larger than their JSON here (6 000 applications) */
const NARZUT_DANYCH = 1.08;
/** one row height (`getRange('5:5').format.rowHeight`), WB-3.2 */
export const KOSZT_WYSOKOSCI = KOSZT_ZAKRESU + KOSZT_NAWIGACJI + KOSZT_USTAWIENIA + 10;
/** one piece: its range and the `numberFormat` and `values` sets (the 2-D arrays are counted per row) */
const KOSZT_KAWALKA = KOSZT_ZAKRESU + 2 * KOSZT_USTAWIENIA;

export type Wartosc = string | number | boolean;

/** Rows [wiersz0, wiersz0 + wierszy) of plan sheet `arkusz`, columns A…(kolumn). */
export interface Kawalek {
  arkusz: number;
  wiersz0: number;
  wierszy: number;
  kolumn: number;
}

export interface Porcja {
  kawalki: Kawalek[];
  /** estimated request size in bytes (UTF-8 JSON of values, formats and styles) */
  ladunek: number;
}

/** WB-3.3: text is always written with format `@`; numbers default to General; a formula is never `@`. */
function formatKomorki(k: ZapisKomorki): string {
  if (k === null) return 'General';
  if (typeof k.v === 'string' && !k.formula) return FORMAT_TEKST;
  return k.fmt ?? 'General';
}

/**
 * WB-2.0: a template formula goes in as `=…` on a cell that is not `@`, which Excel stores as a formula
 * (and calculates when the calculation mode is restored); every other string lands on an `@` cell.
 */
function wartoscKomorki(k: ZapisKomorki): Wartosc {
  if (k !== null && k.formula) return `=${k.formula}`;
  return k === null ? '' : k.v;
}

export function dlugoscUtf8(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Upper bound of what writing one row costs in the request: its values and formats as JSON, a style
 * rectangle per style run that does not continue a run of the row above (`prostokatyStylu` extends
 * those downwards), its height. `przebiegi` gets the row's runs.
 */
function rozmiarWiersza(
  wiersz: readonly ZapisKomorki[] | undefined,
  kolumn: number,
  wysokosc: boolean,
  powyzej: ReadonlySet<string>,
  przebiegi: Set<string>,
): number {
  const w = wiersz ?? [];
  const wartosci: Wartosc[] = [];
  const formaty: string[] = [];
  let style = 0;
  for (let c = 0; c < kolumn;) {
    const k = w[c] ?? null;
    const s = kluczStylu(k);
    let d = c;
    for (; d < kolumn && kluczStylu(w[d] ?? null) === s; d++) {
      wartosci.push(wartoscKomorki(w[d] ?? null));
      formaty.push(formatKomorki(w[d] ?? null));
    }
    const id = `${c}:${d}:${s}`;
    if (s) przebiegi.add(id);
    if (s && !powyzej.has(id)) style += kosztStylu(k!);
    c = d;
  }
  const dane = dlugoscUtf8(JSON.stringify(wartosci)) + dlugoscUtf8(JSON.stringify(formaty)) + 2;
  return Math.ceil(dane * NARZUT_DANYCH) + style + (wysokosc ? KOSZT_WYSOKOSCI : 0);
}

function szerokosc(a: ZapisArkusza): number {
  let n = 0;
  for (const w of a.wiersze) if (w && w.length > n) n = w.length;
  return n;
}

/** rows written by the portions (their heights go with them); heights below are set with the layout */
export function wierszeWPorcjach(a: ZapisArkusza): number {
  return szerokosc(a) === 0 ? 0 : a.wiersze.length;
}

/**
 * Packs the rows of all sheets, in plan order, into portions of at most `limit` bytes each. A portion
 * may hold the end of one sheet and the start of the next, so the count stays ⌈payload / limit⌉ up to
 * row granularity. A single row larger than the limit cannot be sent and is refused.
 */
export function podzielNaPorcje(arkusze: readonly ZapisArkusza[], limit = LIMIT_PORCJI): Porcja[] {
  const porcje: Porcja[] = [];
  let biezaca: Porcja = { kawalki: [], ladunek: 0 };
  arkusze.forEach((a, indeks) => {
    const kolumn = szerokosc(a);
    if (kolumn === 0) return;
    const wysokosci = wysokosciWgWiersza(a);
    let kawalek: Kawalek | null = null;
    let powyzej = new Set<string>();
    for (let r = 0; r < a.wiersze.length; r++) {
      // `ustawWysokosci` sets adjacent rows of one height as one range
      const h = wysokosci.get(r + 1); // by 1-based row
      const wysokosc = h !== undefined && !(kawalek && wysokosci.get(r) === h);
      let przebiegi = new Set<string>();
      let koszt = rozmiarWiersza(a.wiersze[r], kolumn, wysokosc, kawalek ? powyzej : new Set(), przebiegi);
      if (kawalek && biezaca.ladunek + koszt > limit) {
        // a new portion starts here: its rectangles and height ranges start anew
        przebiegi = new Set();
        koszt = rozmiarWiersza(a.wiersze[r], kolumn, h !== undefined, new Set(), przebiegi);
      }
      if (koszt + KOSZT_KAWALKA > limit)
        throw new Error(`Wiersz ${r + 1} arkusza „${a.nazwa}” ma ${koszt} B — więcej niż limit żądania ${limit} B.`);
      if (biezaca.ladunek + koszt + (kawalek ? 0 : KOSZT_KAWALKA) > limit) {
        porcje.push(biezaca);
        biezaca = { kawalki: [], ladunek: 0 };
        kawalek = null;
      }
      powyzej = przebiegi;
      if (!kawalek) {
        kawalek = { arkusz: indeks, wiersz0: r, wierszy: 0, kolumn };
        biezaca.kawalki.push(kawalek);
        biezaca.ladunek += KOSZT_KAWALKA;
      }
      kawalek.wierszy++;
      biezaca.ladunek += koszt;
    }
  });
  if (biezaca.kawalki.length > 0 || porcje.length === 0) porcje.push(biezaca);
  return porcje;
}

export interface Styl {
  pogrubienie?: boolean;
  tlo?: string;
  kolorTekstu?: string;
  zawijaj?: boolean;
}

function kluczStylu(k: ZapisKomorki): string {
  if (!k || !(k.pogrubienie || k.tlo || k.kolorTekstu || k.zawijaj)) return '';
  return `${k.pogrubienie ? 'b' : ''}|${k.tlo ?? ''}|${k.kolorTekstu ?? ''}|${k.zawijaj ? 'z' : ''}`;
}

export interface ProstokatStylu {
  wiersz0: number;
  kolumna0: number;
  wierszy: number;
  kolumn: number;
  styl: Styl;
}

/** Styled cells of a piece as few rectangles: runs in a row, extended down while the rows repeat them. */
export function prostokatyStylu(a: ZapisArkusza, k: Kawalek): ProstokatStylu[] {
  const gotowe: ProstokatStylu[] = [];
  let otwarte = new Map<string, ProstokatStylu>();
  for (let r = k.wiersz0; r < k.wiersz0 + k.wierszy; r++) {
    const w = a.wiersze[r] ?? [];
    const nowe = new Map<string, ProstokatStylu>();
    let c = 0;
    while (c < k.kolumn) {
      const klucz = kluczStylu(w[c] ?? null);
      let d = c + 1;
      while (d < k.kolumn && kluczStylu(w[d] ?? null) === klucz) d++;
      if (klucz) {
        const id = `${c}:${d}:${klucz}`;
        const p = otwarte.get(id);
        if (p) {
          p.wierszy++;
          otwarte.delete(id);
          nowe.set(id, p);
        } else {
          const x = w[c]!;
          nowe.set(id, {
            wiersz0: r,
            kolumna0: c,
            wierszy: 1,
            kolumn: d - c,
            styl: { pogrubienie: x.pogrubienie, tlo: x.tlo, kolorTekstu: x.kolorTekstu, zawijaj: x.zawijaj },
          });
        }
      }
      c = d;
    }
    dolacz(gotowe, otwarte.values());
    otwarte = nowe;
  }
  dolacz(gotowe, otwarte.values());
  return gotowe;
}

/** The 2-D values and formats of a piece (missing cells: '' and General). */
export function danePorcji(a: ZapisArkusza, k: Kawalek): { wartosci: Wartosc[][]; formaty: string[][] } {
  const wartosci: Wartosc[][] = [];
  const formaty: string[][] = [];
  for (let r = k.wiersz0; r < k.wiersz0 + k.wierszy; r++) {
    const w = a.wiersze[r] ?? [];
    const wv: Wartosc[] = [];
    const wf: string[] = [];
    for (let c = 0; c < k.kolumn; c++) {
      const x = w[c] ?? null;
      wv.push(wartoscKomorki(x));
      wf.push(formatKomorki(x));
    }
    wartosci.push(wv);
    formaty.push(wf);
  }
  return { wartosci, formaty };
}
