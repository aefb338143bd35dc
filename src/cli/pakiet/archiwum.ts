/**
 * The ZIP container of an .xlsx read from its bytes (WB-1.10): the central directory, each entry's raw
 * compressed bytes (copied verbatim by the merging writer) and its content inflated as a stream whose
 * real decompressed size is bounded — the sizes a file declares are never trusted. No ZIP64: an
 * .xlsx over 4 GB is far beyond the limits anyway.
 */
import { createInflateRaw, inflateRawSync } from 'node:zlib';

export interface Wpis {
  nazwa: string;
  /** 0 stored, 8 deflate */
  metoda: number;
  flagi: number;
  crc: number;
  rozmiarSkompresowany: number;
  rozmiar: number;
  czasDos: number;
  dataDos: number;
  /** offset of the local header */
  przesuniecie: number;
}

/** A damaged or hostile part, named (WB-1.10: exit 2 naming the part, never a raw JavaScript message). */
export class BladPakietu extends Error {
  constructor(
    readonly czesc: string | null,
    readonly pl: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const EOCD = 0x06054b50;
const CENTRALNY = 0x02014b50;
const LOKALNY = 0x04034b50;
const KAWALEK = 1 << 16;

export class Archiwum {
  readonly wpisy: Map<string, Wpis>;
  /** entry names in the order of the central directory */
  readonly kolejnosc: string[];

  constructor(readonly bajty: Buffer) {
    const { wpisy, kolejnosc } = katalog(bajty);
    this.wpisy = wpisy;
    this.kolejnosc = kolejnosc;
  }

  /** The entry's stored (compressed) bytes, exactly as in the file. */
  surowe(w: Wpis): Buffer {
    const b = this.bajty;
    const o = w.przesuniecie;
    if (o + 30 > b.length || b.readUInt32LE(o) !== LOKALNY)
      throw uszkodzony(w.nazwa, 'brak nagłówka wpisu', 'no local header');
    const start = o + 30 + b.readUInt16LE(o + 26) + b.readUInt16LE(o + 28);
    if (start + w.rozmiarSkompresowany > b.length) throw uszkodzony(w.nazwa, 'wpis ucięty', 'entry truncated');
    return b.subarray(start, start + w.rozmiarSkompresowany);
  }

  /** The entry's content as chunks, at most `limit` bytes really inflated (then BladPakietu). */
  async *strumien(w: Wpis, limit: number): AsyncGenerator<Buffer> {
    sprawdzMetode(w);
    const dane = this.surowe(w);
    if (w.metoda === 0) {
      if (dane.length > limit) throw zaDuzy(w.nazwa, limit);
      for (let i = 0; i < dane.length; i += KAWALEK) yield dane.subarray(i, i + KAWALEK);
      return;
    }
    const inf = createInflateRaw({ chunkSize: KAWALEK });
    inf.end(dane);
    let razem = 0;
    try {
      for await (const k of inf) {
        razem += (k as Buffer).length;
        if (razem > limit) throw zaDuzy(w.nazwa, limit);
        yield k as Buffer;
      }
    } catch (e) {
      if (e instanceof BladPakietu) throw e;
      throw uszkodzony(w.nazwa, 'dane skompresowane uszkodzone', 'compressed data damaged');
    } finally {
      inf.destroy();
    }
  }

  /** A small entry whole, bounded the same way. */
  tekst(nazwa: string, limit: number): string | null {
    const w = this.wpisy.get(nazwa);
    if (!w) return null;
    sprawdzMetode(w);
    const dane = this.surowe(w);
    if (w.metoda === 0) {
      if (dane.length > limit) throw zaDuzy(nazwa, limit);
      return dane.toString('utf8');
    }
    try {
      return inflateRawSync(dane, { maxOutputLength: limit }).toString('utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError)
        throw zaDuzy(nazwa, limit);
      throw uszkodzony(nazwa, 'dane skompresowane uszkodzone', 'compressed data damaged');
    }
  }
}

function uszkodzony(nazwa: string, pl: string, en: string): BladPakietu {
  return new BladPakietu(nazwa, `część ${nazwa} jest uszkodzona (${pl})`, `part ${nazwa} is damaged (${en})`);
}

function zaDuzy(nazwa: string, limit: number): BladPakietu {
  const mib = Math.round(limit / 1024 / 1024);
  return new BladPakietu(
    nazwa,
    `plik zbyt duży lub uszkodzony: część ${nazwa} po rozpakowaniu przekracza ${mib} MiB (WB-1.10)`,
    `file too large or damaged: part ${nazwa} inflates to more than ${mib} MiB (WB-1.10)`,
  );
}

function sprawdzMetode(w: Wpis): void {
  if (w.metoda !== 0 && w.metoda !== 8)
    throw uszkodzony(w.nazwa, `nieobsługiwana kompresja ${w.metoda}`, `unsupported compression ${w.metoda}`);
  if (w.flagi & 1) throw uszkodzony(w.nazwa, 'część zaszyfrowana', 'encrypted entry');
}

function katalog(b: Buffer): { wpisy: Map<string, Wpis>; kolejnosc: string[] } {
  const nieZip = (pl: string, en: string): BladPakietu => new BladPakietu(null, pl, en);
  if (b.length < 22) throw nieZip('za krótki na plik ZIP', 'too short for a ZIP');
  let e = b.length - 22;
  const granica = Math.max(0, b.length - 22 - 0xffff);
  while (e >= granica && b.readUInt32LE(e) !== EOCD) e--;
  if (e < granica) throw nieZip('brak końca katalogu ZIP (plik ucięty?)', 'no ZIP end record (truncated file?)');
  const liczba = b.readUInt16LE(e + 10);
  let p = b.readUInt32LE(e + 16);
  if (liczba === 0xffff || p === 0xffffffff) throw nieZip('ZIP64 nie jest obsługiwany', 'ZIP64 is not supported');
  const wpisy = new Map<string, Wpis>();
  const kolejnosc: string[] = [];
  for (let i = 0; i < liczba; i++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== CENTRALNY)
      throw nieZip('uszkodzony katalog ZIP', 'damaged ZIP directory');
    const dlNazwy = b.readUInt16LE(p + 28);
    const dlExtra = b.readUInt16LE(p + 30);
    const dlKomentarza = b.readUInt16LE(p + 32);
    if (p + 46 + dlNazwy > b.length) throw nieZip('uszkodzony katalog ZIP', 'damaged ZIP directory');
    const nazwa = b.toString('utf8', p + 46, p + 46 + dlNazwy).replace(/\\/g, '/');
    const w: Wpis = {
      nazwa,
      flagi: b.readUInt16LE(p + 8),
      metoda: b.readUInt16LE(p + 10),
      czasDos: b.readUInt16LE(p + 12),
      dataDos: b.readUInt16LE(p + 14),
      crc: b.readUInt32LE(p + 16),
      rozmiarSkompresowany: b.readUInt32LE(p + 20),
      rozmiar: b.readUInt32LE(p + 24),
      przesuniecie: b.readUInt32LE(p + 42),
    };
    if (wpisy.has(nazwa)) throw nieZip(`wpis ${nazwa} występuje dwa razy`, `entry ${nazwa} occurs twice`);
    wpisy.set(nazwa, w);
    kolejnosc.push(nazwa);
    p += 46 + dlNazwy + dlExtra + dlKomentarza;
  }
  return { wpisy, kolejnosc };
}
