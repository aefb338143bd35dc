/** WB-1.7 calendar dates: serial numbers (1900/1904 systems) and text forms; no time zones. */
import type { DataKalendarzowa } from '../program/definicja';

const DZIEN_MS = 86_400_000;

export function dataPoprawna(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1 || y < 1 || y > 9999) return false;
  return d <= dniWMiesiacu(y, m);
}

/** Milliseconds of a UTC calendar date; `setUTCFullYear` keeps years 0–99 literal (Date.UTC maps them to 19xx). */
function msUtc(y: number, m: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime();
}

const DNI_MIESIECY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1–12) of year `y` in the proleptic Gregorian calendar (the one `Date` uses). */
export function dniWMiesiacu(y: number, m: number): number {
  const przestepny = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 && przestepny ? 29 : DNI_MIESIECY[m - 1];
}

/** WB-1.7 Excel's calendar: 1900-01-01 (serial 1; 0 in the 1904 system) to 9999-12-31. */
const OSTATNI_SERIAL_1900 = 2_958_465;
const OSTATNI_SERIAL_1904 = 2_957_003;

/**
 * Calendar date of a serial (time part ignored); null outside Excel's calendar (serial 0 of the 1900
 * system is "1900-01-00"). 1900 system: serial 60 is Excel's fictitious 29 Feb 1900.
 */
export function dataZSerialu(serial: number, system1904 = false): DataKalendarzowa | null {
  if (!Number.isFinite(serial)) return null;
  const dzien = Math.floor(serial);
  if (dzien < (system1904 ? 0 : 1) || dzien > (system1904 ? OSTATNI_SERIAL_1904 : OSTATNI_SERIAL_1900)) return null;
  if (system1904) return zDniaUnix(dzien + msUtc(1904, 1, 1) / DZIEN_MS);
  if (dzien === 60) return null;
  // Excel counts 1900-02-29, so serials after it are one day ahead of the real calendar.
  const korekta = dzien > 60 ? dzien - 1 : dzien;
  return zDniaUnix(korekta + msUtc(1899, 12, 31) / DZIEN_MS);
}

export function serialZDaty(data: DataKalendarzowa): number {
  const dni = msUtc(data.y, data.m, data.d) / DZIEN_MS - msUtc(1899, 12, 31) / DZIEN_MS;
  return dni >= 60 ? dni + 1 : dni;
}

function zDniaUnix(dzien: number): DataKalendarzowa {
  const dt = new Date(dzien * DZIEN_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** Days since 1970-01-01 of a calendar date (for differences and comparisons). */
export function numerDnia(data: DataKalendarzowa): number {
  return msUtc(data.y, data.m, data.d) / DZIEN_MS;
}

/** Sign of a − b (ordering only; `numerDnia` gives day differences). */
export function porownajDaty(a: DataKalendarzowa, b: DataKalendarzowa): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function dataIso(data: DataKalendarzowa): string {
  return `${String(data.y).padStart(4, '0')}-${String(data.m).padStart(2, '0')}-${String(data.d).padStart(2, '0')}`;
}

/** Text forms `RRRR-MM-DD`, `D.M.RRRR`, `DD.MM.RRRR`; null when the text is not of these forms. */
export function dataZTekstu(tekst: string): { data: DataKalendarzowa | null } | null {
  const t = tekst.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  let y: number, mies: number, d: number;
  if (m) {
    y = Number(m[1]);
    mies = Number(m[2]);
    d = Number(m[3]);
  } else {
    m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
    if (!m) return null;
    d = Number(m[1]);
    mies = Number(m[2]);
    y = Number(m[3]);
  }
  return { data: dataPoprawna(y, mies, d) ? { y, m: mies, d } : null };
}

/** Is this number-format code a date format (so a number cell holds a date serial)? */
export function formatDaty(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bez = fmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dmy]/i.test(bez) && !/^[#0.,%\s]*$/.test(bez);
}
