/**
 * `Wnioski` data rows → typed rows with their findings and the formal-evaluation proposal (WB-5.1).
 * Per-school checks come from `wnioski/szkola.ts` (one copy of each rule).
 */
import type { Tabela, WierszTabeli } from '../zeszyt/czytnik';
import type { Komorka } from '../zeszyt/model';
import { CYFROWA_SZKOLA_2012, type DataKalendarzowa, type Program } from '../program/definicja';
import type { Grosze } from '../kwota';
import type { Wariant, WariantZastepczy, Wielkosc } from '../kwalifikacja/typy';
import type { Uwaga } from '../uwagi';
import {
  czyPusta,
  odczytajDate,
  odczytajLiczbeCalkowita,
  odczytajSlownik,
  odczytajTekst,
  tekstKomorki,
  TAK_NIE,
} from '../komorki/odczyt';
import { porownajDaty, dataIso } from '../komorki/daty';
import { Slownik } from '../tekst/normalizuj';
import {
  bladOdczytu,
  BEZ_UWAG,
  MiejsceWTabeli,
  sprawdzPolozenie,
  sprawdzRegon,
  sprawdzRodzajOrganu,
  sprawdzTekstWymagany,
  sprawdzTeryt,
  terytOrganu,
  sprawdzTypSzkoly,
  sprawdzUczniow,
  sprawdzWariant,
  sprawdzWariantZastepczy,
  sprawdzWklad,
  sprawdzWnioskowana,
  uwagaW,
  type Miejsce,
  type Sprawdzenie,
} from '../wnioski/szkola';
import type { Polozenie } from '../wnioski/slowniki';
import { K } from './kolumny';
import { dolacz } from '../tablice/dolacz';

export type Ocena = 'pozytywna' | 'negatywna';
export const OCENA = new Slownik<Ocena>(['pozytywna', 'negatywna']);

export interface WierszWniosku {
  /** 0-based index among data rows (sheet order) */
  indeks: number;
  /** 1-based Excel row */
  wiersz: number;
  organ: string;
  /** `TERYT organu` when well formed (`terytOrganu`: the CS-U.1 body key), else null */
  teryt: string | null;
  nazwa: string;
  /** pupils of grades I–VI when readable (CS-5.1) */
  uczniowie: number | null;
  /** valid normalised REGON, or null */
  regon: string | null;
  /** normalised digits even when invalid (duplicates, fingerprint), else null */
  regonCyfry: string | null;
  /** raw REGON text for the JSON when it cannot be normalised */
  regonTekst: string | null;
  wielkosc: Wielkosc | null;
  /** `Położenie` when readable (WB-3.2 table for the minister) */
  polozenie: Polozenie | null;
  wariant: Wariant | null;
  zastepczy: WariantZastepczy | null;
  wnioskowana: Grosze | null;
  r: Grosze | null;
  wklad: Grosze | null;
  /** team's entry in `Ocena formalna` (null = empty → the proposal) */
  ocenaZespolu: Ocena | null;
  ocenaNieczytelna: boolean;
  uzasadnienie: string;
  /** the proposal (WB-5.1) from the row's `błąd` findings, resignation excluded */
  propozycja: Ocena;
  /** row-level findings that make the proposal negative (its reason); rows without share `BEZ_UWAG` */
  bledyFormalne: readonly Uwaga[];
  /** manual draw number (integer) when readable; `kolejnoscPusta` when blank */
  kolejnosc: number | null;
  kolejnoscPusta: boolean;
  kolejnoscTekst: string;
  rezygnacja: boolean;
  dataRezygnacji: DataKalendarzowa | null;
  /** `Data wniosku organu` when readable (CS-11.1, the `Terminy` sheet) */
  dataWniosku: DataKalendarzowa | null;
}

/** WB-5.2: the row's REGON, size, variant, fallback and amount must be readable for `pozytywna`. */
export function daSieKwalifikowac(w: WierszWniosku): boolean {
  return (
    w.regonCyfry !== null &&
    w.wielkosc !== null &&
    w.wariant !== null &&
    w.zastepczy !== null &&
    w.r !== null &&
    w.zastepczy !== w.wariant
  );
}

type Pole = keyof typeof K;

/** The check's value; its findings are appended to `uwagi`. */
function zbierz<T>(s: Sprawdzenie<T>, uwagi: Uwaga[]): T | null {
  if (s.uwagi.length > 0) dolacz(uwagi, s.uwagi);
  return s.wartosc;
}

