/**
 * Per-school checks shared by a director's application (`Wniosek dyrektora`), a running body's
 * `Szkoły` rows and the voivodeship `Wnioski` rows — one copy of each rule.
 *
 * Conventions (all functions):
 * - `m: Miejsce` = where the value cell is: `{ arkusz, komorka: 'H7', wiersz?: 7 }` (`wiersz` = 1-based
 *   Excel row of a table data row, copied into the findings for WB-5.1). Build it with
 *   `miejscePola(tabela, wiersz, naglowek)` for tables or `miejsceEtykiety(etykiety, etykieta)` for
 *   label–value sheets.
 * - Result `Sprawdzenie<T>` = `{ wartosc: T | null; uwagi: readonly Uwaga[] }`: `wartosc` is null exactly
 *   when the value cannot be used (missing, unreadable, invalid); every finding is located at `m`; a result
 *   without findings shares the frozen `BEZ_UWAG` (most cells of a 100 000-row sheet have none).
 * - `program` defaults to `CYFROWA_SZKOLA_2012` (rules as data).
 *
 * API:
 * - `sprawdzRegon(k, m)` → `SprawdzenieRegonu` (CS-10.4, WB-1.6): `wartosc` = valid digits;
 *   `cyfry` = normalised digits even when the check digit is wrong (for duplicates / JSON), else null.
 * - `duplikatyRegon(wpisy)` → Uwaga[] (CS-10.4: the same normalised REGON twice → `błąd` on every row;
 *   blocking by default, WB-5.3; empty/unreadable REGONs are skipped).
 * - `sprawdzUczniow(k, m, program?)` → `Sprawdzenie<{ uczniowie, wielkosc, limit }>` (CS-5.1).
 * - `sprawdzWnioskowana(k, m, wielkosc | null, tryb, program?)` → `Sprawdzenie<{ wnioskowana, r }>`:
 *   money > 0 (CS-5.3); above the cap (CS-5.2): tryb `'wniosek'` → `błąd`, tryb `'wojewodztwo'` →
 *   `ostrzeżenie` naming the amount cut; `r = min(requested, cap)` (= requested when size unknown).
 * - `sprawdzLimit(wnioskowana, wielkosc, m, tryb, program?)` → `{ r, uwagi }` (CS-5.2 alone).
 * - `sprawdzWklad(k, m, wsparcie | null, program?)` → `Sprawdzenie<Grosze>`: money ≥ 0 (WB-2) and
 *   CS-4.3 against `wsparcie` (pass `r` in the voivodeship workbook, the request in applications).
 * - `sprawdzMinimalnyWklad(wsparcie, wklad, m, program?)` → Uwaga[] (CS-4.3 on computed amounts; the
 *   message states the minimum `ceil(G/4)`).
 * - `sprawdzTypSzkoly(k, m, { wymagany? })` → `Sprawdzenie<TypSzkoly>` (CS-2.1; empty and not required →
 *   `szkoła podstawowa`).
 * - `sprawdzPolozenie(k, m)` → `Sprawdzenie<Polozenie>` (WB-2 vocabulary, required).
 * - `sprawdzWariant(k, m)` → `Sprawdzenie<Wariant>`; `sprawdzWariantZastepczy(k, m, wariant | null)` →
 *   `Sprawdzenie<WariantZastepczy>` (CS-8.1: equal to the variant → `błąd`, value kept).
 * - `sprawdzRodzajOrganu(k, m)` → `Sprawdzenie<RodzajOrganu>` (CS-3.1: optional; `inny` → `błąd`).
 * - `sprawdzTeryt(k, m, oczekiwaneWojewodztwo?)` → `Sprawdzenie<string>` (CS-10.4 + WB-1.6: optional;
 *   length/type/prefix; `oczekiwaneWojewodztwo` = 2-digit TERYT of the workbook's voivodeship; use
 *   `terytWojewodztwa(nazwa)` to get it from a name).
 * - `sprawdzTekstWymagany(k, m, nazwaPola, regula?)` → `Sprawdzenie<string>` (required text cell).
 * Helpers: `miejscePola`, `miejsceEtykiety`, `MiejsceWTabeli` (one reusable location for a table read
 * row by row), `uwagaW(m, waga, regula, pl, en, blokujaca?)`, `bladOdczytu(m, regula, pole, odczyt)`,
 * `dopisz(s, uwaga)` (a result with one more finding), `terytWojewodztwa(nazwa)`. Most checks take an optional last
 * `pole` argument (the label/header named in messages) with the WB-2 name as default.
 * Rule ids of findings: unreadable cells → `WB-1.4` / `WB-1.6` (empty required cells → the rule that
 * needs the value; pupils: always `CS-5.1`), vocabularies → `WB-2` (`Wariant`/`Wariant zastępczy`:
 * `CS-8.1`; `Typ szkoły`: `CS-2.1`), otherwise the CS rule.
 */
