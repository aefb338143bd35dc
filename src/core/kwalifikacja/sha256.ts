/**
 * Pure SHA-256 (FIPS 180-4) over UTF-8 text, lowercase hex — used for the CS-Z3.1 draw keys and the
 * CS-Z3.F fingerprint. No Node or browser API: src/core must run everywhere. Kept over @noble/hashes
 * because that one, measured inside `kwalifikuj`, hashed the 14 000 draw keys about 2.5× slower, which
 * the core budget (14 000 applications ≤ 0.35 s) cannot absorb; the NIST vectors and the cross-check
 * against node:crypto (test/kwalifikacja/sha256.test.ts) are its warrant.
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const HEX: string[] = [];
for (let i = 0; i < 256; i++) HEX.push((i < 16 ? '0' : '') + i.toString(16));

const W = new Int32Array(64);
/** Work buffer: message + padding (grown on demand; the functions are synchronous, so sharing is safe). */
let BUF = new Uint8Array(1024);
/** BUF's bytes read as big-endian words (one load per message word instead of four) */
let SLOWA = new DataView(BUF.buffer);

/** `b` when it holds `n` bytes, else a buffer at least twice as long with `b`'s first `zachowaj` bytes. */
function zWolnymMiejscem(b: Uint8Array<ArrayBuffer>, n: number, zachowaj: number): Uint8Array<ArrayBuffer> {
  if (b.length >= n) return b;
  const nowy = new Uint8Array(Math.max(n, b.length * 2));
  if (zachowaj) nowy.set(b.subarray(0, zachowaj));
  return nowy;
}

/** BUF holds at least `n` bytes (its contents are not kept when it grows). */
function zapewnij(n: number): void {
  if (BUF.length >= n) return;
  BUF = zWolnymMiejscem(BUF, n, 0);
  SLOWA = new DataView(BUF.buffer);
}

/** Writes the UTF-8 bytes of `s` into BUF (lone surrogates become U+FFFD, as TextEncoder does); returns the length. */
function zakoduj(s: string): number {
  zapewnij(s.length * 3 + 72);
  return zakodujOd(BUF, s, 0);
}

/** Writes the UTF-8 bytes of `s` into `b` from byte `p` (`b` must hold them); returns the end. */
function zakodujOd(b: Uint8Array, s: string, p: number): number {
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
    if (c >= 0x80) b[p++] = 0x80 | (c & 63);
  }
  return p;
}

/** UTF-8 bytes of a JS string (lone surrogates become U+FFFD, as TextEncoder does). */
export function utf8(s: string): Uint8Array {
  return BUF.slice(0, zakoduj(s));
}

/** SHA-256 of bytes, lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
  zapewnij(bytes.length + 72);
  BUF.set(bytes);
  skrot(bytes.length);
  return hex();
}

/**
 * UTF-8 written piece by piece into a growing buffer of its own — texts, ASCII characters, whole numbers as
 * their decimal digits, bytes of another writer — so a long message (the CS-Z3.F fingerprint) is never made
 * as one text.
 */
export class ZapisUtf8 {
  /**
   * One writer kept for the module's life: V8 holds the shape of a class's instances only weakly, so a garbage
   * collection with none alive dropped it and threw the optimised writing code away (`--trace-deopt`: "weak
   * objects", after every GC); the 14 000-application set's fingerprints took about twice as long.
   */
  static readonly ksztalt: ZapisUtf8 = new ZapisUtf8();
  protected b = new Uint8Array(1024);
  protected p = 0;

  /** bytes written so far */
  get dlugosc(): number {
    return this.p;
  }

  /** `s` as UTF-8 (lone surrogates become U+FFFD). */
  tekst(s: string): void {
    this.miejsce(s.length * 3);
    this.p = zakodujOd(this.b, s, this.p);
  }

  /** One ASCII character by its code. */
  znak(kod: number): void {
    this.miejsce(1);
    this.b[this.p++] = kod;
  }

  /** A number as `String(n)` writes it (the digits directly for a whole number in 0 … 2^31 − 1). */
  liczba(n: number): void {
    if (!(n >= 0 && n <= 0x7fffffff && (n | 0) === n)) return this.tekst(String(n));
    this.miejsce(10);
    const b = this.b;
    let x = n | 0;
    let cyfr = 1;
    for (let y = x; y >= 10; y = (y / 10) | 0) cyfr++;
    let i = this.p + cyfr;
    this.p = i;
    // integer division by a constant: no floating-point division per digit
    do {
      const q = (x / 10) | 0;
      b[--i] = 48 + x - q * 10;
      x = q;
    } while (x > 0);
  }

  /** Bytes `od` … `do_ − 1` written by `z`. */
  kopiuj(z: ZapisUtf8, od: number, do_: number): void {
    this.miejsce(do_ - od);
    const b = this.b;
    const zb = z.b;
    let p = this.p;
    for (let i = od; i < do_; i++) b[p++] = zb[i];
    this.p = p;
  }

  /** room for `n` more bytes, keeping what is written */
  private miejsce(n: number): void {
    this.b = zWolnymMiejscem(this.b, this.p + n, this.p);
  }
}

/** A message written with `ZapisUtf8`, then hashed. */
export class ZapisDoSkrotu extends ZapisUtf8 {
  /** its instances' shape kept alive, as `ZapisUtf8.ksztalt` */
  static readonly ksztaltSkrotu: ZapisDoSkrotu = new ZapisDoSkrotu();

