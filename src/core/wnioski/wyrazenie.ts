/**
 * CS-A2 grammar of `Spełniana przez pkt katalogu`:
 *   expr = term ('+' term)* ;  term = point ('|' point)* ['×' k] ;  k = number > 0 | 'N'
 * `+` = all of, `|` = any of, `×k` = quantity per unit. `x`, `X` and `*` are accepted for `×`
 * (hard to type in Excel); whitespace is free. A decimal k is kept exact as licznik/mianownik.
 */

/** k = licznik / mianownik (exact), or 'N' = `Największa liczba uczniów w oddziale`. */
export type Mnoznik = { licznik: number; mianownik: number } | 'N';

export interface Termin {
  punkty: number[];
  k: Mnoznik;
}

export type Wyrazenie = Termin[];

export type WynikParsowania = { ok: true; v: Wyrazenie } | { ok: false; pl: string; en: string };

type Token = { typ: 'liczba'; tekst: string; poz: number } | { typ: '+' | '|' | '×' | 'N'; poz: number };

function tokeny(s: string): Token[] | { pl: string; en: string } {
  const t: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/u.test(c)) {
      i++;
    } else if (/\d/.test(c)) {
      const m = /^\d+(?:[.,]\d+)?/.exec(s.slice(i))!;
      t.push({ typ: 'liczba', tekst: m[0], poz: i });
      i += m[0].length;
    } else if (c === '+' || c === '|') {
      t.push({ typ: c, poz: i++ });
    } else if (c === '×' || c === 'x' || c === 'X' || c === '*') {
      t.push({ typ: '×', poz: i++ });
    } else if (c === 'N' || c === 'n') {
      t.push({ typ: 'N', poz: i++ });
    } else {
      return {
        pl: `niedozwolony znak „${c}” na pozycji ${i + 1}`,
        en: `character "${c}" not allowed at position ${i + 1}`,
      };
    }
  }
  return t;
}

function opis(tok: Token | undefined): { pl: string; en: string } {
  if (!tok) return { pl: 'koniec wyrażenia', en: 'the end of the expression' };
  const z = tok.typ === 'liczba' ? tok.tekst : tok.typ;
  return { pl: `„${z}” na pozycji ${tok.poz + 1}`, en: `"${z}" at position ${tok.poz + 1}` };
}

/** Parse a CS-A2 expression; errors name the position. */
export function parsujWyrazenie(zrodlo: string): WynikParsowania {
  const t = tokeny(zrodlo);
  if (!Array.isArray(t)) return { ok: false, ...t };
  if (t.length === 0) return { ok: false, pl: 'puste wyrażenie', en: 'empty expression' };
  let i = 0;
  const oczekiwano = (pl: string, en: string): WynikParsowania => {
    const o = opis(t[i]);
    return { ok: false, pl: `oczekiwano ${pl}, a jest ${o.pl}`, en: `expected ${en}, found ${o.en}` };
  };
  const punkt = (): number | null => {
    const tok = t[i];
    if (!tok || tok.typ !== 'liczba' || !/^\d+$/.test(tok.tekst) || Number(tok.tekst) < 1) return null;
    i++;
    return Number(tok.tekst);
  };
  const wynik: Wyrazenie = [];
  for (;;) {
    const punkty: number[] = [];
    let p = punkt();
    if (p === null)
      return oczekiwano('numeru punktu katalogu (liczba całkowita ≥ 1)', 'a catalogue point number (an integer ≥ 1)');
    punkty.push(p);
    while (t[i]?.typ === '|') {
      i++;
      p = punkt();
      if (p === null) return oczekiwano('numeru punktu katalogu po „|”', 'a catalogue point number after "|"');
      punkty.push(p);
    }
    let k: Mnoznik = { licznik: 1, mianownik: 1 };
    if (t[i]?.typ === '×') {
      i++;
      const tok = t[i];
      if (tok?.typ === 'N') k = 'N';
      else if (tok?.typ === 'liczba') {
        const [calk, ul = ''] = tok.tekst.split(/[.,]/);
        const mianownik = 10 ** ul.length;
        const licznik = Number(calk) * mianownik + Number(ul || '0');
        if (licznik <= 0 || ul.length > 6) return oczekiwano('mnożnika > 0', 'a multiplier > 0');
        k = { licznik, mianownik };
      } else return oczekiwano('mnożnika (liczba lub N) po „×”', 'a multiplier (a number or N) after "×"');
      i++;
    }
    wynik.push({ punkty, k });
    if (i >= t.length) return { ok: true, v: wynik };
    if (t[i].typ !== '+') return oczekiwano('„+”, „|” lub „×”', '"+", "|" or "×"');
    i++;
  }
}

/** Display form: `2 + 7|8`, `1×N`, `3×2,5`. */
export function wyrazenieTekst(w: Wyrazenie): string {
  return w
    .map((t) => {
      const p = t.punkty.join('|');
      if (t.k === 'N') return `${p}×N`;
      if (t.k.licznik === t.k.mianownik) return p;
      return `${p}×${mnoznikTekst(t.k)}`;
    })
    .join(' + ');
}

export function mnoznikTekst(k: Mnoznik): string {
  if (k === 'N') return 'N';
  const calk = Math.trunc(k.licznik / k.mianownik);
  const reszta = k.licznik - calk * k.mianownik;
  if (reszta === 0) return String(calk);
  const cyfry = String(k.mianownik).length - 1;
  return `${calk},${String(reszta).padStart(cyfry, '0').replace(/0+$/, '')}`;
}