import type { Komorka } from '../zeszyt/model';
import { adres } from '../komorki/adres';
import { adresPola, type Etykiety, type Tabela, type WierszTabeli } from '../zeszyt/czytnik';
import {
  odczytajIdentyfikator,
  odczytajKwote,
  odczytajLiczbeCalkowita,
  odczytajSlownik,
  odczytajTekst,
  czyPusta,
  tekstKomorki,
  skroc,
  type Odczyt,
} from '../komorki/odczyt';
import { problemTeryt, regonPoprawny } from '../identyfikatory';
import { CYFROWA_SZKOLA_2012, WOJEWODZTWA, type Program } from '../program/definicja';
import { limitWsparcia, minimalnyWklad, wielkoscSzkoly } from '../program/reguly';
import { kwotaEn, kwotaPl, type Grosze } from '../kwota';
import { uwaga, type Uwaga, type Waga } from '../uwagi';
import { normalizuj, type Slownik } from '../tekst/normalizuj';
import type { Wariant, WariantZastepczy, Wielkosc } from '../kwalifikacja/typy';
import {
  DOMYSLNY_TYP_SZKOLY,
  POLOZENIE,
  RODZAJ_ORGANU,
  TYP_SZKOLY,
  WARIANT,
  WARIANT_ZASTEPCZY,
  type Polozenie,
  type RodzajOrganu,
  type TypSzkoly,
} from './slowniki';
import { MAKS_KOMOREK, zReszta } from '../tekst/lista';

export interface Miejsce {
  arkusz: string;
  /** A1 address without the sheet */
  komorka: string;
  /** 1-based Excel row of a table data row (WB-5.1) */
  wiersz?: number;
}

export interface Sprawdzenie<T> {
  readonly wartosc: T | null;
  readonly uwagi: readonly Uwaga[];
}

/** The findings of a check that found nothing: one shared, frozen empty list. */
export const BEZ_UWAG: readonly Uwaga[] = Object.freeze([]);

function tak<T>(wartosc: T): Sprawdzenie<T> {
  return { wartosc, uwagi: BEZ_UWAG };
}

/** `s` with the finding `u` appended — a new result, since findings lists may be shared (`BEZ_UWAG`). */
export function dopisz<T>(s: Sprawdzenie<T>, u: Uwaga): Sprawdzenie<T> {
  return { wartosc: s.wartosc, uwagi: [...s.uwagi, u] };
}

/** Where a table row's cell is (column A when the column is absent). */
export function miejscePola(t: Tabela, w: WierszTabeli, naglowek: string): Miejsce {
  return { arkusz: t.arkusz, komorka: adresPola(t, w, naglowek), wiersz: w.wiersz0 + 1 };
}

/**
 * One `Miejsce` reused for every cell of a table checked row by row, field by field (the voivodeship's
 * `Wnioski`): `na(w, kolumna)` points it at a cell and the A1 address is built only when a finding reads
 * it — most fields of most rows have none. A finding copies the address at once (`uwagaW`), so a check may
 * use it only while it runs: never keep it (WpisRegonu and the like need `miejscePola`).
 */
export class MiejsceWTabeli implements Miejsce {
  wiersz = 0;
  private wiersz0 = 0;
  private kolumna = 0;
  constructor(readonly arkusz: string) {}
  /** Points at 0-based `kolumna` of data row `w` (column A when the column is absent: pass 0). */
  na(w: WierszTabeli, kolumna: number): this {
    this.wiersz0 = w.wiersz0;
    this.wiersz = w.wiersz0 + 1;
    this.kolumna = kolumna;
    return this;
  }
  get komorka(): string {
    return adres(this.wiersz0, this.kolumna);
  }
}
/**
 * V8 holds the shape of class instances weakly: with no instance alive, a full garbage collection frees it and
 * discards the optimised code built around it, so the next run reads its rows slowly until V8 recompiles (the
 * pane is idle between runs, when browsers collect). One idle instance keeps the shape alive.
 */
