/**
 * JST-1 indicators per school and for the whole JST. The JST value is always a ratio of SUMS over the
 * schools whose inputs are readable (never an average of the schools' ratios), kept exact; every
 * figure carries its explanation (rule id, formula, inputs, result).
 */
import { dodaj, porownaj, procentTekst, liczbaTekst, skalowana, ulamek, type Ulamek } from '../../rational';
import { ADMINISTROWANIE_NIESKUTECZNE, type Kolor } from '../slowniki';
import { H, SKALA_ETATOW, SKALA_MBPS, type Szkola } from './szkoly';
import type { ParametryDiagnozy } from './reguly';
import { lista } from '../../tekst/lista';

export type StanWskaznika = 'ok' | 'brak komputerów' | 'brak oceny' | 'brak danych';

export interface Objasnienie {
  regula: string;
  wzor: string;
  dane: string;
  wynik: string;
}

export type KluczWskaznika =
  | 'uczniowieNaKomputer'
  | 'starszeKomputery'
  | 'mbpsNaUcznia'
  | 'saleWifi'
  | 'saleMonitor'
  | 'etatyNa100'
  | 'nauczycieleB1'
  | 'nauczycieleA'
  | 'bezUrzadzenia'
  | 'bezInternetu'
  | 'dzielacy'
  | 'wykluczenie';

export interface Wskaznik {
  klucz: KluczWskaznika;
  regula: string;
  nazwa: string;
  /** a share (shown in percent) rather than a plain ratio */
  procent: boolean;
  stan: StanWskaznika;
  /** exact value when stan = ok (a share is a fraction: 0,625 = 62,50 %) */
  wartosc: Ulamek | null;
  objasnienie: Objasnienie;
}

interface Definicja {
  klucz: KluczWskaznika;
  regula: string;
  nazwa: string;
  procent: boolean;
  licznik: string;
  mianownik: string;
  /** numerator as an exact value (scaled inputs become fractions) */
  l: (s: Szkola) => Ulamek | null;
  m: (s: Szkola) => number | null;
  /** multiplier of the ratio (100 for "per 100 computers") */
  mnoznik: bigint;
  /** state when the denominator is 0 */
  naZero: StanWskaznika;
}

const cal = (v: number | null): Ulamek | null => (v === null ? null : ulamek(v));
const suma = (...v: Array<number | null>): number | null =>
  v.some((x) => x === null) ? null : v.reduce<number>((a, b) => a + b!, 0);

