/**
 * The add-in's numbers (issue 3): the task pane's initial bundle (the scripts dist/taskpane.html loads,
 * gzip -9) and, on the fake Excel host, syncs and time of `Sprawdź` + `Kwalifikacja`.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { uruchomNode } from './proces';

export interface RozmiarPakietu {
  pliki: Array<{ plik: string; bajty: number; gzip: number }>;
  gzip: number;
  zbudowano: Date;
}

/** null when the add-in is not built (`npm run build:addin` writes dist/) */
export async function rozmiarPakietu(korzen: string): Promise<RozmiarPakietu | null> {
  const dist = path.join(korzen, 'dist');
  const html = await fs.readFile(path.join(dist, 'taskpane.html'), 'utf8').catch(() => null);
  if (html === null) return null;
  const skrypty = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2])
    .filter((s) => !/^https?:/.test(s));
  const pliki = [];
  for (const s of skrypty) {
    const tresc = await fs.readFile(path.join(dist, s.replace(/^\.?\//, '')));
    pliki.push({ plik: s, bajty: tresc.length, gzip: gzipSync(tresc, { level: 9 }).length });
  }
  const zbudowano = (await fs.stat(path.join(dist, 'taskpane.html'))).mtime;
  return { pliki, gzip: pliki.reduce((s, p) => s + p.gzip, 0), zbudowano };
}

export interface PomiarOperacji {
  ms: number;
  syncs: number;
  budzet: number;
  ladunekMB: number;
  najwiekszyMB: number;
}

export interface PomiarDodatku {
  wnioski: number;
  sprawdz: PomiarOperacji & { uwagi: number };
  kwalifikuj: PomiarOperacji & { status: string };
}

/**
 * Runs test/pomiary/dodatek.pomiar.ts through jest (`jest.pomiary.config.js`: the fake host is test code in
 * TypeScript) and reads its `POMIAR {…}` line; the sizes measured there are 607 (the example) and 6 000.
 */
export interface PomiarDodatkuCaly {
  wyniki: PomiarDodatku[];
  odczyt: Record<string, PomiarOperacji>;
  naZywo: PomiarOperacji & { wnioski: number };
  monitoruj: PomiarOperacji & { status: string; wykresy: number };
}

export async function pomiarDodatku(korzen: string): Promise<PomiarDodatkuCaly | { blad: string }> {
  const jest = path.join(korzen, 'node_modules', 'jest', 'bin', 'jest.js');
  const p = await uruchomNode(
    [jest, '--config', 'jest.pomiary.config.js', '--silent=false', 'test/pomiary/dodatek.pomiar.ts'],
    { cwd: korzen },
  );
  const linia = `${p.stdout}\n${p.stderr}`.split('\n').find((l) => l.includes('POMIAR {'));
  if (p.kod !== 0 || !linia) return { blad: p.stderr.trim().split('\n').slice(0, 3).join(' ') || `kod ${p.kod}` };
  return JSON.parse(linia.slice(linia.indexOf('POMIAR ') + 7)) as PomiarDodatkuCaly;
}