export const KSZTALT_MIEJSCA = new MiejsceWTabeli('');

/** Where a label's value cell is; null when the label is absent (czytajEtykiety already reported it). */
export function miejsceEtykiety(e: Etykiety, etykieta: string): Miejsce | null {
  const w = e.wartosci.get(etykieta);
  return w ? { arkusz: e.arkusz, komorka: w.adres } : null;
}

/** A located finding at `m`. */
export function uwagaW(m: Miejsce, waga: Waga, regula: string, pl: string, en: string, blokujaca = false): Uwaga {
  return uwaga(m.arkusz, m.komorka, waga, regula, pl, en, { wiersz: m.wiersz, blokujaca });
}

/** A finding for a value that could not be read (`pole` = the label/header). */
export function bladOdczytu(
  m: Miejsce,
  regula: string,
  pole: string,
  o: Extract<Odczyt<unknown>, { ok: false }>,
): Uwaga {
  return uwagaW(m, 'błąd', regula, `${pole}: ${o.pl}.`, `${pole}: ${o.en}.`);
}

function nie<T>(u?: Uwaga): Sprawdzenie<T> {
  return { wartosc: null, uwagi: u ? [u] : BEZ_UWAG };
}

// ---------------------------------------------------------------- identifiers (CS-10.4, WB-1.6)

export interface SprawdzenieRegonu extends Sprawdzenie<string> {
  /** normalised digits (also when the check digit is wrong), null when unreadable or empty */
  cyfry: string | null;
}

/** CS-10.4: REGON of 9 or 14 digits with a valid check digit (WB-1.6 normalisation, padding → info). */
export function sprawdzRegon(k: Komorka, m: Miejsce, pole = 'REGON szkoły'): SprawdzenieRegonu {
  const o = odczytajIdentyfikator(k, 'REGON');
  if (!o.ok) return { wartosc: null, cyfry: null, uwagi: [bladOdczytu(m, o.pusta ? 'CS-10.4' : 'WB-1.6', pole, o)] };
  if (o.infoPl === undefined && regonPoprawny(o.v)) return { wartosc: o.v, cyfry: o.v, uwagi: BEZ_UWAG };
  const uwagi: Uwaga[] = [];
  if (o.infoPl) uwagi.push(uwagaW(m, 'informacja', 'WB-1.6', `${pole}: ${o.infoPl}.`, `${pole}: ${o.infoEn}.`));
  if (o.v.length !== 9 && o.v.length !== 14) {
    // o.v holds digits only (WB-1.6)
    uwagi.push(
      uwagaW(
        m,
        'błąd',
        'CS-10.4',
        `${pole} ${o.v} ma ${o.v.length} cyfr (wymagane 9 lub 14).`,
        `${pole} ${o.v} has ${o.v.length} digits (9 or 14 required).`,
      ),
    );
    return { wartosc: null, cyfry: o.v, uwagi };
  }
  if (!regonPoprawny(o.v)) {
    uwagi.push(
      uwagaW(
        m,
        'błąd',
        'CS-10.4',
        `${pole} ${o.v} ma błędną cyfrę kontrolną.`,
        `${pole} ${o.v} has a wrong check digit.`,
      ),
    );
    return { wartosc: null, cyfry: o.v, uwagi };
  }
  return { wartosc: o.v, cyfry: o.v, uwagi };
}

export interface WpisRegonu {
  /** normalised digits (`SprawdzenieRegonu.cyfry`); null/empty = missing, never a duplicate */
  regon: string | null;
  miejsce: Miejsce;
}

/** CS-10.4: the same normalised REGON twice in one table → `błąd` on every row holding it (WB-5.3 blocking). */
export function duplikatyRegon(wpisy: readonly WpisRegonu[], opcje: { blokujaca?: boolean } = {}): Uwaga[] {
  const blokujaca = opcje.blokujaca !== false;
  const grupy = new Map<string, WpisRegonu[]>();
  for (const w of wpisy) {
    if (!w.regon) continue;
    const g = grupy.get(w.regon);
    if (g) g.push(w);
    else grupy.set(w.regon, [w]);
  }
  const uwagi: Uwaga[] = [];
  for (const [regon, g] of grupy) {
    if (g.length < 2) continue;
    for (const w of g) {
      const inne = inneMiejsca(g, w);
      uwagi.push(
        uwagaW(
          w.miejsce,
          'błąd',
          'CS-10.4',
          `REGON ${regon} występuje w arkuszu więcej niż raz (także ${inne}).`,
          `REGON ${regon} appears more than once in the sheet (also ${inne}).`,
          blokujaca,
        ),
      );
    }
  }
  return uwagi;
}