  /** Lowercase hex SHA-256 of everything written. */
  skrot(): string {
    return sha256Hex(this.b.subarray(0, this.p));
  }
}

/** SHA-256 of the UTF-8 encoding of `tekst`, lowercase hex. */
export function sha256Utf8(tekst: string): string {
  skrot(zakoduj(tekst));
  return hex();
}

/**
 * SHA-256 of UTF-8 (`prefiks` + each text), hex, plus each digest's first 32 bits (unsigned) for fast
 * ordering (CS-Z3.1: prefix = seed + "|", texts = REGONs). The prefix is encoded once.
 */
export function sha256ZPrefiksem(prefiks: string, teksty: readonly string[]): { hex: string[]; p0: Float64Array } {
  const p = zakoduj(prefiks);
  const bajty = BUF.slice(0, p);
  const p0 = new Float64Array(teksty.length);
  // every digest's hex digits into one buffer, decoded once and cut into keys (a decoder call per key was a
  // third of the time at 100 000 keys)
  const znaki = new Uint8Array(teksty.length * 64);
  for (let i = 0; i < teksty.length; i++) {
    const t = teksty[i];
    let n: number;
    if (/^[0-9]*$/.test(t)) {
      zapewnij(p + t.length + 72);
      BUF.set(bajty);
      for (let j = 0; j < t.length; j++) BUF[p + j] = t.charCodeAt(j);
      n = p + t.length;
    } else n = zakoduj(prefiks + t);
    skrot(n);
    hexDo(znaki, 64 * i);
    p0[i] = H[0] >>> 0;
  }
  const hexy: string[] = [];
  if (DEKODER) {
    const wszystkie = DEKODER.decode(znaki);
    for (let i = 0; i < teksty.length; i++) hexy.push(wszystkie.slice(64 * i, 64 * i + 64));
  } else for (let i = 0; i < teksty.length; i++) hexy.push(tekstZKodow(znaki.subarray(64 * i, 64 * i + 64)));
  return { hex: hexy, p0 };
}

/** The digest words of the last `skrot`. */
const H = new Int32Array(8);

/** ASCII codes of the two hex digits of each byte. */
const HEX_KODY = new Uint8Array(512);
HEX.forEach((h, i) => ((HEX_KODY[2 * i] = h.charCodeAt(0)), (HEX_KODY[2 * i + 1] = h.charCodeAt(1))));
const ZNAKI = new Uint8Array(64);
// one flat string per digest (TextDecoder where available — Node, browsers; else fromCharCode)
const DEKODER: { decode(b: Uint8Array): string } | null = typeof TextDecoder === 'undefined' ? null : new TextDecoder();

/** The last digest's 64 lowercase hex digits (ASCII codes) into `cel` from `od`. */
function hexDo(cel: Uint8Array, od: number): void {
  for (let i = 0; i < 8; i++) {
    const v = H[i];
    for (let j = 0; j < 4; j++) {
      const x = 2 * ((v >>> (24 - 8 * j)) & 0xff);
      cel[od + 8 * i + 2 * j] = HEX_KODY[x];
      cel[od + 8 * i + 2 * j + 1] = HEX_KODY[x + 1];
    }
  }
}

/** ASCII codes as a text (TextDecoder where available). */
const tekstZKodow = (kody: Uint8Array): string =>
  DEKODER ? DEKODER.decode(kody) : String.fromCharCode.apply(null, kody as unknown as number[]);

function hex(): string {
  hexDo(ZNAKI, 0);
  return tekstZKodow(ZNAKI);
}

/** SHA-256 of the first `len` bytes of BUF (pads BUF in place) into H. */
function skrot(len: number): void {
  const m = BUF;
  const slowa = SLOWA;
  const blocks = ((len + 8) >>> 6) + 1;
  const end = blocks * 64;
  m[len] = 0x80;
  m.fill(0, len + 1, end);
  const bits = len * 8;
  m[end - 1] = bits & 0xff;
  m[end - 2] = (bits >>> 8) & 0xff;
  m[end - 3] = (bits >>> 16) & 0xff;
  m[end - 4] = (bits >>> 24) & 0xff;
  const hi = (len / 0x20000000) >>> 0; // bits above 2^32 (len < 2^32)
  m[end - 5] = hi & 0xff;
  m[end - 6] = (hi >>> 8) & 0xff;
  m[end - 7] = (hi >>> 16) & 0xff;
  m[end - 8] = (hi >>> 24) & 0xff;

  let h0 = 0x6a09e667 | 0,
    h1 = 0xbb67ae85 | 0,
    h2 = 0x3c6ef372 | 0,
    h3 = 0xa54ff53a | 0;
  let h4 = 0x510e527f | 0,
    h5 = 0x9b05688c | 0,
    h6 = 0x1f83d9ab | 0,
    h7 = 0x5be0cd19 | 0;
  for (let off = 0; off < end; off += 64) {
    for (let t = 0; t < 16; t++) W[t] = slowa.getInt32(off + t * 4);
    for (let t = 16; t < 64; t++) {
      const x = W[t - 15],
        y = W[t - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      W[t] = (W[t - 16] + s0 + W[t - 7] + s1) | 0;
    }
    let a = h0,
      b = h1,
      c = h2,
      d = h3,
      e = h4,
      f = h5,
      g = h6,
      h = h7;
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[t] + W[t]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  H[0] = h0;
  H[1] = h1;
  H[2] = h2;
  H[3] = h3;
  H[4] = h4;
  H[5] = h5;
  H[6] = h6;
  H[7] = h7;
}
