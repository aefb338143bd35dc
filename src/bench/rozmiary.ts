/**
 * Issue 8 §2 in `npm run bench`: request sizes of the add-in measured with Microsoft's serializer
 * (`@microsoft/office-js` with a recording executor, test/officejs/), run through jest like the other
 * add-in numbers (test/pomiary/rozmiary.pomiar.ts prints `POMIAR_ROZMIARY […]`).
 */
import * as path from 'node:path';
import { uruchomNode } from './proces';

export interface WierszRozmiaru {
  przypadek: string;
  wnioski: number;
  synchronizacje: number;
  /** bytes */
  suma: number;
  najwiekszeZadanie: number;
  najwiekszaOdpowiedz: number;
  /** the fake host's payload for the same syncs, bytes */
  sumaModelu: number;
}

export async function pomiarRozmiarow(korzen: string): Promise<WierszRozmiaru[] | { blad: string }> {
  const jest = path.join(korzen, 'node_modules', 'jest', 'bin', 'jest.js');
  const p = await uruchomNode(
    [jest, '--config', 'jest.pomiary.config.js', '--silent=false', 'test/pomiary/rozmiary.pomiar.ts'],
    { cwd: korzen },
  );
  const linia = `${p.stdout}\n${p.stderr}`.split('\n').find((l) => l.includes('POMIAR_ROZMIARY ['));
  if (p.kod !== 0 || !linia) return { blad: p.stderr.trim().split('\n').slice(0, 3).join(' ') || `kod ${p.kod}` };
  return JSON.parse(linia.slice(linia.indexOf('POMIAR_ROZMIARY ') + 16)) as WierszRozmiaru[];
}
