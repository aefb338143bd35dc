/**
 * Reading the fields of one table row with located findings (WB-1.4 … WB-1.7): every bad cell gives a
 * finding naming the sheet and the cell, and the value becomes null — nothing throws.
 */
import type { Tabela, WierszTabeli } from '../zeszyt/czytnik';
import { adresPola, pole } from '../zeszyt/czytnik';
import type { Komorka } from '../zeszyt/model';
import type { DataKalendarzowa } from '../program/definicja';
import type { Grosze } from '../kwota';
import { uwaga, type Uwaga, type Waga } from '../uwagi';
import type { Slownik } from '../tekst/normalizuj';
import {
  odczytajDate,
  odczytajIdentyfikator,
  odczytajKwote,
  odczytajLiczbeCalkowita,
  odczytajLiczbeSkalowana,
  odczytajProcentSetne,
  odczytajSlownik,
  odczytajTekst,
  TAK_NIE,
  type Odczyt,
  type RodzajIdentyfikatora,
} from '../komorki/odczyt';

export interface OpcjePola {
  /** an empty cell is an error (WB-1.4); default true */
  wymagana?: boolean;
  /** smallest accepted value (in the returned unit) */
  min?: number;
}

export class PolaWiersza {
  /** 1-based Excel row */
  readonly wiersz: number;

  constructor(
    readonly t: Tabela,
    readonly w: WierszTabeli,
    readonly uwagi: Uwaga[],
    /** rule id of the sheet's own checks (`JST-1`, `JST-3` …) */
    readonly regula: string,
  ) {
    this.wiersz = w.wiersz0 + 1;
  }

  komorka(h: string): Komorka {
    return pole(this.t, this.w, h);
  }

  adres(h: string): string {
    return adresPola(this.t, this.w, h);
  }

  /** a located finding on the cell under header h */
  zglos(h: string, waga: Waga, pl: string, en: string, regula = this.regula): void {
    this.uwagi.push(
      uwaga(this.t.arkusz, this.adres(h), waga, regula, `„${h}”: ${pl}`, `"${h}": ${en}`, { wiersz: this.wiersz }),
    );
  }

  private wynik<T>(h: string, o: Odczyt<T>, regula: string, opcje: OpcjePola): T | null {
    if (o.ok) {
      if (o.infoPl) this.zglos(h, 'informacja', o.infoPl, o.infoEn ?? o.infoPl, regula);
      return o.v;
    }
    if (o.pusta) {
      if (opcje.wymagana !== false)
        this.zglos(h, 'błąd', 'brak wartości (pole wymagane)', 'value missing (required field)', 'WB-1.4');
      return null;
    }
    this.zglos(h, 'błąd', o.pl, o.en, regula);
    return null;
  }

  private zakres(h: string, v: number | null, min: number | undefined, pokaz: (n: number) => string): number | null {
    if (v === null || min === undefined || v >= min) return v;
    this.zglos(
      h,
      'błąd',
      `wartość ${pokaz(v)} jest mniejsza niż ${pokaz(min)}`,
      `value ${pokaz(v)} is below ${pokaz(min)}`,
    );
    return null;
  }

  /** WB-1.4 count; min defaults to 0 */
  calkowita(h: string, opcje: OpcjePola = {}): number | null {
    const v = this.wynik(h, odczytajLiczbeCalkowita(this.komorka(h)), 'WB-1.4', opcje);
    return this.zakres(h, v, opcje.min ?? 0, String);
  }

  /** WB-1.4 decimal scaled by 10^miejsca (0,25 with 4 places → 2500); min in the same scale, default 0 */
  skalowana(h: string, miejsca: number, opcje: OpcjePola = {}): number | null {
    const v = this.wynik(h, odczytajLiczbeSkalowana(this.komorka(h), miejsca), 'WB-1.4', opcje);
    return this.zakres(h, v, opcje.min ?? 0, (n) => pokazSkalowana(n, miejsca));
  }

  /** WB-1.4 money in grosze; min in grosze, default 0 */
  kwota(h: string, opcje: OpcjePola = {}): Grosze | null {
    const v = this.wynik(h, odczytajKwote(this.komorka(h)), 'WB-1.4', opcje);
    return this.zakres(h, v, opcje.min ?? 0, (n) => pokazSkalowana(n, 2));
  }

  /** WB-1.5 percent in hundredths of a percent */
  procent(h: string, opcje: OpcjePola = {}): number | null {
    const v = this.wynik(h, odczytajProcentSetne(this.komorka(h)), 'WB-1.5', opcje);
    return this.zakres(h, v, opcje.min ?? 0, (n) => `${pokazSkalowana(n, 2)} %`);
  }

  /** WB-1.7 */
  data(h: string, opcje: OpcjePola = {}): DataKalendarzowa | null {
    return this.wynik(h, odczytajDate(this.komorka(h)), 'WB-1.7', opcje);
  }

  /** a vocabulary value (WB-1.3) */
  slownik<T extends string>(h: string, s: Slownik<T>, opcje: OpcjePola = {}): T | null {
    return this.wynik(h, odczytajSlownik(this.komorka(h), s), this.regula, opcje);
  }

  /** `TAK` | `NIE` → true | false */
  takNie(h: string, opcje: OpcjePola = {}): boolean | null {
    const v = this.slownik(h, TAK_NIE, opcje);
    return v === null ? null : v === 'TAK';
  }

  tekst(h: string, opcje: OpcjePola = {}): string | null {
    return this.wynik(h, odczytajTekst(this.komorka(h)), 'WB-1.4', opcje);
  }

  /** WB-1.6 */
  identyfikator(h: string, rodzaj: RodzajIdentyfikatora, opcje: OpcjePola = {}): string | null {
    return this.wynik(h, odczytajIdentyfikator(this.komorka(h), rodzaj), 'WB-1.6', opcje);
  }
}

/** 2500 with 4 places → `0,25` (trailing zeros trimmed) */
export function pokazSkalowana(n: number, miejsca: number): string {
  const ujemna = n < 0;
  const a = String(ujemna ? -n : n).padStart(miejsca + 1, '0');
  const calk = a.slice(0, a.length - miejsca);
  const ul = a.slice(a.length - miejsca).replace(/0+$/, '');
  return `${ujemna ? '-' : ''}${calk}${ul ? `,${ul}` : ''}`;
}
