/**
 * Bench of `zbierz` for the minister (CS-R.3c) in the CLI: the 16 bench voivodeship workbooks (≈ 14 000
 * applications) get their protocols with `kwalifikuj` into .bench/protokoly/ (only when missing or older
 * than their input; never committed), the split example goes beside them, then
 * `zbierz <podział> <16 zeszytów>` is timed end to end (every source read with the CLI reader).
 */
import { przykladPodzialu } from '../core';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { zapiszPrzyklad } from '../przyklady/zapis';
import type { ZeszytBench } from './zbior';
import { uruchomNode, type Pomiar } from './proces';

const mtime = (p: string) =>
  fs.stat(p).then(
    (s) => s.mtimeMs,
    () => -1,
  );

export async function pomiarZbieraniaKrajowego(
  bench: string,
  cli: string,
  kraj: readonly ZeszytBench[],
): Promise<Pomiar> {
  const katalog = path.join(bench, 'protokoly');
  await fs.mkdir(katalog, { recursive: true });
  const zeszyty: string[] = [];
  for (const z of kraj) {
    const we = path.join(bench, z.plik);
    const wy = path.join(katalog, z.plik);
    if ((await mtime(wy)) < (await mtime(we))) {
      const k = await uruchomNode([cli, 'kwalifikuj', we, '-o', wy], { env: { CS_BEZ_POSTEPU: '1' } });
      if (k.kod !== 0) throw new Error(`kwalifikuj ${z.plik}: kod ${k.kod}: ${k.stderr.slice(0, 300)}`);
    }
    zeszyty.push(wy);
  }
  const podzial = path.join(katalog, 'podzial-srodkow.xlsx');
  await zapiszPrzyklad({ arkusze: przykladPodzialu(), specjalne: [] }, podzial, { szybko: true });
  const wyj = path.join(bench, 'wyniki', 'zbierz-krajowe.xlsx');
  await fs.mkdir(path.dirname(wyj), { recursive: true });
  await fs.rm(wyj, { force: true });
  return uruchomNode([cli, 'zbierz', podzial, ...zeszyty, '-o', wyj, '--na-dzien', '2013-07-20', '--json'], {
    env: { CS_BEZ_POSTEPU: '1' },
  });
}
