/**
 * WB-3.1 ownership: the very hidden sheet `_cyfrowa_szkola` records the sheets the add-in and the
 * CLI own, the last run's metadata and stored state (e.g. CS-Z3.R frozen decisions).
 *
 * Layout (rows from A1; column A = kind, B = key, C… = value):
 *   A1 `Cyfrowa szkoła — stan dodatku (nie edytować)`   B1 format version (1)
 *   `arkusz` | <owned sheet name>
 *   `meta`   | <key> | <value>
 *   `dane`   | <key> | <part no. from 1> | <JSON text part ≤ 30 000 characters>
 * A state's JSON is the concatenation of its parts in part order.
 */
import type { PlanZapisu, ZapisArkusza, ZeszytSnapshot, ZapisKomorki } from './model';
import { uwaga, type Uwaga } from '../uwagi';
import { tekst } from './formaty';
import { tekstKomorki } from '../komorki/odczyt';

export const ARKUSZ_STANU = '_cyfrowa_szkola';
const TYTUL = 'Cyfrowa szkoła — stan dodatku (nie edytować)';
const WERSJA = 1;
/** characters of one stored part (an Excel cell holds 32 767) */
export const CZESC_STANU = 30_000;
/** WB-4 meta keys of the host's record of the file it wrote (RekordWyniku) */
const PREFIKS_WYNIKU = 'wynik.';

export interface StanDodatku {
  arkusze: string[];
  meta: Record<string, string>;
  dane: Record<string, string>;
}

/**
 * Stored data to write: a text, or a text already in parts of at most `CZESC_STANU` characters (made part by part,
 * e.g. `czesciStanuZamrozonego`, so no one string of a long text is ever made); a part is one cell.
 */
export type DaneDoZapisu = string | readonly string[];

/** `StanDodatku` as written. */
interface StanDoZapisu extends Omit<StanDodatku, 'dane'> {
  dane: Record<string, DaneDoZapisu>;
}

/** The parts of a stored text, each at most `CZESC_STANU` characters (at least one part). */
function czesciDanych(d: DaneDoZapisu): readonly string[] {
  const czesci: string[] = [];
  for (const c of typeof d === 'string' ? [d] : d)
    for (let i = 0; i < Math.max(c.length, 1); i += CZESC_STANU) czesci.push(c.slice(i, i + CZESC_STANU));
  return czesci.length ? czesci : [''];
}

export function pustyStan(): StanDodatku {
  return { arkusze: [], meta: {}, dane: {} };
}

/** Reads `_cyfrowa_szkola`; null when the workbook has none. */
export function czytajStan(z: ZeszytSnapshot): StanDodatku | null {
  const a = z.arkusze.find((s) => s.nazwa === ARKUSZ_STANU);
  if (!a) return null;
  const stan = pustyStan();
  const czesci: Record<string, Array<[number, string]>> = {};
  for (const w of a.wiersze) {
    if (!w) continue;
    const rodzaj = tekstKomorki(w[0]);
    const klucz = tekstKomorki(w[1]);
    if (rodzaj === 'arkusz' && klucz) stan.arkusze.push(klucz);
    else if (rodzaj === 'meta' && klucz) stan.meta[klucz] = tekstKomorki(w[2]);
    else if (rodzaj === 'dane' && klucz) (czesci[klucz] ??= []).push([Number(tekstKomorki(w[2])), tekstKomorki(w[3])]);
  }
  for (const [k, lista] of Object.entries(czesci))
    stan.dane[k] = lista
      .sort((x, y) => x[0] - y[0])
      .map(([, t]) => t)
      .join('');
  return stan;
}

/** The sheet that stores the state (written very hidden). */
export function arkuszStanu(stan: StanDoZapisu): ZapisArkusza {
  const wiersze: ZapisKomorki[][] = [[tekst(TYTUL), { v: WERSJA }]];
  for (const n of stan.arkusze) wiersze.push([tekst('arkusz'), tekst(n)]);
  for (const [k, v] of Object.entries(stan.meta)) wiersze.push([tekst('meta'), tekst(k), tekst(v)]);
  for (const [k, dane] of Object.entries(stan.dane))
    czesciDanych(dane).forEach((c, i) => wiersze.push([tekst('dane'), tekst(k), { v: i + 1 }, tekst(c)]));
  return { nazwa: ARKUSZ_STANU, wiersze, widocznosc: 'bardzoUkryty' };
}

