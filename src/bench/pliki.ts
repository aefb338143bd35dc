/**
 * Writes the benchmark workbooks into .bench/ (gitignored), reusing them while neither the generator
 * code nor the dataset options changed (a stamp file records both).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { generujWojewodztwo } from '../przyklady/wojewodztwo';
import { zapiszPrzyklad, zapiszStrumieniowo } from '../przyklady/zapis';
import type { ZeszytBench } from './zbior';

async function odciskGeneratora(katalogDist: string, zbior: readonly ZeszytBench[]): Promise<string> {
  const h = createHash('sha256');
  const dir = path.join(katalogDist, 'przyklady');
  for (const f of (await fs.readdir(dir)).filter((x) => x.endsWith('.js')).sort())
    h.update(f).update(await fs.readFile(path.join(dir, f)));
  h.update(JSON.stringify(zbior));
  return h.digest('hex');
}

async function istnieje(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}

/** Writes the workbooks that are missing or stale; returns the seconds spent. */
export async function przygotujPliki(
  katalog: string,
  katalogDist: string,
  zbior: readonly ZeszytBench[],
  strumieniowo: ReadonlySet<string>,
): Promise<{ sekundy: number; wygenerowane: number }> {
  const t0 = performance.now();
  await fs.mkdir(katalog, { recursive: true });
  const znacznik = path.join(katalog, 'generator.sha256');
  const odcisk = await odciskGeneratora(katalogDist, zbior);
  const aktualne = (await istnieje(znacznik)) && (await fs.readFile(znacznik, 'utf8')) === odcisk;
  let wygenerowane = 0;
  for (const z of zbior) {
    const plik = path.join(katalog, z.plik);
    if (aktualne && (await istnieje(plik))) continue;
    const p = generujWojewodztwo(z.opcje);
    if (strumieniowo.has(z.plik)) await zapiszStrumieniowo(p, plik);
    else await zapiszPrzyklad(p, plik, { szybko: true });
    wygenerowane++;
  }
  await fs.writeFile(znacznik, odcisk);
  return { sekundy: (performance.now() - t0) / 1000, wygenerowane };
}
