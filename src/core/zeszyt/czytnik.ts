/** WB-1.1 label–value sheets, WB-1.2 tables, WB-1.9 limits — generic readers over a snapshot. */
import type { ArkuszSnapshot, Komorka, ZeszytSnapshot } from './model';
import { uwaga, type Uwaga } from '../uwagi';
import { normalizuj } from '../tekst/normalizuj';
import { adres } from '../komorki/adres';
import { czyPusta } from '../komorki/odczyt';
import { prawieNaglowek } from './prawieNaglowek';

export const MAKS_WIERSZY_DANYCH = 100_000; // WB-1.9
export const MAKS_DLUGOSC_TEKSTU = 32_767; // WB-1.9

export function znajdzArkusz(zeszyt: ZeszytSnapshot, nazwa: string): ArkuszSnapshot | undefined {
  const n = normalizuj(nazwa);
  return zeszyt.arkusze.find((a) => a.nazwa === nazwa) ?? zeszyt.arkusze.find((a) => normalizuj(a.nazwa) === n);
}

export function brakArkusza(nazwa: string, regula = 'WB-5.3'): Uwaga {
  return uwaga(nazwa, null, 'błąd', regula, `Brak arkusza „${nazwa}”.`, `Sheet "${nazwa}" is missing.`, {
    blokujaca: true,
  });
}

/** WB-1.9: a cell text longer than 32 767 characters → refusal (one message). */
export function zaDlugiTekst(arkusz: ArkuszSnapshot): Uwaga | null {
  for (let r = 0; r < arkusz.wiersze.length; r++) {
    const w = arkusz.wiersze[r];
    if (!w) continue;
    for (let c = 0; c < w.length; c++) {
      const k = w[c];
      if (k && k.t === 's' && k.v.length > MAKS_DLUGOSC_TEKSTU)
        return uwaga(
          arkusz.nazwa,
          adres(r, c),
          'błąd',
          'WB-1.9',
          `Tekst w komórce ma ${k.v.length} znaków (limit ${MAKS_DLUGOSC_TEKSTU}); plik odrzucony.`,
          `The cell text has ${k.v.length} characters (limit ${MAKS_DLUGOSC_TEKSTU}); file refused.`,
          { blokujaca: true },
        );
    }
  }
  return null;
}

export interface WartoscEtykiety {
  komorka: Komorka;
  /** A1 address of the value cell (column B) */
  adres: string;
}

export interface Etykiety {
  arkusz: string;
  /** canonical label → its value cell (labels not present are absent) */
  wartosci: Map<string, WartoscEtykiety>;
  uwagi: Uwaga[];
}

export interface DefinicjaEtykiety {
  etykieta: string;
  wymagana: boolean;
  /** a missing required label blocks (WB-5.3) unless false */
  blokujaca?: boolean;
  /** other spellings accepted (matched by WB-1.3) */
  aliasy?: string[];
  /** the form field's key, carried by the findings on this label (`Uwaga.pole`) */
  pole?: string;
}

/** WB-1.1: column A label, column B value; any row order; unknown labels ignored; duplicates blocking. */
export function czytajEtykiety(
  arkusz: ArkuszSnapshot,
  definicje: readonly DefinicjaEtykiety[],
  regula = 'WB-1.1',
): Etykiety {
  const wgNormy = new Map<string, DefinicjaEtykiety>();
  for (const d of definicje) for (const e of [d.etykieta, ...(d.aliasy ?? [])]) wgNormy.set(normalizuj(e), d);
  const wartosci = new Map<string, WartoscEtykiety>();
  const pierwszyWiersz = new Map<string, number>();
  const uwagi: Uwaga[] = [];
  arkusz.wiersze.forEach((w, r) => {
    const k = w?.[0];
    if (!k || k.t !== 's') return;
    const d = wgNormy.get(normalizuj(k.v));
    if (!d) return;
    const poprzedni = pierwszyWiersz.get(d.etykieta);
    if (poprzedni !== undefined) {
      uwagi.push(
        uwaga(
          arkusz.nazwa,
          adres(r, 0),
          'błąd',
          regula,
          `Etykieta „${d.etykieta}” występuje dwukrotnie (także w A${poprzedni + 1}).`,
          `Label "${d.etykieta}" appears twice (also in A${poprzedni + 1}).`,
          { blokujaca: true, pole: d.pole },
        ),
      );
      return;
    }
    pierwszyWiersz.set(d.etykieta, r);
    wartosci.set(d.etykieta, { komorka: w[1], adres: adres(r, 1) });
  });
  for (const d of definicje) {
    if (d.wymagana && !wartosci.has(d.etykieta))
      uwagi.push(
        uwaga(
          arkusz.nazwa,
          null,
          'błąd',
          regula,
          `Brak wymaganej etykiety „${d.etykieta}” w kolumnie A.`,
          `Required label "${d.etykieta}" is missing from column A.`,
          { blokujaca: d.blokujaca !== false, pole: d.pole },
        ),
      );
  }
  return { arkusz: arkusz.nazwa, wartosci, uwagi };
}

