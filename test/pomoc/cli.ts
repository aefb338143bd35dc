/**
 * The built CLI for tests that spawn it (`dist-cli/cli/main.js`, what `npm run demo` and `npx cyfrowa-szkola`
 * run). A missing or stale build (older than a file of the sources it comes from) is rebuilt first with
 * `tsc -p tsconfig.cli.json`, so such a test never skips and never runs yesterday's code. Jest workers
 * build one at a time (a lock folder in the temp dir); the others wait and then find it fresh.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const KORZEN = path.resolve(__dirname, '..', '..');
export const CLI = path.join(KORZEN, 'dist-cli', 'cli', 'main.js');
const ZRODLA = ['src/core', 'src/cli', 'src/bench', 'src/przyklady', 'tsconfig.json', 'tsconfig.cli.json'];
const CZEKAJ_MS = 180_000;

function najnowszy(p: string): number {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, n) => Math.max(m, najnowszy(path.join(p, n))), s.mtimeMs);
}

function swieze(): boolean {
  if (!existsSync(CLI)) return false;
  const zrodla = ZRODLA.map((p) => path.join(KORZEN, p)).filter(existsSync);
  return statSync(CLI).mtimeMs >= Math.max(...zrodla.map(najnowszy));
}

function spij(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The path of the built CLI's main.js, built now when missing or stale. */
export function zbudowaneCli(): string {
  if (swieze()) return CLI;
  const klucz = createHash('sha256').update(KORZEN).digest('hex').slice(0, 12);
  const blokada = path.join(tmpdir(), `cyfrowa-szkola-dist-cli-${klucz}.lock`);
  const koniec = Date.now() + CZEKAJ_MS;
  for (;;) {
    try {
      mkdirSync(blokada);
      break;
    } catch {
      if (Date.now() > koniec) throw new Error(`dist-cli: czekam na ${blokada} ponad ${CZEKAJ_MS / 1000} s`);
      spij(250);
    }
  }
  try {
    if (swieze()) return CLI; // another worker built it meanwhile
    const tsc = path.join(KORZEN, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.cli.json'], { cwd: KORZEN, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`tsc -p tsconfig.cli.json (kod ${r.status}):\n${r.stdout}${r.stderr}`);
    if (!existsSync(CLI)) throw new Error(`po kompilacji brak ${CLI}`);
    return CLI;
  } finally {
    rmdirSync(blokada);
  }
}
