/**
 * CS-Z3.R frozen state of a protocol (kept by the schema module in `_cyfrowa_szkola`, WB-3.1):
 * JSON-serialisable (bigints as strings), holds everything the resignation walks need.
 */
import type { Grosze } from '../kwota';
import type { DataKalendarzowa } from '../program/definicja';
import { ID_ALGORYTMU } from './odcisk';
import { wgKlucza } from '../tablice/wgKlucza';
import { ustawBezLuk } from '../tablice/bezLuk';
import type { Pozycjonowany } from './silnik';
import { TekstWCzesciach } from '../tekst/czesci';
import type { Koperty, Krok, Udzial, Wariant, WierszCoJesli, WniosekDoKwalifikacji, WynikKwalifikacji } from './typy';

/** `Udzial` with the bigints as decimal strings. */
export interface UdzialJson {
  licznik: string;
  mianownik: string;
  domyslny: boolean;
}

/** One positive application in the frozen state, in draw order (row order after CS-Z3.0). */
export interface WniosekZamrozony extends Pozycjonowany {
  decyzja: 'zakwalifikowana' | 'niezakwalifikowana' | 'rezygnacja';
  /** variant granted, or v1 when not qualified */
  wariant: Wariant;
  wsparcie: Grosze | null;
  krok: Krok | null;
  /** smallest shortfall over all walks so far */
  brak: Grosze | null;
}

export interface RezygnacjaPrzetworzona {
  regon: string;
  data: DataKalendarzowa;
  wariant: Wariant;
  kwota: Grosze;
}

/** Frozen decisions of a protocol (kept in `_cyfrowa_szkola`, WB-3.1). */
export interface StanZamrozony {
  /** the schema of the decisions (the stored text's layout has its own number: `zapiszStanZamrozony`) */
  wersja: 1;
  algorytm: typeof ID_ALGORYTMU;
  /** CS-Z3.F fingerprint of the inputs of the protocol */
  odcisk: string;
  kwota: Grosze;
  wszystkieMieszcza: boolean;
  udzial: UdzialJson | null;
  /** E, E_k,s and the current D_k, L_k (null after CS-Z3.0) */
  koperty: Koperty | null;
  coJesli: Array<Omit<WierszCoJesli, 'udzial'> & { udzial?: UdzialJson }> | null;
  wnioski: WniosekZamrozony[];
  rezygnacje: RezygnacjaPrzetworzona[];
}

export const doJson = (u: Udzial): UdzialJson => ({
  licznik: String(u.licznik),
  mianownik: String(u.mianownik),
  domyslny: u.domyslny,
});
export const zJson = (u: UdzialJson): Udzial => ({
  licznik: BigInt(u.licznik),
  mianownik: BigInt(u.mianownik),
  domyslny: u.domyslny,
});

/** Build the frozen state from a first run (`kwalifikuj`) and its inputs. */
export function zamrozStan(
  wynik: WynikKwalifikacji,
  wnioski: readonly WniosekDoKwalifikacji[],
  odcisk: string,
): StanZamrozony {
  // by row index in an array (a Map of 100 000 numbers is slower)
  const poIndeksie: Array<WniosekDoKwalifikacji | undefined> = [];
  for (const w of wnioski) ustawBezLuk(poIndeksie, w.indeks, w);
  // draw position ascending (none = 0), then row order; made in that order, so later passes read memory in order
  const wKolejnosci = wgKlucza(
    wynik.decyzje,
    (d) => d.pozycja ?? 0,
    (d) => d.indeks,
  );
  const zam: WniosekZamrozony[] = wKolejnosci.map((d) => {
    const w = poIndeksie[d.indeks];
    if (!w) throw new Error(`CS-Z3.R: brak wniosku ${d.indeks}`);
    const z: WniosekZamrozony = {
      indeks: d.indeks,
      regon: d.regon,
      wielkosc: w.wielkosc,
      v1: w.v1,
      v2: w.v2,
      r: w.r,
      pozycja: d.pozycja,
      klucz: d.klucz,
      decyzja: d.decyzja,
      wariant: d.wariant,
      wsparcie: d.wsparcie,
      krok: d.krok,
      brak: d.brak,
    };
    // present only in a draw held in baskets (CS-Z3.1 P4)
    if (d.numerWKoszyku != null) z.numerWKoszyku = d.numerWKoszyku;
    return z;
  });
  const kop = wynik.koperty;
  return {
    wersja: 1,
    algorytm: ID_ALGORYTMU,
    odcisk,
    kwota: wynik.przyznano + wynik.niewykorzystane,
    wszystkieMieszcza: wynik.wszystkieMieszcza,
    udzial: wynik.udzial && doJson(wynik.udzial),
    koperty: kop && {
      E: { ...kop.E },
      Es: { I: { ...kop.Es.I }, II: { ...kop.Es.II } },
      D: { ...kop.D },
      L: { ...kop.L },
    },
    coJesli:
      wynik.coJesli &&
      wynik.coJesli.map(({ udzial, ...w }) => ({
        ...w,
        I: { ...w.I },
        II: { ...w.II },
        ...(udzial ? { udzial: doJson(udzial) } : {}),
      })),
    wnioski: zam,
    rezygnacje: [],
  };
}

