/**
 * OOXML's `_xHHHH_` escape (ECMA-376 §22.4.2.4): characters XML cannot hold (control characters) are
 * stored as `_x0001_`, and a literal `_xHHHH_` as `_x005F_xHHHH_`.
 */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function odkodujEscape(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(ESCAPE, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

// eslint-disable-next-line no-control-regex
const NIEDOZWOLONE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;
const ENCJE = /[&<>"]/g;
const ENCJA: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

// eslint-disable-next-line no-control-regex
const COKOLWIEK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_x/;

/** A text for an XML element or attribute, `_xHHHH_`-escaped where XML cannot hold the character. */
export function xmlTekst(s: string): string {
  if (!COKOLWIEK.test(s)) return s; // almost every text: nothing to escape
  let w = s;
  if (NIEDOZWOLONE.test(w)) {
    NIEDOZWOLONE.lastIndex = 0;
    w = w.replace(NIEDOZWOLONE, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  }
  NIEDOZWOLONE.lastIndex = 0;
  return w.replace(ENCJE, (c) => ENCJA[c]);
}

/**
 * The `<t>` element of an inline string: escaped like `xmlTekst`, with `xml:space="preserve"` only when the
 * text has whitespace a reader might not keep (at either end, a tab or line break, two spaces in a row), as
 * Excel and openpyxl write it. One regular expression decides for almost every text (100 000 rows: millions
 * of cells — a loop over the characters in JavaScript measured three times slower).
 */
export function elementTekstu(s: string): string {
  if (!ZLOZONY.test(s)) return `<t>${s}</t>`;
  return `<t${DO_ZACHOWANIA.test(s) ? ' xml:space="preserve"' : ''}>${xmlTekst(s)}</t>`;
}

/** XML's whitespace (space, tab, CR, LF) a reader might not keep: at either end, tab or line break, two spaces */
const DO_ZACHOWANIA = /^[ \t\n\r]|[ \t\n\r]$|[\t\n\r]| {2}/;
/** anything `xmlTekst` escapes, or whitespace to keep */
const ZLOZONY = new RegExp(`${COKOLWIEK.source}|${DO_ZACHOWANIA.source}`);

/** An attribute value (no `_x` escaping: names and ranges). */
export function xmlAtrybut(s: string): string {
  return s.replace(ENCJE, (c) => ENCJA[c]);
}
