/**
 * A ZIP writer for the merging writer (WB-3.1, "never lose a user's data"). yazl cannot add an entry
 * as already-compressed bytes with a given CRC, so this small writer does the container itself:
 * copied entries keep their compressed bytes, method, CRC, sizes, time and name bytes exactly (only
 * the local header is rewritten with the sizes in it); new entries are deflated with native zlib
 * while their XML is generated, so no whole part is ever held as one string.
 */
import { createDeflateRaw, crc32 } from 'node:zlib';
import { once } from 'node:events';
import { setImmediate } from 'node:timers/promises';
import type { Archiwum, Wpis } from './archiwum';

interface Centralny {
  nazwa: Buffer;
  flagi: number;
  metoda: number;
  czas: number;
  data: number;
  crc: number;
  skompresowany: number;
  rozmiar: number;
  przesuniecie: number;
}

const UTF8 = 0x800;
/** text waiting for deflate before the generator pauses */
const ZAPAS = 8 << 20;
const MAKS = 0xffffffff;

function czasDos(d: Date): { czas: number; data: number } {
  return {
    czas: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    data: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** Where the package goes: called with each piece in order (a file, or memory). */
export type Ujscie = (b: Buffer) => Promise<void>;

/** What was written into a new entry: the CRC-32 and size of its uncompressed content. */
export interface Zapisany {
  crc: number;
  rozmiar: number;
}

export class ZapisArchiwum {
  /** the new entries (not the copied ones), by name */
  readonly zapisane = new Map<string, Zapisany>();
  private przesuniecie = 0;
  private readonly katalog: Centralny[] = [];
  private readonly teraz = czasDos(new Date());

  constructor(private readonly ujscie: Ujscie) {}

  private async pisz(b: Buffer): Promise<void> {
    await this.ujscie(b);
    this.przesuniecie += b.length;
  }

  private async wpis(c: Omit<Centralny, 'przesuniecie'>, dane: Buffer[]): Promise<void> {
    if (this.przesuniecie > MAKS || c.skompresowany > MAKS || this.katalog.length >= 0xffff)
      throw new Error('ZIP64 would be needed');
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(c.flagi, 6);
    h.writeUInt16LE(c.metoda, 8);
    h.writeUInt16LE(c.czas, 10);
    h.writeUInt16LE(c.data, 12);
    h.writeUInt32LE(c.crc, 14);
    h.writeUInt32LE(c.skompresowany, 18);
    h.writeUInt32LE(c.rozmiar, 22);
    h.writeUInt16LE(c.nazwa.length, 26);
    h.writeUInt16LE(0, 28);
    this.katalog.push({ ...c, przesuniecie: this.przesuniecie });
    await this.pisz(Buffer.concat([h, c.nazwa]));
    for (const d of dane) await this.pisz(d);
  }

  /** Copies an entry of the input: the same compressed bytes, CRC and sizes. */
  async kopiuj(a: Archiwum, w: Wpis): Promise<void> {
    const dane = a.surowe(w);
    await this.wpis(
      {
        nazwa: Buffer.from(w.nazwa, 'utf8'),
        flagi: w.flagi & ~0x8, // the sizes are in the local header now: no data descriptor
        metoda: w.metoda,
        czas: w.czasDos,
        data: w.dataDos,
        crc: w.crc,
        skompresowany: dane.length,
        rozmiar: w.rozmiar,
      },
      [dane],
    );
  }

  /** A new entry deflated (native zlib) from text chunks produced on demand. */
  async dodaj(nazwa: string, kawalki: Iterable<string>): Promise<void> {
    const d = createDeflateRaw({ level: 1, chunkSize: 1 << 16 });
    const wyjscie: Buffer[] = [];
    let skompresowany = 0;
    d.on('data', (b: Buffer) => {
      wyjscie.push(b);
      skompresowany += b.length;
    });
    const koniec = once(d, 'end');
    let crc = 0;
    let rozmiar = 0;
    for (const s of kawalki) {
      const b = Buffer.from(s, 'utf8');
      crc = crc32(b, crc);
      rozmiar += b.length;
      // the XML of the next chunks is made while zlib's thread deflates the previous ones (up to 8 MB ahead);
      // zlib hands its thread the next chunk only from the event loop, so the generator lets the loop run after
      // each chunk — without it zlib worked only while the generator waited (100 000 rows: 3.4 s of waiting)
      if (!d.write(b) && d.writableLength > ZAPAS) await once(d, 'drain');
      else await setImmediate();
    }
    d.end();
    await koniec;
    this.zapisane.set(nazwa, { crc: crc >>> 0, rozmiar });
    await this.wpis(
      {
        nazwa: Buffer.from(nazwa, 'utf8'),
        flagi: UTF8,
        metoda: 8,
        czas: this.teraz.czas,
        data: this.teraz.data,
        crc: crc >>> 0,
        skompresowany,
        rozmiar,
      },
      wyjscie,
    );
  }

  /** Writes the central directory. */
  async zakoncz(): Promise<void> {
    const start = this.przesuniecie;
    const czesci: Buffer[] = [];
    for (const c of this.katalog) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(c.flagi, 8);
      h.writeUInt16LE(c.metoda, 10);
      h.writeUInt16LE(c.czas, 12);
      h.writeUInt16LE(c.data, 14);
      h.writeUInt32LE(c.crc, 16);
      h.writeUInt32LE(c.skompresowany, 20);
      h.writeUInt32LE(c.rozmiar, 24);
      h.writeUInt16LE(c.nazwa.length, 28);
      h.writeUInt32LE(c.przesuniecie, 42);
      czesci.push(h, c.nazwa);
    }
    const kat = Buffer.concat(czesci);
    const e = Buffer.alloc(22);
    e.writeUInt32LE(0x06054b50, 0);
    e.writeUInt16LE(this.katalog.length, 8);
    e.writeUInt16LE(this.katalog.length, 10);
    e.writeUInt32LE(kat.length, 12);
    e.writeUInt32LE(start, 16);
    await this.pisz(Buffer.concat([kat, e]));
  }
}
