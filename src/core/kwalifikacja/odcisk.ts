/**
 * CS-Z3.F input fingerprint: lowercase hex SHA-256 of the UTF-8 text of the lines joined by "\n"
 * (no trailing newline). A value that could not be read is written '?'.
 */
import type { Grosze } from '../kwota';
import { sha256Hex } from './sha256';
import { ZapisUtf8 } from '../tekst/utf8';
import { dziesietny } from '../rational';
import type { PodzialWielkosci, Wariant, WariantZastepczy, Wielkosc } from './typy';

export const ID_ALGORYTMU = 'CS-Z3/1';

/** An unreadable value (written '?'). */
export type Nieczytelne = '?';

export interface NaglowekOdcisku {
  /** A in grosze */
  kwota: Grosze | Nieczytelne;
  /** P1 in hundredths of a percent; null = empty (`domyślny`) */
  udzialSetne: number | null | Nieczytelne;
  /** the effective P2 value (empty cell = `wg wnioskowanych kwot`) */
  podzial: PodzialWielkosci | Nieczytelne;
  /** the three SIO counts; null when none is given (`SIO=-`) */
  sio: { mała: number | Nieczytelne; średnia: number | Nieczytelne; duża: number | Nieczytelne } | null;
  /** the seed as read by WB-1.8 whenever the cell is non-empty, used or not; null when empty or absent */
  ziarno: string | null;
  /** manual order in use (CS-Z3.1) */
  reczna: boolean;
  /** with `reczna`: P4 `w koszykach` → `RECZNA=KOSZYKI` */
  koszyki?: boolean;
}

export interface WierszOdcisku {
  /** normalised REGON (WB-1.6); null = unreadable → the row is not part of the fingerprint */
  regon: string | null;
  wielkosc: Wielkosc | Nieczytelne;
  v1: Wariant | Nieczytelne;
  v2: WariantZastepczy | Nieczytelne;
  /** requested amount in grosze */
  wnioskowana: Grosze | Nieczytelne;
  /** r = min(requested, cap) in grosze */
  r: Grosze | Nieczytelne;
  /** effective formal evaluation */
  ocena: 'P' | 'N' | Nieczytelne;
  /** `Kolejność losowania`; null = blank (`-`) */
  kolejnosc: number | null | Nieczytelne;
}

const procent = (setne: number): string => dziesietny(BigInt(setne), 2);

/** The fields of a row's line, joined by `|` (CS-Z3.F). */
function polaLinii(w: WierszZRegonem): Array<string | number> {
  return [w.regon, w.wielkosc, w.v1, w.v2, w.wnioskowana, w.r, w.ocena, w.kolejnosc === null ? '-' : w.kolejnosc];
}

type WierszZRegonem = WierszOdcisku & { regon: string };

/**
 * CS-Z3.F: the header lines, then the rows with a readable REGON in the order of their lines: by REGON
 * (the same REGON twice: by the whole line).
 */
function trescOdcisku(
  naglowek: NaglowekOdcisku,
  wiersze: readonly WierszOdcisku[],
): { linie: string[]; dane: WierszZRegonem[] } {
  const n = naglowek;
  const p1 = n.udzialSetne === null ? 'domyślny' : n.udzialSetne === '?' ? '?' : procent(n.udzialSetne);
  const linie = [
    ID_ALGORYTMU,
    `A=${n.kwota}`,
    `P1=${p1}`,
    `P2=${n.podzial}`,
    n.sio === null ? 'SIO=-' : `SIO=${n.sio.mała},${n.sio.średnia},${n.sio.duża}`,
    `ZIARNO=${n.ziarno === null ? '-' : n.ziarno}`,
    `RECZNA=${n.reczna ? (n.koszyki ? 'KOSZYKI' : 'TAK') : 'NIE'}`,
  ];
  return { linie, dane: poRegonach(wiersze.filter((w): w is WierszZRegonem => w.regon !== null)) };
}

/** the same REGON twice: by the whole line */
function porownajLinie(a: WierszZRegonem, b: WierszZRegonem): number {
  const x = polaLinii(a).join('|');
  const y = polaLinii(b).join('|');
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The order number of a REGON text (see `poRegonach`), or -1 when it is not 1–14 digits. */
function kluczRegonu(r: string): number {
  if (r.length === 0 || r.length > 14) return -1;
  let v = 0;
  for (let i = 0; i < 14; i++) {
    const c = i < r.length ? r.charCodeAt(i) - 48 : 0;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v * 16 + r.length;
}

/**
 * Rows in the order of their REGON texts. REGONs are digit strings of at most 14 digits, so each gets a
 * number with the texts' order — the digits padded with zeros to 14, then the length (a prefix sorts
 * first) — and the numbers are sorted natively; any other text falls back to comparing texts.
 */
function poRegonach(dane: WierszZRegonem[]): WierszZRegonem[] {
  const klucze = new Float64Array(dane.length);
  for (let i = 0; i < dane.length; i++) {
    const k = kluczRegonu(dane[i].regon);
    if (k < 0) return dane.sort((a, b) => (a.regon !== b.regon ? (a.regon < b.regon ? -1 : 1) : porownajLinie(a, b)));
    klucze[i] = k;
  }
  const wgKlucza = new Map<number, WierszZRegonem[]>();
  dane.forEach((w, i) => {
    const lista = wgKlucza.get(klucze[i]);
    if (lista) lista.push(w);
    else wgKlucza.set(klucze[i], [w]);
  });
  klucze.sort();
  const wynik: WierszZRegonem[] = [];
  for (let i = 0; i < klucze.length; i++) {
    if (i && klucze[i] === klucze[i - 1]) continue;
    const lista = wgKlucza.get(klucze[i])!;
    if (lista.length > 1) lista.sort(porownajLinie);
    for (const w of lista) wynik.push(w);
  }
  return wynik;
}

/** CS-Z3.F: the fingerprint text (lines joined by "\n", no trailing newline). */
export function tekstOdcisku(naglowek: NaglowekOdcisku, wiersze: readonly WierszOdcisku[]): string {
  const { linie, dane } = trescOdcisku(naglowek, wiersze);
  return [...linie, ...dane.map((w) => polaLinii(w).join('|'))].join('\n');
}

/**
 * CS-Z3.F: lowercase hex SHA-256 of `tekstOdcisku`, its UTF-8 bytes written straight from the fields (the
 * text of 100 000 rows is never built as strings).
 */
export function odcisk(naglowek: NaglowekOdcisku, wiersze: readonly WierszOdcisku[]): string {
  const { linie, dane } = trescOdcisku(naglowek, wiersze);
  const z = new ZapisUtf8();
  z.tekst(linie.join('\n'));
  for (const w of dane) {
    const pola = polaLinii(w);
    z.znak(10);
    for (let i = 0; i < pola.length; i++) {
      if (i) z.znak(124);
      const v = pola[i];
      if (typeof v === 'number') z.liczba(v);
      else z.tekst(v);
    }
  }
  return sha256Hex(z.bajty());
}
