/**
 * CS-A1 / CS-A2: the editable catalogues `Katalog pomocy` and `Funkcjonalności`, read from the workbook
 * when present, else the programme defaults (the labelled reconstruction). Bad rows → located `błąd`
 * and the row is left out.
 */
import type { ZeszytSnapshot } from '../zeszyt/model';
import { czytajTabele, znajdzArkusz, pole, type Tabela, type WierszTabeli } from '../zeszyt/czytnik';
import {
  czyPusta,
  odczytajLiczbeCalkowita,
  odczytajSlownik,
  odczytajTekst,
  tekstKomorki,
  TAK_NIE,
} from '../komorki/odczyt';
import { CYFROWA_SZKOLA_2012, type Program } from '../program/definicja';
import type { MinimumFunkcjonalnosci, PozycjaKatalogu } from '../program/katalogi';
import type { Uwaga } from '../uwagi';
import { Slownik } from '../tekst/normalizuj';
import type { Wielkosc } from '../kwalifikacja/typy';
import { ARKUSZ_FUNKCJONALNOSCI, ARKUSZ_KATALOGU, KA, KF, KOLUMNY_FUNKCJONALNOSCI, KOLUMNY_KATALOGU } from './schemat';
import { bladOdczytu, miejscePola, uwagaW } from './szkola';
import { parsujWyrazenie, type Wyrazenie } from './wyrazenie';
import { dolacz } from '../tablice/dolacz';

export interface FunkcjonalnoscKatalogu {
  nazwa: string;
  wariant: 'I' | 'II' | 'oba';
  minimum: Record<Wielkosc, MinimumFunkcjonalnosci>;
  /** the expression as written */
  spelnianaPrzez: string;
  wyrazenie: Wyrazenie;
}

export interface Katalogi {
  pomoce: PozycjaKatalogu[];
  funkcjonalnosci: FunkcjonalnoscKatalogu[];
  /** where each catalogue came from */
  zrodlo: { pomoce: 'arkusz' | 'domyślny'; funkcjonalnosci: 'arkusz' | 'domyślny' };
  uwagi: Uwaga[];
}

const WARIANT_F = new Slownik<'I' | 'II' | 'oba'>(['I', 'II', 'oba']);
const UCZNIOWIE_IV = new Slownik<'uczniowie kl. IV'>(['uczniowie kl. IV']);

/** The programme defaults, parsed (the default expressions are valid by construction). */
export function katalogiDomyslne(program: Program = CYFROWA_SZKOLA_2012): Katalogi {
  const funkcjonalnosci = program.funkcjonalnosci.map((f) => {
    const p = parsujWyrazenie(f.spelnianaPrzez);
    if (!p.ok) throw new Error(`default CS-A2 expression ${f.spelnianaPrzez}: ${p.en}`);
    return { ...f, wyrazenie: p.v };
  });
  return {
    pomoce: [...program.katalogPomocy],
    funkcjonalnosci,
    zrodlo: { pomoce: 'domyślny', funkcjonalnosci: 'domyślny' },
    uwagi: [],
  };
}

/** CS-A1 + CS-A2 from the workbook (each sheet independently falls back to the default). */
export function czytajKatalogi(z: ZeszytSnapshot, program: Program = CYFROWA_SZKOLA_2012): Katalogi {
  const wynik = katalogiDomyslne(program);
  const ak = znajdzArkusz(z, ARKUSZ_KATALOGU);
  if (ak) {
    const t = czytajTabele(ak, KOLUMNY_KATALOGU);
    dolacz(wynik.uwagi, t.uwagi);
    if (t.wierszNaglowka0 >= 0) {
      wynik.pomoce = czytajPomoce(t, wynik.uwagi);
      wynik.zrodlo.pomoce = 'arkusz';
    }
  }
  const af = znajdzArkusz(z, ARKUSZ_FUNKCJONALNOSCI);
  if (af) {
    const t = czytajTabele(af, KOLUMNY_FUNKCJONALNOSCI);
    dolacz(wynik.uwagi, t.uwagi);
    if (t.wierszNaglowka0 >= 0) {
      const punkty = new Set(wynik.pomoce.map((p) => p.pkt));
      wynik.funkcjonalnosci = t.wiersze
        .map((w) => czytajFunkcjonalnosc(t, w, punkty, wynik.uwagi))
        .filter((f): f is FunkcjonalnoscKatalogu => f !== null);
      wynik.zrodlo.funkcjonalnosci = 'arkusz';
    }
  }
  return wynik;
}

function takNie(t: Tabela, w: WierszTabeli, h: string, uwagi: Uwaga[]): boolean | null {
  const k = pole(t, w, h);
  if (czyPusta(k)) return false; // empty = NIE
  if (k!.t === 'b') return k!.v;
  const o = odczytajSlownik(k, TAK_NIE);
  if (o.ok) return o.v === 'TAK';
  uwagi.push(bladOdczytu(miejscePola(t, w, h), 'CS-A1', h, o));
  return null;
}

