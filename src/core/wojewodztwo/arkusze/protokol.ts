/**
 * WB-3.2 / WB-3.4 `Protokół` (CS-14.1): header, team, parameters, envelopes, totals, what-if, changes,
 * fingerprint, place and date, signatures and the approval line — plain Polish labels, amounts as zł cells,
 * the date as a date cell, long texts wrapped in merged cells with explicit row heights; A4 portrait at 85 %.
 */
import type { UkladWydruku, WysokoscWierszy, ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { FORMAT_PROCENT, liczba, naglowek, tekst, zl } from '../../zeszyt/formaty';
import {
  dataKomorka,
  naglowekDokumentu,
  STOPKA,
  wysokoscTekstu,
  WYSOKOSC_LINII,
  noweWysokosci,
  ustawWysokosc,
  wGrupach,
} from '../../zeszyt/wydruk';
import { adres } from '../../komorki/adres';
import type { Grosze } from '../../kwota';
import { roundHalfUpBig } from '../../rational';
import { ID_ALGORYTMU, type Grupa, type Wariant, type WierszCoJesli } from '../../kwalifikacja';
import { WIELKOSCI } from '../../program/definicja';
import type { Program } from '../../program/definicja';
import type { ModelProtokolu } from '../model';
import { procent } from '../parametry';

export const ARKUSZ_PROTOKOL = 'Protokół';
const WARIANTY: Wariant[] = ['I', 'II'];
const pogr = { pogrubienie: true };
const zaw = { zawijaj: true };

/**
 * Column widths (characters): labels, three columns wide enough for a voivodeship's amount in zł, two for
 * counts — 82 in all. WB-3.4 "within the A4 printable width at that scale": 7.27″ at 85 % holds about 116
 * Calibri characters (Excel) and, measured, 84 in LibreOffice when Calibri falls back to the wider
 * DejaVu Sans (no Carlito installed), so the protocol prints one page wide in both.
 */
export const SZEROKOSCI_PROTOKOLU = [20, 16, 16, 16, 7, 7];
export const WYDRUK_PROTOKOLU: Omit<UkladWydruku, 'naglowek'> = {
  orientacja: 'pionowa',
  skala: 85,
  powtarzaneWiersze: [1, 1],
  marginesy: { lewy: 0.5, prawy: 0.5, gorny: 0.75, dolny: 0.75 },
  stopka: STOPKA,
};
/** room for a handwritten signature */
const WYSOKOSC_PODPISU = 36;
const KRESKI = '……………………………………';

const GRUPY_OPIS: Record<Grupa, string> = {
  mała: 'Kwota dla szkół małych',
  średnia: 'Kwota dla szkół średnich',
  duża: 'Kwota dla szkół dużych',
  wszystkie: 'Kwota dla wszystkich szkół',
};

/** A share as a number for a `0.00%` cell: hundredths of a percent / 10 000. */
function udzialKomorka(setne: number): ZapisKomorki {
  return { v: setne / 10000, fmt: FORMAT_PROCENT };
}

/** Rows with their merges and explicit heights (WB-3.4: every row of wrapped text gets one). */
class Dokument {
  /** its instances' shape kept alive across garbage collections, as `ZapisUtf8.ksztalt` (else its code was deoptimised after each) */
  static readonly ksztalt: Dokument = new Dokument();
  readonly wiersze: ZapisKomorki[][] = [];
  readonly scalenia: string[] = [];
  private readonly wysokosciWierszy = new Map<number, number>();

  /** A row; a wrapped text cell sets the row's height for its own column's width. */
  dodaj(...r: ZapisKomorki[]): number {
    const w = this.scalony(...r);
    r.forEach((k, c) => {
      if (k?.zawijaj && typeof k.v === 'string') this.wysokosc(w, wysokoscTekstu(k.v, SZEROKOSCI_PROTOKOLU[c] - 1));
    });
    return w;
  }
  /** A row whose merges and height the caller sets. */
  scalony(...r: ZapisKomorki[]): number {
    this.wiersze.push(r);
    return this.wiersze.length;
  }
  odstep(): void {
    this.wiersze.push([]);
  }
  scal(wiersz: number, od: number, doKol: number): void {
    this.scalenia.push(`${adres(wiersz - 1, od)}:${adres(wiersz - 1, doKol)}`);
  }
  /** Raises a row's height to at least `pt` (merged cells: the caller measures their joint width). */
  wysokosc(wiersz: number, pt: number): void {
    if (pt > Math.max(WYSOKOSC_LINII, this.wysokosciWierszy.get(wiersz) ?? 0)) this.wysokosciWierszy.set(wiersz, pt);
  }
  get wysokosci(): WysokoscWierszy[] {
    const w = noweWysokosci();
    for (const [wiersz, wysokosc] of this.wysokosciWierszy) ustawWysokosc(w, wiersz, wysokosc);
    return wGrupach(w);
  }
  /** A label in A and a long value across B:F, both wrapped. */
  etykieta(etykieta: string, wartosc: ZapisKomorki): void {
    const w = this.scalony(
      tekst(etykieta, zaw),
      wartosc && typeof wartosc.v === 'string' ? { ...wartosc, ...zaw } : wartosc,
    );
    this.scal(w, 1, 5);
    const t = wartosc && typeof wartosc.v === 'string' ? wartosc.v : '';
    this.wysokosc(w, Math.max(wysokoscTekstu(etykieta, SZEROKOSCI_PROTOKOLU[0]), wysokoscTekstu(t, 62)));
  }
  /** A parameter: label (A), value (B:C), source (D:F). */
  parametr(etykieta: string, wartosc: ZapisKomorki, zrodlo: string): void {
    const wart = wartosc && typeof wartosc.v === 'string' ? { ...wartosc, ...zaw } : wartosc;
    const w = this.scalony(tekst(etykieta, zaw), wart, null, tekst(zrodlo, zaw));
    this.scal(w, 1, 2);
    this.scal(w, 3, 5);
    const t = wartosc && typeof wartosc.v === 'string' ? wartosc.v : '';
    this.wysokosc(w, Math.max(wysokoscTekstu(etykieta, 26), wysokoscTekstu(t, 34), wysokoscTekstu(zrodlo, 51)));
  }
  /** A bold section title (or, `pogrubiony` = false, a paragraph) across A:F. */
  tytul(t: string, pogrubiony = true): void {
    const w = this.scalony(tekst(t, pogrubiony ? { ...pogr, ...zaw } : zaw));
    this.scal(w, 0, 5);
    this.wysokosc(w, wysokoscTekstu(t, 80));
  }
  /** A header row of a table (wrapped, so its height fits the longest header). */
  naglowki(...t: string[]): void {
    this.dodaj(...t.map((x) => (x ? naglowek(x) : null)));
  }
}

export function arkuszProtokolu(mp: ModelProtokolu, program: Program): ZapisArkusza {
  const p = mp.parametry;
  const { wynik } = mp;
  const d = new Dokument();

  d.tytul('Protokół z posiedzenia zespołu oceniającego wnioski — program „Cyfrowa szkoła”');
  d.tytul(`Podstawa prawna: ${program.podstawa}`, false);
  d.odstep();
  d.etykieta('Województwo', tekst(p.wojewodztwo ?? '— brak —'));
  const wDaty = d.dodaj(
    tekst('Data posiedzenia zespołu', zaw),
    p.data ? dataKomorka(p.data) : tekst('— brak daty (błąd nieblokujący, WB-5.3) —'),
  );
  if (!p.data) d.scal(wDaty, 1, 5);
  d.etykieta('Skład zespołu', tekst(p.sklad.length ? p.sklad.join('; ') : '— brak —'));
  for (const u of mp.uwagi.filter(
    (u) =>
      u.waga === 'błąd' &&
      (u.regula === 'CS-12.1' || (u.regula === 'WB-5.3' && !u.blokujaca && u.arkusz === 'Parametry')),
  ))
    d.etykieta('UWAGA', tekst(`${u.regula}: ${u.komunikat}`, { kolorTekstu: 'C00000' }));
  d.odstep();

  d.tytul('Parametry podziału środków');
  d.naglowki('Parametr', 'Wartość', '', 'Źródło');
  d.scal(d.wiersze.length, 1, 2);
  d.scal(d.wiersze.length, 3, 5);
  d.parametr('Kwota środków województwa', zl(p.kwota), 'arkusz Parametry');
  const ud = wynik.udzial;
  if (wynik.wszystkieMieszcza)
    d.parametr('Udział wariantu I', tekst('nie dotyczy'), 'wszystkie wnioski mieszczą się w kwocie (CS-Z3.0)');
  else if (ud) {
    const setne = Number(roundHalfUpBig(ud.licznik * 10000n, ud.mianownik));
    d.parametr(
      'Udział wariantu I',
      udzialKomorka(setne),
      ud.domyslny
        ? 'domyślny: kwoty wnioskowane w wariancie I / kwoty wnioskowane razem, w granicach 20–80 % (CS-Z3.2)'
        : `podany w arkuszu Parametry: ${procent(p.udzialSetne ?? 0)} %`,
    );
  }
  d.parametr(
    'Podział kwoty wariantu na wielkości szkół',
    tekst(p.podzial),
    p.podzialDomyslny ? 'domyślny' : 'arkusz Parametry',
  );
  if (p.sio)
    d.parametr(
      'Liczby szkół w województwie (SIO): małe / średnie / duże',
      tekst(`${p.sio.mała} / ${p.sio.średnia} / ${p.sio.duża}`),
      'arkusz Parametry',
    );
  const sposob = opisKolejnosci(mp);
  d.etykieta('Kolejność losowania', tekst(sposob));
  if (p.ziarno !== null)
    d.etykieta(
      mp.ziarnoUzyte ? 'Ziarno losowania (dokładnie tak, jak użyte)' : 'Ziarno losowania (nieużyte)',
      tekst(p.ziarno),
    );
  if (mp.kolejnoscReczna)
    d.parametr('Losowanie ręczne', tekst(p.losowanieReczne), p.losowanieDomyslne ? 'domyślny' : 'arkusz Parametry');
  d.odstep();

  const k = wynik.koperty;
  const grupy: Grupa[] = p.podzial === 'bez podziału' ? ['wszystkie'] : [...WIELKOSCI];
  d.tytul('Kwoty dla wariantów i grup szkół');
  if (!k) d.etykieta('Kwoty', tekst('nie dotyczy — wszystkie wnioski mieszczą się w kwocie (CS-Z3.0)'));
  else {
    d.naglowki('', 'Wariant I', 'Wariant II');
    const wiersz = (etykieta: string, kwota: (v: Wariant) => Grosze) =>
      d.dodaj(tekst(etykieta, zaw), ...WARIANTY.map((v) => zl(kwota(v))));
    wiersz('Kwota dla wariantu', (v) => k.E[v]);
    for (const g of grupy) wiersz(GRUPY_OPIS[g], (v) => k.Es[v][g] ?? 0);
    const w = wiersz('Kwota dla wariantu po przesunięciach', (v) => k.D[v]);
    d.wysokosc(w, 2 * WYSOKOSC_LINII);
    wiersz('Niewykorzystane', (v) => k.L[v]);
  }
  d.odstep();

  d.tytul('Zakwalifikowane według wariantu i wielkości szkoły');
  d.naglowki('Wariant', 'Wielkość szkoły', 'Liczba szkół', 'Kwota wsparcia (zł)');
  const zakw = zakwalifikowaneWgWielkosci(mp);
  for (const v of WARIANTY) {
    for (const s of WIELKOSCI) {
      const l = zakw.get(`${v}|${s}`) ?? { liczba: 0, kwota: 0 };
      d.dodaj(tekst(v), tekst(s), liczba(l.liczba), zl(l.kwota));
    }
    const l = zakw.get(v) ?? { liczba: 0, kwota: 0 };
    d.dodaj(tekst(`Razem wariant ${v}`, pogr), null, liczba(l.liczba, pogr), zl(l.kwota, pogr));
  }
  d.dodaj(tekst('Razem', pogr), null, liczba(zakw.get('')?.liczba ?? 0, pogr), zl(wynik.przyznano, pogr));
  d.dodaj(tekst('Niewykorzystane środki', { ...pogr, ...zaw }), null, null, zl(wynik.niewykorzystane, pogr));
  if (k) for (const v of WARIANTY) d.dodaj(tekst(`w tym wariant ${v}`), null, null, zl(k.L[v]));
  d.odstep();

  const ocenione = mp.oceny.filter((o) => o === 'pozytywna').length;
  d.tytul('Wnioski');
  d.dodaj(tekst('Złożone'), liczba(mp.wiersze.length));
  d.dodaj(tekst('Ocenione pozytywnie'), liczba(ocenione));
  d.dodaj(tekst('Odrzucone formalnie'), liczba(mp.wiersze.length - ocenione));
  d.odstep();

  d.tytul('Co jeśli: inne udziały wariantu I przy tej samej kolejności losowania (CS-Z3.W)');
  if (!wynik.coJesli) d.etykieta('Co jeśli', tekst('nie dotyczy (CS-Z3.0)'));
  else {
    d.naglowki(
      'Udział wariantu I',
      'Kwota wariantu I (zł)',
      'Kwota wariantu II (zł)',
      'Niewykorzystane (zł)',
      'Szkoły I',
      'Szkoły II',
    );
    for (const c of wynik.coJesli) d.dodaj(...wierszCoJesli(c));
    d.tytul('Wiersz pogrubiony: udział użyty w tym protokole.', false);
  }
  d.odstep();

  if (mp.zmiany.length) {
    d.tytul('Zmiany po protokole — rezygnacje (CS-Z3.R)');
    d.naglowki('Data', 'REGON szkoły', 'Zmiana', 'Kwota (zł)', 'Wskutek rezygnacji');
    d.scal(d.wiersze.length, 4, 5);
    for (const z of mp.zmiany) {
      const zmiana = `${z.zmiana === 'rezygnacja' ? 'rezygnacja' : 'zakwalifikowana (krok R)'}, wariant ${z.wariant}`;
      const w = d.dodaj(dataKomorka(z.data), tekst(z.regon), tekst(zmiana, zaw), zl(z.kwota), tekst(z.wskutek, zaw));
      d.scal(w, 4, 5);
      d.wysokosc(w, Math.max(wysokoscTekstu(z.wskutek, 14), wysokoscTekstu(zmiana, 16)));
    }
    d.odstep();
  }

  d.etykieta('Odcisk danych wejściowych (SHA-256, CS-Z3.F)', tekst(mp.odcisk));
  d.etykieta('Identyfikator algorytmu', tekst(ID_ALGORYTMU));
  d.odstep();

  const wMiejsca = d.dodaj(
    tekst('Miejscowość i data'),
    tekst(KRESKI),
    null,
    p.data ? dataKomorka(p.data) : tekst(KRESKI),
  );
  d.scal(wMiejsca, 1, 2);
  d.wysokosc(wMiejsca, WYSOKOSC_PODPISU);
  d.odstep();
  d.tytul('Podpisy członków zespołu');
  d.naglowki('Imię i nazwisko', 'Podpis');
  d.scal(d.wiersze.length, 1, 3);
  const czlonkowie = p.sklad.length ? p.sklad : ['', '', '', ''];
  for (const czlonek of czlonkowie) {
    const w = d.dodaj(czlonek ? tekst(czlonek, zaw) : tekst(KRESKI), tekst(KRESKI));
    d.scal(w, 1, 3);
    d.wysokosc(w, WYSOKOSC_PODPISU);
  }
  d.odstep();
  d.tytul(`Zatwierdzam — Wojewoda ${p.wojewodztwo ? `(województwo ${p.wojewodztwo})` : '…………………'}`);
  const wZatw = d.dodaj(tekst('data i podpis'), tekst(KRESKI));
  d.scal(wZatw, 1, 3);
  d.wysokosc(wZatw, WYSOKOSC_PODPISU);

  return {
    nazwa: ARKUSZ_PROTOKOL,
    wiersze: d.wiersze,
    szerokosciKolumn: SZEROKOSCI_PROTOKOLU,
    wydruk: { ...WYDRUK_PROTOKOLU, naglowek: naglowekDokumentu(p.wojewodztwo, p.data) },
    scalenia: d.scalenia,
    wysokosciWierszy: d.wysokosci,
  };
}

/** How the draw order was made, one sentence (the protocol and the trace's legend). */
export function opisKolejnosci(mp: ModelProtokolu): string {
  return mp.wynik.wszystkieMieszcza
    ? 'bez losowania — wszystkie wnioski mieszczą się w kwocie (CS-Z3.0)'
    : mp.losowanieReczne === 'w koszykach'
      ? 'kolejność ręczna w koszykach: kolumna „Kolejność losowania” to numer w koszyku (wariant × wielkość szkoły); kolejność łączna według (numer − 1) / liczba wniosków w koszyku (CS-Z3.1)'
      : mp.kolejnoscReczna
        ? 'kolejność ręczna (kolumna „Kolejność losowania”, CS-Z3.1)'
        : 'losowanie komputerowe: klucz szkoły = SHA-256(ziarno + "|" + REGON szkoły), kolejność rosnąco według klucza (CS-Z3.1)';
}

function wierszCoJesli(c: WierszCoJesli): ZapisKomorki[] {
  const styl = c.uzyty ? pogr : {};
  return [
    { v: c.udzialSetne / 10000, fmt: FORMAT_PROCENT, ...styl },
    zl(c.I.kwota, styl),
    zl(c.II.kwota, styl),
    zl(c.niewykorzystane, styl),
    liczba(c.I.liczba, styl),
    liczba(c.II.liczba, styl),
  ];
}

/** Count and support of the qualified schools in one pass: by `wariant|wielkość`, by variant, and in all (''). */
function zakwalifikowaneWgWielkosci(mp: ModelProtokolu): Map<string, { liczba: number; kwota: Grosze }> {
  // summed by the row's own variant and size values (a few constant texts: no key text made per row)
  const pary = new Map<string, Map<string | null, { liczba: number; kwota: Grosze }>>();
  for (const x of mp.wiersze) {
    const dec = mp.decyzje[x.indeks];
    if (dec?.decyzja !== 'zakwalifikowana') continue;
    let wg = pary.get(dec.wariant);
    if (!wg) pary.set(dec.wariant, (wg = new Map()));
    const g = wg.get(x.wielkosc);
    if (g) {
      g.liczba++;
      g.kwota += dec.wsparcie ?? 0;
    } else wg.set(x.wielkosc, { liczba: 1, kwota: dec.wsparcie ?? 0 });
  }
  const m = new Map<string, { liczba: number; kwota: Grosze }>();
  const dodaj = (klucz: string, g: { liczba: number; kwota: Grosze }) => {
    const s = m.get(klucz);
    if (s) {
      s.liczba += g.liczba;
      s.kwota += g.kwota;
    } else m.set(klucz, { ...g });
  };
  for (const [wariant, wg] of pary)
    for (const [wielkosc, g] of wg) {
      dodaj(`${wariant}|${wielkosc}`, g);
      dodaj(wariant, g);
      dodaj('', g);
    }
  return m;
}
