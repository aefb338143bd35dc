/**
 * The independent oracle of CS-Z3.0–CS-Z3.8 (qualification-algorithm.md, part B), issue 7 item 7.
 *
 * Deliberately naive and spec-literal: written from docs/spec only, shares no code with src/core, uses
 * plain bigint grosze, exact rationals as (numerator, denominator) bigint pairs, loops and linear
 * scans. Its own inputs and outputs are spec words; the differential tests translate to the engine.
 */
import { createHash } from 'node:crypto';

export type Wielkosc = 'mała' | 'średnia' | 'duża';
export type Wariant = 'I' | 'II';
export type Grupa = Wielkosc | 'wszystkie';
export type Podzial = 'wg wnioskowanych kwot' | 'wg liczby szkół i limitów (§9)' | 'bez podziału';
/** P3/P4: no manual order (the seed is used), one list 1…n, or numbers 1…n_b in each basket */
export type Losowanie = 'ziarno' | 'jedna lista' | 'w koszykach';

export interface WniosekW {
  regon: string;
  wielkosc: Wielkosc;
  v1: Wariant;
  v2: Wariant | 'odstąpienie';
  /** r = min(requested, cap), grosze */
  r: bigint;
  /** `Kolejność losowania` (global number or the number within the basket) */
  numer: number | null;
}

export interface ParametryW {
  /** A, grosze */
  A: bigint;
  /** P1 in hundredths of a percent, or null = default */
  p1Setne: number | null;
  podzial: Podzial;
  sio: Record<Wielkosc, bigint> | null;
  ziarno: string | null;
  losowanie: Losowanie;
}

export interface WierszPrzebiegu {
  krok: '0' | '4' | '5' | '6' | '7';
  wariant: Wariant;
  grupa: Grupa | '—';
  regon: string | null;
  pozycja: number | null;
  r: bigint | null;
  przed: bigint;
  wynik: 'zakwalifikowana' | 'nie mieści się' | 'przesunięcie' | 'zwrot';
  brak: bigint | null;
  po: bigint;
  /** przesunięcie / zwrot: the amount moved and the variant it leaves */
  kwota?: bigint;
  zWariantu?: Wariant;
}

export interface DecyzjaW {
  regon: string;
  decyzja: 'zakwalifikowana' | 'niezakwalifikowana';
  wariant: Wariant;
  wsparcie: bigint | null;
  krok: '0' | '4' | '5' | '6' | '7' | null;
  pozycja: number | null;
  numerWKoszyku: number | null;
  /** hex key (seed), `p−1/n_b` text (baskets), null (one list or CS-Z3.0) */
  klucz: string | null;
  brak: bigint | null;
  powod: null | 'brak środków' | 'brak środków; wariant zastępczy: odstąpienie';
}

export interface WynikW {
  wszystkieMieszcza: boolean;
  /** sI = licznik / mianownik (null under CS-Z3.0) */
  udzial: { licznik: bigint; mianownik: bigint; domyslny: boolean } | null;
  E: Record<Wariant, bigint> | null;
  Es: Record<Wariant, Partial<Record<Grupa, bigint>>> | null;
  D: Record<Wariant, bigint> | null;
  L: Record<Wariant, bigint> | null;
  /** one per input application, input order */
  decyzje: DecyzjaW[];
  przebieg: WierszPrzebiegu[];
  przyznano: bigint;
  niewykorzystane: bigint;
}

/** CS-5.1 caps, grosze. */
export const LIMIT: Record<Wielkosc, bigint> = { mała: 9_000_000n, średnia: 14_000_000n, duża: 20_000_000n };
const WARIANTY: Wariant[] = ['I', 'II'];
const WIELKOSCI: Wielkosc[] = ['mała', 'średnia', 'duża'];
const KOLEJNOSC_GRUP: Grupa[] = ['mała', 'średnia', 'duża', 'wszystkie'];

const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b; // a ≥ 0, b > 0
const minB = (a: bigint, b: bigint): bigint => (a < b ? a : b);

/** CS-Z3.1 seeded key: SHA-256 of UTF-8(seed + "|" + REGON), lowercase hex. */
export function kluczZiarna(ziarno: string, regon: string): string {
  return createHash('sha256')
    .update(Buffer.from(ziarno + '|' + regon, 'utf8'))
    .digest('hex');
}

