/** The benchmark's result table (goals are printed as PASS / MISS, never a failure of the process). */

export interface Wiersz {
  pomiar: string;
  wynik: string;
  cel: string;
  /** true = PASS, false = MISS, null = informational */
  ok: boolean | null;
}

export function tabela(wiersze: readonly Wiersz[]): string {
  const kol = (f: (w: Wiersz) => string, naglowek: string) =>
    Math.max(naglowek.length, ...wiersze.map((w) => f(w).length));
  const status = (w: Wiersz) => (w.ok === null ? '' : w.ok ? 'PASS' : 'MISS');
  const s = [
    kol((w) => w.pomiar, 'pomiar'),
    kol((w) => w.wynik, 'wynik'),
    kol((w) => w.cel, 'cel'),
    kol(status, 'status'),
  ];
  const linia = (a: string, b: string, c: string, d: string) =>
    `| ${a.padEnd(s[0])} | ${b.padStart(s[1])} | ${c.padEnd(s[2])} | ${d.padEnd(s[3])} |`;
  return [
    linia('pomiar', 'wynik', 'cel', 'status'),
    `|${s.map((n) => '-'.repeat(n + 2)).join('|')}|`,
    ...wiersze.map((w) => linia(w.pomiar, w.wynik, w.cel, status(w))),
  ].join('\n');
}

export const sek = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
export const mb = (x: number): string => `${x.toFixed(0)} MB`;
export const liczba = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
