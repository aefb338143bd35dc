/** Cell builders shared by the written JST sheets (WB-3.3 formats). */
import type { ZapisKomorki } from '../zeszyt/model';
import { FORMAT_LICZBA_2, FORMAT_PROCENT, tekst } from '../zeszyt/formaty';
import { liczbaKomorki, procentKomorki, type Ulamek } from '../rational';
import { TLO_KOLORU, TLO_SEKCJI, type Kolor } from './slowniki';

type Styl = Omit<NonNullable<ZapisKomorki>, 'v'>;

export function tytul(v: string): ZapisKomorki {
  return tekst(v, { pogrubienie: true, zawijaj: false });
}

export function sekcja(v: string): ZapisKomorki {
  return tekst(v, { pogrubienie: true, tlo: TLO_SEKCJI, zawijaj: false });
}

/** a plain ratio rounded half up to 2 decimals */
export function liczba2(u: Ulamek, styl: Styl = {}): ZapisKomorki {
  return { v: liczbaKomorki(u, 2), fmt: FORMAT_LICZBA_2, ...styl };
}

/** a share as a `0.00%` cell */
export function procent(u: Ulamek, styl: Styl = {}): ZapisKomorki {
  return { v: procentKomorki(u), fmt: FORMAT_PROCENT, ...styl };
}

/** a whole number */
export function calkowita(n: number | null, styl: Styl = {}): ZapisKomorki {
  return n === null ? tekst('brak danych', { kolorTekstu: '808080' }) : { v: n, fmt: '0', ...styl };
}

/** a special state (`brak komputerów` …) in grey */
export function stan(v: string, styl: Styl = {}): ZapisKomorki {
  return tekst(v, { kolorTekstu: '808080', ...styl });
}

export function kolor(k: Kolor | null, v: string = k ?? 'brak danych', styl: Styl = {}): ZapisKomorki {
  return k === null ? stan(v, styl) : tekst(v, { tlo: TLO_KOLORU[k], ...styl });
}

export function takNie(b: boolean | null): ZapisKomorki {
  return b === null ? stan('brak danych') : tekst(b ? 'TAK' : 'NIE');
}

/** bold copy of a cell (for total rows) */
export function pogrub(k: ZapisKomorki): ZapisKomorki {
  return k === null ? null : { ...k, pogrubienie: true };
}
