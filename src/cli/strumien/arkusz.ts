/**
 * One worksheet part streamed into the core's rows (WB-1), judged while streaming (WB-1.10): every
 * cell element counts (values, formulas without cached values, styled empty cells), rows holding a
 * value count towards WB-1.9's 100 000 data rows, merged areas count by their area, and a row or
 * column outside Excel's grid, repeated or out of order is a damaged part. Cell mapping as the
 * ExcelJS reader's (src/cli/exceljs/czytaj.ts): a formula gives its cached result, or is reported in
 * `bezWyniku` and read as empty; merged cells other than the top-left one are empty.
 */
import { type Komorka, adres } from '../../core';
import { Archiwum, BladPakietu, type Wpis } from '../pakiet/archiwum';
import { komorkaDaty } from './daty';
import { LIMIT_CZESCI } from './struktura';
import { ParserCzesci } from './xml';
import { odkodujEscape } from './escape';
import { czyFormatDaty } from './formatyLiczb';

export const MAKS_WIERSZ = 1_048_576;
export const MAKS_KOLUMNA = 16_384;

export interface LimityArkusza {
  /** rows holding a value: the header + 100 000 data rows (WB-1.9) */
  wierszy: number;
  /** cell elements of a sheet that is read (WB-1.10) */
  komorek: number;
  /** cells covered by merged areas (WB-1.10) */
  scalonych: number;
}

/** No limits: a part the tool already accepted (WB-4 digest, verification of its own output). */
export const BEZ_LIMITOW: LimityArkusza = { wierszy: Infinity, komorek: Infinity, scalonych: Infinity };

export interface KontekstArkusza {
  nazwa: string;
  napisy: readonly string[];
  /** cellXfs index → number-format code (undefined = General) */
  format(s: number): string | undefined;
  date1904: boolean;
  limity: LimityArkusza;
  /** when given, each non-empty cell is handed over instead of being kept (verification of large owned sheets) */
  naKomorke?: (r: number, c: number, k: NonNullable<Komorka>) => void;
  /** when given, every stored value is fed to the sheet's digest (WB-4 ownership of an output) */
  odcisk?: { komorka(r: number, c: number, k: NonNullable<Komorka>): void };
}

export interface OdczytArkusza {
  wiersze: Komorka[][];
  bezWyniku: { pierwsza: string; liczba: number } | null;
}

/** Thrown when a WB-1.9 / WB-1.10 limit is passed (exit 2 with this message). */
export class Przekroczenie extends BladPakietu {
  constructor(
    readonly arkusz: string,
    pl: string,
    en: string,
  ) {
    super(null, pl, en);
  }
}

const grupuj = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const DZIEN_MS = 86_400_000;
const SERIAL_1970 = 25_569;
const PRZESUNIECIE_1904 = 1_462;
const MAKS_MS = 8.64e15;

/** `AB12` → [row0, col0], or null. */
function rozbierzAdres(r: string): [number, number] | null {
  let i = 0;
  let kol = 0;
  while (i < r.length) {
    const c = r.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    kol = kol * 26 + (c - 96);
    i++;
    if (kol > MAKS_KOLUMNA) return null;
  }
  if (i === 0 || i === r.length) return null;
  const w = Number(r.slice(i));
  if (!Number.isInteger(w)) return null;
  return [w - 1, kol - 1];
}

/** `A1:C3` → [r1, c1, r2, c2] (0-based), or null. */
export function rozbierzZakres(ref: string): [number, number, number, number] | null {
  const [p, k] = ref.split(':');
  const a = rozbierzAdres(p);
  const b = rozbierzAdres(k ?? p);
  if (!a || !b) return null;
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])];
}

function liczba(v: string, fmt: string | undefined, date1904: boolean): Komorka {
  const x = parseFloat(v);
  if (fmt !== undefined && czyFormatDaty(fmt) && Number.isFinite(x)) {
    const ms = Math.round((x - SERIAL_1970 + (date1904 ? PRZESUNIECIE_1904 : 0)) * DZIEN_MS);
    const k = Math.abs(ms) <= MAKS_MS ? komorkaDaty(new Date(ms), date1904) : null;
    // WB-1.7: outside Excel's calendar (serial 0, 1e10 …) it stays a number, with its date format, so
    // the core reports it at the cell
    return k?.t === 'd' ? k : { t: 'n', v: x, fmt };
  }
  return fmt === undefined || fmt === 'General' ? { t: 'n', v: x } : { t: 'n', v: x, fmt };
}