export interface DefinicjaKolumny {
  naglowek: string;
  wymagana: boolean;
  aliasy?: string[];
}

export interface WierszTabeli {
  /** 0-based sheet row (Excel row = wiersz0 + 1) */
  wiersz0: number;
  /** 0-based index among the data rows */
  indeks: number;
  komorki: Komorka[];
}

export interface Tabela {
  arkusz: string;
  wierszNaglowka0: number;
  /** canonical header → 0-based column */
  kolumny: Map<string, number>;
  wiersze: WierszTabeli[];
  uwagi: Uwaga[];
  /** WB-1.9 refusal, when the table is too large */
  odmowa: Uwaga | null;
}

/**
 * WB-1.2: the header row is the first of the first 10 rows holding every required header; columns in
 * any order; duplicated headers blocking; data rows = rows where a recognised column other than `Lp.`
 * is non-blank; blank runs between data rows → one warning each; > 100 000 data rows → refusal.
 */
export function czytajTabele(arkusz: ArkuszSnapshot, definicje: readonly DefinicjaKolumny[]): Tabela {
  const uwagi: Uwaga[] = [];
  const wgNormy = new Map<string, DefinicjaKolumny>();
  for (const d of definicje) for (const h of [d.naglowek, ...(d.aliasy ?? [])]) wgNormy.set(normalizuj(h), d);
  const wymagane = definicje.filter((d) => d.wymagana);
  const pusta: Tabela = {
    arkusz: arkusz.nazwa,
    wierszNaglowka0: -1,
    kolumny: new Map(),
    wiersze: [],
    uwagi,
    odmowa: null,
  };

  let naglowek = -1;
  let najlepszy = { r: -1, brak: wymagane.map((d) => d.naglowek) };
  for (let r = 0; r < Math.min(10, arkusz.wiersze.length); r++) {
    const obecne = new Set<string>();
    for (const k of arkusz.wiersze[r] ?? [])
      if (k && k.t === 's') {
        const d = wgNormy.get(normalizuj(k.v));
        if (d) obecne.add(d.naglowek);
      }
    const brak = wymagane.filter((d) => !obecne.has(d.naglowek)).map((d) => d.naglowek);
    if (brak.length === 0) {
      naglowek = r;
      break;
    }
    if (obecne.size > 0 && brak.length < najlepszy.brak.length) najlepszy = { r, brak };
  }
  if (naglowek < 0) {
    const wiersz = najlepszy.r >= 0 ? (arkusz.wiersze[najlepszy.r] ?? []) : [];
    for (const h of najlepszy.brak) {
      // a near miss (look-alike letter, typo) is reported where it stands
      const c = prawieNaglowek(wiersz, h, (t) => wgNormy.has(normalizuj(t)));
      const tam = c >= 0 ? wiersz[c] : null;
      uwagi.push(
        tam && tam.t === 's'
          ? uwaga(
              arkusz.nazwa,
              adres(najlepszy.r, c),
              'błąd',
              'WB-1.2',
              `Brak wymaganego nagłówka „${h}”; tu jest „${tam.v}” — prawie to samo (inna lub podobna litera?). Popraw nagłówek.`,
              `Required header "${h}" is missing; this cell holds "${tam.v}" — nearly the same (a different or look-alike letter?). Correct the header.`,
              { blokujaca: true },
            )
          : uwaga(
              arkusz.nazwa,
              najlepszy.r >= 0 ? `A${najlepszy.r + 1}` : null,
              'błąd',
              'WB-1.2',
              `Brak wymaganego nagłówka „${h}” w pierwszych 10 wierszach.`,
              `Required header "${h}" is missing from the first 10 rows.`,
              { blokujaca: true },
            ),
      );
    }
    return pusta;
  }

  const kolumny = new Map<string, number>();
  (arkusz.wiersze[naglowek] ?? []).forEach((k, c) => {
    if (!k || k.t !== 's') return;
    const d = wgNormy.get(normalizuj(k.v));
    if (!d) return;
    const byla = kolumny.get(d.naglowek);
    if (byla !== undefined) {
      uwagi.push(
        uwaga(
          arkusz.nazwa,
          adres(naglowek, c),
          'błąd',
          'WB-1.2',
          `Nagłówek „${d.naglowek}” występuje dwukrotnie (także w ${adres(naglowek, byla)}).`,
          `Header "${d.naglowek}" appears twice (also in ${adres(naglowek, byla)}).`,
          { blokujaca: true },
        ),
      );
      return;
    }
    kolumny.set(d.naglowek, c);
  });

  const rozpoznane = [...kolumny.entries()].filter(([h]) => normalizuj(h) !== 'lp.').map(([, c]) => c);
  const wiersze: WierszTabeli[] = [];
  let pustyOd = -1;
  for (let r = naglowek + 1; r < arkusz.wiersze.length; r++) {
    const w = arkusz.wiersze[r];
    if (!w || !maDane(w, rozpoznane)) {
      if (pustyOd < 0) pustyOd = r;
      continue;
    }
    if (pustyOd >= 0 && wiersze.length > 0) {
      const zakres = pustyOd === r - 1 ? `${pustyOd + 1}` : `${pustyOd + 1}–${r}`;
      uwagi.push(
        uwaga(
          arkusz.nazwa,
          `A${pustyOd + 1}`,
          'ostrzeżenie',
          'WB-1.2',
          `Pusty wiersz ${zakres} w środku danych — pominięty.`,
          `Empty row ${zakres} in the middle of the data — skipped.`,
        ),
      );
    }
    pustyOd = -1;
    if (wiersze.length >= MAKS_WIERSZY_DANYCH) {
      const odmowa = uwaga(
        arkusz.nazwa,
        null,
        'błąd',
        'WB-1.9',
        `Arkusz ma ponad ${MAKS_WIERSZY_DANYCH.toLocaleString('pl-PL')} wierszy danych; plik odrzucony.`,
        `The sheet has more than ${MAKS_WIERSZY_DANYCH} data rows; file refused.`,
        { blokujaca: true },
      );
      return { ...pusta, kolumny, wierszNaglowka0: naglowek, odmowa };
    }
    wiersze.push({ wiersz0: r, indeks: wiersze.length, komorki: w });
  }
  return { arkusz: arkusz.nazwa, wierszNaglowka0: naglowek, kolumny, wiersze, uwagi, odmowa: null };
}

/** WB-1.2: a data row has a non-blank cell in some recognised column (`Lp.` excluded). */
function maDane(w: readonly Komorka[], rozpoznane: readonly number[]): boolean {
  for (let i = 0; i < rozpoznane.length; i++) if (!czyPusta(w[rozpoznane[i]])) return true;
  return false;
}

/** The cell of a data row under a canonical header (undefined when the column is absent). */
export function pole(t: Tabela, w: WierszTabeli, naglowek: string): Komorka {
  const c = t.kolumny.get(naglowek);
  return c === undefined ? undefined : w.komorki[c];
}

/** A1 address of a data row's cell under a header (or of column A when the column is absent). */
export function adresPola(t: Tabela, w: WierszTabeli, naglowek: string): string {
  return adres(w.wiersz0, t.kolumny.get(naglowek) ?? 0);
}
