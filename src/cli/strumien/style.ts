/**
 * styles.xml merged, never rewritten (WB-3.3, "never lose a user's data"): the looks of the owned
 * sheets' cells are appended as new number formats, fonts, fills and cell formats after the user's
 * own, so no index a user's cell points to changes. A look already present in exactly the form this
 * tool writes is reused, so a rerun does not grow the file.
 */
import { type ZapisKomorki, FORMAT_TEKST } from '../../core';
import { ID_WBUDOWANEGO } from './formatyLiczb';
import { xmlAtrybut } from './escape';
import { brakElementu, drzewo, prefiks, wklej, type Miejsce } from './xml';

export const STYLE_MINIMALNE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

interface Lista {
  miejsce: Miejsce | null;
  /** existing children, raw text */
  istniejace: string[];
  nowe: string[];
}

export type Wyglad = Pick<NonNullable<ZapisKomorki>, 'fmt' | 'pogrubienie' | 'kolorTekstu' | 'tlo' | 'zawijaj'>;

export class RejestrStylow {
  private readonly korzen: Miejsce;
  private readonly listy: Record<'numFmts' | 'fonts' | 'fills' | 'cellXfs', Lista>;
  private readonly kodyFormatow = new Map<string, number>();
  private nastepnyFormat = 164;
  private readonly xfWgKlucza = new Map<string, number>();
  /** looks with only a number format (and wrapping): by format code, without building a key per cell */
  private readonly xfProste = new Map<string | undefined, number>();
  private readonly xfZawijane = new Map<string | undefined, number>();
  private readonly px: string;

  constructor(
    czesc: string,
    private readonly xml: string,
  ) {
    const d = drzewo(czesc, xml);
    const ss = d.dzieci.find((m) => m.nazwa === 'styleSheet');
    if (!ss) throw brakElementu(czesc, 'styleSheet');
    this.korzen = ss;
    this.px = prefiks(ss.pelna);
    const lista = (n: string): Lista => {
      const m = ss.dzieci.find((x) => x.nazwa === n) ?? null;
      return { miejsce: m, istniejace: (m?.dzieci ?? []).map((c) => xml.slice(c.poczatek, c.koniec)), nowe: [] };
    };
    this.listy = { numFmts: lista('numFmts'), fonts: lista('fonts'), fills: lista('fills'), cellXfs: lista('cellXfs') };
    if (!this.listy.fonts.miejsce || !this.listy.fills.miejsce || !this.listy.cellXfs.miejsce)
      throw brakElementu(czesc, 'fonts/fills/cellXfs');
    for (const m of this.listy.numFmts.miejsce?.dzieci ?? []) {
      const id = Number(m.atr.numFmtId);
      if (!this.kodyFormatow.has(m.atr.formatCode ?? '')) this.kodyFormatow.set(m.atr.formatCode ?? '', id);
      if (id >= this.nastepnyFormat) this.nastepnyFormat = id + 1;
    }
  }

  private indeks(l: Lista, tekst: string): number {
    const i = l.istniejace.indexOf(tekst);
    if (i >= 0) return i;
    const j = l.nowe.indexOf(tekst);
    if (j >= 0) return l.istniejace.length + j;
    l.nowe.push(tekst);
    return l.istniejace.length + l.nowe.length - 1;
  }

  private formatu(fmt: string | undefined): number {
    if (fmt === undefined || fmt === 'General') return 0;
    const w = ID_WBUDOWANEGO.get(fmt);
    if (w !== undefined) return w;
    let id = this.kodyFormatow.get(fmt);
    if (id === undefined) {
      id = this.nastepnyFormat++;
      this.kodyFormatow.set(fmt, id);
      this.listy.numFmts.nowe.push(`<${this.px}numFmt numFmtId="${id}" formatCode="${xmlAtrybut(fmt)}"/>`);
    }
    return id;
  }

