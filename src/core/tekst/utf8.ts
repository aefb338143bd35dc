/**
 * UTF-8 encoding without Node or browser APIs (src/core runs everywhere): the bytes hashed by the CS-Z3.1
 * draw keys and the CS-Z3.F fingerprint. Lone surrogates become U+FFFD, as TextEncoder does.
 */

/** Writes the UTF-8 bytes of `s` into `b` from `p` (room for 3 bytes per character is the caller's); returns the end. */
export function zapiszUtf8(s: string, b: Uint8Array, p: number): number {
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      b[p++] = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else c = 0xfffd;
    }
    if (c < 0x800) {
      b[p++] = 0xc0 | (c >> 6);
    } else if (c < 0x10000) {
      b[p++] = 0xe0 | (c >> 12);
      b[p++] = 0x80 | ((c >> 6) & 63);
    } else {
      b[p++] = 0xf0 | (c >> 18);
      b[p++] = 0x80 | ((c >> 12) & 63);
      b[p++] = 0x80 | ((c >> 6) & 63);
    }
    b[p++] = 0x80 | (c & 63);
  }
  return p;
}

/** A growing UTF-8 byte buffer: texts and whole numbers appended without building intermediate strings. */
export class ZapisUtf8 {
  private b = new Uint8Array(1 << 16);
  private n = 0;

  private miejsce(ile: number): void {
    if (this.n + ile <= this.b.length) return;
    const nowy = new Uint8Array(Math.max(this.n + ile, 2 * this.b.length));
    nowy.set(this.b.subarray(0, this.n));
    this.b = nowy;
  }

  tekst(s: string): void {
    this.miejsce(3 * s.length);
    this.n = zapiszUtf8(s, this.b, this.n);
  }

  /** one ASCII character by its code */
  znak(kod: number): void {
    this.miejsce(1);
    this.b[this.n++] = kod;
  }

  /** a number as `String(x)` writes it; non-negative safe integers digit by digit */
  liczba(x: number): void {
    if (!Number.isSafeInteger(x) || x < 0) return this.tekst(String(x));
    this.miejsce(16);
    let cyfr = 1;
    for (let y = x; y >= 10; y = Math.floor(y / 10)) cyfr++;
    for (let i = this.n + cyfr - 1, y = x; i >= this.n; i--, y = Math.floor(y / 10)) this.b[i] = 48 + (y % 10);
    this.n += cyfr;
  }

  /** the bytes written so far (a view, valid until the next write) */
  bajty(): Uint8Array {
    return this.b.subarray(0, this.n);
  }
}