/** WB-3.1: output names taken by sheets that are not owned → blocking finding naming the sheet to rename. */
export function kolizjeNazw(z: ZeszytSnapshot, nazwy: readonly string[], stan: StanDodatku | null): Uwaga[] {
  const wlasne = new Set((stan?.arkusze ?? []).map((n) => n.toLowerCase()));
  const istniejace = new Map(z.arkusze.map((a) => [a.nazwa.toLowerCase(), a.nazwa]));
  const uwagi: Uwaga[] = [];
  for (const n of nazwy) {
    const jest = istniejace.get(n.toLowerCase());
    if (jest !== undefined && !wlasne.has(n.toLowerCase()) && n !== ARKUSZ_STANU)
      uwagi.push(
        uwaga(
          jest,
          null,
          'błąd',
          'WB-3.1',
          `Arkusz „${jest}” nie należy do dodatku, a dodatek chce zapisać arkusz o tej nazwie. Zmień nazwę swojego arkusza i uruchom ponownie — nic nie zapisano.`,
          `Sheet "${jest}" is not owned by the add-in, which needs that name. Rename your sheet and run again — nothing was written.`,
          { blokujaca: true },
        ),
      );
  }
  return uwagi;
}

/**
 * Builds the final plan for owned output sheets: refuses on a name collision (WB-3.1), records the
 * names as owned, merges metadata and stored data, and appends the state sheet.
 */
export function planWlasny(
  z: ZeszytSnapshot,
  arkusze: ZapisArkusza[],
  zmiany: { meta?: Record<string, string>; dane?: Record<string, DaneDoZapisu | null> } = {},
): { arkusze: ZapisArkusza[]; uwagi: Uwaga[] } {
  const stan = czytajStan(z);
  const uwagi = kolizjeNazw(
    z,
    arkusze.map((a) => a.nazwa),
    stan,
  );
  if (uwagi.length) return { arkusze: [], uwagi };
  const nowy: StanDoZapisu = stan
    ? { arkusze: [...stan.arkusze], meta: { ...stan.meta }, dane: { ...stan.dane } }
    : pustyStan();
  for (const a of arkusze) if (!nowy.arkusze.includes(a.nazwa)) nowy.arkusze.push(a.nazwa);
  // WB-4: the record of how a host wrote the file is the host's, made anew by every write
  for (const k of Object.keys(nowy.meta)) if (k.startsWith(PREFIKS_WYNIKU)) delete nowy.meta[k];
  Object.assign(nowy.meta, zmiany.meta ?? {});
  for (const [k, v] of Object.entries(zmiany.dane ?? {})) {
    if (v === null) delete nowy.dane[k];
    else nowy.dane[k] = v;
  }
  return { arkusze: [...arkusze, arkuszStanu(nowy)], uwagi: [] };
}

/**
 * WB-4 what the CLI records about a file it wrote: the operation, the mode (`kopia` = the whole file
 * written as the operation's output, `w-miejscu` = the user's input rewritten, `szablon`) and a SHA-256
 * of the values of its non-owned sheets. Only a `kopia` whose values are unchanged may be overwritten.
 */
export interface RekordWyniku {
  operacja: string;
  tryb: 'kopia' | 'w-miejscu' | 'szablon';
  odcisk: string;
}

/** The record of the file's last write by the CLI, or null (none, or an add-in run rewrote it since). */
export function rekordWyniku(stan: StanDodatku | null): Partial<RekordWyniku> | null {
  if (!stan) return null;
  const m = stan.meta;
  const operacja = m[`${PREFIKS_WYNIKU}operacja`];
  const tryb = m[`${PREFIKS_WYNIKU}tryb`];
  if (!operacja && !tryb) return null;
  return {
    operacja: operacja || undefined,
    tryb: tryb === 'kopia' || tryb === 'w-miejscu' || tryb === 'szablon' ? tryb : undefined,
    odcisk: m[`${PREFIKS_WYNIKU}odcisk`] || undefined,
  };
}

/** The plan with the host's record added to its state sheet (a plan without one is returned as it is). */
export function zRekordemWyniku(plan: PlanZapisu, r: RekordWyniku): PlanZapisu {
  return {
    ...plan,
    arkusze: plan.arkusze.map((a) =>
      a.nazwa !== ARKUSZ_STANU
        ? a
        : {
            ...a,
            wiersze: [
              ...a.wiersze,
              ...Object.entries(r).map(([k, v]) => [tekst('meta'), tekst(`${PREFIKS_WYNIKU}${k}`), tekst(v)]),
            ],
          },
    ),
  };
}