export const DEFINICJE: readonly Definicja[] = [
  {
    klucz: 'uczniowieNaKomputer',
    regula: 'JST-1.1',
    nazwa: 'Uczniowie na komputer uczniowski',
    procent: false,
    licznik: H.uczniowie,
    mianownik: H.kompUczniow,
    l: (s) => cal(s.uczniowie),
    m: (s) => s.kompUczniow,
    mnoznik: 1n,
    naZero: 'brak komputerów',
  },
  {
    klucz: 'starszeKomputery',
    regula: 'JST-1.2',
    nazwa: 'Komputery uczniowskie starsze niż 5 lat',
    procent: true,
    licznik: H.kompStarsze,
    mianownik: H.kompUczniow,
    l: (s) => cal(s.kompStarsze),
    m: (s) => s.kompUczniow,
    mnoznik: 1n,
    naZero: 'brak komputerów',
  },
  {
    klucz: 'mbpsNaUcznia',
    regula: 'JST-1.3',
    nazwa: 'Mb/s na ucznia',
    procent: false,
    licznik: H.mbps,
    mianownik: H.uczniowie,
    l: (s) => (s.mbps === null ? null : skalowana(s.mbps, SKALA_MBPS)),
    m: (s) => s.uczniowie,
    mnoznik: 1n,
    naZero: 'brak danych',
  },
  {
    klucz: 'saleWifi',
    regula: 'JST-1.4',
    nazwa: 'Sale z Wi-Fi',
    procent: true,
    licznik: H.saleWifi,
    mianownik: H.sale,
    l: (s) => cal(s.saleWifi),
    m: (s) => s.sale,
    mnoznik: 1n,
    naZero: 'brak danych',
  },
  {
    klucz: 'saleMonitor',
    regula: 'JST-1.4',
    nazwa: 'Sale z monitorem lub tablicą interaktywną',
    procent: true,
    licznik: H.saleMonitor,
    mianownik: H.sale,
    l: (s) => cal(s.saleMonitor),
    m: (s) => s.sale,
    mnoznik: 1n,
    naZero: 'brak danych',
  },
  {
    klucz: 'etatyNa100',
    regula: 'JST-1.5',
    nazwa: 'Etaty informatyka na 100 komputerów',
    procent: false,
    licznik: H.etaty,
    mianownik: `${H.kompUczniow} + ${H.kompNauczycieli}`,
    l: (s) => (s.etaty === null ? null : skalowana(s.etaty, SKALA_ETATOW)),
    m: (s) => suma(s.kompUczniow, s.kompNauczycieli),
    mnoznik: 100n,
    naZero: 'brak komputerów',
  },
  {
    klucz: 'nauczycieleB1',
    regula: 'JST-1.6',
    nazwa: 'Ocenieni nauczyciele na poziomie B1 lub wyższym',
    procent: true,
    licznik: `${H.nB} + ${H.nC}`,
    mianownik: `${H.nA} + ${H.nB} + ${H.nC}`,
    l: (s) => cal(suma(s.nB, s.nC)),
    m: (s) => suma(s.nA, s.nB, s.nC),
    mnoznik: 1n,
    naZero: 'brak oceny',
  },
  {
    klucz: 'nauczycieleA',
    regula: 'JST-1.6',
    nazwa: 'Ocenieni nauczyciele na poziomie A1–A2',
    procent: true,
    licznik: H.nA,
    mianownik: `${H.nA} + ${H.nB} + ${H.nC}`,
    l: (s) => cal(s.nA),
    m: (s) => suma(s.nA, s.nB, s.nC),
    mnoznik: 1n,
    naZero: 'brak oceny',
  },
  {
    klucz: 'bezUrzadzenia',
    regula: 'JST-1.7',
    nazwa: 'Uczniowie bez urządzenia w domu',
    procent: true,
    licznik: H.bezUrzadzenia,
    mianownik: H.uczniowie,
    l: (s) => cal(s.bezUrzadzenia),
    m: (s) => s.uczniowie,
    mnoznik: 1n,
    naZero: 'brak danych',
  },
  {
    klucz: 'bezInternetu',
    regula: 'JST-1.7',
    nazwa: 'Uczniowie bez internetu w domu',
    procent: true,
    licznik: H.bezInternetu,
    mianownik: H.uczniowie,
    l: (s) => cal(s.bezInternetu),
    m: (s) => s.uczniowie,
    mnoznik: 1n,
    naZero: 'brak danych',
  },
  {
    klucz: 'dzielacy',
    regula: 'JST-1.7',
    nazwa: 'Uczniowie dzielący urządzenie',
    procent: true,
    licznik: H.dzielacy,
    mianownik: H.uczniowie,
    l: (s) => cal(s.dzielacy),
    m: (s) => s.uczniowie,
    mnoznik: 1n,
    naZero: 'brak danych',
  },
  {
    klucz: 'wykluczenie',
    regula: 'JST-1.7',
    nazwa: 'Wykluczenie cyfrowe (bez urządzenia + bez internetu)',
    procent: true,
    licznik: `${H.bezUrzadzenia} + ${H.bezInternetu}`,
    mianownik: H.uczniowie,
    l: (s) => cal(suma(s.bezUrzadzenia, s.bezInternetu)),
    m: (s) => s.uczniowie,
    mnoznik: 1n,
    naZero: 'brak danych',
  },
];

export type Wskazniki = Record<KluczWskaznika, Wskaznik>;

