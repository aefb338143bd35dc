/**
 * WB-1.4 … WB-1.8: turning one cell into a typed value, or a reason it cannot be read.
 * Readers never throw; they return `{ ok: false, pl, en }` with a message (location is the caller's).
 */
import type { Komorka } from '../zeszyt/model';
import type { DataKalendarzowa } from '../program/definicja';
import type { Grosze } from '../kwota';
import { dataIso, dataPoprawna, dataZTekstu } from './daty';
import { Slownik } from '../tekst/normalizuj';
import { sameCyfry } from '../tekst/cyfry';

export type Odczyt<T> =
  { ok: true; v: T; infoPl?: string; infoEn?: string } | { ok: false; pusta: boolean; pl: string; en: string };

const PUSTA = { ok: false as const, pusta: true, pl: 'brak wartości', en: 'value missing' };
function blad(pl: string, en: string): { ok: false; pusta: false; pl: string; en: string } {
  return { ok: false, pusta: false, pl, en };
}
const BLAD_FORMULY = (e: string) => blad(`błąd formuły (${e})`, `formula error (${e})`);

/** WB-1.2 blank: empty, `""`, or whitespace only. */
export function czyPusta(k: Komorka): boolean {
  if (k === null || k === undefined) return true;
  if (k.t !== 's') return false;
  const c = k.v.charCodeAt(0); // a printable ASCII first character: not blank, no trimmed copy needed
  return c > 32 && c < 127 ? false : k.v.trim() === '';
}

/** The cell's display text for text fields (names, addresses); numbers via String(x). */
export function tekstKomorki(k: Komorka): string {
  if (k === null || k === undefined) return '';
  switch (k.t) {
    case 's':
      return k.v;
    case 'n':
      return String(k.v);
    case 'b':
      return k.v ? 'TAK' : 'NIE';
    case 'd':
      return dataIso(k);
    case 'e':
      return k.v;
  }
}

export function odczytajTekst(k: Komorka): Odczyt<string> {
  if (czyPusta(k)) return PUSTA;
  if (k!.t === 'e') return BLAD_FORMULY(k!.v);
  return { ok: true, v: tekstKomorki(k).trim() };
}

/** A decimal as sign + digit strings, exact (no floats). */
interface Dziesietna {
  ujemna: boolean;
  calkowita: string; // digits, no leading zeros except '0'
  ulamek: string; // digits after the separator, trailing zeros removed
}

const TEKST_GRUPY = /^\s*(\d{1,3}(?:[ \u00A0\u202F]\d{3})*)(?:[,.](\d{1,2}))?\s*(?:zł|PLN)?\s*$/u;
const TEKST_CIAGLY = /^\s*(\d+)(?:[,.](\d{1,2}))?\s*(?:zł|PLN)?\s*$/u;
const TEKST_DLUGI_ULAMEK = /^\s*(\d+)[,.](\d{3,})\s*(?:zł|PLN)?\s*$/u;

function zRozwiniecia(s: string): Dziesietna | null {
  // ECMAScript String(x) of a finite number: [-]digits[.digits][e±digits]
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(s);
  if (!m) return null;
  let cyfry = m[2] + (m[3] ?? '');
  let kropka = m[2].length + (m[4] ? Number(m[4]) : 0);
  if (kropka < 0) {
    cyfry = '0'.repeat(-kropka) + cyfry;
    kropka = 0;
  }
  if (kropka > cyfry.length) cyfry = cyfry + '0'.repeat(kropka - cyfry.length);
  return uporzadkuj(m[1] === '-', cyfry.slice(0, kropka), cyfry.slice(kropka));
}

function uporzadkuj(ujemna: boolean, calk: string, ul: string): Dziesietna {
  const calkowita = calk.replace(/^0+(?=\d)/, '') || '0';
  const ulamek = ul.replace(/0+$/, '');
  return { ujemna: ujemna && (calkowita !== '0' || ulamek !== ''), calkowita, ulamek };
}

