/**
 * WB-4 `--w-miejscu` verification's cell comparison: the cells an owned sheet must hold by its plan,
 * and the differences listed in words (src/cli/strumien/weryfikuj.ts streams the written file).
 */
import { type Komorka, type ZapisArkusza, adres, dataZSerialu, indeksKolumny } from '../core';
import { t, type Tekst } from './tekst';

const MAKS_ROZNIC = 5;

function pusta(k: Komorka): boolean {
  return k === null || k === undefined || (k.t === 's' && k.v === '');
}

function opis(komorka: Komorka): string {
  if (!komorka || pusta(komorka)) return '∅';
  const k = komorka;
  switch (k.t) {
    case 'n':
      return k.fmt ? `${k.v} [${k.fmt}]` : String(k.v);
    case 'd':
      return `${k.y}-${String(k.m).padStart(2, '0')}-${String(k.d).padStart(2, '0')}`;
    case 's':
      return JSON.stringify(k.v.length > 40 ? `${k.v.slice(0, 40)}…` : k.v);
    default:
      return `${k.t}:${String(k.v)}`;
  }
}

/** Differences of two sheets' cells, at most MAKS_ROZNIC listed, plus their count. */
export function roznice(
  nazwa: string,
  przed: Komorka[][],
  po: Komorka[][],
  rowne: (a: Komorka, b: Komorka, r: number, c: number) => boolean,
): Tekst[] {
  const lista: string[] = [];
  let n = 0;
  const wierszy = Math.max(przed.length, po.length);
  for (let r = 0; r < wierszy; r++) {
    const a = przed[r] ?? [];
    const b = po[r] ?? [];
    const kol = Math.max(a.length, b.length);
    for (let c = 0; c < kol; c++) {
      if (rowne(a[c], b[c], r, c)) continue;
      if (++n <= MAKS_ROZNIC) lista.push(`${adres(r, c)}: ${opis(a[c])} → ${opis(b[c])}`);
    }
  }
  if (!n) return [];
  const wiecej = n > MAKS_ROZNIC ? ` (+${n - MAKS_ROZNIC})` : '';
  return [
    t(
      `Arkusz „${nazwa}”: zmienione komórki ${lista.join('; ')}${wiecej}.`,
      `Sheet "${nazwa}": changed cells ${lista.join('; ')}${wiecej}.`,
    ),
  ];
}

/** The cells a planned sheet must hold after writing (numbers with a date format may come back as dates). */
export function zgodneZPlanem(
  z: ZapisArkusza,
  date1904: boolean,
): (a: Komorka, b: Komorka, r: number, c: number) => boolean {
  const scalone = new Set<string>();
  for (const s of z.scalenia ?? []) {
    const [p, k] = s.split(':');
    const m1 = /^([A-Z]+)(\d+)$/i.exec(p);
    const m2 = /^([A-Z]+)(\d+)$/i.exec(k ?? p);
    if (!m1 || !m2) continue;
    for (let r = Number(m1[2]) - 1; r <= Number(m2[2]) - 1; r++)
      for (let c = indeksKolumny(m1[1]); c <= indeksKolumny(m2[1]); c++)
        if (r !== Number(m1[2]) - 1 || c !== indeksKolumny(m1[1])) scalone.add(`${r}:${c}`);
  }
  return (_a, b, r, c) => {
    if (scalone.has(`${r}:${c}`)) return true;
    const k = z.wiersze[r]?.[c];
    if (!k) return pusta(b);
    if (typeof k.v === 'string') return k.v === '' ? pusta(b) : !!b && b.t === 's' && b.v === k.v;
    if (typeof k.v === 'boolean') return !!b && b.t === 'b' && b.v === k.v;
    if (b && b.t === 'n') return Object.is(b.v, k.v);
    if (b && b.t === 'd') {
      const d = dataZSerialu(k.v, date1904);
      return !!d && d.y === b.y && d.m === b.m && d.d === b.d;
    }
    return false;
  };
}