export interface WynikSzkoly {
  szkola: Szkola;
  w: Wskazniki;
  /** JST-1.3: bandwidth ≥ the standard */
  standardLacza: boolean | null;
  /** JST-1.5: administration by a teacher or none */
  administrowanieNieskuteczne: boolean | null;
  /** JST-1.6: teachers without an assessment */
  nieocenieni: number | null;
  /** JST-1.7 */
  status: Kolor | null;
  statusObjasnienie: Objasnienie;
}

export interface WynikJst {
  w: Wskazniki;
  /** JST-1.3: schools meeting the standard / schools with a readable bandwidth */
  standardLacza: { spelnia: number; z: number };
  /** JST-1.5: schools with ineffective administration */
  administrowanieNieskuteczne: { tak: number; z: number };
  nieocenieni: number;
  /** JST-1.7 counts of schools per status */
  statusy: Record<Kolor, number>;
  sumy: {
    uczniowie: number;
    nauczyciele: number;
    sale: number;
    kompUczniow: number;
    kompStarsze: number;
    kompNauczycieli: number;
    mbps: Ulamek;
    etaty: Ulamek;
    specjalne: number;
    pomoc: number;
  };
}

export interface Diagnoza {
  szkoly: WynikSzkoly[];
  jst: WynikJst;
  parametry: ParametryDiagnozy;
}

/** shows a value of an indicator (Polish) */
export function wartoscTekst(w: Wskaznik): string {
  if (w.stan !== 'ok' || !w.wartosc) return w.stan;
  return w.procent ? procentTekst(w.wartosc) : liczbaTekst(w.wartosc);
}

const pokaz = (u: Ulamek): string => (u.m === 1n ? u.l.toString() : liczbaTekst(u, 4).replace(/,?0+$/, ''));

/** one indicator over a list of schools (one school = its own value; all = the JST ratio of sums) */
function iloraz(d: Definicja, szkoly: readonly Szkola[], jst: boolean): Wskaznik {
  let l = ulamek(0n);
  let m = 0n;
  const czesci: string[] = [];
  const pominiete: string[] = [];
  for (const s of szkoly) {
    const ls = d.l(s);
    const ms = d.m(s);
    if (ls === null || ms === null) {
      pominiete.push(s.etykieta);
      continue;
    }
    l = dodaj(l, ls); // equal denominators stay equal (scaled inputs share one scale)
    m += BigInt(ms);
    czesci.push(jst ? `${s.etykieta} ${pokaz(ls)}/${ms}` : `${d.licznik} = ${pokaz(ls)}; ${d.mianownik} = ${ms}`);
  }
  const wzor = `${d.mnoznik === 1n ? '' : `${d.mnoznik} × `}${jst ? 'Σ ' : ''}(${d.licznik}) / ${jst ? 'Σ ' : ''}(${d.mianownik})${d.procent ? ' × 100 %' : ''}`;
  let dane = jst
    ? `Σ = ${pokaz(l)} / ${m}; szkoły: ${lista(czesci, 50, '; ') || '—'}`
    : czesci.join('') || 'brak danych';
  if (jst && pominiete.length) dane += `; pominięte (brak danych): ${lista(pominiete)}`;
  const baza = { klucz: d.klucz, regula: d.regula, nazwa: d.nazwa, procent: d.procent };
  if (czesci.length === 0 || (!jst && pominiete.length))
    return {
      ...baza,
      stan: 'brak danych',
      wartosc: null,
      objasnienie: { regula: d.regula, wzor, dane, wynik: 'brak danych' },
    };
  if (m === 0n)
    return { ...baza, stan: d.naZero, wartosc: null, objasnienie: { regula: d.regula, wzor, dane, wynik: d.naZero } };
  const wartosc = ulamek(l.l * d.mnoznik, l.m * m);
  const w: Wskaznik = { ...baza, stan: 'ok', wartosc, objasnienie: { regula: d.regula, wzor, dane, wynik: '' } };
  w.objasnienie.wynik = wartoscTekst(w);
  return w;
}

function wskazniki(szkoly: readonly Szkola[], jst: boolean): Wskazniki {
  const w = {} as Wskazniki;
  for (const d of DEFINICJE) w[d.klucz] = iloraz(d, szkoly, jst);
  return w;
}

