/**
 * CS-R.3 sources of `zbierz`, read one after another with the same streaming snapshot reader as the
 * target. A file that cannot be read (missing, not .xlsx, too large, WB-1.9) becomes a source with its
 * reason — it is listed as `nieprzyjęte` and the others go on.
 */
import { type ZrodloZbierania, zaDlugiTekst } from '../core';
import * as path from 'node:path';
import { BladCli, t, wJezyku } from './tekst';
import type { WeWy } from './wejscieWyjscie';
import type { Postep } from './postep';
import { czytajBajty } from './pliki/wejscie';
import type { LimityArkusza } from './strumien/arkusz';
import { czytajWejscie } from './strumien/wejscie';

export async function czytajZrodla(
  pliki: readonly string[],
  io: WeWy,
  limity: LimityArkusza,
  postep: Postep,
): Promise<ZrodloZbierania[]> {
  const wynik: ZrodloZbierania[] = [];
  for (let i = 0; i < pliki.length; i++) {
    const plik = pliki[i];
    postep.etap(
      t(`źródła (${i + 1}/${pliki.length})`, `sources (${i + 1}/${pliki.length})`),
      0.45 + (0.2 * i) / pliki.length,
      0.45 + (0.2 * (i + 1)) / pliki.length,
    );
    wynik.push(await czytajZrodlo(plik, io, limity));
  }
  return wynik;
}

async function czytajZrodlo(plik: string, io: WeWy, limity: LimityArkusza): Promise<ZrodloZbierania> {
  try {
    const buf = await czytajBajty(path.resolve(io.cwd, plik));
    const { zeszyt } = await czytajWejscie(buf, plik, { limity });
    for (const a of zeszyt.arkusze) {
      const u = zaDlugiTekst(a); // WB-1.9
      if (u) return { plik, zeszyt: null, blad: { pl: u.komunikat, en: u.message } };
    }
    return { plik, zeszyt };
  } catch (e) {
    if (e instanceof BladCli)
      return { plik, zeszyt: null, blad: { pl: wJezyku(e.tekst, 'pl'), en: wJezyku(e.tekst, 'en') } };
    const m = e instanceof Error ? e.message : String(e);
    return { plik, zeszyt: null, blad: { pl: `nie można odczytać pliku (${m})`, en: `cannot read the file (${m})` } };
  }
}
