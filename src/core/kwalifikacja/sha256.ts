/**
 * SHA-256 (FIPS 180-4) over UTF-8 text, lowercase hex — the CS-Z3.1 draw keys and the CS-Z3.F
 * fingerprint, a legal artefact anyone must be able to trust: the audited, pure, synchronous
 * `@noble/hashes` (no Node or browser API, so src/core runs everywhere), never a hand-written one.
 */
import { sha256 } from '@noble/hashes/sha256';
import { utf8ToBytes } from '@noble/hashes/utils';

/** UTF-8 bytes of a JS string (lone surrogates become U+FFFD, as TextEncoder does). */
export function utf8(s: string): Uint8Array {
  return utf8ToBytes(s);
}

/** SHA-256 of bytes, lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return hex(sha256(bytes));
}

/** SHA-256 of the UTF-8 encoding of `tekst`, lowercase hex. */
export function sha256Utf8(tekst: string): string {
  return hex(sha256(utf8ToBytes(tekst)));
}

/** ASCII codes of the two lowercase hex digits of each byte value */
const KODY_HEX = new Uint8Array(512);
for (let i = 0; i < 256; i++) {
  const h = (i < 16 ? '0' : '') + i.toString(16);
  KODY_HEX[2 * i] = h.charCodeAt(0);
  KODY_HEX[2 * i + 1] = h.charCodeAt(1);
}
const ZNAKI = new Uint8Array(64);
let dekoder: { decode(b: Uint8Array): string } | null = null;

/** lowercase hex of a 32-byte digest as one flat string (decoded at once: 14 000 keys are compared next) */
function hex(d: Uint8Array): string {
  for (let i = 0; i < 32; i++) {
    ZNAKI[2 * i] = KODY_HEX[2 * d[i]];
    ZNAKI[2 * i + 1] = KODY_HEX[2 * d[i] + 1];
  }
  return (dekoder ??= new TextDecoder()).decode(ZNAKI);
}

/**
 * SHA-256 of UTF-8 (`prefiks` + each text), hex, plus each digest's first 32 bits (unsigned) for fast
 * ordering (CS-Z3.1: prefix = seed + "|", texts = REGONs). The prefix is hashed once; its state is
 * copied into one reused hasher (`_cloneInto`, noble's documented fast path) and digit-only texts
 * are written as their ASCII bytes directly.
 */
export function sha256ZPrefiksem(prefiks: string, teksty: readonly string[]): { hex: string[]; p0: Float64Array } {
  const poczatek = sha256.create().update(utf8ToBytes(prefiks));
  const h = sha256.create();
  const d = new Uint8Array(32);
  const cyfry = new Uint8Array(64);
  const hexy: string[] = new Array<string>(teksty.length);
  const p0 = new Float64Array(teksty.length);
  for (let i = 0; i < teksty.length; i++) {
    const t = teksty[i];
    poczatek._cloneInto(h);
    if (t.length <= cyfry.length && /^[0-9]*$/.test(t)) {
      for (let j = 0; j < t.length; j++) cyfry[j] = t.charCodeAt(j);
      h.update(cyfry.subarray(0, t.length));
    } else h.update(utf8ToBytes(t));
    h.digestInto(d);
    hexy[i] = hex(d);
    p0[i] = ((d[0] << 24) | (d[1] << 16) | (d[2] << 8) | d[3]) >>> 0;
  }
  return { hex: hexy, p0 };
}