/** WB-1.4: a cell as an exact decimal, or why not (text allows at most 2 decimals). */
function odczytajDziesietna(k: Komorka): Odczyt<Dziesietna> {
  if (czyPusta(k)) return PUSTA;
  const c = k!;
  if (c.t === 'e') return BLAD_FORMULY(c.v);
  if (c.t === 'n') {
    if (!Number.isFinite(c.v)) return blad('nieprawidłowa liczba', 'invalid number');
    const d = zRozwiniecia(String(c.v));
    return d ? { ok: true, v: d } : blad('nieprawidłowa liczba', 'invalid number');
  }
  if (c.t === 's') {
    const m = TEKST_GRUPY.exec(c.v) ?? TEKST_CIAGLY.exec(c.v);
    if (m) return { ok: true, v: uporzadkuj(false, m[1].replace(/[ \u00A0\u202F]/gu, ''), m[2] ?? '') };
    if (TEKST_DLUGI_ULAMEK.exec(c.v))
      return blad(`„${c.v}”: za dużo miejsc po przecinku`, `"${c.v}": too many decimal places`);
    return blad(
      `„${skroc(c.v)}” nie jest liczbą w dozwolonym zapisie (np. 90 000,00)`,
      `"${skroc(c.v)}" is not a number in an accepted form (e.g. 90 000,00)`,
    );
  }
  if (c.t === 'd') return blad('data zamiast liczby', 'a date instead of a number');
  return blad('wartość logiczna zamiast liczby', 'a boolean instead of a number');
}

export function skroc(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/**
 * Grosze of a number's shortest form `[-]digits.d` or `[-]digits.dd` with at most 13 digits before the point
 * (the usual amount cell, e.g. 71400.04), read digit by digit; null for any other form (exponent, more
 * decimals, out of range), which the exact decimal expansion then reads or explains.
 */
function groszeZapisu(s: string): Grosze | null {
  const ujemna = s.charCodeAt(0) === 45; // '-'
  const kropka = s.indexOf('.');
  const poKropce = s.length - kropka - 1;
  if (kropka < 0 || poKropce > 2 || kropka - (ujemna ? 1 : 0) > 13) return null;
  let g = 0;
  for (let i = ujemna ? 1 : 0; i < s.length; i++) {
    if (i === kropka) continue;
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    g = g * 10 + c;
  }
  if (poKropce === 1) g *= 10;
  return ujemna ? -g : g;
}

const cyfra = (c: number) => c >= 48 && c <= 57;
const separatorGrup = (c: number) => c === 0x20 || c === 0xa0 || c === 0x202f;

/**
 * Grosze of the usual amount texts (`90 000,00 zł`, `71400`, `150 000 PLN`: groups of three, up to 2
 * decimals, an optional `zł`/`PLN` after one space) read char by char; null for any other text (leading
 * spaces, over 13 digits, …), which TEKST_GRUPY / TEKST_CIAGLY then read or explain — same value.
 */
function groszeTekstu(s: string): Grosze | null {
  const n = s.length;
  let i = 0;
  let zl = 0;
  let cyfr = 0;
  let grupa = 0; // digits since the last group separator
  let grupy = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (cyfra(c)) {
      zl = zl * 10 + (c - 48);
      cyfr++;
      grupa++;
    } else if (separatorGrup(c) && cyfra(s.charCodeAt(i + 1))) {
      if (grupa === 0 || (grupy ? grupa !== 3 : grupa > 3)) return null;
      grupy = true;
      grupa = 0;
    } else break;
  }
  if (cyfr === 0 || cyfr > 13 || (grupy && grupa !== 3)) return null;
  let grosze = zl * 100;
  if (s[i] === ',' || s[i] === '.') {
    let ulamek = 0;
    let j = i + 1;
    for (; j < n && cyfra(s.charCodeAt(j)); j++) ulamek = ulamek * 10 + (s.charCodeAt(j) - 48);
    const dl = j - i - 1;
    if (dl < 1 || dl > 2) return null;
    grosze += dl === 1 ? ulamek * 10 : ulamek;
    i = j;
  }
  if (s[i] === ' ') i++;
  if (i === n || (s.startsWith('zł', i) && i + 2 === n) || (s.startsWith('PLN', i) && i + 3 === n)) return grosze;
  return null;
}