/** CS-Z3.R: the inputs are unchanged since the protocol (else blocking `dane zmieniły się po protokole`). */
export function zgodnyOdcisk(stan: StanZamrozony, odcisk: string): boolean {
  return stan.odcisk === odcisk;
}

/** The fields of a frozen application, each stored as one column (version 2 of the stored text). */
const KOLUMNY_WNIOSKOW = [
  'indeks',
  'regon',
  'wielkosc',
  'v1',
  'v2',
  'r',
  'pozycja',
  'klucz',
  'numerWKoszyku',
  'decyzja',
  'wariant',
  'wsparcie',
  'krok',
  'brak',
] as const satisfies ReadonlyArray<keyof WniosekZamrozony>;

type KolumnyWnioskow = Record<(typeof KOLUMNY_WNIOSKOW)[number], unknown[]>;

/** each column's values, read by named field (a field chosen by a variable name was most of the time at 100 000 rows) */
const WARTOSCI: { [K in (typeof KOLUMNY_WNIOSKOW)[number]]: (w: WniosekZamrozony) => unknown } = {
  indeks: (w) => w.indeks,
  regon: (w) => w.regon,
  wielkosc: (w) => w.wielkosc,
  v1: (w) => w.v1,
  v2: (w) => w.v2,
  r: (w) => w.r,
  pozycja: (w) => w.pozycja,
  klucz: (w) => w.klucz,
  numerWKoszyku: (w) => w.numerWKoszyku,
  decyzja: (w) => w.decyzja,
  wariant: (w) => w.wariant,
  wsparcie: (w) => w.wsparcie,
  krok: (w) => w.krok,
  brak: (w) => w.brak,
};

/**
 * applications per piece of a column's text: fewer, longer pieces are faster to make (a piece of keys is about
 * 67 000 characters, cut into parts by `TekstWCzesciach`)
 */
const BLOK = 1000;

/**
 * WB-3.1 the state as text in `_cyfrowa_szkola`, written straight into parts of at most `rozmiar` characters
 * (one per cell; `TekstWCzesciach`): the applications column by column (`wersja` 2) — half the text of one
 * object per application and a third of the time to write and read (a national run stores 14 000 of them).
 * `czytajStanZamrozony` reads the parts joined, in both versions.
 */
export function czesciStanuZamrozonego(stan: StanZamrozony, rozmiar: number): string[] {
  const t = new TekstWCzesciach(rozmiar);
  const { wnioski, ...reszta } = stan;
  // the other fields as one object, then `"wnioski":{"indeks":[…],…}` before its closing brace
  const poczatek = JSON.stringify({ ...reszta, wersja: 2 });
  t.dopisz(poczatek.slice(0, -1));
  t.dopisz(',"wnioski":{');
  KOLUMNY_WNIOSKOW.forEach((k, nr) => {
    const wartosc = WARTOSCI[k];
    t.dopisz(`${nr ? ',' : ''}"${k}":[`);
    for (let i = 0; i < wnioski.length; i += BLOK) {
      const blok: unknown[] = [];
      for (let j = i; j < Math.min(i + BLOK, wnioski.length); j++) blok.push(wartosc(wnioski[j]) ?? null);
      const json = JSON.stringify(blok);
      t.dopisz(i ? `,${json.slice(1, -1)}` : json.slice(1, -1));
    }
    t.dopisz(']');
  });
  t.dopisz('}}');
  return t.czesci();
}

/** The state's whole text (`czesciStanuZamrozonego` in one part). */
export const zapiszStanZamrozony = (stan: StanZamrozony): string =>
  czesciStanuZamrozonego(stan, Number.POSITIVE_INFINITY).join('');

/** The state read back from its text (version 1: one object per application; 2: columns); null when unreadable. */
export function czytajStanZamrozony(tekst: string): StanZamrozony | null {
  let s: unknown;
  try {
    s = JSON.parse(tekst);
  } catch {
    return null;
  }
  if (typeof s !== 'object' || s === null) return null;
  const o = s as Omit<StanZamrozony, 'wnioski' | 'wersja'> & { wersja?: unknown; wnioski?: unknown };
  if (typeof o.odcisk !== 'string') return null;
  if (Array.isArray(o.wnioski)) return { ...o, wersja: 1, wnioski: o.wnioski as WniosekZamrozony[] };
  const k = o.wnioski as Partial<KolumnyWnioskow> | undefined;
  if (o.wersja !== 2 || !k || !KOLUMNY_WNIOSKOW.every((n) => Array.isArray(k[n]) && k[n].length === k.indeks!.length))
    return null;
  const c = k as KolumnyWnioskow;
  const wnioski = c.indeks.map((_, i) => {
    const w = {} as Record<string, unknown>;
    for (const n of KOLUMNY_WNIOSKOW) {
      const v = c[n][i];
      // `numerWKoszyku` is present only in a draw held in baskets (CS-Z3.1 P4), as in version 1
      if (n !== 'numerWKoszyku' || v !== null) w[n] = v;
    }
    return w as unknown as WniosekZamrozony;
  });
  return { ...o, wersja: 1, wnioski };
}
