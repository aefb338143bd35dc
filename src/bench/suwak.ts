/**
 * Issue 12: the what-if slider in Chromium (test/browser/szkolenie.test.ts drives it from the keyboard on
 * 640 and 6 000 applications and writes the medians, key press → table updated, to the temp folder).
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { uruchomNode } from './proces';

export interface PomiarSuwaka {
  [wnioski: string]: { rdzenMs: number; suwakMs: number };
}

export async function pomiarSuwaka(korzen: string): Promise<PomiarSuwaka | { blad: string }> {
  const plik = path.join(os.tmpdir(), 'cyfrowa-szkola-pomiary', 'szkolenie-czasy.json');
  await fs.rm(plik, { force: true });
  const jest = path.join(korzen, 'node_modules', 'jest', 'bin', 'jest.js');
  const p = await uruchomNode([jest, 'test/browser/szkolenie.test.ts'], { cwd: korzen });
  const tresc = await fs.readFile(plik, 'utf8').catch(() => null);
  if (p.kod !== 0 || tresc === null) return { blad: p.stderr.trim().split('\n').slice(-3).join(' ') || `kod ${p.kod}` };
  return JSON.parse(tresc) as PomiarSuwaka;
}
