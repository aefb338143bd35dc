/**
 * The architecture's boundaries (GUIDE "One core, many hosts"), enforced by eslint.config.mjs: hosts reach
 * the core only through src/core/index.ts; the core imports no host, Node, DOM, React or Office API.
 * ESLint's flat config is an ES module, so it runs in a child Node process (one for all the snippets).
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const KORZEN = path.resolve(__dirname, '..');

const SKRYPT = `
import { ESLint } from 'eslint';
const wejscie = JSON.parse(await new Promise((ok) => { let s = ''; process.stdin.on('data', (d) => (s += d)); process.stdin.on('end', () => ok(s)); }));
const eslint = new ESLint({ cwd: process.cwd() });
const wyniki = [];
for (const [plik, kod] of wejscie) {
  const [w] = await eslint.lintText(kod, { filePath: plik });
  wyniki.push(w.messages.map((m) => m.ruleId ?? m.message));
}
process.stdout.write(JSON.stringify(wyniki));
`;

const PRZYPADKI: Array<[plik: string, kod: string, oczekiwane: string[]]> = [
  // hosts: the public entry only
  ['src/cli/x.ts', "export { wykonaj } from '../core';\n", []],
  ['src/addin/office/x.ts', "export { wykonaj } from '../../core/index';\n", []],
  ['src/cli/x.ts', "export { kwotaPl } from '../core/kwota';\n", ['no-restricted-imports']],
  ['src/addin/taskpane/x.ts', "export type { Uwaga } from '../../core/uwagi';\n", ['no-restricted-imports']],
  ['src/bench/x.ts', "export { kwalifikuj } from '../core/kwalifikacja';\n", ['no-restricted-imports']],
  ['src/przyklady/x.ts', "export { przygotuj } from '../core/wojewodztwo/przygotuj';\n", ['no-restricted-imports']],
  // the core: no host, Node, UI or Office import
  ['src/core/jst/x.ts', "export { przykladGminy } from './przyklady/gmina';\n", []],
  ['src/core/x.ts', "export { uruchom } from '../cli/uruchom';\n", ['no-restricted-imports']],
  ['src/core/jst/x.ts', "export { RDZEN } from '../../addin/office/rdzen';\n", ['no-restricted-imports']],
  ['src/core/x.ts', "export { readFileSync } from 'fs';\n", ['no-restricted-imports']],
  ['src/core/x.ts', "export { join } from 'node:path';\n", ['no-restricted-imports']],
  ['src/core/x.ts', "export { useState } from 'react';\n", ['no-restricted-imports']],
  ['src/core/x.ts', "export { Workbook } from 'exceljs';\n", ['no-restricted-imports']],
  // the core: no DOM, Office or Node global
  ...['window', 'document', 'Excel', 'Office', 'process'].map((g): [string, string, string[]] => [
    'src/core/x.ts',
    `export const x = typeof ${g};\n`,
    ['no-restricted-globals'],
  ]),
  // no spread call into push anywhere in src (WB-1.9: 100 000 rows give more findings than the stack takes)
  ['src/core/x.ts', 'export const x: number[] = [];\nx.push(...[1]);\n', ['no-restricted-syntax']],
  ['src/cli/x.ts', 'export const x: number[] = [];\nx.push(1, 2);\n', []],
];

test('hosts import only src/core/index.ts; the core imports no host, Node, UI or Office API and uses no such global', () => {
  const wynik = execFileSync(process.execPath, ['--input-type=module', '-e', SKRYPT], {
    cwd: KORZEN,
    input: JSON.stringify(PRZYPADKI.map(([plik, kod]) => [path.join(KORZEN, plik), kod])),
    encoding: 'utf8',
  });
  const reguly = JSON.parse(wynik) as string[][];
  expect(PRZYPADKI.map(([plik, kod], i) => [plik, kod.trim(), reguly[i]])).toEqual(
    PRZYPADKI.map(([plik, kod, oczekiwane]) => [plik, kod.trim(), oczekiwane]),
  );
});