function czytajPomoce(t: Tabela, uwagi: Uwaga[]): PozycjaKatalogu[] {
  const wynik: PozycjaKatalogu[] = [];
  const gdzie = new Map<number, string>();
  for (const w of t.wiersze) {
    const n = uwagi.length;
    const mp = miejscePola(t, w, KA.pkt);
    const pkt = odczytajLiczbeCalkowita(pole(t, w, KA.pkt));
    if (!pkt.ok) uwagi.push(bladOdczytu(mp, 'CS-A1', KA.pkt, pkt));
    else if (pkt.v < 1)
      uwagi.push(
        uwagaW(
          mp,
          'błąd',
          'CS-A1',
          `${KA.pkt}: ${pkt.v} — wymagana liczba całkowita ≥ 1.`,
          `${KA.pkt}: ${pkt.v} — an integer ≥ 1 is required.`,
        ),
      );
    else if (gdzie.has(pkt.v))
      uwagi.push(
        uwagaW(
          mp,
          'błąd',
          'CS-A1',
          `Punkt ${pkt.v} występuje w katalogu dwukrotnie (także ${gdzie.get(pkt.v)}); pominięty.`,
          `Point ${pkt.v} appears twice in the catalogue (also ${gdzie.get(pkt.v)}); skipped.`,
        ),
      );
    const nazwa = odczytajTekst(pole(t, w, KA.pomoc));
    if (!nazwa.ok) uwagi.push(bladOdczytu(miejscePola(t, w, KA.pomoc), 'CS-A1', KA.pomoc, nazwa));
    const szkolenie = takNie(t, w, KA.szkolenie, uwagi);
    const inwestycja = takNie(t, w, KA.inwestycja, uwagi);
    const warunki = tekstKomorki(pole(t, w, KA.warunki)).trim();
    if (uwagi.length > n || !pkt.ok || !nazwa.ok || szkolenie === null || inwestycja === null) continue;
    gdzie.set(pkt.v, mp.komorka);
    wynik.push({
      pkt: pkt.v,
      nazwa: nazwa.v,
      wymagaSzkolenia: szkolenie,
      domyslnieInwestycja: inwestycja,
      warunkiTechniczne: warunki,
    });
  }
  return wynik;
}

function czytajMinimum(t: Tabela, w: WierszTabeli, h: string, uwagi: Uwaga[]): MinimumFunkcjonalnosci | null {
  const k = pole(t, w, h);
  const m = miejscePola(t, w, h);
  if (k && k.t === 's' && UCZNIOWIE_IV.dopasuj(k.v)) return 'uczniowie kl. IV';
  const o = odczytajLiczbeCalkowita(k);
  if (o.ok && o.v >= 0) return o.v;
  uwagi.push(
    uwagaW(
      m,
      'błąd',
      'CS-A2',
      `${h}: ${o.ok ? String(o.v) : o.pl} — wymagana liczba całkowita ≥ 0 albo „uczniowie kl. IV”.`,
      `${h}: ${o.ok ? String(o.v) : o.en} — a whole number ≥ 0 or "uczniowie kl. IV" is required.`,
    ),
  );
  return null;
}

function czytajFunkcjonalnosc(
  t: Tabela,
  w: WierszTabeli,
  punkty: ReadonlySet<number>,
  uwagi: Uwaga[],
): FunkcjonalnoscKatalogu | null {
  const n = uwagi.length;
  const nazwa = odczytajTekst(pole(t, w, KF.nazwa));
  if (!nazwa.ok) uwagi.push(bladOdczytu(miejscePola(t, w, KF.nazwa), 'CS-A2', KF.nazwa, nazwa));
  const wariant = odczytajSlownik(pole(t, w, KF.wariant), WARIANT_F);
  if (!wariant.ok) uwagi.push(bladOdczytu(miejscePola(t, w, KF.wariant), 'CS-A2', KF.wariant, wariant));
  const mala = czytajMinimum(t, w, KF.mala, uwagi);
  const srednia = czytajMinimum(t, w, KF.srednia, uwagi);
  const duza = czytajMinimum(t, w, KF.duza, uwagi);
  const ms = miejscePola(t, w, KF.spelniana);
  const tekst = odczytajTekst(pole(t, w, KF.spelniana));
  let wyrazenie: Wyrazenie | null = null;
  if (!tekst.ok) uwagi.push(bladOdczytu(ms, 'CS-A2', KF.spelniana, tekst));
  else {
    const p = parsujWyrazenie(tekst.v);
    if (!p.ok)
      uwagi.push(
        uwagaW(
          ms,
          'błąd',
          'CS-A2',
          `${KF.spelniana}: „${tekst.v}” — ${p.pl} (składnia: pkt|pkt×k + pkt …).`,
          `${KF.spelniana}: "${tekst.v}" — ${p.en} (syntax: pt|pt×k + pt …).`,
        ),
      );
    else {
      const brak = [...new Set(p.v.flatMap((x) => x.punkty))].filter((x) => !punkty.has(x));
      if (brak.length > 0)
        uwagi.push(
          uwagaW(
            ms,
            'błąd',
            'CS-A2',
            `${KF.spelniana}: punkt(y) ${brak.join(', ')} nie istnieją w katalogu pomocy.`,
            `${KF.spelniana}: point(s) ${brak.join(', ')} do not exist in the catalogue.`,
          ),
        );
      else wyrazenie = p.v;
    }
  }
  if (
    uwagi.length > n ||
    !nazwa.ok ||
    !wariant.ok ||
    mala === null ||
    srednia === null ||
    duza === null ||
    !wyrazenie ||
    !tekst.ok
  )
    return null;
  return {
    nazwa: nazwa.v,
    wariant: wariant.v,
    minimum: { mała: mala, średnia: srednia, duża: duza },
    spelnianaPrzez: tekst.v,
    wyrazenie,
  };
}
