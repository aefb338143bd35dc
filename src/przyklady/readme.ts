/**
 * The generated parts of examples/README.md: sections between `<!-- nazwa:start -->` and
 * `<!-- nazwa:end -->` are rewritten by `npm run przyklady`, and parsed back by the golden tests
 * (so the documented findings and the tested findings are one list).
 */
import type { Waga } from '../core';
import type { OczekiwanaUwaga, WierszCelowy } from './model';
import type { PrzykladBlednyDef } from './bledy';

const komorkaMd = (arkusz: string, komorka: string | null) => `\`${komorka ? `${arkusz}!${komorka}` : arkusz}\``;
const bezKresek = (s: string) => s.replace(/\|/g, '\\|');

export function tabelaUwag(lista: readonly OczekiwanaUwaga[]): string {
  const wiersze = lista.map(
    (u) => `| ${komorkaMd(u.arkusz, u.komorka)} | ${u.waga} | ${u.regula} | ${bezKresek(u.opis)} |`,
  );
  return ['| Komórka | Waga | Reguła | Co wpisano |', '|---|---|---|---|', ...wiersze].join('\n');
}

export function tabelaCelowych(lista: readonly WierszCelowy[]): string {
  const wiersze = lista.map((c) => `| ${c.wiersz} | \`${c.regon}\` | ${bezKresek(c.opis)} | ${c.decyzja} |`);
  return ['| Wiersz | REGON | Co jest nietypowe | Oczekiwana decyzja |', '|---|---|---|---|', ...wiersze].join('\n');
}

export function tabelaBledow(lista: readonly PrzykladBlednyDef[]): string {
  const wiersze = lista.map(
    (b) =>
      `| \`bledy/${b.plik}\` | ${bezKresek(b.opis)} | ${komorkaMd(b.arkusz, b.komorka)} | ${b.regula} | ${b.status} | ${b.kod} |`,
  );
  return ['| Plik | Problem | Uwaga | Reguła | Wynik | Kod wyjścia |', '|---|---|---|---|---|---|', ...wiersze].join(
    '\n',
  );
}

function znaczniki(nazwa: string): [string, string] {
  return [`<!-- ${nazwa}:start -->`, `<!-- ${nazwa}:end -->`];
}

/** Replaces a generated section (it must already exist in the text). */
export function wstawSekcje(tekst: string, nazwa: string, tresc: string): string {
  const [start, koniec] = znaczniki(nazwa);
  const a = tekst.indexOf(start);
  const b = tekst.indexOf(koniec);
  if (a < 0 || b < a) throw new Error(`examples/README.md: no section ${start} … ${koniec}`);
  return `${tekst.slice(0, a + start.length)}\n${tresc}\n${tekst.slice(b)}`;
}

export function czytajSekcje(tekst: string, nazwa: string): string {
  const [start, koniec] = znaczniki(nazwa);
  const a = tekst.indexOf(start);
  const b = tekst.indexOf(koniec);
  if (a < 0 || b < a) throw new Error(`examples/README.md: no section ${start} … ${koniec}`);
  return tekst.slice(a + start.length, b);
}

function komorkiTabeli(sekcja: string): string[][] {
  return sekcja
    .split('\n')
    .filter((l) => l.startsWith('|') && !l.startsWith('|---'))
    .slice(1)
    .map((l) =>
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\\|/g, '|')),
    );
}

function adresZMd(s: string): { arkusz: string; komorka: string | null } {
  const t = s.replace(/^`|`$/g, '');
  const i = t.lastIndexOf('!');
  return i < 0 ? { arkusz: t, komorka: null } : { arkusz: t.slice(0, i), komorka: t.slice(i + 1) };
}

export interface UwagaZReadme {
  arkusz: string;
  komorka: string | null;
  waga: Waga;
  regula: string;
}

export function parsujUwagi(tekst: string, sekcja: string): UwagaZReadme[] {
  return komorkiTabeli(czytajSekcje(tekst, sekcja)).map(([adres, waga, regula]) => ({
    ...adresZMd(adres),
    waga: waga as Waga,
    regula,
  }));
}

export function parsujCelowe(
  tekst: string,
  sekcja: string,
): Array<{ wiersz: number; regon: string; opis: string; decyzja: string }> {
  return komorkiTabeli(czytajSekcje(tekst, sekcja)).map(([wiersz, regon, opis, decyzja]) => ({
    wiersz: Number(wiersz),
    regon: regon.replace(/`/g, ''),
    opis,
    decyzja,
  }));
}

export interface BladZReadme {
  plik: string;
  arkusz: string;
  komorka: string | null;
  regula: string;
  status: string;
  kod: number;
}

export function parsujBledy(tekst: string, sekcja: string): BladZReadme[] {
  return komorkiTabeli(czytajSekcje(tekst, sekcja)).map(([plik, , adres, regula, status, kod]) => ({
    plik: plik.replace(/`/g, ''),
    ...adresZMd(adres),
    regula,
    status,
    kod: Number(kod),
  }));
}
