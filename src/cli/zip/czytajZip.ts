/**
 * A minimal read-only ZIP reader (central directory + raw inflate) over a file buffer. Used for the
 * cheap pre-scan of an .xlsx before ExcelJS loads it (WB-1.9) and for the `--w-miejscu` checks, with
 * bounded memory: entries are inflated as a stream. No ZIP64 (an .xlsx over 4 GB is refused anyway).
 */
import { createInflateRaw, inflateRawSync } from 'node:zlib';

export interface WpisZip {
  nazwa: string;
  metoda: number; // 0 stored, 8 deflate
  rozmiarSkompresowany: number;
  rozmiar: number;
  przesuniecie: number; // offset of the local header
}

/** Thrown when the bytes are not a readable ZIP (so not an .xlsx). */
export class BladZip extends Error {}

const EOCD = 0x06054b50;
const CENTRALNY = 0x02014b50;
const LOKALNY = 0x04034b50;

export function wpisyZip(buf: Buffer): Map<string, WpisZip> {
  if (buf.length < 22) throw new BladZip('too short for a ZIP');
  let e = buf.length - 22;
  const granica = Math.max(0, buf.length - 22 - 0xffff);
  while (e >= granica && buf.readUInt32LE(e) !== EOCD) e--;
  if (e < granica) throw new BladZip('no ZIP end record');
  const liczba = buf.readUInt16LE(e + 10);
  let p = buf.readUInt32LE(e + 16);
  if (liczba === 0xffff || p === 0xffffffff) throw new BladZip('ZIP64 is not supported');
  const wpisy = new Map<string, WpisZip>();
  for (let i = 0; i < liczba; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRALNY) throw new BladZip('damaged ZIP directory');
    const dlNazwy = buf.readUInt16LE(p + 28);
    const dlExtra = buf.readUInt16LE(p + 30);
    const dlKomentarza = buf.readUInt16LE(p + 32);
    const nazwa = buf.toString('utf8', p + 46, p + 46 + dlNazwy).replace(/\\/g, '/');
    wpisy.set(nazwa, {
      nazwa,
      metoda: buf.readUInt16LE(p + 10),
      rozmiarSkompresowany: buf.readUInt32LE(p + 20),
      rozmiar: buf.readUInt32LE(p + 24),
      przesuniecie: buf.readUInt32LE(p + 42),
    });
    p += 46 + dlNazwy + dlExtra + dlKomentarza;
  }
  return wpisy;
}

function daneWpisu(buf: Buffer, w: WpisZip): Buffer {
  const o = w.przesuniecie;
  if (o + 30 > buf.length || buf.readUInt32LE(o) !== LOKALNY) throw new BladZip(`damaged ZIP entry ${w.nazwa}`);
  const start = o + 30 + buf.readUInt16LE(o + 26) + buf.readUInt16LE(o + 28);
  if (start + w.rozmiarSkompresowany > buf.length) throw new BladZip(`truncated ZIP entry ${w.nazwa}`);
  return buf.subarray(start, start + w.rozmiarSkompresowany);
}

function sprawdzMetode(w: WpisZip): void {
  if (w.metoda !== 0 && w.metoda !== 8) throw new BladZip(`unsupported compression ${w.metoda} in ${w.nazwa}`);
}

/** A small entry as text (workbook.xml, rels …). */
export function tekstWpisu(buf: Buffer, w: WpisZip): string {
  sprawdzMetode(w);
  const dane = daneWpisu(buf, w);
  return (w.metoda === 0 ? dane : inflateRawSync(dane)).toString('utf8');
}

/** An entry as a stream of chunks; stops inflating when the consumer stops iterating. */
export async function* strumienWpisu(buf: Buffer, w: WpisZip): AsyncGenerator<Buffer> {
  sprawdzMetode(w);
  const dane = daneWpisu(buf, w);
  if (w.metoda === 0) {
    for (let i = 0; i < dane.length; i += 1 << 16) yield dane.subarray(i, i + (1 << 16));
    return;
  }
  const inf = createInflateRaw({ chunkSize: 1 << 16 });
  inf.end(dane);
  try {
    for await (const kawalek of inf) yield kawalek as Buffer;
  } finally {
    inf.destroy();
  }
}