/** WB-1.4 money: at most 2 decimals (never rounded); returns grosze (may be negative for numeric cells). */
export function odczytajKwote(k: Komorka): Odczyt<Grosze> {
  // a whole number of zł below the range limit (10^13): exact as it is, no decimal expansion needed
  if (k && k.t === 'n' && Number.isInteger(k.v) && Math.abs(k.v) < 1e13) return { ok: true, v: k.v * 100 + 0 };
  const szybko = !k ? null : k.t === 'n' ? groszeZapisu(String(k.v)) : k.t === 's' ? groszeTekstu(k.v) : null;
  if (szybko !== null) return { ok: true, v: szybko };
  const d = odczytajDziesietna(k);
  if (!d.ok) return d;
  const { ujemna, calkowita, ulamek } = d.v;
  if (ulamek.length > 2)
    return blad(
      `kwota ma więcej niż 2 miejsca po przecinku (${tekstKomorki(k)})`,
      `amount has more than 2 decimal places (${tekstKomorki(k)})`,
    );
  if (calkowita.length > 13) return blad('kwota poza zakresem', 'amount out of range');
  const g = Number(calkowita) * 100 + Number(ulamek.padEnd(2, '0'));
  return { ok: true, v: ujemna ? -g : g };
}

/** WB-1.4 count: integer-valued (`80`, `80,0`, `80.0` are 80). */
export function odczytajLiczbeCalkowita(k: Komorka): Odczyt<number> {
  // an integer below the range limit (10^15): exact as it is (`+ 0` turns -0 into 0, as the expansion does)
  if (k && k.t === 'n' && Number.isInteger(k.v) && Math.abs(k.v) < 1e15) return { ok: true, v: k.v + 0 };
  const d = odczytajDziesietna(k);
  if (!d.ok)
    return !d.pusta && k && k.t === 's'
      ? blad(`„${skroc(k.v)}” nie jest liczbą całkowitą ≥ 0`, `"${skroc(k.v)}" is not a whole number ≥ 0`)
      : d;
  const { ujemna, calkowita, ulamek } = d.v;
  if (ulamek !== '')
    return blad(`${tekstKomorki(k)} nie jest liczbą całkowitą`, `${tekstKomorki(k)} is not a whole number`);
  if (calkowita.length > 15) return blad('liczba poza zakresem', 'number out of range');
  const n = Number(calkowita);
  return { ok: true, v: ujemna ? -n : n };
}

/** Any non-negative decimal with at most `maxUlamek` decimals, as an integer scaled by 10^maxUlamek. */
export function odczytajLiczbeSkalowana(k: Komorka, maxUlamek: number): Odczyt<number> {
  const d = odczytajDziesietna(k);
  if (!d.ok) return d;
  const { ujemna, calkowita, ulamek } = d.v;
  if (ulamek.length > maxUlamek)
    return blad(`za dużo miejsc po przecinku (${tekstKomorki(k)})`, `too many decimal places (${tekstKomorki(k)})`);
  if (calkowita.length > 12) return blad('liczba poza zakresem', 'number out of range');
  const n = Number(calkowita + ulamek.padEnd(maxUlamek, '0'));
  return { ok: true, v: ujemna ? -n : n };
}

/**
 * WB-1.5 percent → hundredths of a percent (69,08 % → 6908). A numeric cell whose format contains
 * `%` is a fraction (×100 exactly); text may end in `%`; other numbers are already percent.
 */
