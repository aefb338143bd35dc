/**
 * Rule-id coverage: every rule id of the spec must appear in the name of at least one test.
 * `npx ts-node`-free: run through jest (test/pokrycieRegul.test.ts) or `node scripts/reguly.js` after build.
 */
import * as fs from 'fs';
import * as path from 'path';

export const KATALOG_SPEC = path.resolve(__dirname, '..', 'docs', 'spec');
export const PLIKI_SPEC = [
  'cyfrowa-szkola-rules.md',
  'qualification-algorithm.md',
  'workbook-formats.md',
  'jst-digital-development.md',
  'reports-and-settlement.md',
];

/** Rules of open issues, not yet implemented: each id leaves this list when its issue lands. */
export const WYLACZONE = new Set<string>([]);

const ID = /\b(?:CS|WB|JST)-(?:[A-Z]\d*|\d+)(?:\.(?:\d+[a-z]?|[A-Z]))?/g;

export function idRegul(katalog = KATALOG_SPEC): string[] {
  const ids = new Set<string>();
  for (const p of PLIKI_SPEC)
    for (const m of fs.readFileSync(path.join(katalog, p), 'utf8').matchAll(ID)) ids.add(m[0]);
  return [...ids].filter((id) => !WYLACZONE.has(id)).sort();
}

const TYTUL = /\b(?:test|it|describe)(?:\.each\([^)]*\))?\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g;

/** Titles of every test and describe block under `katalog` (string literals only). */
export function nazwyTestow(katalog: string): string[] {
  const wynik: string[] = [];
  const odwiedz = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) odwiedz(p);
      else if (/\.test\.tsx?$/.test(e.name))
        for (const m of fs.readFileSync(p, 'utf8').matchAll(TYTUL)) wynik.push(m[2]);
    }
  };
  odwiedz(katalog);
  return wynik;
}

/** Ids that appear in no test name (an id must stand as a whole token: `CS-4.3` ≠ `CS-4.30`). */
export function brakujaceIdy(ids: readonly string[], nazwy: readonly string[]): string[] {
  const tekst = nazwy.join('\n');
  return ids.filter(
    (id) => !new RegExp(`(^|[^\\w.-])${id.replace(/\./g, '\\.')}(?![\\w.]*\\d|[a-z])`, 'm').test(tekst),
  );
}
