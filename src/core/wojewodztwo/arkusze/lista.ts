/**
 * WB-3.2 lists grouped by variant with `Razem wariant …` subtotal rows and `Lp.` over the whole sheet, and
 * WB-3.4 as published papers: a title block (what the list is, voivodeship, date of the meeting,
 * "załącznik nr N do protokołu"), the header row repeated on every page with an AutoFilter, wrapped body
 * and school names, landscape A4 one page wide, the voivodeship and date in the page header.
 */
import type { ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { FORMAT_TEKST, liczbaWspolna, naglowek, tekst, zl } from '../../zeszyt/formaty';
import {
  dataKomorka,
  liniiTekstu,
  naglowekDokumentu,
  STOPKA,
  WYSOKOSC_LINII,
  noweWysokosci,
  ustawWysokosc,
  wGrupach,
} from '../../zeszyt/wydruk';
import { adres } from '../../komorki/adres';
import type { DataKalendarzowa } from '../../program/definicja';
import type { Grosze } from '../../kwota';

export interface GrupaListy<T> {
  /** subtotal label, e.g. `Razem wariant I` */
  razem: string;
  wiersze: T[];
}

export interface KolumnaListy<T> {
  naglowek: string;
  szerokosc: number;
  komorka: (t: T) => ZapisKomorki;
  /** money columns summed in the subtotal rows */
  suma?: (t: T) => Grosze | null;
  /** long names (bodies, schools, reasons): `komorka` gives wrapped cells, the row as tall as they need */
  zawijaj?: boolean;
  /** with `zawijaj`: the wrapped cell's lines when known beforehand (else they are measured) */
  linii?: (t: T) => number;
  /** with `zawijaj`: few distinct texts (bodies, reasons) — each text is measured once per width */
  powtarzalne?: boolean;
}

/**
 * What the lists of one build share (they show the same schools): `Lp.` and position cells by number, the
 * cells of bodies' names, and the line counts of few-valued wrapped texts by width (measured once each).
 * Plain data read by module functions — no closures per build, so V8 keeps one optimised copy of the code.
 */
export interface WspolneListom {
  liczby: ZapisKomorki[];
  zawijane: Map<string, ZapisKomorki>;
  linie: Map<number, Map<string, number>>;
}

export function wspolneListom(): WspolneListom {
  return { liczby: [], zawijane: new Map(), linie: new Map() };
}

/** A wrapped text cell shared per distinct text within the build (bodies repeat). */
export function zawijanyWspolny(ws: WspolneListom, v: string): ZapisKomorki {
  let k = ws.zawijane.get(v);
  if (!k) ws.zawijane.set(v, (k = tekstZawijany(v)));
  return k;
}

/** `liniiTekstu` remembered per text and width within the build. */
function liniiWspolne(ws: WspolneListom, tekst: string, szerokosc: number): number {
  let m = ws.linie.get(szerokosc);
  if (!m) ws.linie.set(szerokosc, (m = new Map()));
  let n = m.get(tekst);
  if (n === undefined) m.set(tekst, (n = liniiTekstu(tekst, szerokosc)));
  return n;
}

/** A column in one shape for the row loop (its fields read alike for every column). */
interface KolumnaWiersza<T> {
  komorka: (t: T) => ZapisKomorki;
  zawijaj: boolean;
  linii: ((t: T) => number) | null;
  powtarzalne: boolean;
  /** characters a wrapped line holds */
  naLinie: number;
}

function doWiersza<T>(k: KolumnaListy<T>): KolumnaWiersza<T> {
  return {
    komorka: k.komorka,
    zawijaj: !!k.zawijaj,
    linii: k.linii ?? null,
    powtarzalne: !!k.powtarzalne,
    naLinie: k.szerokosc - 1,
  };
}

/** Lines of a `zawijaj` column's cell. */
function liniiKomorki<T>(k: KolumnaWiersza<T>, t: T, c: NonNullable<ZapisKomorki>, wspolne: WspolneListom): number {
  if (k.linii !== null) return k.linii(t);
  if (typeof c.v !== 'string') return 1;
  return k.powtarzalne ? liniiWspolne(wspolne, c.v, k.naLinie) : liniiTekstu(c.v, k.naLinie);
}

/** A wrapped text cell of a `zawijaj` column. */
export const tekstZawijany = (v: string): ZapisKomorki => ({ v, fmt: FORMAT_TEKST, zawijaj: true });

/** WB-3.4 title block of a list. */
export interface OpisListy {
  /** what the list is, e.g. `Wykaz wniosków o udział w programie „Cyfrowa szkoła”` */
  tytul: string;
  /** its number among the protocol's attachments; absent for a list published on its own */
  zalacznik?: number;
  wojewodztwo: string | null;
  data: DataKalendarzowa | null;
}

/** width of `Nazwa szkoły` in the attachments and the trace (WB-3.4) */
export const SZEROKOSC_NAZWY = 30;

/** Lines of each row's school name wrapped in `Nazwa szkoły` (by row order): measured once for the lists and the trace. */
export function linieNazw(wiersze: ReadonlyArray<{ nazwa: string }>): number[] {
  return wiersze.map((w) => liniiTekstu(w.nazwa, SZEROKOSC_NAZWY - 1));
}

/** Rows above the header row: title, voivodeship, date, empty row. */
export const WIERSZE_TYTULU = 4;

/** Column 0 is `Lp.`; the subtotal label goes into column 1; the header row is row `WIERSZE_TYTULU + 1`. */
export function arkuszListy<T>(
  nazwa: string,
  kolumny: readonly KolumnaListy<T>[],
  grupy: readonly GrupaListy<T>[],
  opis: OpisListy,
  wspolne: WspolneListom = wspolneListom(),
): ZapisArkusza {
  const ostatnia = kolumny.length; // index of the last column (Lp. is column 0)
  const szerokosci = [6, ...kolumny.map((k) => k.szerokosc)];
  const pogr = { pogrubienie: true };
  const wiersze: ZapisKomorki[][] = [
    [
      tekst(opis.zalacznik ? `${opis.tytul} — załącznik nr ${opis.zalacznik} do protokołu` : opis.tytul, {
        ...pogr,
        zawijaj: true,
      }),
    ],
    [tekst(`Województwo ${opis.wojewodztwo ?? '— brak —'}`)],
    [tekst('Data posiedzenia zespołu'), null, null, opis.data ? dataKomorka(opis.data) : tekst('— brak —')],
    [],
    [naglowek('Lp.'), ...kolumny.map((k) => naglowek(k.naglowek))],
  ];
  const wierszNaglowka = WIERSZE_TYTULU + 1;
  const wysokosci = noweWysokosci();
  ustawWysokosc(wysokosci, 1, 2 * WYSOKOSC_LINII);
  ustawWysokosc(
    wysokosci,
    wierszNaglowka,
    Math.max(...szerokosci.map((s, i) => liniiTekstu(i ? kolumny[i - 1].naglowek : 'Lp.', s - 1))) * WYSOKOSC_LINII,
  );
  const kol = kolumny.map(doWiersza);
  const n = kol.length;
  let lp = 0;
  for (const g of grupy) {
    if (g.wiersze.length === 0) continue;
    for (const t of g.wiersze) {
      let linii = 1;
      const r = new Array<ZapisKomorki>(n + 1);
      r[0] = liczbaWspolna(wspolne.liczby, ++lp);
      for (let i = 0; i < n; i++) {
        const k = kol[i];
        const c = k.komorka(t);
        // `zawijaj` columns return wrapped text cells; their lines set the row's height
        if (k.zawijaj && c !== null) {
          const l = liniiKomorki(k, t, c, wspolne);
          if (l > linii) linii = l;
        }
        r[i + 1] = c;
      }
      wiersze.push(r);
      if (linii > 1) ustawWysokosc(wysokosci, wiersze.length, linii * WYSOKOSC_LINII);
    }
    wiersze.push([
      null,
      ...kolumny.map((k, i) => {
        if (i === 0) return tekst(g.razem, pogr);
        if (!k.suma) return null;
        let s = 0;
        for (const t of g.wiersze) s += k.suma(t) ?? 0;
        return zl(s, pogr);
      }),
    ]);
  }
  return {
    nazwa,
    wiersze,
    szerokosciKolumn: szerokosci,
    zamrozenie: { wiersze: wierszNaglowka, kolumny: 0 },
    scalenia: [`A1:${adres(0, ostatnia)}`, `A2:${adres(1, ostatnia)}`, 'A3:C3'],
    wysokosciWierszy: wGrupach(wysokosci),
    autofiltr: `A${wierszNaglowka}:${adres(Math.max(wiersze.length, wierszNaglowka) - 1, ostatnia)}`,
    wydruk: {
      orientacja: 'pozioma',
      powtarzaneWiersze: [wierszNaglowka, wierszNaglowka],
      dopasujDoSzerokosci: true,
      marginesy: { lewy: 0.5, prawy: 0.5, gorny: 0.75, dolny: 0.75 },
      naglowek: naglowekDokumentu(opis.wojewodztwo, opis.data),
      stopka: STOPKA,
    },
  };
}

export const pusteLubTekst = (s: string | null | undefined): ZapisKomorki =>
  s === null || s === undefined || s === '' ? null : tekst(s);

/** `pusteLubTekst` for a `zawijaj` column. */
export const pusteLubZawijany = (s: string | null | undefined): ZapisKomorki =>
  s === null || s === undefined || s === '' ? null : tekstZawijany(s);
