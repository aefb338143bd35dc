/**
 * WB-1.3 matching of labels, headers and vocabulary values: NFC; every Unicode whitespace is a space;
 * runs collapse; trim; toLowerCase(); the dashes ‐ – — − become '-'; spaces between digits vanish.
 */
const BIALE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/gu;
const KRESKI = /[\u2010\u2013\u2014\u2212]/g;
const SPACJA_MIEDZY_CYFRAMI = /(\d) (?=\d)/g;

/** short texts (headers, labels, sheet names) recur in every workbook read: each is normalised once */
const PAMIEC = new Map<string, string>();
const MAKS_W_PAMIECI = 100; // characters; longer texts are rare and not kept

export function normalizuj(tekst: string): string {
  const znany = PAMIEC.get(tekst);
  if (znany !== undefined) return znany;
  const n = normalizujBezPamieci(tekst);
  if (tekst.length <= MAKS_W_PAMIECI) {
    if (PAMIEC.size >= 10_000) PAMIEC.clear();
    PAMIEC.set(tekst, n);
  }
  return n;
}

function normalizujBezPamieci(tekst: string): string {
  return tekst
    .normalize('NFC')
    .replace(BIALE, ' ')
    .trim()
    .toLowerCase()
    .replace(KRESKI, '-')
    .replace(SPACJA_MIEDZY_CYFRAMI, '$1');
}

/** A vocabulary: canonical values matched by WB-1.3. */
export class Slownik<T extends string> {
  private readonly mapa = new Map<string, T>();
  /** raw text → match; vocabulary cells repeat the same few texts, so each is normalised once */
  private readonly pamiec = new Map<string, T | undefined>();
  constructor(
    readonly wartosci: readonly T[],
    aliasy: ReadonlyArray<[string, T]> = [],
  ) {
    for (const w of wartosci) this.mapa.set(normalizuj(w), w);
    for (const [a, w] of aliasy) this.mapa.set(normalizuj(a), w);
  }
  dopasuj(tekst: string): T | undefined {
    const znany = this.pamiec.get(tekst);
    if (znany !== undefined || this.pamiec.has(tekst)) return znany;
    const v = this.mapa.get(normalizuj(tekst));
    if (this.pamiec.size >= 10_000) this.pamiec.clear();
    this.pamiec.set(tekst, v);
    return v;
  }
}