/** The cells of a REGON's other rows: at most `MAKS_KOMOREK`, then `… (+N)` (the rest not even visited). */
function inneMiejsca(g: readonly WpisRegonu[], w: WpisRegonu): string {
  const pierwsze: string[] = [];
  for (const x of g) {
    if (pierwsze.length === MAKS_KOMOREK) break;
    if (x !== w) pierwsze.push(x.miejsce.komorka);
  }
  return zReszta(pierwsze, g.length - 1 - pierwsze.length);
}

/** 2-digit TERYT of a voivodeship name (WB-1.3 matching), or undefined. */
export function terytWojewodztwa(nazwa: string): string | undefined {
  const n = normalizuj(nazwa);
  return WOJEWODZTWA.find((w) => w.nazwa === n)?.teryt;
}

function nazwaWojewodztwa(teryt: string): string {
  return WOJEWODZTWA.find((w) => w.teryt === teryt)?.nazwa ?? teryt;
}

/** CS-U.1 body key: the cell's TERYT when it reads as one and is well formed (its voivodeship not checked), else null. */
export function terytOrganu(k: Komorka): string | null {
  if (czyPusta(k)) return null;
  const o = odczytajIdentyfikator(k, 'TERYT');
  return o.ok && problemTeryt(o.v) === null ? o.v : null;
}

/**
 * CS-10.4 TERYT of a running body (optional: empty → no finding, value null): 2/4/7 digits, a 7-digit
 * code ends in 1/2/3, a valid voivodeship prefix equal to `oczekiwaneWojewodztwo` when given.
 */
export function sprawdzTeryt(
  k: Komorka,
  m: Miejsce,
  oczekiwaneWojewodztwo?: string | null,
  pole = 'TERYT organu',
): Sprawdzenie<string> {
  if (czyPusta(k)) return nie();
  const o = odczytajIdentyfikator(k, 'TERYT');
  if (!o.ok) return nie(bladOdczytu(m, 'CS-10.4', pole, o));
  const p = problemTeryt(o.v);
  const wWojewodztwie =
    !oczekiwaneWojewodztwo || (oczekiwaneWojewodztwo.length === 2 && o.v.startsWith(oczekiwaneWojewodztwo));
  if (o.infoPl === undefined && p === null && wWojewodztwie) return tak(o.v);
  const uwagi: Uwaga[] = [];
  if (o.infoPl) uwagi.push(uwagaW(m, 'informacja', 'WB-1.6', `${pole}: ${o.infoPl}.`, `${pole}: ${o.infoEn}.`));
  if (p === 'dlugosc')
    uwagi.push(
      uwagaW(
        m,
        'błąd',
        'CS-10.4',
        `${pole} ${o.v} ma ${o.v.length} cyfr (wymagane 2, 4 lub 7).`,
        `${pole} ${o.v} has ${o.v.length} digits (2, 4 or 7 required).`,
      ),
    );
  else if (p === 'wojewodztwo')
    uwagi.push(
      uwagaW(
        m,
        'błąd',
        'CS-10.4',
        `${pole} ${o.v}: ${o.v.slice(0, 2)} nie jest kodem województwa.`,
        `${pole} ${o.v}: ${o.v.slice(0, 2)} is not a voivodeship code.`,
      ),
    );
  else if (p === 'typ')
    uwagi.push(
      uwagaW(
        m,
        'błąd',
        'CS-10.4',
        `${pole} ${o.v}: ostatnia cyfra ${o.v[6]} oznacza część gminy, nie organ (dozwolone 1, 2, 3).`,
        `${pole} ${o.v}: the last digit ${o.v[6]} denotes a part of a gmina, not a body (1, 2, 3 allowed).`,
      ),
    );
  else if (!wWojewodztwie)
    uwagi.push(
      uwagaW(
        m,
        'błąd',
        'CS-10.4',
        `${pole} ${o.v} należy do województwa ${nazwaWojewodztwa(o.v.slice(0, 2))}, a nie ${nazwaWojewodztwa(oczekiwaneWojewodztwo)} (${oczekiwaneWojewodztwo}).`,
        `${pole} ${o.v} belongs to voivodeship ${nazwaWojewodztwa(o.v.slice(0, 2))}, not ${nazwaWojewodztwa(oczekiwaneWojewodztwo)} (${oczekiwaneWojewodztwo}).`,
      ),
    );
  return { wartosc: uwagi.some((u) => u.waga === 'błąd') ? null : o.v, uwagi };
}