export function odczytajProcentSetne(k: Komorka): Odczyt<number> {
  if (czyPusta(k)) return PUSTA;
  const c = k!;
  if (c.t === 'n' && c.fmt && c.fmt.includes('%')) {
    const d = zRozwiniecia(String(c.v));
    if (!d) return blad('nieprawidłowa liczba', 'invalid number');
    // ×100 exactly: shift the decimal point two places
    const ul = d.ulamek.padEnd(2, '0');
    return doSetnych(uporzadkuj(d.ujemna, d.calkowita + ul.slice(0, 2), ul.slice(2)), k);
  }
  if (c.t === 's' && /%\s*$/.test(c.v)) return procentZTekstu(c.v.replace(/%\s*$/, ''), k);
  const d = odczytajDziesietna(k);
  if (!d.ok) return d;
  return doSetnych(d.v, k);
}

function procentZTekstu(s: string, k: Komorka): Odczyt<number> {
  const d = odczytajDziesietna({ t: 's', v: s });
  if (!d.ok) return d;
  return doSetnych(d.v, k);
}

function doSetnych(d: Dziesietna, k: Komorka): Odczyt<number> {
  if (d.ulamek.length > 2)
    return blad(
      `udział ma więcej niż 2 miejsca po przecinku (${tekstKomorki(k)})`,
      `share has more than 2 decimal places (${tekstKomorki(k)})`,
    );
  if (d.calkowita.length > 9) return blad('liczba poza zakresem', 'number out of range');
  const n = Number(d.calkowita) * 100 + Number(d.ulamek.padEnd(2, '0'));
  return { ok: true, v: d.ujemna ? -n : n };
}

