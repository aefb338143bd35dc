/**
 * WB-4 temporary files: beside the target (so the final rename is atomic), named after this tool and
 * the process, removed on every exit path — normal end, error, Ctrl-C (SIGINT), SIGTERM, SIGHUP — and,
 * when a process was killed outright (kill -9, power cut), cleaned by the next run that writes beside
 * the same target.
 */
import { promises as fs, unlinkSync } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

const zywe = new Set<string>();
const SYGNALY: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
let obsluga: Array<[string, () => void]> | null = null;

function usunWszystkieSync(): void {
  for (const p of zywe) {
    try {
      unlinkSync(p);
    } catch {
      /* already gone */
    }
  }
  zywe.clear();
}

function naWyjscie(): void {
  usunWszystkieSync();
}

function wlacz(): void {
  if (obsluga) return;
  obsluga = Object.entries(SYGNALY).map(([s, kod]) => {
    const f = (): void => {
      usunWszystkieSync();
      process.exit(kod);
    };
    process.on(s as NodeJS.Signals, f);
    return [s, f];
  });
  process.on('exit', naWyjscie);
}

function wylacz(): void {
  if (!obsluga || zywe.size) return;
  for (const [s, f] of obsluga) process.off(s as NodeJS.Signals, f);
  process.off('exit', naWyjscie);
  obsluga = null;
}

/** `.wynik.xlsx.cs-<pid>-<hex>.tmp` (or the earlier `.wynik.xlsx.<pid>.<hex>.tmp`). */
const WZOR = /^\.(.+)\.(?:cs-)?(\d+)[.-]([0-9a-f]{8})\.tmp$/;

function zyje(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes this tool's temporary files for `cel` left by processes that no longer run. */
export async function sprzatnijStare(cel: string): Promise<void> {
  const katalog = path.dirname(cel);
  const baza = path.basename(cel);
  let nazwy: string[];
  try {
    nazwy = await fs.readdir(katalog);
  } catch {
    return;
  }
  for (const n of nazwy) {
    const m = WZOR.exec(n);
    if (!m || m[1] !== baza || zyje(Number(m[2]))) continue;
    await fs.unlink(path.join(katalog, n)).catch(() => undefined);
  }
}

/** A new temporary path beside `cel`, registered for removal on every exit path. */
export function nowyTymczasowy(cel: string): string {
  const p = path.join(
    path.dirname(cel),
    `.${path.basename(cel)}.cs-${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  zywe.add(p);
  wlacz();
  return p;
}

/** The temporary file became the target (renamed) or was removed: stop tracking it. */
export function zwolnij(p: string): void {
  zywe.delete(p);
  wylacz();
}

export async function usunTymczasowy(p: string): Promise<void> {
  await fs.unlink(p).catch(() => undefined);
  zwolnij(p);
}