// ---------------------------------------------------------------- vocabularies

/** vocabulary value → its result without findings, one frozen object shared by every row holding it */
const WYNIKI_SLOWNIKOWE = new Map<string, Sprawdzenie<string>>();

function zeSlownika<T extends string>(v: T): Sprawdzenie<T> {
  let s = WYNIKI_SLOWNIKOWE.get(v);
  if (!s) WYNIKI_SLOWNIKOWE.set(v, (s = Object.freeze(tak<string>(v))));
  return s as Sprawdzenie<T>;
}

function slownikowe<T extends string>(
  k: Komorka,
  m: Miejsce,
  pole: string,
  slownik: Slownik<T>,
  regula: string,
): Sprawdzenie<T> {
  const o = odczytajSlownik(k, slownik);
  return o.ok ? zeSlownika(o.v) : nie(bladOdczytu(m, regula, pole, o));
}

/** CS-2.1: `szkoła podstawowa` or `ogólnokształcąca szkoła muzyczna I stopnia`; anything else → not eligible. */
export function sprawdzTypSzkoly(k: Komorka, m: Miejsce, opcje?: { wymagany?: boolean }): Sprawdzenie<TypSzkoly> {
  if (czyPusta(k))
    return opcje?.wymagany
      ? nie(uwagaW(m, 'błąd', 'CS-2.1', 'Typ szkoły: brak wartości.', 'School type: value missing.'))
      : zeSlownika(DOMYSLNY_TYP_SZKOLY);
  if (k!.t === 'e')
    return nie(
      uwagaW(m, 'błąd', 'WB-1.4', `Typ szkoły: błąd formuły (${k!.v}).`, `School type: formula error (${k!.v}).`),
    );
  const v = TYP_SZKOLY.dopasuj(tekstKomorki(k));
  if (v) return zeSlownika(v);
  const t = skroc(tekstKomorki(k).trim());
  return nie(
    uwagaW(
      m,
      'błąd',
      'CS-2.1',
      `Typ szkoły „${t}” nie kwalifikuje się do programu (tylko publiczna szkoła podstawowa lub ogólnokształcąca szkoła muzyczna I stopnia).`,
      `School type "${t}" is not eligible (only a public primary school or a general music school of the first degree).`,
    ),
  );
}

export function sprawdzPolozenie(k: Komorka, m: Miejsce): Sprawdzenie<Polozenie> {
  return slownikowe(k, m, 'Położenie', POLOZENIE, 'WB-2');
}

/** CS-8.1 `Wariant`: `I` or `II`. */
export function sprawdzWariant(k: Komorka, m: Miejsce): Sprawdzenie<Wariant> {
  return slownikowe(k, m, 'Wariant', WARIANT, 'CS-8.1');
}

/** CS-8.1 `Wariant zastępczy`: `I`, `II` or `odstąpienie`, different from `wariant` (equal → `błąd`, value kept). */
export function sprawdzWariantZastepczy(
  k: Komorka,
  m: Miejsce,
  wariant: Wariant | null,
): Sprawdzenie<WariantZastepczy> {
  const s = slownikowe(k, m, 'Wariant zastępczy', WARIANT_ZASTEPCZY, 'CS-8.1');
  if (s.wartosc === null || s.wartosc !== wariant) return s;
  const u = uwagaW(
    m,
    'błąd',
    'CS-8.1',
    `Wariant zastępczy jest taki sam jak wariant (${wariant}); wybierz drugi wariant albo „odstąpienie”.`,
    `The fallback variant equals the variant (${wariant}); choose the other variant or "odstąpienie".`,
  );
  return dopisz(s, u);
}

