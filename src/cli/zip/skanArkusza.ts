/**
 * Streams one worksheet part and counts, without building cells: rows holding at least one value
 * (`<v>` or an inline string), cells holding a value, and keeps the XML after `</sheetData>` (data
 * validations, conditional formats, extensions) for the `--w-miejscu` verification. Stops early when a
 * row limit is passed (WB-1.9), so a huge sheet costs neither time nor memory.
 */
import { strumienWpisu, type WpisZip } from './czytajZip';

export interface SkanArkusza {
  wierszeZWartoscia: number;
  komorkiZWartoscia: number;
  /** true when the scan stopped because `limitWierszy` was passed */
  przerwany: boolean;
  /**
   * WB-2.0: empty cached values (`<v/>`, `<v></v>`): a formula whose cached result is `""` (a template
   * line not yet filled). ExcelJS loads them as formulas without a result; the CLI does not warn for them.
   */
  pusteWyniki: number;
  /** XML after `</sheetData>` (null when the scan stopped early or the tail was too long) */
  ogon: string | null;
}

const ZNACZNIK = /<(\/?)(?:[\w.-]+:)?(row|v|is|sheetData)\b[^>]*?(\/?)>/g;
const MAKS_OGON = 32 * 1024 * 1024;

export async function skanujArkusz(buf: Buffer, wpis: WpisZip, limitWierszy: number): Promise<SkanArkusza> {
  let wiersze = 0;
  let komorki = 0;
  let pusteWyniki = 0;
  let wWierszu = false;
  let maWartosc = false;
  let reszta = '';
  let ogon: string[] | null = null;
  let dlugoscOgona = 0;
  for await (const kawalek of strumienWpisu(buf, wpis)) {
    // latin1 keeps ASCII markup intact and is cheap; the tail is re-decoded as UTF-8 below.
    if (ogon) {
      dlugoscOgona += kawalek.length;
      if (dlugoscOgona <= MAKS_OGON) ogon.push(kawalek.toString('latin1'));
      continue;
    }
    const s = reszta + kawalek.toString('latin1');
    ZNACZNIK.lastIndex = 0;
    let m: RegExpExecArray | null;
    let koniec = 0;
    while ((m = ZNACZNIK.exec(s))) {
      koniec = ZNACZNIK.lastIndex;
      const zamykajacy = m[1] === '/';
      const pusty = m[3] === '/';
      const nazwa = m[2];
      if (nazwa === 'row') {
        if (zamykajacy) {
          if (wWierszu && maWartosc && ++wiersze > limitWierszy)
            return {
              wierszeZWartoscia: wiersze,
              komorkiZWartoscia: komorki,
              przerwany: true,
              ogon: null,
              pusteWyniki,
            };
          wWierszu = false;
        } else if (!pusty) {
          wWierszu = true;
          maWartosc = false;
        }
      } else if (nazwa === 'sheetData') {
        if (zamykajacy || pusty) {
          ogon = [s.slice(koniec)];
          dlugoscOgona = s.length - koniec;
          break;
        }
      } else if (nazwa === 'v' && pusty) {
        pusteWyniki++;
      } else if (nazwa === 'v' && !zamykajacy && /^<\/(?:[\w.-]+:)?v>/.test(s.slice(koniec, koniec + 40))) {
        pusteWyniki++;
      } else if (!zamykajacy && !pusty) {
        maWartosc = true;
        komorki++;
      }
    }
    if (!ogon) {
      const lt = s.lastIndexOf('<');
      reszta = lt >= koniec && s.indexOf('>', lt) < 0 ? s.slice(lt) : '';
    }
  }
  const tekstOgona = ogon && dlugoscOgona <= MAKS_OGON ? Buffer.from(ogon.join(''), 'latin1').toString('utf8') : null;
  return { wierszeZWartoscia: wiersze, komorkiZWartoscia: komorki, przerwany: false, ogon: tekstOgona, pusteWyniki };
}