/** WB-5.1: the `błąd` findings from `uwagi[od…]` that make the proposal negative (blocking and CS-Z3.R excluded). */
function bledyFormalneOd(uwagi: readonly Uwaga[], od: number): readonly Uwaga[] {
  let bledy: Uwaga[] | null = null;
  for (let i = od; i < uwagi.length; i++) {
    const u = uwagi[i];
    if (u.waga === 'błąd' && !u.blokujaca && u.regula !== 'CS-Z3.R') (bledy ??= []).push(u);
  }
  return bledy ?? BEZ_UWAG;
}

/**
 * Reads the data rows of one `Wnioski` table. Column indexes are looked up once per table and one reusable
 * `Miejsce` locates the findings, so a row of a 100 000-row sheet (WB-1.9) costs no lookups by header and
 * no per-cell objects.
 */
export class CzytnikWierszy {
  /** 0-based column of each header; -1 when the column is absent */
  private readonly kolumny: Record<Pole, number>;
  private readonly miejsce: MiejsceWTabeli;

  constructor(
    t: Tabela,
    /** 2-digit TERYT of the workbook's voivodeship (CS-10.4), when known */
    private readonly teryt: string | null,
    private readonly program: Program,
  ) {
    const kolumny = {} as Record<Pole, number>;
    for (const p of Object.keys(K) as Pole[]) kolumny[p] = t.kolumny.get(K[p]) ?? -1;
    this.kolumny = kolumny;
    this.miejsce = new MiejsceWTabeli(t.arkusz);
  }

  /** The row's cell in column `c` of `kolumny` (undefined when the column is absent). */
  private k(tw: WierszTabeli, c: number): Komorka {
    return c < 0 ? undefined : tw.komorki[c];
  }

  /** Where the row's cell in column `c` is (column A when absent); valid until the next call. */
  private m(tw: WierszTabeli, c: number): Miejsce {
    return this.miejsce.na(tw, c < 0 ? 0 : c);
  }

  /** Row `tw` as a typed row; its findings are appended to `uwagi` in the WB-2 field order. */
  czytaj(tw: WierszTabeli, uwagi: Uwaga[]): WierszWniosku {
    const od = uwagi.length;
    const { program, kolumny: kol } = this;
    const organ = zbierz(sprawdzTekstWymagany(this.k(tw, kol.organ), this.m(tw, kol.organ), K.organ), uwagi) ?? '';
    if (kol.rodzajOrganu >= 0)
      zbierz(sprawdzRodzajOrganu(this.k(tw, kol.rodzajOrganu), this.m(tw, kol.rodzajOrganu)), uwagi);
    const komTeryt = this.k(tw, kol.teryt);
    // a TERYT the check accepts is the body key as it is; any other is read once more (rare)
    const teryt =
      kol.teryt < 0
        ? null
        : (zbierz(sprawdzTeryt(komTeryt, this.m(tw, kol.teryt), this.teryt), uwagi) ?? terytOrganu(komTeryt));
    const nazwa = zbierz(sprawdzTekstWymagany(this.k(tw, kol.nazwa), this.m(tw, kol.nazwa), K.nazwa), uwagi) ?? '';
    const komRegon = this.k(tw, kol.regon);
    const reg = sprawdzRegon(komRegon, this.m(tw, kol.regon));
    zbierz(reg, uwagi);
    zbierz(sprawdzTypSzkoly(this.k(tw, kol.typ), this.m(tw, kol.typ)), uwagi);
    const polozenie = zbierz(sprawdzPolozenie(this.k(tw, kol.polozenie), this.m(tw, kol.polozenie)), uwagi);
    const ucz = zbierz(sprawdzUczniow(this.k(tw, kol.uczniowie), this.m(tw, kol.uczniowie), program), uwagi);
    const wariant = zbierz(sprawdzWariant(this.k(tw, kol.wariant), this.m(tw, kol.wariant)), uwagi);
    const zastepczy = zbierz(
      sprawdzWariantZastepczy(this.k(tw, kol.zastepczy), this.m(tw, kol.zastepczy), wariant),
      uwagi,
    );
    const wielkosc = ucz?.wielkosc ?? null;
    const kw = zbierz(
      sprawdzWnioskowana(this.k(tw, kol.wnioskowana), this.m(tw, kol.wnioskowana), wielkosc, 'wojewodztwo', program),
      uwagi,
    );
    const wklad = zbierz(sprawdzWklad(this.k(tw, kol.wklad), this.m(tw, kol.wklad), kw?.r ?? null, program), uwagi);
    const dataWniosku = this.sprawdzDateWniosku(tw, uwagi);

    const oc = this.k(tw, kol.ocena);
    const ocena = czyPusta(oc) ? null : odczytajSlownik(oc, OCENA);
    if (ocena && !ocena.ok) {
      const { pl, en } = ocena;
      uwagi.push(
        uwagaW(this.m(tw, kol.ocena), 'błąd', 'WB-5.3', `Ocena formalna: ${pl}.`, `Formal evaluation: ${en}.`, true),
      );
    }
    const uz = odczytajTekst(this.k(tw, kol.uzasadnienie));
    const komKol = this.k(tw, kol.kolejnosc);
    const oKol = odczytajLiczbeCalkowita(komKol);
    const rezygnacja = this.rezygnacja(tw, uwagi);
    const dataRezygnacji = rezygnacja ? this.dataRezygnacji(tw, uwagi) : null;

    const bledyFormalne = bledyFormalneOd(uwagi, od);
    return {
      indeks: tw.indeks,
      wiersz: tw.wiersz0 + 1,
      organ,
      teryt,
      nazwa,
      uczniowie: ucz?.uczniowie ?? null,
      regon: reg.wartosc,
      regonCyfry: reg.cyfry,
      regonTekst: czyPusta(komRegon) ? null : tekstKomorki(komRegon).trim(),
      wielkosc,
      polozenie,
      wariant,
      zastepczy,
      wnioskowana: kw?.wnioskowana ?? null,
      r: kw?.r ?? null,
      wklad,
      ocenaZespolu: ocena?.ok ? ocena.v : null,
      ocenaNieczytelna: ocena !== null && !ocena.ok,
      uzasadnienie: uz.ok ? uz.v : '',
      propozycja: bledyFormalne.length ? 'negatywna' : 'pozytywna',
      bledyFormalne,
      kolejnosc: oKol.ok ? oKol.v : null,
      kolejnoscPusta: czyPusta(komKol),
      kolejnoscTekst: tekstKomorki(komKol),
      rezygnacja,
      dataRezygnacji,
      dataWniosku,
    };
  }

