/**
 * The pure logic behind the custom functions (funkcje.ts): cell inputs read by the core's WB-1 readers,
 * computed by the core's rules. No Office.js here; errors are values, the wrapper turns them into
 * `#VALUE!` / `#N/A`.
 */
import {
  type Komorka,
  type Grosze,
  kwotaDoKomorki,
  odczytajIdentyfikator,
  odczytajKwote,
  odczytajLiczbeCalkowita,
  odczytajZiarno,
  type Odczyt,
  dolnaGranicaWkladu,
  limitWsparcia,
  minimalnyWklad,
  wielkoscSzkoly,
  wkladWystarczy,
  WOJEWODZTWA,
  type Wielkosc,
  regonPoprawny,
  kluczLosowania,
  podzielKwoteKrajowa,
  wagaWojewodztwa,
  type WierszPodzialu,
  procentJson,
  ulamek,
  GROSZE_JEDNOSTKI,
  JEDNOSTKI,
} from '../../core';

/** What Excel passes for one argument: a number, text or boolean; an empty cell arrives as null. */
export type Argument = unknown;

export type Wynik<T> = { ok: true; v: T } | { ok: false; brak: boolean; komunikat: string };

const ok = <T>(v: T): Wynik<T> => ({ ok: true, v });
const blad = (komunikat: string, brak = false): Wynik<never> => ({ ok: false, brak, komunikat });

function komorka(a: Argument): Komorka {
  if (a === null || a === undefined || a === '') return null;
  if (typeof a === 'number') return { t: 'n', v: a };
  if (typeof a === 'boolean') return { t: 'b', v: a };
  return { t: 's', v: String(a) };
}

/** Applies a WB-1 reader; an empty argument is `#N/A` (missing), an unreadable one `#VALUE!`. */
function czytaj<T>(a: Argument, czytnik: (k: Komorka) => Odczyt<T>, pole: string): Wynik<T> {
  const o = czytnik(komorka(a));
  if (o.ok) return ok(o.v);
  return blad(`${pole}: ${o.pl}`, o.pusta);
}

function uczniowie(a: Argument): Wynik<Wielkosc> {
  const n = czytaj(a, odczytajLiczbeCalkowita, 'liczba uczniów');
  if (!n.ok) return n;
  const w = wielkoscSzkoly(n.v);
  return w ? ok(w) : blad('liczba uczniów: wymagana liczba całkowita ≥ 1 (CS-5.1)');
}

function kwotaNieujemna(a: Argument, pole: string): Wynik<Grosze> {
  const g = czytaj(a, odczytajKwote, pole);
  if (g.ok && g.v < 0) return blad(`${pole}: kwota nie może być ujemna`);
  return g;
}

/** CS-5.1 */
export function wielkosc(uczniowieI_VI: Argument): Wynik<Wielkosc> {
  return uczniowie(uczniowieI_VI);
}

/** CS-5.2: the cap in zł for a school of that many pupils. */
export function limit(uczniowieI_VI: Argument): Wynik<number> {
  const w = uczniowie(uczniowieI_VI);
  return w.ok ? ok(kwotaDoKomorki(limitWsparcia(w.v))) : w;
}

/** CS-4.3 (and CS-4.4 with the support per investment type): the minimum own contribution in zł. */
export function minWklad(wsparcie: Argument, inwestycyjne: readonly Argument[] = []): Wynik<number> {
  const g = kwotaNieujemna(wsparcie, 'wsparcie');
  if (!g.ok) return g;
  const typy: Grosze[] = [];
  for (const a of inwestycyjne) {
    if (a === null || a === undefined || a === '') continue;
    const t = kwotaNieujemna(a, 'wsparcie inwestycyjne');
    if (!t.ok) return t;
    typy.push(t.v);
  }
  return ok(kwotaDoKomorki(typy.length > 0 ? dolnaGranicaWkladu(g.v, typy) : minimalnyWklad(g.v)));
}

/** CS-4.3: wkład ≥ ceil(wsparcie / 4), exact in grosze. */
export function wkladWystarcza(wsparcie: Argument, wklad: Argument): Wynik<boolean> {
  const g = kwotaNieujemna(wsparcie, 'wsparcie');
  if (!g.ok) return g;
  const w = kwotaNieujemna(wklad, 'wkład własny');
  return w.ok ? ok(wkladWystarczy(g.v, w.v)) : w;
}

/** WB-1.6 + CS-10.4: a REGON cell (number or text) normalised, then its check digit. */
export function regonOk(regon: Argument): Wynik<boolean> {
  const r = czytaj(regon, (k) => odczytajIdentyfikator(k, 'REGON'), 'REGON');
  if (!r.ok) return r.brak ? r : ok(false);
  return ok(regonPoprawny(r.v));
}