/** The basket of an application (CS-Z3.1 P4): first variant × size, or the first variant alone under `bez podziału`. */
export function koszyk(w: Pick<WniosekW, 'v1' | 'wielkosc'>, podzial: Podzial): { v: Wariant; g: Grupa } {
  return { v: w.v1, g: podzial === 'bez podziału' ? 'wszystkie' : w.wielkosc };
}

interface Losowany {
  i: number; // input index
  pozycja: number;
  klucz: string | null;
  numerWKoszyku: number | null;
}

/** CS-Z3.1: the draw order (inputs assumed valid: the generators make valid numbering). */
function kolejnosc(wnioski: WniosekW[], p: ParametryW): Losowany[] {
  const n = wnioski.length;
  if (p.losowanie === 'jedna lista') {
    const wynik: Losowany[] = [];
    for (let poz = 1; poz <= n; poz++) {
      for (let i = 0; i < n; i++) {
        if (wnioski[i].numer === poz) wynik.push({ i, pozycja: poz, klucz: null, numerWKoszyku: null });
      }
    }
    if (wynik.length !== n) throw new Error('oracle: the manual order is not 1…n');
    return wynik;
  }
  if (p.losowanie === 'w koszykach') {
    // n_b per basket
    const nb: number[] = [];
    for (let i = 0; i < n; i++) {
      const ki = koszyk(wnioski[i], p.podzial);
      let licz = 0;
      for (let j = 0; j < n; j++) {
        const kj = koszyk(wnioski[j], p.podzial);
        if (ki.v === kj.v && ki.g === kj.g) licz++;
      }
      nb.push(licz);
    }
    // selection sort by (p − 1)/n_b, then variant I before II, then mała, średnia, duża, wszystkie
    const przed = (a: number, b: number): boolean => {
      const la = BigInt(wnioski[a].numer! - 1) * BigInt(nb[b]);
      const lb = BigInt(wnioski[b].numer! - 1) * BigInt(nb[a]);
      if (la !== lb) return la < lb;
      const ka = koszyk(wnioski[a], p.podzial);
      const kb = koszyk(wnioski[b], p.podzial);
      if (ka.v !== kb.v) return ka.v === 'I';
      return KOLEJNOSC_GRUP.indexOf(ka.g) < KOLEJNOSC_GRUP.indexOf(kb.g);
    };
    const wziete: boolean[] = new Array(n).fill(false);
    const wynik: Losowany[] = [];
    for (let poz = 1; poz <= n; poz++) {
      let naj = -1;
      for (let i = 0; i < n; i++) if (!wziete[i] && (naj < 0 || przed(i, naj))) naj = i;
      wziete[naj] = true;
      wynik.push({
        i: naj,
        pozycja: poz,
        // the key as text, not reduced (`2/4`): the spec does not say, and no comparison reads it
        klucz: wnioski[naj].numer! - 1 === 0 ? '0' : `${wnioski[naj].numer! - 1}/${nb[naj]}`,
        numerWKoszyku: wnioski[naj].numer,
      });
    }
    return wynik;
  }
  if (p.ziarno === null) throw new Error('oracle: a draw needs a seed');
  const klucze = wnioski.map((w) => kluczZiarna(p.ziarno!, w.regon));
  const wziete: boolean[] = new Array(n).fill(false);
  const wynik: Losowany[] = [];
  for (let poz = 1; poz <= n; poz++) {
    let naj = -1;
    for (let i = 0; i < n; i++) if (!wziete[i] && (naj < 0 || klucze[i] < klucze[naj])) naj = i;
    wziete[naj] = true;
    wynik.push({ i: naj, pozycja: poz, klucz: klucze[naj], numerWKoszyku: null });
  }
  return wynik;
}

/** CS-Z3.2 share sI as an exact fraction. */
function udzialI(wnioski: WniosekW[], p: ParametryW): { licznik: bigint; mianownik: bigint; domyslny: boolean } {
  if (p.p1Setne !== null) return { licznik: BigInt(p.p1Setne), mianownik: 10000n, domyslny: false };
  let RI = 0n;
  let RII = 0n;
  for (const w of wnioski) {
    if (w.v1 === 'I') RI += w.r;
    else RII += w.r;
  }
  let licznik = RI;
  let mianownik = RI + RII;
  // clamp to [1/5, 4/5]
  if (licznik * 5n < mianownik) {
    licznik = 1n;
    mianownik = 5n;
  } else if (licznik * 5n > mianownik * 4n) {
    licznik = 4n;
    mianownik = 5n;
  }
  return { licznik, mianownik, domyslny: true };
}

