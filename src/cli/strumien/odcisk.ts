/**
 * WB-4 the digest of a workbook's non-owned sheets' values: SHA-256 of every stored cell (row, column,
 * type, value) of each sheet, in order, then of the sheets' names and digests in workbook order. The
 * same digest is computed while an input is read and when an existing output is checked, so an output
 * whose user sheets were edited since it was written is never overwritten.
 */
import { createHash, type Hash } from 'node:crypto';
import { ARKUSZ_STANU, type Komorka } from '../../core';
import type { Archiwum } from '../pakiet/archiwum';
import { BEZ_LIMITOW, czytajArkuszStrumieniowo } from './arkusz';
import { formatKomorki, type StrukturaPakietu } from './struktura';
import { czytajNapisy } from './napisy';

const PORCJA = 1 << 16;

/** One sheet's values, fed cell by cell by the streaming reader. */
export class OdciskArkusza {
  private readonly h: Hash = createHash('sha256');
  private bufor = '';

  komorka(r: number, c: number, k: NonNullable<Komorka>): void {
    const v = k.t === 'd' ? `${k.y}-${k.m}-${k.d}` : String(k.v);
    this.bufor += `${r},${c},${k.t},${v.length}:${v}\n`;
    if (this.bufor.length >= PORCJA) {
      this.h.update(this.bufor);
      this.bufor = '';
    }
  }

  hex(): string {
    this.h.update(this.bufor);
    this.bufor = '';
    return this.h.digest('hex');
  }
}

export interface PakietDoOdcisku {
  archiwum: Archiwum;
  struktura: StrukturaPakietu;
  /** digests already computed while the input was read (by sheet name) */
  odciski?: ReadonlyMap<string, string>;
  napisy?: readonly string[];
}

/**
 * The digest of the sheets not in `wlasne` (lower-case names; the state sheet never counts). A sheet
 * that cannot be streamed (a chart sheet, a damaged or oversized part) counts by its stored bytes.
 */
export async function odciskNiewlasnych(p: PakietDoOdcisku, wlasne: ReadonlySet<string>): Promise<string> {
  const { archiwum: a, struktura: s } = p;
  let napisy = p.napisy;
  const format = formatKomorki(s);
  const h = createHash('sha256');
  for (const x of s.arkusze) {
    if (x.nazwa === ARKUSZ_STANU || wlasne.has(x.nazwa.toLowerCase())) continue;
    const wpis = x.czesc ? a.wpisy.get(x.czesc) : undefined;
    let odcisk = p.odciski?.get(x.nazwa) ?? null;
    if (odcisk === null && wpis && x.tabela) {
      try {
        napisy ??= await czytajNapisy(a, s.napisy);
        const o = new OdciskArkusza();
        await czytajArkuszStrumieniowo(a, wpis, {
          nazwa: x.nazwa,
          napisy,
          format,
          date1904: s.date1904,
          limity: BEZ_LIMITOW,
          naKomorke: () => undefined,
          odcisk: o,
        });
        odcisk = o.hex();
      } catch {
        odcisk = null;
      }
    }
    odcisk ??= wpis ? `surowe:${wpis.crc}:${wpis.rozmiar}` : 'brak';
    h.update(`${x.nazwa.length}:${x.nazwa}\n${odcisk}\n`);
  }
  return h.digest('hex');
}
