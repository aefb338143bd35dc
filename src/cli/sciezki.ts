/** WB-4 output naming and the rules that protect files: input never overwritten, foreign files never replaced. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Operacja } from '../core';
import { BladCli, t } from './tekst';
import { sprawdzNadpisanie } from './pliki/nadpisanie';

/**
 * Without `-o`: the final `.xlsx` becomes `.protokol.xlsx` (appended when the name has no `.xlsx`);
 * `sprawozdanie` → `.sprawozdanie.xlsx`, `zbierz` → `.zbiorcze.xlsx` (CS-R).
 */
export function domyslnyWynik(plik: string, koncowka = 'protokol'): string {
  return /\.xlsx$/i.test(plik) ? plik.replace(/\.xlsx$/i, `.${koncowka}.xlsx`) : `${plik}.${koncowka}.xlsx`;
}

async function statLubNull(p: string): Promise<import('node:fs').Stats | null> {
  try {
    return await fs.stat(p);
  } catch {
    return null;
  }
}

/** Same file: same resolved path, or the same inode (links, case-insensitive file systems). */
export async function tenSamPlik(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([statLubNull(a), statLubNull(b)]);
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

/**
 * The output path of an operation (WB-4): `--w-miejscu` → the input itself; else `-o` or the default
 * name, which must not be the input.
 */
export async function ustalWynik(
  plik: string,
  wynik: string | null,
  wMiejscu: boolean,
  cwd: string,
  koncowka?: string,
): Promise<string> {
  const wejscie = path.resolve(cwd, plik);
  if (wMiejscu) {
    if (wynik !== null && !(await tenSamPlik(wejscie, path.resolve(cwd, wynik))))
      throw new BladCli(
        t(
          'Opcje --w-miejscu i -o wskazują różne pliki; podaj jedną z nich.',
          'Options --w-miejscu and -o name different files; give only one.',
        ),
      );
    // A link is kept: the file it points to is the one replaced.
    return fs.realpath(wejscie).catch(() => wejscie);
  }
  // WB-4: `-o nowy/` names a directory, never a file called `nowy`
  if (wynik !== null && /[\\/]$/.test(wynik))
    throw new BladCli(
      t(
        `-o ${wynik} wskazuje katalog; podaj nazwę pliku .xlsx (np. ${wynik}wynik.xlsx).`,
        `-o ${wynik} names a directory; give an .xlsx file name (e.g. ${wynik}result.xlsx).`,
      ),
    );
  const cel = path.resolve(cwd, wynik ?? domyslnyWynik(plik, koncowka));
  if (await tenSamPlik(wejscie, cel))
    throw new BladCli(
      t(
        `Plik wynikowy jest plikiem wejściowym (${plik}). Podaj inną nazwę w -o albo użyj --w-miejscu.`,
        `The output file is the input file (${plik}). Give another name with -o or use --w-miejscu.`,
      ),
    );
  return cel;
}

/**
 * WB-4: the output's directory must exist; an existing output file is replaced only when it is the
 * recorded output of the same operation (src/cli/pliki/nadpisanie.ts) — without `nadpisanie` (szablon)
 * never.
 */
export async function sprawdzCel(cel: string, nadpisanie?: { operacja: Operacja; nadpisz: boolean }): Promise<void> {
  const katalog = await statLubNull(path.dirname(cel));
  if (!katalog || !katalog.isDirectory())
    throw new BladCli(
      t(`Katalog ${path.dirname(cel)} nie istnieje.`, `Directory ${path.dirname(cel)} does not exist.`),
    );
  const s = await statLubNull(cel);
  if (!s) return;
  if (!s.isFile()) throw new BladCli(t(`${cel} nie jest plikiem.`, `${cel} is not a file.`));
  if (!nadpisanie)
    throw new BladCli(
      t(`Plik ${cel} już istnieje — nie nadpisuję go.`, `File ${cel} already exists — not overwriting it.`),
    );
  await sprawdzNadpisanie(cel, s, nadpisanie.operacja, nadpisanie.nadpisz);
}

/** A path as printed: relative to the working directory when inside it. */
export function sciezkaDoWypisania(cel: string, cwd: string): string {
  const wzgledna = path.relative(cwd, cel);
  return wzgledna && !wzgledna.startsWith('..') && !path.isAbsolute(wzgledna) ? wzgledna : cel;
}