/** CS-Z3.3 largest remainder of E over the bases (ties → the order given: mała, średnia, duża). */
function najwiekszeReszty(E: bigint, grupy: Grupa[], bazy: bigint[]): bigint[] {
  let suma = 0n;
  for (const b of bazy) suma += b;
  const wynik: bigint[] = [];
  const reszty: bigint[] = [];
  let rozdane = 0n;
  for (let j = 0; j < grupy.length; j++) {
    wynik.push((E * bazy[j]) / suma);
    reszty.push((E * bazy[j]) % suma);
    rozdane += wynik[j];
  }
  const dostali: boolean[] = grupy.map(() => false);
  for (let brakuje = E - rozdane; brakuje > 0n; brakuje--) {
    let naj = -1;
    for (let j = 0; j < grupy.length; j++) {
      if (!dostali[j] && (naj < 0 || reszty[j] > reszty[naj])) naj = j;
    }
    dostali[naj] = true;
    wynik[naj] += 1n;
  }
  return wynik;
}

/** An exact share of variant I. */
export interface Ulamek {
  licznik: bigint;
  mianownik: bigint;
}

/**
 * Runs CS-Z3.0–CS-Z3.8 on the formally positive applications; `wymuszonyUdzial` replaces CS-Z3.2's
 * share (CS-Z3.W re-runs with other shares, same draw order).
 */
