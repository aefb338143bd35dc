/**
 * saxes behind a small interface: element names without their namespace prefix, decoded text, and a
 * damaged or hostile XML part turned into a BladPakietu naming the part (WB-1.10). A DOCTYPE is
 * refused (no OOXML part has one; it is the door to entity bombs), comments are ignored — so a
 * `<!-- </sheetData> -->` hides nothing.
 */
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import { BladPakietu } from '../pakiet/archiwum';

export interface Zdarzenia {
  /** `pelna`: the name with its prefix */
  otworz?(nazwa: string, atr: Record<string, string>, pusty: boolean, pelna: string): void;
  tekst?(t: string): void;
  zamknij?(nazwa: string, pelna: string): void;
}

export const bezPrefiksu = (n: string): string => {
  const i = n.indexOf(':');
  return i < 0 ? n : n.slice(i + 1);
};

/** An attribute by its local name (`r:id` and `id` alike). */
export function atrybut(atr: Record<string, string>, nazwa: string): string | undefined {
  if (nazwa in atr) return atr[nazwa];
  for (const k in atr) if (bezPrefiksu(k) === nazwa) return atr[k];
  return undefined;
}

export class ParserCzesci {
  private readonly sax: SaxesParser;
  private readonly dekoder = new StringDecoder('utf8');

  /** `pozycje`: track offsets (`pozycja`) — small parts merged by splicing; big parts skip it */
  constructor(
    private readonly czesc: string,
    z: Zdarzenia,
    pozycje = true,
  ) {
    const sax = (this.sax = new SaxesParser({ position: pozycje }));
    if (z.otworz) {
      const f = z.otworz;
      sax.on('opentag', (t) => f(bezPrefiksu(t.name), t.attributes as Record<string, string>, t.isSelfClosing, t.name));
    }
    if (z.tekst) {
      sax.on('text', z.tekst);
      sax.on('cdata', z.tekst);
    }
    if (z.zamknij) {
      const f = z.zamknij;
      sax.on('closetag', (t) => f(bezPrefiksu(t.name), t.name));
    }
    sax.on('doctype', () => {
      throw this.blad('deklaracja DOCTYPE jest niedozwolona', 'a DOCTYPE is not allowed');
    });
  }

  private blad(pl: string, en: string): BladPakietu {
    return new BladPakietu(
      this.czesc,
      `część ${this.czesc} jest uszkodzona (${pl})`,
      `part ${this.czesc} is damaged (${en})`,
    );
  }

  private chron(f: () => void): void {
    try {
      f();
    } catch (e) {
      if (e instanceof BladPakietu) throw e;
      const m = (e as Error).message.split('\n')[0].slice(0, 200);
      throw this.blad(`błąd XML: ${m}`, `XML error: ${m}`);
    }
  }

  /** Offset just past the current event's markup (in the text written so far). */
  get pozycja(): number {
    return this.sax.position;
  }

  pisz(b: Buffer | string): void {
    const s = typeof b === 'string' ? b : this.dekoder.write(b);
    if (s) this.chron(() => this.sax.write(s));
  }

  zakoncz(): void {
    this.chron(() => {
      const reszta = this.dekoder.end();
      if (reszta) this.sax.write(reszta);
      this.sax.close();
    });
  }
}

/** Parses a whole small part. */
export function parsujTekst(czesc: string, xml: string, z: Zdarzenia): void {
  const p = new ParserCzesci(czesc, z);
  p.pisz(xml);
  p.zakoncz();
}

/** An element's place in a small part's text: [start of its open tag, end of its open tag, end of the element]. */
export interface Miejsce {
  nazwa: string;
  pelna: string;
  atr: Record<string, string>;
  poczatek: number;
  koniecOtwarcia: number;
  koniec: number;
  pusty: boolean;
  dzieci: Miejsce[];
}

/** The element tree of a small part with the offsets of every element (for merging by splicing text). */
export function drzewo(czesc: string, xml: string): Miejsce {
  const korzen: Miejsce = {
    nazwa: '',
    pelna: '',
    atr: {},
    poczatek: 0,
    koniecOtwarcia: 0,
    koniec: xml.length,
    pusty: false,
    dzieci: [],
  };
  const stos: Miejsce[] = [korzen];
  const p: ParserCzesci = new ParserCzesci(czesc, {
    otworz(nazwa, atr, pusty, pelna) {
      const koniecOtwarcia = p.pozycja;
      const poczatek = xml.lastIndexOf('<', koniecOtwarcia - 1);
      const m: Miejsce = { nazwa, pelna, atr, poczatek, koniecOtwarcia, koniec: koniecOtwarcia, pusty, dzieci: [] };
      stos[stos.length - 1].dzieci.push(m);
      stos.push(m);
    },
    zamknij() {
      const m = stos.pop()!;
      m.koniec = p.pozycja;
    },
  });
  p.pisz(xml);
  p.zakoncz();
  return korzen;
}

/** The prefix of an element name, with its colon (`x:` or ``). */
export const prefiks = (pelna: string): string => pelna.slice(0, pelna.indexOf(':') + 1);

/** Applies text replacements [from, to, text] (non-overlapping) to a string. */
export function wklej(xml: string, zmiany: Array<[number, number, string]>): string {
  const z = [...zmiany].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let w = '';
  let i = 0;
  for (const [od, doo, t] of z) {
    w += xml.slice(i, od) + t;
    i = doo;
  }
  return w + xml.slice(i);
}

/** A structural part without an element it must have (WB-1.10: a damaged part, named). */
export function brakElementu(czesc: string, element: string): BladPakietu {
  return new BladPakietu(
    czesc,
    `część ${czesc} jest uszkodzona (brak elementu ${element})`,
    `part ${czesc} is damaged (no ${element} element)`,
  );
}