/** CS-Z3.1: SHA-256(seed + "|" + REGON), the seed read by WB-1.8, the REGON normalised by WB-1.6. */
export function klucz(ziarno: Argument, regon: Argument): Wynik<string> {
  const z = czytaj(ziarno, odczytajZiarno, 'ziarno losowania');
  if (!z.ok) return z;
  const r = czytaj(regon, (k) => odczytajIdentyfikator(k, 'REGON'), 'REGON');
  return r.ok ? ok(kluczLosowania(z.v, r.v)) : r;
}

/** The 16 × 3 SIO counts (rows in TERYT order 02 … 32: small, medium, large schools). */
function liczby16x3(m: readonly (readonly Argument[])[]): Wynik<WierszPodzialu[]> {
  if (m.length !== 16 || m.some((w) => w.length !== 3))
    return blad(
      'liczby szkół: potrzebny zakres 16 wierszy × 3 kolumny (województwa w kolejności TERYT 02…32; małe, średnie, duże)',
    );
  const wiersze: WierszPodzialu[] = [];
  for (let i = 0; i < 16; i++) {
    const n = m[i].map((a) => czytaj(a, odczytajLiczbeCalkowita, `liczba szkół (wiersz ${i + 1})`));
    for (const x of n) {
      if (!x.ok) return x;
      if (x.v < 0) return blad(`liczba szkół (wiersz ${i + 1}): nie może być ujemna`);
    }
    const [nS, nM, nL] = n.map((x) => (x as { v: number }).v);
    wiersze.push({ ...WOJEWODZTWA[i], nS, nM, nL });
  }
  return ok(wiersze);
}

/** A voivodeship by TERYT (`14`, `'14'`, `'02'`) or by its name (`mazowieckie`). */
function teryt(a: Argument): Wynik<string> {
  if (a === null || a === undefined || a === '') return blad('TERYT województwa: brak wartości', true);
  const t = typeof a === 'number' ? String(a).padStart(2, '0') : String(a).trim().toLowerCase();
  const w = WOJEWODZTWA.find((x) => x.teryt === t || x.nazwa === t);
  return w
    ? ok(w.teryt)
    : blad(`TERYT województwa: „${String(a)}” nie jest kodem żadnego z 16 województw (02…32)`, true);
}

/** CS-9.1a: W_v / ΣW in percent, rounded half up to 4 decimals (as WB-4.1 `udzial`). */
export function udzial(liczby: readonly (readonly Argument[])[], kod: Argument): Wynik<number> {
  const w = liczby16x3(liczby);
  if (!w.ok) return w;
  const t = teryt(kod);
  if (!t.ok) return t;
  const wagi = w.v.map((x) => wagaWojewodztwa(x));
  const suma = wagi.reduce((s, x) => s + x, 0n);
  if (suma === 0n) return blad('suma wag wszystkich województw wynosi 0 (CS-9.1a)');
  return ok(Number(procentJson(ulamek(wagi[w.v.findIndex((x) => x.teryt === t.v)], suma), 4)));
}

/** WB-2 `Jednostka zaokrąglenia`: a vocabulary text or an amount in zł (0,01 / 1 / 100 / 1000); empty = 1 gr. */
function jednostka(a: Argument): Wynik<Grosze> {
  if (a === null || a === undefined || a === '') return ok(1);
  if (typeof a === 'string') {
    const n = JEDNOSTKI.dopasuj(a);
    if (n) return ok(GROSZE_JEDNOSTKI[n]);
  }
  const g = czytaj(a, odczytajKwote, 'jednostka');
  if (g.ok && Object.values(GROSZE_JEDNOSTKI).includes(g.v)) return ok(g.v);
  return blad(`jednostka: dozwolone ${JEDNOSTKI.wartosci.join(', ')}`);
}

/** CS-9.1 b–c: A_v in zł by largest remainder in units of `jednostka`. */
export function kwotaWojewodztwa(
  kwota: Argument,
  liczby: readonly (readonly Argument[])[],
  kod: Argument,
  jedn?: Argument,
): Wynik<number> {
  const b = kwotaNieujemna(kwota, 'kwota krajowa');
  if (!b.ok) return b;
  const w = liczby16x3(liczby);
  if (!w.ok) return w;
  const t = teryt(kod);
  if (!t.ok) return t;
  const u = jednostka(jedn);
  if (!u.ok) return u;
  const p = podzielKwoteKrajowa({ kwota: b.v, jednostka: u.v, wiersze: w.v });
  if (!p.ok) {
    const k = p.bledy[0].kod;
    return blad(
      k === 'niewielokrotnosc'
        ? 'kwota krajowa nie jest wielokrotnością jednostki zaokrąglenia (CS-9.1)'
        : k === 'sumaWagZero'
          ? 'suma wag wszystkich województw wynosi 0 (CS-9.1a)'
          : 'kwota krajowa musi być dodatnia',
    );
  }
  return ok(kwotaDoKomorki(p.wojewodztwa.find((x) => x.teryt === t.v)!.kwota));
}