export function wyrocznia(wnioski: WniosekW[], p: ParametryW, wymuszonyUdzial?: Ulamek): WynikW {
  const n = wnioski.length;
  let sumaR = 0n;
  for (const w of wnioski) sumaR += w.r;

  // CS-Z3.0 All fit
  if (sumaR <= p.A) {
    const decyzje: DecyzjaW[] = [];
    const przebieg: WierszPrzebiegu[] = [];
    let przyznano = 0n;
    for (const w of wnioski) {
      przebieg.push({
        krok: '0',
        wariant: w.v1,
        grupa: '—',
        regon: w.regon,
        pozycja: null,
        r: w.r,
        przed: p.A - przyznano,
        wynik: 'zakwalifikowana',
        brak: null,
        po: p.A - przyznano - w.r,
      });
      decyzje.push({
        regon: w.regon,
        decyzja: 'zakwalifikowana',
        wariant: w.v1,
        wsparcie: w.r,
        krok: '0',
        pozycja: null,
        numerWKoszyku: null,
        klucz: null,
        brak: null,
        powod: null,
      });
      przyznano += w.r;
    }
    return {
      wszystkieMieszcza: true,
      udzial: null,
      E: null,
      Es: null,
      D: null,
      L: null,
      decyzje,
      przebieg,
      przyznano,
      niewykorzystane: p.A - przyznano,
    };
  }

  // CS-Z3.1 draw order
  const los = kolejnosc(wnioski, p);
  const wgKolejnosci: number[] = los.map((l) => l.i);
  const pozycja: number[] = new Array(n);
  for (const l of los) pozycja[l.i] = l.pozycja;

  // CS-Z3.2 variant envelopes
  const udzial = wymuszonyUdzial ? { ...wymuszonyUdzial, domyslny: false } : udzialI(wnioski, p);
  const A = p.A;
  const dol = ceilDiv(A, 5n);
  const gora = (4n * A) / 5n;
  let EI = (2n * udzial.licznik * A + udzial.mianownik) / (2n * udzial.mianownik); // round half up
  if (EI < dol) EI = dol;
  if (EI > gora) EI = gora;
  const E: Record<Wariant, bigint> = { I: EI, II: A - EI };
  const D: Record<Wariant, bigint> = { I: E.I, II: E.II };
  const L: Record<Wariant, bigint> = { I: 0n, II: 0n };

  // CS-Z3.3 size envelopes
  const grupy: Grupa[] = p.podzial === 'bez podziału' ? ['wszystkie'] : WIELKOSCI;
  const grupaWniosku = (w: WniosekW): Grupa => (p.podzial === 'bez podziału' ? 'wszystkie' : w.wielkosc);
  const Es: Record<Wariant, Partial<Record<Grupa, bigint>>> = { I: {}, II: {} };
  for (const k of WARIANTY) {
    const bazy: bigint[] = [];
    for (const g of grupy) {
      let b = 0n;
      if (p.podzial === 'wg liczby szkół i limitów (§9)') {
        let ma = false;
        for (const w of wnioski) if (w.v1 === k && w.wielkosc === g) ma = true;
        if (ma) b = p.sio![g as Wielkosc] * LIMIT[g as Wielkosc];
      } else {
        for (const w of wnioski) if (w.v1 === k && grupaWniosku(w) === g) b += w.r;
      }
      bazy.push(b);
    }
    let suma = 0n;
    for (const b of bazy) suma += b;
    if (p.podzial === 'bez podziału') {
      // the `bez podziału` bullet: E_k,wszystkie = E_k, with no bases (even when no application chose k)
      Es[k].wszystkie = E[k];
    } else if (suma === 0n) {
      for (const g of grupy) Es[k][g] = 0n;
      L[k] = E[k];
    } else {
      const kwoty = najwiekszeReszty(E[k], grupy, bazy);
      for (let j = 0; j < grupy.length; j++) Es[k][grupy[j]] = kwoty[j];
    }
  }

  // per application state
  const zakw: boolean[] = new Array(n).fill(false);
  const wariantPrzyznany: (Wariant | null)[] = new Array(n).fill(null);
  const krok: (DecyzjaW['krok'] | null)[] = new Array(n).fill(null);
  const najmniejszyBrak: (bigint | null)[] = new Array(n).fill(null);
  const przebieg: WierszPrzebiegu[] = [];

  /** Examines one application against `dostepne`; returns the money left. */
  const zbadaj = (
    i: number,
    k: Wariant,
    dostepne: bigint,
    nrKroku: '4' | '5' | '6' | '7',
    grupa: Grupa | '—',
  ): bigint => {
    const w = wnioski[i];
    if (w.r <= dostepne) {
      zakw[i] = true;
      wariantPrzyznany[i] = k;
      krok[i] = nrKroku;
      przebieg.push({
        krok: nrKroku,
        wariant: k,
        grupa,
        regon: w.regon,
        pozycja: pozycja[i],
        r: w.r,
        przed: dostepne,
        wynik: 'zakwalifikowana',
        brak: null,
        po: dostepne - w.r,
      });
      return dostepne - w.r;
    }
    const brak = w.r - dostepne;
    if (najmniejszyBrak[i] === null || brak < najmniejszyBrak[i]!) najmniejszyBrak[i] = brak;
    przebieg.push({
      krok: nrKroku,
      wariant: k,
      grupa,
      regon: w.regon,
      pozycja: pozycja[i],
      r: w.r,
      przed: dostepne,
      wynik: 'nie mieści się',
      brak,
      po: dostepne,
    });
    return dostepne;
  };

  // CS-Z3.4 draw in each group
  for (const k of WARIANTY) {
    for (const g of grupy) {
      let rest = Es[k][g]!;
      for (const i of wgKolejnosci) {
        const w = wnioski[i];
        if (w.v1 === k && grupaWniosku(w) === g) rest = zbadaj(i, k, rest, '4', g);
      }
      L[k] += rest;
    }
  }

  // CS-Z3.5 leftover within the variant
  for (const k of WARIANTY) {
    for (const i of wgKolejnosci) {
      if (!zakw[i] && wnioski[i].v1 === k) L[k] = zbadaj(i, k, L[k], '5', '—');
    }
  }

  // CS-Z3.6 fallback variant
  for (const k of WARIANTY) {
    for (const i of wgKolejnosci) {
      if (!zakw[i] && wnioski[i].v1 !== k && wnioski[i].v2 === k) L[k] = zbadaj(i, k, L[k], '6', '—');
    }
  }

  // CS-Z3.7 shift between variants within 20–80 %
  for (const [z, doW] of [
    ['I', 'II'],
    ['II', 'I'],
  ] as [Wariant, Wariant][]) {
    const x = minB(minB(L[z], D[z] - dol), gora - D[doW]);
    let ktos = false;
    for (let i = 0; i < n; i++) {
      if (!zakw[i] && (wnioski[i].v1 === doW || wnioski[i].v2 === doW)) ktos = true;
    }
    if (!(x > 0n && ktos)) continue;
    przebieg.push({
      krok: '7',
      wariant: doW,
      grupa: '—',
      regon: null,
      pozycja: null,
      r: null,
      przed: L[doW],
      wynik: 'przesunięcie',
      brak: null,
      po: L[doW] + x,
      kwota: x,
      zWariantu: z,
    });
    L[z] -= x;
    D[z] -= x;
    L[doW] += x;
    D[doW] += x;
    for (const i of wgKolejnosci) {
      if (!zakw[i] && wnioski[i].v1 === doW) L[doW] = zbadaj(i, doW, L[doW], '7', '—');
    }
    for (const i of wgKolejnosci) {
      if (!zakw[i] && wnioski[i].v1 !== doW && wnioski[i].v2 === doW) L[doW] = zbadaj(i, doW, L[doW], '7', '—');
    }
    const y = minB(L[doW], x);
    przebieg.push({
      krok: '7',
      wariant: doW,
      grupa: '—',
      regon: null,
      pozycja: null,
      r: null,
      przed: L[doW],
      wynik: 'zwrot',
      brak: null,
      po: L[doW] - y,
      kwota: y,
      zWariantu: doW,
    });
    L[doW] -= y;
    D[doW] -= y;
    L[z] += y;
    D[z] += y;
  }

  // CS-Z3.8 result
  const decyzje: DecyzjaW[] = [];
  let przyznano = 0n;
  const losPo: Losowany[] = new Array(n);
  for (const l of los) losPo[l.i] = l;
  for (let i = 0; i < n; i++) {
    const w = wnioski[i];
    if (zakw[i]) {
      przyznano += w.r;
      decyzje.push({
        regon: w.regon,
        decyzja: 'zakwalifikowana',
        wariant: wariantPrzyznany[i]!,
        wsparcie: w.r,
        krok: krok[i],
        pozycja: pozycja[i],
        numerWKoszyku: losPo[i].numerWKoszyku,
        klucz: losPo[i].klucz,
        brak: null,
        powod: null,
      });
    } else {
      decyzje.push({
        regon: w.regon,
        decyzja: 'niezakwalifikowana',
        wariant: w.v1,
        wsparcie: null,
        krok: null,
        pozycja: pozycja[i],
        numerWKoszyku: losPo[i].numerWKoszyku,
        klucz: losPo[i].klucz,
        brak: najmniejszyBrak[i],
        powod: w.v2 === 'odstąpienie' ? 'brak środków; wariant zastępczy: odstąpienie' : 'brak środków',
      });
    }
  }
  return {
    wszystkieMieszcza: false,
    udzial,
    E,
    Es,
    D,
    L,
    decyzje,
    przebieg,
    przyznano,
    niewykorzystane: A - przyznano,
  };
}

