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
  const skrypty = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]).filter((s) => !/^https?:/.test(s));
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

/** Runs test/przyklady/pomiarDodatku.ts (TypeScript, through the hakTs.js hook); null + reason on failure. */
export async function pomiarDodatku(korzen: string, rozmiary: readonly number[]): Promise<{ wyniki: PomiarDodatku[] } | { blad: string }> {
  const skrypt = path.join(korzen, 'test', 'przyklady', 'pomiarDodatku.ts');
  if (!(await fs.stat(skrypt).catch(() => null))) return { blad: 'brak test/przyklady/pomiarDodatku.ts' };
  const p = await uruchomNode(['-r', path.join(__dirname, 'hakTs.js'), skrypt, ...rozmiary.map(String)], { cwd: korzen });
  if (p.kod !== 0) return { blad: p.stderr.trim().split('\n').slice(0, 3).join(' ') || `kod ${p.kod}` };
  return { wyniki: p.stdout.trim().split('\n').map((l) => JSON.parse(l) as PomiarDodatku) };
}
