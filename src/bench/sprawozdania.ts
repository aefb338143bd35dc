/**
 * Bench of `zbierz` (CS-R.3a) in the CLI: a body's report of `ile` schools (10 spending lines each) and
 * one school report file per school, generated into .bench/sprawozdania/ (never committed), then
 * `zbierz <organ> <ile szkół…>` timed end to end (reading every source with the CLI reader).
 */
import {
  cyfraKontrolnaRegon,
  data,
  liczba,
  tekst,
  zl,
  type ZapisKomorki,
  EO,
  ES,
  szablonSprawozdaniaOrganu,
  przykladSzkolyS8,
  wierszWydatku,
} from '../core';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { zapiszPrzyklad } from '../przyklady/zapis';
import { uruchomNode, type Pomiar } from './proces';

const regon = (i: number) => {
  const p = `14${String(100_000 + i).padStart(6, '0')}`;
  return p + cyfraKontrolnaRegon(p);
};

async function przygotuj(katalog: string, ile: number): Promise<string[]> {
  const organ = path.join(katalog, `organ-${ile}.xlsx`);
  const szkoly = Array.from({ length: ile }, (_, i) => path.join(katalog, `szkola-${ile}-${i}.xlsx`));
  if (existsSync(organ) && existsSync(szkoly[ile - 1])) return [organ, ...szkoly];
  await fs.mkdir(katalog, { recursive: true });
  const wydatki: ZapisKomorki[][] = [];
  for (let i = 0; i < ile; i++)
    for (let j = 0; j < 10; j++)
      wydatki.push(
        wierszWydatku(
          regon(i),
          1 + (j % 12),
          'pomoc',
          1 + j,
          100_000,
          j === 9 ? 'wkład własny' : 'dotacja',
          'NIE',
          '2012-09-15',
        ),
      );
  const arkusze = szablonSprawozdaniaOrganu({
    etykiety: { [EO.organ]: tekst('Gmina Bench'), [EO.teryt]: tekst('1465011'), [EO.data]: data('2013-06-20') },
    dotacje: Array.from({ length: ile }, (_, i) => [
      tekst(regon(i)),
      tekst(`SP ${i}`),
      tekst('I'),
      liczba(250),
      zl(14_000_000),
    ]),
    wydatki,
  });
  await zapiszPrzyklad({ arkusze, specjalne: [] }, organ, { szybko: true });
  for (let i = 0; i < ile; i++)
    await zapiszPrzyklad(
      { arkusze: przykladSzkolyS8({ [ES.regon]: tekst(regon(i)), [ES.wariant]: tekst('I') }), specjalne: [] },
      szkoly[i],
      { szybko: true },
    );
  return [organ, ...szkoly];
}

export async function pomiarZbierania(bench: string, cli: string, ile: number): Promise<Pomiar> {
  const [organ, ...szkoly] = await przygotuj(path.join(bench, 'sprawozdania'), ile);
  const wyj = path.join(bench, 'wyniki', 'zbierz.xlsx');
  await fs.mkdir(path.dirname(wyj), { recursive: true });
  await fs.rm(wyj, { force: true });
  return uruchomNode([cli, 'zbierz', organ, ...szkoly, '-o', wyj, '--na-dzien', '2013-07-01', '--json'], {
    env: { CS_BEZ_POSTEPU: '1' },
  });
}