/** CS-3.1 `Rodzaj organu` (optional: empty → null, no finding); `inny` → `błąd` (value kept). */
export function sprawdzRodzajOrganu(k: Komorka, m: Miejsce): Sprawdzenie<RodzajOrganu> {
  if (czyPusta(k)) return nie();
  const s = slownikowe(k, m, 'Rodzaj organu', RODZAJ_ORGANU, 'WB-2');
  if (s.wartosc !== 'inny') return s;
  const u = uwagaW(
    m,
    'błąd',
    'CS-3.1',
    'Rodzaj organu „inny”: wsparcie może otrzymać tylko jednostka samorządu terytorialnego (gmina, powiat, miasto na prawach powiatu, województwo).',
    'Body type "inny": only a local-government unit (gmina, powiat, city with county rights, voivodeship) may receive support.',
  );
  return dopisz(s, u);
}

/** A required text cell (names, addresses). */
export function sprawdzTekstWymagany(k: Komorka, m: Miejsce, pole: string, regula = 'WB-2'): Sprawdzenie<string> {
  const o = odczytajTekst(k);
  return o.ok ? tak(o.v) : nie(bladOdczytu(m, regula, pole, o));
}

// ---------------------------------------------------------------- size, cap, request (CS-5)

const DOPELNIACZ: Record<Wielkosc, string> = { mała: 'małej', średnia: 'średniej', duża: 'dużej' };
const ANG: Record<Wielkosc, string> = { mała: 'small', średnia: 'medium', duża: 'large' };

export interface Wielkoscowe {
  uczniowie: number;
  wielkosc: Wielkosc;
  /** CS-5.2 maximum support */
  limit: Grosze;
}

/** CS-5.1: pupils of grades I–VI, an integer ≥ 1 → size and cap; anything else → `błąd` at the cell. */
export function sprawdzUczniow(
  k: Komorka,
  m: Miejsce,
  program: Program = CYFROWA_SZKOLA_2012,
  pole = 'Liczba uczniów klas I-VI',
): Sprawdzenie<Wielkoscowe> {
  const o = odczytajLiczbeCalkowita(k);
  if (!o.ok)
    return nie(
      uwagaW(
        m,
        'błąd',
        'CS-5.1',
        `${pole}: ${o.pl} — nie można ustalić wielkości szkoły.`,
        `${pole}: ${o.en} — the school size cannot be determined.`,
      ),
    );
  const wielkosc = wielkoscSzkoly(o.v, program);
  if (!wielkosc)
    return nie(
      uwagaW(
        m,
        'błąd',
        'CS-5.1',
        `${pole}: ${o.v} — wymagana liczba całkowita ≥ 1; nie można ustalić wielkości szkoły.`,
        `${pole}: ${o.v} — a whole number ≥ 1 is required; the school size cannot be determined.`,
      ),
    );
  return tak({ uczniowie: o.v, wielkosc, limit: limitWsparcia(wielkosc, program) });
}

export type TrybLimitu = 'wniosek' | 'wojewodztwo';

/**
 * CS-5.2: request above the cap of its size. `wniosek` (director's or organ's application) → `błąd`;
 * `wojewodztwo` → `ostrzeżenie` naming the cut. Returns r = min(requested, cap).
 */
export function sprawdzLimit(
  wnioskowana: Grosze,
  wielkosc: Wielkosc,
  m: Miejsce,
  tryb: TrybLimitu,
  program: Program = CYFROWA_SZKOLA_2012,
): { r: Grosze; uwagi: readonly Uwaga[] } {
  const limit = limitWsparcia(wielkosc, program);
  if (wnioskowana <= limit) return { r: wnioskowana, uwagi: BEZ_UWAG };
  const pl = `Wnioskowana kwota ${kwotaPl(wnioskowana)} przekracza maksymalną kwotę wsparcia dla ${DOPELNIACZ[wielkosc]} szkoły (${kwotaPl(limit)})`;
  const en = `The requested ${kwotaEn(wnioskowana)} exceeds the maximum support for a ${ANG[wielkosc]} school (${kwotaEn(limit)})`;
  if (tryb === 'wniosek') return { r: limit, uwagi: [uwagaW(m, 'błąd', 'CS-5.2', `${pl}.`, `${en}.`)] };
  const ciecie = wnioskowana - limit;
  return {
    r: limit,
    uwagi: [
      uwagaW(
        m,
        'ostrzeżenie',
        'CS-5.2',
        `${pl}; do kwalifikacji przyjęto ${kwotaPl(limit)} (obcięto ${kwotaPl(ciecie)}).`,
        `${en}; ${kwotaEn(limit)} is taken for qualification (${kwotaEn(ciecie)} cut).`,
      ),
    ],
  };
}

