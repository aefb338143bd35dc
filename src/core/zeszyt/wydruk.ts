/**
 * WB-3.4 print setup shared by the written sheets: the standard footer, the documents' header, date cells,
 * and the default page setup `gotowe` gives every visible sheet that did not choose its own.
 */
import type { DataKalendarzowa } from '../program/definicja';
import { serialZDaty } from '../komorki/daty';
import { doGrupy } from '../tablice/grupy';
import type { SekcjeStrony, UkladWydruku, WysokoscWierszy, ZapisArkusza, ZapisKomorki } from './model';

/** WB-3.4 dates as date cells. */
export const FORMAT_DATA_PL = 'dd.mm.yyyy';

export function dataKomorka(
  d: DataKalendarzowa,
  extra: Omit<NonNullable<ZapisKomorki>, 'v' | 'fmt'> = {},
): ZapisKomorki {
  return { v: serialZDaty(d), fmt: FORMAT_DATA_PL, ...extra };
}

/** `10.05.2012` */
export function dataTekstPl(d: DataKalendarzowa): string {
  const dd = (n: number) => String(n).padStart(2, '0');
  return `${dd(d.d)}.${dd(d.m)}.${d.y}`;
}

/** A user's text inside an Excel header/footer code (`&` starts a code, `&&` is a literal ampersand). */
export function tekstStrony(t: string): string {
  return t.replace(/&/g, '&&');
}

/** WB-3.4: every written sheet's footer — the sheet name and "strona N z M". */
export const STOPKA: SekcjeStrony = { lewa: '&A', prawa: 'strona &P z &N' };

/** WB-3.4: the protocol's and the lists' header — voivodeship and date of the meeting. */
export function naglowekDokumentu(wojewodztwo: string | null, data: DataKalendarzowa | null): SekcjeStrony {
  return {
    lewa: tekstStrony(wojewodztwo ? `Województwo ${wojewodztwo}` : 'Województwo — brak'),
    srodek: 'Program „Cyfrowa szkoła”',
    prawa: data ? `posiedzenie zespołu ${dataTekstPl(data)}` : '',
  };
}

/** Excel's default column width in characters (a column the plan leaves unset). */
const SZEROKOSC_DOMYSLNA = 8.43;
/** Widest set of columns (characters) printed in portrait at 100 % on A4 with 0.7″ side margins. */
const SZEROKOSC_PIONOWA = 90;

/** Total width (characters) of the printed columns: every column that holds a cell. */
export function szerokoscDruku(a: ZapisArkusza): number {
  const kolumn = a.wiersze.reduce((m, w) => Math.max(m, w?.length ?? 0), 0);
  let s = 0;
  for (let c = 0; c < kolumn; c++) s += a.szerokosciKolumn?.[c] || SZEROKOSC_DOMYSLNA;
  return s;
}

/**
 * WB-3.4 "every written sheet has a page setup chosen for its shape and a footer": a visible sheet without
 * a print setup gets A4 fit to one page wide — portrait when its columns fit, landscape otherwise — and
 * every setup without a footer gets the standard one. Hidden sheets are not printed and stay as planned.
 */
export function zWydrukiem(a: ZapisArkusza): ZapisArkusza {
  if (a.widocznosc) return a;
  const wydruk: UkladWydruku = a.wydruk ?? {
    orientacja: szerokoscDruku(a) > SZEROKOSC_PIONOWA ? 'pozioma' : 'pionowa',
    dopasujDoSzerokosci: true,
  };
  return { ...a, wydruk: wydruk.stopka ? wydruk : { ...wydruk, stopka: STOPKA } };
}

/**
 * Height of one line of 11-point text in a row, in points: Calibri needs 15, DejaVu Sans (LibreOffice's
 * fallback for Calibri without Carlito) about 17.
 */
export const WYSOKOSC_LINII = 17;

/**
 * WB-3.4 row heights as a sheet is built: rows (1-based) and their heights side by side, grouped by height at the
 * end (`wGrupach`). A plain object: an instance of a class here had the lists' row loop deoptimised after every
 * garbage collection (twice as slow).
 */
export interface WysokosciWierszy {
  wiersze: number[];
  wysokosci: number[];
}

export const noweWysokosci = (): WysokosciWierszy => ({ wiersze: [], wysokosci: [] });

export function ustawWysokosc(w: WysokosciWierszy, wiersz: number, wysokosc: number): void {
  w.wiersze.push(wiersz);
  w.wysokosci.push(wysokosc);
}

/** The heights as `WysokoscWierszy` groups, one per height. */
export function wGrupach(w: WysokosciWierszy): WysokoscWierszy[] {
  const grupy = new Map<number, number[]>();
  for (let i = 0; i < w.wiersze.length; i++) doGrupy(grupy, w.wysokosci[i], w.wiersze[i]);
  return [...grupy].map(([wysokosc, wiersze]) => ({ wysokosc, wiersze }));
}

/** Lines a text takes when wrapped at word boundaries in a cell `szerokosc` characters wide. */
export function liniiTekstu(tekst: string, szerokosc: number): number {
  const naLinie = Math.max(1, Math.floor(szerokosc * 0.95)); // Polish prose runs a little wider than digits
  const n = tekst.length;
  if (n <= naLinie && tekst.indexOf('\n') < 0) return 1; // most names: one line, nothing to scan
  // words split by plain spaces only (almost every name): hop between spaces with the native search
  if (!INNE_ODSTEPY.test(tekst)) {
    const l = new Linie(naLinie);
    for (let i = 0; i < n;) {
      let j = tekst.indexOf(' ', i);
      if (j < 0) j = n;
      if (j > i) l.slowo(j - i);
      i = j + 1;
    }
    return l.linii;
  }
  // one pass over the characters
  const l = new Linie(naLinie);
  for (let i = 0; i < n;) {
    const c = tekst.charCodeAt(i);
    if (c === 10) {
      l.nowaLinia();
      i++;
      continue;
    }
    if (bialy(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && tekst.charCodeAt(j) !== 10 && !bialy(tekst.charCodeAt(j))) j++;
    l.slowo(j - i);
    i = j;
  }
  return l.linii;
}

/** white space other than the plain space, and line feeds */
const INNE_ODSTEPY = /[\n\t\r\u00a0\u202f\u2007]/;

/** Greedy word wrap: words go on the current line while they fit; a word longer than a line is cut. */
class Linie {
  linii = 1;
  private biezaca = 0;
  constructor(private readonly naLinie: number) {}

  slowo(dlugosc: number): void {
    const potrzeba = this.biezaca ? this.biezaca + 1 + dlugosc : dlugosc;
    if (potrzeba <= this.naLinie) this.biezaca = potrzeba;
    else if (dlugosc <= this.naLinie) {
      this.linii++;
      this.biezaca = dlugosc;
    } else {
      this.linii += Math.ceil(dlugosc / this.naLinie) - (this.biezaca ? 0 : 1);
      this.biezaca = dlugosc % this.naLinie || this.naLinie;
    }
  }

  nowaLinia(): void {
    this.linii++;
    this.biezaca = 0;
  }
}

/** white space that separates words (space, tab, CR, no-break spaces) */
function bialy(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2007;
}

/** WB-3.4 explicit height of a row holding `tekst` wrapped in a cell (or merged cells) `szerokosc` wide. */
export function wysokoscTekstu(tekst: string, szerokosc: number, linia = WYSOKOSC_LINII): number {
  return liniiTekstu(tekst, szerokosc) * linia;
}