  /** WB-1.7 and CS-11.1: an optional date of the body's application, not after the deadline; the date when readable. */
  private sprawdzDateWniosku(tw: WierszTabeli, uwagi: Uwaga[]): DataKalendarzowa | null {
    const dw = this.k(tw, this.kolumny.dataWniosku);
    if (czyPusta(dw)) return null;
    const o = odczytajDate(dw);
    const termin = this.program.terminy.wniosekOrganu;
    if (!o.ok) uwagi.push(bladOdczytu(this.m(tw, this.kolumny.dataWniosku), 'WB-1.7', K.dataWniosku, o));
    else if (porownajDaty(o.v, termin) > 0)
      uwagi.push(
        uwagaW(
          this.m(tw, this.kolumny.dataWniosku),
          'błąd',
          'CS-11.1',
          `Wniosek organu z ${dataIso(o.v)} złożono po terminie ${dataIso(termin)} — ocena formalna proponowana negatywnie (zespół może ją zmienić z uzasadnieniem).`,
          `The body's application of ${dataIso(o.v)} is after the deadline ${dataIso(termin)} — formal evaluation proposed negative (the team may override with a reason).`,
        ),
      );
    return o.ok ? o.v : null;
  }

  /** CS-Z3.R `Rezygnacja`: blank = no, `TAK`/`NIE`, anything else → `błąd` (no resignation). */
  private rezygnacja(tw: WierszTabeli, uwagi: Uwaga[]): boolean {
    const rz = this.k(tw, this.kolumny.rezygnacja);
    if (czyPusta(rz)) return false;
    const o = odczytajSlownik(rz, TAK_NIE);
    if (o.ok) return o.v === 'TAK';
    uwagi.push(bladOdczytu(this.m(tw, this.kolumny.rezygnacja), 'CS-Z3.R', K.rezygnacja, o));
    return false;
  }

  /** CS-Z3.R: a resignation needs its date. */
  private dataRezygnacji(tw: WierszTabeli, uwagi: Uwaga[]): DataKalendarzowa | null {
    const o = odczytajDate(this.k(tw, this.kolumny.dataRezygnacji));
    if (o.ok) return o.v;
    uwagi.push(bladOdczytu(this.m(tw, this.kolumny.dataRezygnacji), 'CS-Z3.R', K.dataRezygnacji, o));
    return null;
  }
}

/** One idle reader keeps the class's shape alive across full garbage collections (see `KSZTALT_MIEJSCA`). */
export const KSZTALT_CZYTNIKA = new CzytnikWierszy(
  { arkusz: '', wierszNaglowka0: -1, kolumny: new Map(), wiersze: [], uwagi: [], odmowa: null },
  null,
  CYFROWA_SZKOLA_2012,
);
