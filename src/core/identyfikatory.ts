/** CS-10.4 identifiers: REGON check digit, TERYT shape, e-mail. Inputs are normalised digits (WB-1.6). */
import { WOJEWODZTWA } from './program/definicja';
import { sameCyfry } from './tekst/cyfry';

const WAGI_REGON_9 = [8, 9, 2, 3, 4, 5, 6, 7];
const WAGI_REGON_14 = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];

/** CS-10.4: 9 or 14 digits with a valid check digit (weighted sum mod 11, 10 → 0). */
export function regonPoprawny(cyfry: string): boolean {
  if ((cyfry.length !== 9 && cyfry.length !== 14) || !sameCyfry(cyfry)) return false;
  const wagi = cyfry.length === 9 ? WAGI_REGON_9 : WAGI_REGON_14;
  let s = 0;
  for (let i = 0; i < wagi.length; i++) s += wagi[i] * (cyfry.charCodeAt(i) - 48);
  return (s % 11) % 10 === cyfry.charCodeAt(wagi.length) - 48;
}

/** The check digit for the first 8 or 13 digits (for generating examples). */
export function cyfraKontrolnaRegon(poczatek: string): number {
  const wagi = poczatek.length === 8 ? WAGI_REGON_9 : WAGI_REGON_14;
  let s = 0;
  for (let i = 0; i < wagi.length; i++) s += wagi[i] * (poczatek.charCodeAt(i) - 48);
  return (s % 11) % 10;
}

export type ProblemTeryt = 'dlugosc' | 'typ' | 'wojewodztwo';

const KODY_WOJEWODZTW = new Set(WOJEWODZTWA.map((w) => w.teryt));

/** CS-10.4: a running body's TERYT: 2, 4 or 7 digits; a 7-digit code ends in 1, 2 or 3; valid voivodeship prefix. */
export function problemTeryt(cyfry: string): ProblemTeryt | null {
  const n = cyfry.length;
  if ((n !== 2 && n !== 4 && n !== 7) || !sameCyfry(cyfry)) return 'dlugosc';
  if (!KODY_WOJEWODZTW.has(cyfry.slice(0, 2))) return 'wojewodztwo';
  if (cyfry.length === 7 && !'123'.includes(cyfry[6])) return 'typ';
  return null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function emailPoprawny(tekst: string): boolean {
  return EMAIL.test(tekst);
}