/** CS-5.3 (> 0,00 zł, WB-1.4 money) + CS-5.2 (when the size is known). */
export function sprawdzWnioskowana(
  k: Komorka,
  m: Miejsce,
  wielkosc: Wielkosc | null,
  tryb: TrybLimitu,
  program: Program = CYFROWA_SZKOLA_2012,
  pole = 'Wnioskowana kwota (zł)',
): Sprawdzenie<{ wnioskowana: Grosze; r: Grosze }> {
  const o = odczytajKwote(k);
  if (!o.ok) return nie(bladOdczytu(m, o.pusta ? 'CS-5.3' : 'WB-1.4', pole, o));
  if (o.v <= 0)
    return nie(
      uwagaW(
        m,
        'błąd',
        'CS-5.3',
        `${pole}: ${kwotaPl(o.v)} — wnioskowana kwota musi być większa od 0,00 zł.`,
        `${pole}: ${kwotaEn(o.v)} — the requested amount must be greater than 0.00 PLN.`,
      ),
    );
  // size unknown or within the cap (the usual row): r = the request, nothing to report
  if (!wielkosc || o.v <= limitWsparcia(wielkosc, program)) return tak({ wnioskowana: o.v, r: o.v });
  const l = sprawdzLimit(o.v, wielkosc, m, tryb, program);
  return { wartosc: { wnioskowana: o.v, r: l.r }, uwagi: l.uwagi };
}

// ---------------------------------------------------------------- own contribution (CS-4.3)

function procentMinimum(program: Program): string {
  const { licznik, mianownik } = program.wkladMinimalny;
  return (licznik * 100) % mianownik === 0 ? String((licznik * 100) / mianownik) : `${licznik}/${mianownik} · 100`;
}

/**
 * CS-4.3 on computed amounts: 4·wkład ≥ wsparcie exactly; the message states the minimum ceil(G/4).
 * `wsparcie` = the request (applications) or r (voivodeship workbook).
 */
export function sprawdzMinimalnyWklad(
  wsparcie: Grosze,
  wklad: Grosze,
  m: Miejsce,
  program: Program = CYFROWA_SZKOLA_2012,
): Uwaga[] {
  const min = minimalnyWklad(wsparcie, program);
  if (wklad >= min) return [];
  const p = procentMinimum(program);
  return [
    uwagaW(
      m,
      'błąd',
      'CS-4.3',
      `Wkład własny ${kwotaPl(wklad)} jest za niski: wymagane co najmniej ${kwotaPl(min)} (${p} % wartości zadania = wsparcie + wkład; wsparcie ${kwotaPl(wsparcie)}).`,
      `Own contribution ${kwotaEn(wklad)} is too low: at least ${kwotaEn(min)} is required (${p} % of the task value = support + contribution; support ${kwotaEn(wsparcie)}).`,
    ),
  ];
}

/** `Wkład własny (zł)` cell: money ≥ 0 (WB-1.4, WB-2) and CS-4.3 against `wsparcie` when known. */
export function sprawdzWklad(
  k: Komorka,
  m: Miejsce,
  wsparcie: Grosze | null,
  program: Program = CYFROWA_SZKOLA_2012,
  pole = 'Wkład własny (zł)',
): Sprawdzenie<Grosze> {
  const o = odczytajKwote(k);
  if (!o.ok) return nie(bladOdczytu(m, o.pusta ? 'CS-4.3' : 'WB-1.4', pole, o));
  if (o.v < 0)
    return nie(
      uwagaW(
        m,
        'błąd',
        'WB-2',
        `${pole}: ${kwotaPl(o.v)} — kwota nie może być ujemna.`,
        `${pole}: ${kwotaEn(o.v)} — the amount cannot be negative.`,
      ),
    );
  if (wsparcie === null || o.v >= minimalnyWklad(wsparcie, program)) return tak(o.v);
  return { wartosc: o.v, uwagi: sprawdzMinimalnyWklad(wsparcie, o.v, m, program) };
}
