/**
 * examples/bledy/: each file gives the blocking finding and the status documented in examples/README.md
 * (zablokowane → exit 1, odmowa → exit 2). The built CLI (rebuilt first when stale) gives the same exit codes and
 * the input files must stay byte-identical.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { kwalifikujWojewodztwo } from '../../src/core/wojewodztwo/operacja';
import { parsujBledy } from '../../src/przyklady/readme';
import { zbudowaneCli } from '../pomoc/cli';
import { czytajPrzyklad, K, KATALOG, readme } from './pomoc';

const KOD: Record<string, number> = { ok: 0, zablokowane: 1, odmowa: 2 };
const bledy = parsujBledy(readme(), 'bledy');

describe('examples/bledy — one blocking problem per file', () => {
  test('every file of examples/bledy is documented in examples/README.md and vice versa', () => {
    const pliki = readdirSync(path.join(KATALOG, 'bledy'))
      .filter((p) => p.endsWith('.xlsx'))
      .sort();
    expect(bledy.map((b) => path.basename(b.plik)).sort()).toEqual(pliki);
    expect(bledy.length).toBeGreaterThanOrEqual(8);
  });

  test.each(bledy.map((b) => [b.plik, b] as const))(
    'WB-5.3 WB-3.1 WB-1.9 CS-Z3.1 WB-5.2 %s gives its documented finding and exit code',
    async (plik, b) => {
      const w = kwalifikujWojewodztwo(await czytajPrzyklad(plik), K);
      expect(w.status).toBe(b.status);
      expect(KOD[w.status]).toBe(b.kod);
      expect(w.plan).toBeNull();
      const znaleziona = w.uwagi.find(
        (u) => u.arkusz === b.arkusz && u.komorka === b.komorka && u.regula === b.regula && u.waga === 'błąd',
      );
      expect([
        plik,
        znaleziona ? 'jest' : w.uwagi.map((u) => `${u.arkusz}!${u.komorka} ${u.regula}`).join('; '),
      ]).toEqual([plik, 'jest']);
      if (b.status === 'zablokowane') expect(znaleziona!.blokujaca).toBe(true);
    },
  );

  test('WB-4 the built CLI exits with the documented codes and leaves every input unchanged', () => {
    const katalog = mkdtempSync(path.join(tmpdir(), 'cs-bledy-'));
    try {
      for (const b of bledy) {
        const wejscie = path.join(KATALOG, b.plik);
        const przed = readFileSync(wejscie);
        const r = spawnSync(
          process.execPath,
          [zbudowaneCli(), 'kwalifikuj', wejscie, '-o', path.join(katalog, 'wynik.xlsx'), '--json'],
          { encoding: 'utf8', env: { ...process.env, CS_DZIS: '2012-05-10' } },
        );
        expect([b.plik, r.status]).toEqual([b.plik, b.kod]);
        expect(() => JSON.parse(r.stdout)).not.toThrow();
        expect(readFileSync(wejscie).equals(przed)).toBe(true);
        expect(existsSync(path.join(katalog, 'wynik.xlsx'))).toBe(false);
      }
    } finally {
      rmSync(katalog, { recursive: true, force: true });
    }
  });
});
