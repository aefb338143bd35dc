/**
 * CS-R.2b settlement of one school's grant from its counted lines (grosze): G, S, W, investment types
 * (S_t, W_t), E (CS-4.4 on actual spending), Z (CS-4.3), D = G − Z in three parts, own share W / V.
 */
import type { Grosze } from '../kwota';
import { dziesietnyZaokraglony } from '../rational';
import type { ZrodloWydatku } from './schemat';

export interface LiniaRozliczenia {
  pkt: number;
  wartosc: Grosze;
  zrodlo: ZrodloWydatku;
  inwestycja: boolean;
}

export interface Kwoty {
  G: Grosze;
  S: Grosze;
  W: Grosze;
  E: Grosze;
  Z: Grosze;
  D: Grosze;
  /** G − min(S, G) */
  niewydane: Grosze;
  /** min(S, G) − min(E, G) — CS-4.4 */
  ponad50: Grosze;
  /** min(E, G) − Z — CS-4.3 */
  ponizej20: Grosze;
}

export interface RozliczenieSzkoly extends Kwoty {
  /** investment types t with S_t and W_t */
  typyInwestycyjne: Array<{ pkt: number; S: Grosze; W: Grosze }>;
  /** points with both TAK and NIE lines in this school (counted as investment; `ostrzeżenie`) */
  punktyMieszane: number[];
}

export const KLUCZE_KWOT: ReadonlyArray<keyof Kwoty> = [
  'G',
  'S',
  'W',
  'E',
  'Z',
  'D',
  'niewydane',
  'ponad50',
  'ponizej20',
];

export function rozliczSzkole(G: Grosze, linie: readonly LiniaRozliczenia[]): RozliczenieSzkoly {
  let S = 0;
  let W = 0;
  const punkty = new Map<number, { S: Grosze; W: Grosze; tak: boolean; nie: boolean }>();
  for (const l of linie) {
    if (l.zrodlo === 'dotacja') S += l.wartosc;
    else W += l.wartosc;
    const p = punkty.get(l.pkt) ?? { S: 0, W: 0, tak: false, nie: false };
    if (l.zrodlo === 'dotacja') p.S += l.wartosc;
    else p.W += l.wartosc;
    if (l.inwestycja) p.tak = true;
    else p.nie = true;
    punkty.set(l.pkt, p);
  }
  const typy = [...punkty.entries()]
    .filter(([, p]) => p.tak)
    .sort(([a], [b]) => a - b)
    .map(([pkt, p]) => ({ pkt, S: p.S, W: p.W }));
  const mieszane = typy.filter((t) => punkty.get(t.pkt)!.nie).map((t) => t.pkt);
  const E = S - typy.reduce((s, t) => s + t.S, 0) + typy.reduce((s, t) => s + Math.min(t.S, t.W), 0);
  const Z = Math.min(E, G, 4 * W);
  const minSG = Math.min(S, G);
  const minEG = Math.min(E, G);
  return {
    G,
    S,
    W,
    E,
    Z,
    D: G - Z,
    niewydane: G - minSG,
    ponad50: minSG - minEG,
    ponizej20: minEG - Z,
    typyInwestycyjne: typy,
    punktyMieszane: mieszane,
  };
}

/** Column sums of G … ponizej20 (subtotals per variant and `Razem`). */
export function sumaKwot(lista: readonly Kwoty[]): Kwoty {
  const s = { G: 0, S: 0, W: 0, E: 0, Z: 0, D: 0, niewydane: 0, ponad50: 0, ponizej20: 0 };
  for (const k of lista) for (const c of KLUCZE_KWOT) s[c] += k[c];
  return s;
}

/** Own share W / V, V = Z + W, in percent rounded half up to 2 decimals (`"30.16"`); V = 0 → null. */
export function udzialWkladu(k: Pick<Kwoty, 'W' | 'Z'>): string | null {
  const V = k.Z + k.W;
  if (V === 0) return null;
  return dziesietnyZaokraglony(BigInt(k.W) * 100n, BigInt(V), 2);
}