/** JST-1.7: red ≥ progCzerwony, amber ≥ progBursztynowy, else green */
export function kolorWykluczenia(udzial: Ulamek, p: ParametryDiagnozy): Kolor {
  if (porownaj(udzial, p.progCzerwony) >= 0) return 'czerwony';
  if (porownaj(udzial, p.progBursztynowy) >= 0) return 'bursztynowy';
  return 'zielony';
}

function wynikSzkoly(s: Szkola, p: ParametryDiagnozy): WynikSzkoly {
  const w = wskazniki([s], false);
  const wyk = w.wykluczenie;
  const status = wyk.stan === 'ok' && wyk.wartosc ? kolorWykluczenia(wyk.wartosc, p) : null;
  return {
    szkola: s,
    w,
    standardLacza: s.mbps === null ? null : porownaj(skalowana(s.mbps, SKALA_MBPS), p.standardMbps) >= 0,
    administrowanieNieskuteczne:
      s.administrowanie === null ? null : ADMINISTROWANIE_NIESKUTECZNE.includes(s.administrowanie),
    nieocenieni:
      s.nauczyciele === null || s.nA === null || s.nB === null || s.nC === null
        ? null
        : s.nauczyciele - s.nA - s.nB - s.nC,
    status,
    statusObjasnienie: {
      regula: 'JST-1.7',
      wzor: `czerwony gdy udział ≥ ${procentTekst(p.progCzerwony)}, bursztynowy gdy ≥ ${procentTekst(p.progBursztynowy)}, w przeciwnym razie zielony`,
      dane: wyk.objasnienie.dane,
      wynik: status ? `${wartoscTekst(wyk)} → ${status}` : 'brak danych',
    },
  };
}

const sumaPol = (szkoly: readonly Szkola[], f: (s: Szkola) => number | null): number =>
  szkoly.reduce((a, s) => a + (f(s) ?? 0), 0);

/** JST-1: the whole diagnosis (per school and for the JST). */
export function diagnozuj1(szkoly: readonly Szkola[], p: ParametryDiagnozy): Diagnoza {
  const wyniki = szkoly.map((s) => wynikSzkoly(s, p));
  const statusy: Record<Kolor, number> = { zielony: 0, bursztynowy: 0, czerwony: 0 };
  for (const r of wyniki) if (r.status) statusy[r.status]++;
  const znane = <T>(f: (r: WynikSzkoly) => T | null) => wyniki.map(f).filter((v): v is T => v !== null);
  const lacza = znane((r) => r.standardLacza);
  const admin = znane((r) => r.administrowanieNieskuteczne);
  return {
    szkoly: wyniki,
    parametry: p,
    jst: {
      w: wskazniki(szkoly, true),
      standardLacza: { spelnia: lacza.filter(Boolean).length, z: lacza.length },
      administrowanieNieskuteczne: { tak: admin.filter(Boolean).length, z: admin.length },
      nieocenieni: znane((r) => r.nieocenieni).reduce((a, b) => a + b, 0),
      statusy,
      sumy: {
        uczniowie: sumaPol(szkoly, (s) => s.uczniowie),
        nauczyciele: sumaPol(szkoly, (s) => s.nauczyciele),
        sale: sumaPol(szkoly, (s) => s.sale),
        kompUczniow: sumaPol(szkoly, (s) => s.kompUczniow),
        kompStarsze: sumaPol(szkoly, (s) => s.kompStarsze),
        kompNauczycieli: sumaPol(szkoly, (s) => s.kompNauczycieli),
        mbps: skalowana(
          sumaPol(szkoly, (s) => s.mbps),
          SKALA_MBPS,
        ),
        etaty: skalowana(
          sumaPol(szkoly, (s) => s.etaty),
          SKALA_ETATOW,
        ),
        specjalne: sumaPol(szkoly, (s) => s.specjalne),
        pomoc: sumaPol(szkoly, (s) => s.pomoc),
      },
    },
  };
}
