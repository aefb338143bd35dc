/**
 * A small seeded PRNG (mulberry32) for the example and benchmark generators: the same seed gives the
 * same workbook on every machine and Node version (no Math.random anywhere in src/przyklady).
 */
export class Los {
  private stan: number;

  constructor(ziarno: number) {
    this.stan = ziarno >>> 0;
  }

  /** uniform in [0, 1) */
  nast(): number {
    this.stan = (this.stan + 0x6d2b79f5) >>> 0;
    let t = this.stan;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** integer in [od, doW] inclusive */
  calkowita(od: number, doW: number): number {
    return od + Math.floor(this.nast() * (doW - od + 1));
  }

  szansa(p: number): boolean {
    return this.nast() < p;
  }

  wybierz<T>(lista: readonly T[]): T {
    if (lista.length === 0) throw new Error('Los.wybierz: empty list');
    return lista[Math.floor(this.nast() * lista.length)];
  }

  /** one of the values, with the given weights (need not sum to 1) */
  wazony<T>(pary: ReadonlyArray<readonly [T, number]>): T {
    const suma = pary.reduce((s, [, w]) => s + w, 0);
    let x = this.nast() * suma;
    for (const [v, w] of pary) {
      if (x < w) return v;
      x -= w;
    }
    return pary[pary.length - 1][0];
  }

  /** a digit string of the given length */
  cyfry(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(this.nast() * 10));
    return s;
  }

  /** a new generator derived from this one (independent streams for independent parts) */
  potomny(): Los {
    return new Los(Math.floor(this.nast() * 4294967296));
  }
}
