/**
 * A generated workbook as the core would see it after a host read it back (WB-1): the in-memory path
 * of the benchmark (no .xlsx round trip). Mirrors the CLI reader: date-formatted numbers are dates,
 * other numbers keep their number format, error values and cached formula results as stored.
 * The golden test checks that this gives the same result as reading the written file.
 */
import {
  type ArkuszSnapshot,
  type Komorka,
  type ZapisKomorki,
  type ZeszytSnapshot,
  FORMAT_DATA,
  dataZSerialu,
  indeksKolumny,
} from '../core';
import type { KomorkaSpecjalna, PrzykladZeszytu } from './model';

function komorka(z: ZapisKomorki): Komorka {
  if (!z) return null;
  if (typeof z.v === 'string') return { t: 's', v: z.v };
  if (typeof z.v === 'boolean') return { t: 'b', v: z.v };
  if (z.fmt === FORMAT_DATA) {
    const data = dataZSerialu(z.v);
    if (data) return { t: 'd', ...data };
  }
  return z.fmt && z.fmt !== 'General' ? { t: 'n', v: z.v, fmt: z.fmt } : { t: 'n', v: z.v };
}

function specjalna(s: KomorkaSpecjalna): Komorka {
  const w = 'blad' in s ? s : s.wynik;
  if (typeof w === 'number') return { t: 'n', v: w };
  if (typeof w === 'string') return { t: 's', v: w };
  return { t: 'e', v: w.blad };
}

export function doSnapshotu(p: PrzykladZeszytu): ZeszytSnapshot {
  const arkusze: ArkuszSnapshot[] = p.arkusze.map((a) => ({
    nazwa: a.nazwa,
    widocznosc: a.widocznosc ?? 'widoczny',
    wiersze: a.wiersze.map((w) => w.map(komorka)),
  }));
  for (const s of p.specjalne) {
    const a = arkusze.find((x) => x.nazwa === s.arkusz);
    if (!a) throw new Error(`special cell on a missing sheet ${s.arkusz}`);
    const m = /^([A-Z]+)(\d+)$/.exec(s.adres);
    if (!m) throw new Error(`bad address ${s.adres}`);
    const r = Number(m[2]) - 1;
    while (a.wiersze.length <= r) a.wiersze.push([]);
    a.wiersze[r] = [...(a.wiersze[r] ?? [])];
    a.wiersze[r][indeksKolumny(m[1])] = specjalna(s.wartosc);
  }
  return { arkusze };
}
