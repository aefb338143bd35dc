/**
 * Runs a Node child process and measures it: wall clock (spawn to exit), exit code, output and peak
 * memory — getrusage maxrss reported by the `szczyt.js` preload, else the highest VmHWM sampled
 * from /proc/<pid>/status.
 */
import { spawn } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Pomiar {
  ms: number;
  kod: number | null;
  stdout: string;
  stderr: string;
  /** peak resident memory in MB, null when unknown */
  szczytMB: number | null;
}

function vmHwmKB(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export async function uruchomNode(
  argumenty: readonly string[],
  opcje: { env?: NodeJS.ProcessEnv; cwd?: string; nodeArgs?: readonly string[] } = {},
): Promise<Pomiar> {
  const preload = path.join(__dirname, 'szczyt.js');
  const plikSzczytu = path.join(os.tmpdir(), `cs-bench-szczyt-${process.pid}-${Date.now()}`);
  const env = { ...process.env, ...(opcje.env ?? {}), CS_BENCH_SZCZYT: plikSzczytu };
  const t0 = performance.now();
  const dziecko = spawn(process.execPath, [...(opcje.nodeArgs ?? []), '-r', preload, ...argumenty], {
    env,
    cwd: opcje.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  dziecko.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  dziecko.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let hwm = 0;
  const probka = setInterval(() => {
    if (dziecko.pid) hwm = Math.max(hwm, vmHwmKB(dziecko.pid) ?? 0);
  }, 25);
  const kod = await new Promise<number | null>((ok, blad) => {
    dziecko.on('error', blad);
    dziecko.on('close', (c) => ok(c));
  });
  const ms = performance.now() - t0;
  clearInterval(probka);
  let szczytKB: number | null = hwm || null;
  try {
    szczytKB = Number(await fs.readFile(plikSzczytu, 'utf8'));
    await fs.unlink(plikSzczytu);
  } catch {
    // no preload result (the child died early): keep the sampled value
  }
  return { ms, kod, stdout, stderr, szczytMB: szczytKB === null ? null : szczytKB / 1024 };
}

export function mediana(x: readonly number[]): number {
  const s = [...x].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