  /** The cellXfs index of a look; 0 for the default look. */
  xf(w: Wyglad, tekstowa = false): number {
    const fmt = tekstowa ? FORMAT_TEKST : w.fmt;
    if (w.pogrubienie || w.kolorTekstu || w.tlo) return this.xfZlozony(w, fmt);
    const proste = w.zawijaj ? this.xfZawijane : this.xfProste;
    let i = proste.get(fmt);
    if (i === undefined) proste.set(fmt, (i = this.xfZlozony(w, fmt)));
    return i;
  }

  private xfZlozony(w: Wyglad, fmt: string | undefined): number {
    const klucz = `${fmt ?? ''}|${w.pogrubienie ? 1 : 0}|${w.kolorTekstu ?? ''}|${w.tlo ?? ''}|${w.zawijaj ? 1 : 0}`;
    let i = this.xfWgKlucza.get(klucz);
    if (i !== undefined) return i;
    const px = this.px;
    const nf = this.formatu(fmt);
    let font = 0;
    if (w.pogrubienie || w.kolorTekstu)
      font = this.indeks(
        this.listy.fonts,
        `<${px}font>${w.pogrubienie ? `<${px}b/>` : ''}<${px}sz val="11"/>${w.kolorTekstu ? `<${px}color rgb="FF${w.kolorTekstu.toUpperCase()}"/>` : ''}<${px}name val="Calibri"/><${px}family val="2"/></${px}font>`,
      );
    const fill = w.tlo
      ? this.indeks(
          this.listy.fills,
          `<${px}fill><${px}patternFill patternType="solid"><${px}fgColor rgb="FF${w.tlo.toUpperCase()}"/><${px}bgColor indexed="64"/></${px}patternFill></${px}fill>`,
        )
      : 0;
    if (!nf && !font && !fill && !w.zawijaj) i = 0;
    else {
      const atr =
        `numFmtId="${nf}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"` +
        (nf ? ' applyNumberFormat="1"' : '') +
        (font ? ' applyFont="1"' : '') +
        (fill ? ' applyFill="1"' : '');
      i = this.indeks(
        this.listy.cellXfs,
        w.zawijaj ? `<${px}xf ${atr} applyAlignment="1"><${px}alignment wrapText="1"/></${px}xf>` : `<${px}xf ${atr}/>`,
      );
    }
    this.xfWgKlucza.set(klucz, i);
    return i;
  }

  /** true when every entry of `przed` (the input's styles) is still at its index here */
  zawiera(przed: RejestrStylow): boolean {
    return (Object.keys(this.listy) as Array<keyof RejestrStylow['listy']>).every((k) =>
      przed.listy[k].istniejace.every((x, i) => this.listy[k].istniejace[i] === x),
    );
  }

  get zmieniony(): boolean {
    return Object.values(this.listy).some((l) => l.nowe.length > 0);
  }

  /** styles.xml with the new entries appended to each list (counts updated). */
  wynik(): string {
    const zmiany: Array<[number, number, string]> = [];
    for (const [nazwa, l] of Object.entries(this.listy)) {
      if (!l.nowe.length) continue;
      const n = l.istniejace.length + l.nowe.length;
      const m = l.miejsce;
      if (!m) {
        // numFmts is the first child of styleSheet
        zmiany.push([
          this.korzen.koniecOtwarcia,
          this.korzen.koniecOtwarcia,
          `<${this.px}${nazwa} count="${n}">${l.nowe.join('')}</${this.px}${nazwa}>`,
        ]);
        continue;
      }
      const otwarcie = this.xml.slice(m.poczatek, m.koniecOtwarcia);
      const bezLicznika = otwarcie.replace(/\s+count\s*=\s*("[^"]*"|'[^']*')/, '').replace(/\s*\/?>$/, '');
      const noweOtwarcie = `${bezLicznika} count="${n}">`;
      if (m.pusty) zmiany.push([m.poczatek, m.koniec, `${noweOtwarcie}${l.nowe.join('')}</${m.pelna}>`]);
      else {
        zmiany.push([m.poczatek, m.koniecOtwarcia, noweOtwarcie]);
        const zamkniecie = this.xml.lastIndexOf('</', m.koniec - 1);
        zmiany.push([zamkniecie, zamkniecie, l.nowe.join('')]);
      }
    }
    return wklej(this.xml, zmiany);
  }
}
