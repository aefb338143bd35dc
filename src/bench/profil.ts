/**
 * `npm run bench -- --profil`: runs the CLI under `node --cpu-prof` and summarises the .cpuprofile —
 * self time per function and per file (package), so a missed goal says where the time goes.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

interface WezelProfilu {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profil {
  nodes: WezelProfilu[];
  samples: number[];
  timeDeltas: number[];
}

export interface Podsumowanie {
  razemMs: number;
  funkcje: Array<{ nazwa: string; ms: number }>;
  pliki: Array<{ nazwa: string; ms: number }>;
}

function skrocUrl(url: string, korzen: string): string {
  const p = url.replace(/^file:\/\//, '');
  const nm = p.lastIndexOf('node_modules/');
  if (nm >= 0) return p.slice(nm + 'node_modules/'.length);
  return p.startsWith(korzen) ? path.relative(korzen, p) : p || '(node)';
}

export async function podsumujProfil(plik: string, korzen: string, ile = 15): Promise<Podsumowanie> {
  const p = JSON.parse(await fs.readFile(plik, 'utf8')) as Profil;
  const wgId = new Map(p.nodes.map((n) => [n.id, n]));
  const funkcje = new Map<string, number>();
  const pliki = new Map<string, number>();
  let razem = 0;
  p.samples.forEach((id, i) => {
    const us = p.timeDeltas[i] ?? 0;
    razem += us;
    const n = wgId.get(id);
    if (!n) return;
    const url = skrocUrl(n.callFrame.url, korzen);
    const f = `${n.callFrame.functionName || '(anonimowa)'} ${url}:${n.callFrame.lineNumber + 1}`;
    funkcje.set(f, (funkcje.get(f) ?? 0) + us);
    const modul =
      url.includes('/') && !url.startsWith('dist-cli')
        ? url
            .split('/')
            .slice(0, url.startsWith('@') ? 2 : 1)
            .join('/')
        : url;
    pliki.set(modul, (pliki.get(modul) ?? 0) + us);
  });
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, ile)
      .map(([nazwa, us]) => ({ nazwa, ms: us / 1000 }));
  return { razemMs: razem / 1000, funkcje: top(funkcje), pliki: top(pliki) };
}

export function drukujProfil(tytul: string, s: Podsumowanie): string {
  const proc = (ms: number) => `${((100 * ms) / s.razemMs).toFixed(1).padStart(5)} %`;
  return [
    `${tytul} (${(s.razemMs / 1000).toFixed(2)} s próbek)`,
    '  wg pliku / pakietu:',
    ...s.pliki.map((x) => `    ${proc(x.ms)}  ${x.ms.toFixed(0).padStart(7)} ms  ${x.nazwa}`),
    '  wg funkcji (czas własny):',
    ...s.funkcje.map((x) => `    ${proc(x.ms)}  ${x.ms.toFixed(0).padStart(7)} ms  ${x.nazwa}`),
  ].join('\n');
}
