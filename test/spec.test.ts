/**
 * The law in the repository (issue 7, item 1): `docs/spec/` is the specification. Changes are announced
 * first in `../shared/spec/` beside the clone; when that folder exists, `docs/spec/` must equal it file for
 * file. A newcomer's clone has nothing beside it: then there is nothing to compare, and the test says so.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const KORZEN = path.resolve(__dirname, '..');
const NASZA = path.join(KORZEN, 'docs', 'spec');
const WSPOLNA = path.resolve(KORZEN, '..', 'shared', 'spec');

/** every file below `katalog`, as paths relative to it ('/'-separated, sorted) */
function pliki(katalog: string, podkatalog = ''): string[] {
  return readdirSync(path.join(katalog, podkatalog))
    .flatMap((n) => {
      const wzgledna = podkatalog ? `${podkatalog}/${n}` : n;
      return statSync(path.join(katalog, wzgledna)).isDirectory() ? pliki(katalog, wzgledna) : [wzgledna];
    })
    .sort();
}

/** what differs between the two folders, one line per file */
function roznice(nasza: string, wspolna: string): string[] {
  const a = new Set(pliki(nasza));
  const b = new Set(pliki(wspolna));
  const wynik: string[] = [];
  for (const p of b) if (!a.has(p)) wynik.push(`brak w docs/spec: ${p}`);
  for (const p of a) if (!b.has(p)) wynik.push(`nadmiarowy w docs/spec (nie ma go w ../shared/spec): ${p}`);
  for (const p of a)
    if (b.has(p) && !readFileSync(path.join(nasza, p)).equals(readFileSync(path.join(wspolna, p))))
      wynik.push(`różni się: ${p}`);
  return wynik.sort();
}

test('docs/spec holds the specification (README and the rule files)', () => {
  expect(pliki(NASZA)).toEqual(
    expect.arrayContaining([
      'README.md',
      'cyfrowa-szkola-rules.md',
      'qualification-algorithm.md',
      'workbook-formats.md',
      'jst-digital-development.md',
      'scenarios.md',
    ]),
  );
});

test('docs/spec equals the announced ../shared/spec when that folder exists beside the clone', () => {
  if (!existsSync(WSPOLNA)) {
    // the one allowed conditional: a newcomer's clone has only docs/spec, nothing beside it
    console.info(`Brak ${WSPOLNA} — nie było z czym porównać docs/spec (zwykły klon: to poprawne).`);
    return;
  }
  expect({ porownano: WSPOLNA, roznice: roznice(NASZA, WSPOLNA) }).toEqual({ porownano: WSPOLNA, roznice: [] });
});

test('the comparison names missing, extra and changed files', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'cs-spec-'));
  try {
    const [a, b] = [path.join(tmp, 'a'), path.join(tmp, 'b')];
    for (const k of [a, b]) mkdirSync(k);
    writeFileSync(path.join(a, 'wspolny.md'), 'WB-1.1 stara treść');
    writeFileSync(path.join(b, 'wspolny.md'), 'WB-1.1 nowa treść');
    writeFileSync(path.join(a, 'tylkoNasz.md'), 'x');
    writeFileSync(path.join(b, 'nowy.md'), 'y');
    writeFileSync(path.join(a, 'taki-sam.md'), 'z');
    writeFileSync(path.join(b, 'taki-sam.md'), 'z');
    expect(roznice(a, b)).toEqual([
      'brak w docs/spec: nowy.md',
      'nadmiarowy w docs/spec (nie ma go w ../shared/spec): tylkoNasz.md',
      'różni się: wspolny.md',
    ]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
