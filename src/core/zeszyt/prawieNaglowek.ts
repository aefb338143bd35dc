/**
 * WB-1.2 a header near miss: the unrecognised cell of the header row that differs from a required
 * header by at most two letters (a look-alike letter, a typo), so the finding stands where the user
 * has to look — not at A1.
 */
import type { Komorka } from './model';
import { normalizuj } from '../tekst/normalizuj';

/** Levenshtein distance, stopped once it exceeds `maks`. */
function odleglosc(a: string, b: string, maks: number): number {
  if (Math.abs(a.length - b.length) > maks) return maks + 1;
  let poprzedni = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const biezacy = [i];
    let min = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(poprzedni[j] + 1, biezacy[j - 1] + 1, poprzedni[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      biezacy.push(v);
      min = Math.min(min, v);
    }
    if (min > maks) return maks + 1;
    poprzedni = biezacy;
  }
  return poprzedni[b.length];
}

/** The column of the closest unrecognised text cell in `wiersz` to `naglowek`, or -1. */
export function prawieNaglowek(
  wiersz: readonly Komorka[],
  naglowek: string,
  rozpoznany: (tekst: string) => boolean,
): number {
  const cel = normalizuj(naglowek);
  const maks = Math.min(2, Math.floor(cel.length / 5));
  let najlepsza = -1;
  let najmniej = maks + 1;
  wiersz.forEach((k, c) => {
    if (!k || k.t !== 's' || rozpoznany(k.v)) return;
    const d = odleglosc(normalizuj(k.v), cel, maks);
    if (d < najmniej) {
      najmniej = d;
      najlepsza = c;
    }
  });
  return najlepsza;
}