export async function czytajArkuszStrumieniowo(a: Archiwum, wpis: Wpis, k: KontekstArkusza): Promise<OdczytArkusza> {
  const czesc = wpis.nazwa;
  const wiersze: Komorka[][] = [];
  const zle = (pl: string, en: string): BladPakietu =>
    new BladPakietu(czesc, `arkusz „${k.nazwa}” (${czesc}): ${pl}`, `sheet "${k.nazwa}" (${czesc}): ${en}`);
  let bezWyniku: OdczytArkusza['bezWyniku'] = null;
  let wDanych = false;
  let nrWiersza = -1; // 0-based row of the open <row>
  let ostatniWiersz = -1;
  let wiersz: Komorka[] | null = null;
  let kolumna = -1;
  let wierszyZWartoscia = 0;
  let komorek = 0;
  let scalonych = 0;
  const scalenia: Array<[number, number, number, number]> = [];
  // the open <c>
  let typ: string | undefined;
  let styl = 0;
  let wartosc: string | null = null;
  let formula = false;
  let wV = false;
  let wIs = 0;
  let wT = false;
  let wRph = 0;
  let tekstIs = '';
  let wierszMaWartosc = false;

  const p = new ParserCzesci(
    czesc,
    {
      otworz(n, atr, pusty) {
        if (!wDanych) {
          if (n === 'sheetData') wDanych = !pusty;
          else if (n === 'mergeCell') {
            const z = rozbierzZakres(atr.ref ?? '');
            if (!z || z[2] >= MAKS_WIERSZ || z[0] < 0)
              throw zle(
                `scalenie „${atr.ref ?? ''}” poza siatką Excela`,
                `merged area "${atr.ref ?? ''}" outside Excel's grid`,
              );
            scalonych += (z[2] - z[0] + 1) * (z[3] - z[1] + 1);
            if (scalonych > k.limity.scalonych)
              throw new Przekroczenie(
                k.nazwa,
                `Arkusz „${k.nazwa}”: scalone obszary obejmują ponad ${grupuj(k.limity.scalonych, ' ')} komórek (np. ${atr.ref}) — plik zbyt duży lub uszkodzony (WB-1.10). Rozdziel scalenia całych kolumn lub wierszy.`,
                `Sheet "${k.nazwa}": merged areas cover more than ${grupuj(k.limity.scalonych, ',')} cells (e.g. ${atr.ref}) — file too large or damaged (WB-1.10). Unmerge whole columns or rows.`,
              );
            scalenia.push(z);
          }
          return;
        }
        switch (n) {
          case 'row': {
            const r = atr.r;
            const nr = r === undefined ? ostatniWiersz + 2 : Number(r);
            if (!Number.isInteger(nr) || nr < 1 || nr > MAKS_WIERSZ)
              throw zle(
                `numer wiersza „${r}” poza siatką Excela (1–${MAKS_WIERSZ})`,
                `row number "${r}" outside Excel's grid (1–${MAKS_WIERSZ})`,
              );
            if (nr - 1 <= ostatniWiersz)
              throw zle(
                `wiersz ${nr} powtórzony albo nie po kolei (po wierszu ${ostatniWiersz + 1})`,
                `row ${nr} repeated or out of order (after row ${ostatniWiersz + 1})`,
              );
            nrWiersza = ostatniWiersz = nr - 1;
            wiersz = [];
            kolumna = -1;
            wierszMaWartosc = false;
            break;
          }
          case 'c': {
            if (nrWiersza < 0) throw zle('komórka poza wierszem', 'a cell outside a row');
            if (++komorek > k.limity.komorek)
              throw new Przekroczenie(
                k.nazwa,
                `Arkusz „${k.nazwa}” ma ponad ${grupuj(k.limity.komorek, ' ')} komórek — plik zbyt duży lub uszkodzony (WB-1.10); plik odrzucony.`,
                `Sheet "${k.nazwa}" has more than ${grupuj(k.limity.komorek, ',')} cells — file too large or damaged (WB-1.10); file refused.`,
              );
            const r = atr.r;
            let kol = kolumna + 1;
            if (r !== undefined) {
              const ad = rozbierzAdres(r);
              if (!ad || ad[0] !== nrWiersza)
                throw zle(
                  `adres komórki „${r}” poza siatką Excela albo poza swoim wierszem ${nrWiersza + 1}`,
                  `cell address "${r}" outside Excel's grid or outside its row ${nrWiersza + 1}`,
                );
              kol = ad[1];
            }
            if (kol >= MAKS_KOLUMNA)
              throw zle(
                `kolumna poza siatką Excela w wierszu ${nrWiersza + 1}`,
                `column outside Excel's grid in row ${nrWiersza + 1}`,
              );
            if (kol <= kolumna)
              throw zle(
                `komórka ${adres(nrWiersza, kol)} powtórzona albo nie po kolei`,
                `cell ${adres(nrWiersza, kol)} repeated or out of order`,
              );
            kolumna = kol;
            typ = atr.t;
            styl = atr.s === undefined ? 0 : Number(atr.s) || 0;
            wartosc = null;
            formula = false;
            tekstIs = '';
            wIs = 0;
            break;
          }
          case 'v':
            wV = !pusty;
            if (formula && wV && wartosc === null) wartosc = ''; // `<v></v>`: a cached empty result
            break;
          case 'f':
            formula = true;
            break;
          case 'is':
            wIs += pusty ? 0 : 1;
            if (wartosc === null) wartosc = '';
            break;
          case 'rPh':
            wRph += pusty ? 0 : 1;
            break;
          case 't':
            wT = wIs > 0 && !wRph && !pusty;
            break;
          default:
        }
      },
      tekst(t) {
        if (wV) wartosc = wartosc === null ? t : wartosc + t;
        else if (wT) tekstIs += t;
      },
      zamknij(n) {
        if (!wDanych) return;
        switch (n) {
          case 'v':
            wV = false;
            break;
          case 't':
            wT = false;
            break;
          case 'rPh':
            wRph--;
            break;
          case 'is':
            wIs--;
            wartosc = tekstIs;
            break;
          case 'c': {
            const kom = komorka();
            if (kom === 'brakWyniku') {
              if (bezWyniku) bezWyniku.liczba++;
              else bezWyniku = { pierwsza: adres(nrWiersza, kolumna), liczba: 1 };
              break;
            }
            if (!kom) break;
            k.odcisk?.komorka(nrWiersza, kolumna, kom);
            if (k.naKomorke) k.naKomorke(nrWiersza, kolumna, kom);
            else if (wiersz) {
              wiersz[kolumna] = kom;
              wierszMaWartosc = true;
            }
            break;
          }
          case 'row':
            if (wiersz && wiersz.length) wiersze[nrWiersza] = wiersz;
            if (wierszMaWartosc && ++wierszyZWartoscia > k.limity.wierszy) {
              const l = k.limity.wierszy - 1;
              throw new Przekroczenie(
                k.nazwa,
                `Arkusz „${k.nazwa}” ma ponad ${grupuj(l, ' ')} wierszy danych (WB-1.9); plik odrzucony bez wczytywania.`,
                `Sheet "${k.nazwa}" has more than ${grupuj(l, ',')} data rows (WB-1.9); file refused without loading it.`,
              );
            }
            wiersz = null;
            nrWiersza = -1;
            break;
          case 'sheetData':
            wDanych = false;
            break;
          default:
        }
      },
    },
    false,
  );

  function komorka(): Komorka | 'brakWyniku' {
    const v = wartosc;
    if (formula) {
      // WB-1.4: a formula with a cached empty text (`<v></v>`, t="str") reads as an empty cell, not as missing
      if (v === '' && (typ === 'str' || typ === 'inlineStr')) return null;
      if (!v) return 'brakWyniku';
      switch (typ) {
        case 'str':
        case 'inlineStr':
          return { t: 's', v: odkodujEscape(v) };
        case 'b':
          return { t: 'b', v: parseInt(v, 10) !== 0 };
        case 'e':
          return { t: 'e', v };
        default:
          return liczba(v, k.format(styl), k.date1904);
      }
    }
    if (v === null) return null;
    switch (typ) {
      case 's': {
        const s = k.napisy[parseInt(v, 10)];
        if (s === undefined)
          throw zle(
            `komórka ${adres(nrWiersza, kolumna)} wskazuje napis nr ${v}, którego nie ma w sharedStrings.xml`,
            `cell ${adres(nrWiersza, kolumna)} refers to shared string ${v}, absent from sharedStrings.xml`,
          );
        return { t: 's', v: s };
      }
      case 'str':
      case 'inlineStr':
        return { t: 's', v: odkodujEscape(v) };
      case 'b':
        return { t: 'b', v: parseInt(v, 10) !== 0 };
      case 'e':
        return { t: 'e', v };
      default:
        if (v === '') return null;
        return liczba(v, k.format(styl), k.date1904);
    }
  }

  for await (const kawalek of a.strumien(wpis, LIMIT_CZESCI)) p.pisz(kawalek);
  p.zakoncz();
  // merged cells as stored: only the top-left one keeps its value (bounded: areas ≤ the merge limit)
  for (const [r1, c1, r2, c2] of scalenia) {
    for (let r = r1; r <= Math.min(r2, wiersze.length - 1); r++) {
      const w = wiersze[r];
      if (!w) continue;
      for (let c = c1; c <= Math.min(c2, w.length - 1); c++) if (r !== r1 || c !== c1) w[c] = undefined;
    }
  }
  return { wiersze, bezWyniku };
}