export interface WierszCoJesliW {
  udzial: Ulamek;
  uzyty: boolean;
  I: { liczba: number; kwota: bigint };
  II: { liczba: number; kwota: bigint };
  niewykorzystane: bigint;
}

/** CS-Z3.W what-if: CS-Z3.2–3.7 again for 20, 30, …, 80 % and for the share actually used; null under CS-Z3.0. */
export function coJesli(wnioski: WniosekW[], p: ParametryW): WierszCoJesliW[] | null {
  const glowny = wyrocznia(wnioski, p);
  if (glowny.wszystkieMieszcza) return null;
  const wiersz = (w: WynikW, udzial: Ulamek, uzyty: boolean): WierszCoJesliW => {
    const r: WierszCoJesliW = {
      udzial,
      uzyty,
      I: { liczba: 0, kwota: 0n },
      II: { liczba: 0, kwota: 0n },
      niewykorzystane: w.niewykorzystane,
    };
    for (const d of w.decyzje) {
      if (d.decyzja !== 'zakwalifikowana') continue;
      r[d.wariant].liczba++;
      r[d.wariant].kwota += d.wsparcie!;
    }
    return r;
  };
  const wiersze: WierszCoJesliW[] = [];
  for (let procent = 20n; procent <= 80n; procent += 10n) {
    const udzial = { licznik: procent, mianownik: 100n };
    wiersze.push(wiersz(wyrocznia(wnioski, p, udzial), udzial, false));
  }
  wiersze.push(wiersz(glowny, { licznik: glowny.udzial!.licznik, mianownik: glowny.udzial!.mianownik }, true));
  return wiersze;
}