/** WB-1.7 date cell or text (`RRRR-MM-DD`, `D.M.RRRR`, `DD.MM.RRRR`). */
export function odczytajDate(k: Komorka): Odczyt<DataKalendarzowa> {
  if (czyPusta(k)) return PUSTA;
  const c = k!;
  if (c.t === 'e') return BLAD_FORMULY(c.v);
  if (c.t === 'd')
    return dataPoprawna(c.y, c.m, c.d)
      ? { ok: true, v: { y: c.y, m: c.m, d: c.d } }
      : blad('data nie istnieje', 'the date does not exist');
  if (c.t === 's') {
    const r = dataZTekstu(c.v);
    if (!r)
      return blad(
        `„${skroc(c.v)}” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR)`,
        `"${skroc(c.v)}" is not a date (YYYY-MM-DD or DD.MM.YYYY)`,
      );
    if (!r.data) return blad(`data ${c.v.trim()} nie istnieje`, `the date ${c.v.trim()} does not exist`);
    return { ok: true, v: r.data };
  }
  // a number formatted as a date that is none: outside Excel's calendar (serial 0, 1e10 …)
  if (c.t === 'n' && c.fmt && /[dy]/i.test(c.fmt.replace(/"[^"]*"|\\./g, '')))
    return blad(
      `liczba ${String(c.v)} w formacie daty jest poza kalendarzem Excela (1900-01-01 – 9999-12-31)`,
      `the number ${String(c.v)} formatted as a date is outside Excel's calendar (1900-01-01 – 9999-12-31)`,
    );
  return blad(`${tekstKomorki(c)} nie jest datą`, `${tekstKomorki(c)} is not a date`);
}

export type RodzajIdentyfikatora = 'REGON' | 'TERYT';
const DLUGOSCI: Record<RodzajIdentyfikatora, Array<[number, number]>> = {
  // [max digits read, padded length] (WB-1.6)
  REGON: [
    [9, 9],
    [14, 14],
  ],
  TERYT: [
    [2, 2],
    [4, 4],
    [7, 7],
  ],
};

/** WB-1.6: identifier digits, normalised (numbers left-padded to the next valid length, with an info). */
export function odczytajIdentyfikator(k: Komorka, rodzaj: RodzajIdentyfikatora): Odczyt<string> {
  if (czyPusta(k)) return PUSTA;
  const c = k!;
  if (c.t === 'e') return BLAD_FORMULY(c.v);
  if (c.t === 'n') {
    if (!Number.isSafeInteger(c.v) || c.v < 0)
      return blad(
        `${rodzaj} ${String(c.v)} nie jest ciągiem cyfr`,
        `${rodzaj} ${String(c.v)} is not a string of digits`,
      );
    const cyfry = String(c.v);
    const cel = DLUGOSCI[rodzaj].find(([max]) => cyfry.length <= max);
    const dlugosc = rodzaj === 'TERYT' ? terytDlugosc(cyfry.length) : cel?.[1];
    if (!dlugosc)
      return blad(
        `${rodzaj} ${cyfry} ma niewłaściwą długość (${cyfry.length} cyfr)`,
        `${rodzaj} ${cyfry} has a wrong length (${cyfry.length} digits)`,
      );
    const v = cyfry.padStart(dlugosc, '0');
    if (v === cyfry) return { ok: true, v };
    return {
      ok: true,
      v,
      infoPl: `${rodzaj} odczytany z liczby ${cyfry} i uzupełniony zerami do ${v}`,
      infoEn: `${rodzaj} read from the number ${cyfry} and padded with zeros to ${v}`,
    };
  }
  if (c.t === 's') {
    // digits only (the usual cell) need no cleaned copy
    const v = sameCyfry(c.v) ? c.v : c.v.replace(/[\s\u00a0\u202f-]/gu, '');
    if (!sameCyfry(v))
      return blad(
        `${rodzaj} „${skroc(c.v)}” zawiera znaki inne niż cyfry`,
        `${rodzaj} "${skroc(c.v)}" contains characters other than digits`,
      );
    return { ok: true, v };
  }
  return blad(`${rodzaj}: nieprawidłowa wartość ${tekstKomorki(c)}`, `${rodzaj}: invalid value ${tekstKomorki(c)}`);
}

function terytDlugosc(n: number): number | undefined {
  if (n <= 2) return n === 1 || n === 2 ? 2 : undefined;
  if (n === 3 || n === 4) return 4;
  if (n === 6 || n === 7) return 7;
  return undefined;
}

/** WB-1.8 seed: text trimmed + NFC; number → String(x); date → RRRR-MM-DD; blank = missing. */
export function odczytajZiarno(k: Komorka): Odczyt<string> {
  if (czyPusta(k)) return PUSTA;
  const c = k!;
  if (c.t === 'e') return BLAD_FORMULY(c.v);
  if (c.t === 'd') return { ok: true, v: dataIso(c) };
  if (c.t === 'n') return { ok: true, v: String(c.v) };
  return { ok: true, v: tekstKomorki(c).trim().normalize('NFC') };
}

/** matched vocabulary value → its result, one frozen object shared by every cell holding it */
const DOPASOWANE = new Map<string, Odczyt<string>>();

function dopasowany<T extends string>(v: T): Odczyt<T> {
  let o = DOPASOWANE.get(v);
  if (!o) DOPASOWANE.set(v, (o = Object.freeze({ ok: true as const, v })));
  return o as Odczyt<T>;
}

/** A vocabulary value (WB-1.3 matching). */
export function odczytajSlownik<T extends string>(k: Komorka, slownik: Slownik<T>): Odczyt<T> {
  if (czyPusta(k)) return PUSTA;
  const c = k!;
  if (c.t === 'e') return BLAD_FORMULY(c.v);
  const t = tekstKomorki(c);
  const v = slownik.dopasuj(t);
  if (v !== undefined) return dopasowany(v);
  const lista = slownik.wartosci.map((w) => `„${w}”`).join(', ');
  return blad(`„${skroc(t)}” nie należy do listy: ${lista}`, `"${skroc(t)}" is not one of: ${lista}`);
}

export const TAK_NIE = new Slownik<'TAK' | 'NIE'>(['TAK', 'NIE']);
