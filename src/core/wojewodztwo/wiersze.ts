/**
 * `Wnioski` data rows → typed rows with their findings and the formal-evaluation proposal (WB-5.1).
 * Per-school checks come from `wnioski/szkola.ts` (one copy of each rule).
 */
import type { Tabela, WierszTabeli } from '../zeszyt/czytnik';
import { pole } from '../zeszyt/czytnik';
import type { DataKalendarzowa, Program } from '../program/definicja';
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
  miejscePolaLeniwe,
  sprawdzPolozenie,
  sprawdzRegon,
  sprawdzRodzajOrganu,
  sprawdzTekstWymagany,
  sprawdzTeryt,
  sprawdzTypSzkoly,
  sprawdzUczniow,
  sprawdzWariant,
  sprawdzWariantZastepczy,
  sprawdzWklad,
  sprawdzWnioskowana,
  uwagaW,
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
  /** row-level findings that make the proposal negative (its reason) */
  bledyFormalne: Uwaga[];
  /** manual draw number (integer) when readable; `kolejnoscPusta` when blank */
  kolejnosc: number | null;
  kolejnoscPusta: boolean;
  kolejnoscTekst: string;
  rezygnacja: boolean;
  dataRezygnacji: DataKalendarzowa | null;
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

export function czytajWiersz(
  t: Tabela,
  tw: WierszTabeli,
  teryt: string | null,
  program: Program,
): { wiersz: WierszWniosku; uwagi: Uwaga[] } {
  const m = (h: string) => miejscePolaLeniwe(t, tw, h);
  const k = (h: string) => pole(t, tw, h);
  const uwagi: Uwaga[] = [];
  const dodaj = <T>(s: { wartosc: T | null; uwagi: Uwaga[] }): T | null => {
    dolacz(uwagi, s.uwagi);
    return s.wartosc;
  };

  const organ = dodaj(sprawdzTekstWymagany(k(K.organ), m(K.organ), K.organ)) ?? '';
  if (t.kolumny.has(K.rodzajOrganu)) dodaj(sprawdzRodzajOrganu(k(K.rodzajOrganu), m(K.rodzajOrganu)));
  if (t.kolumny.has(K.teryt)) dodaj(sprawdzTeryt(k(K.teryt), m(K.teryt), teryt));
  const nazwa = dodaj(sprawdzTekstWymagany(k(K.nazwa), m(K.nazwa), K.nazwa)) ?? '';
  const reg = sprawdzRegon(k(K.regon), m(K.regon));
  dolacz(uwagi, reg.uwagi);
  dodaj(sprawdzTypSzkoly(k(K.typ), m(K.typ)));
  const polozenie = dodaj(sprawdzPolozenie(k(K.polozenie), m(K.polozenie)));
  const ucz = dodaj(sprawdzUczniow(k(K.uczniowie), m(K.uczniowie), program));
  const wariant = dodaj(sprawdzWariant(k(K.wariant), m(K.wariant)));
  const zastepczy = sprawdzWariantZastepczy(k(K.zastepczy), m(K.zastepczy), wariant);
  dolacz(uwagi, zastepczy.uwagi);
  const kw = dodaj(
    sprawdzWnioskowana(k(K.wnioskowana), m(K.wnioskowana), ucz?.wielkosc ?? null, 'wojewodztwo', program),
  );
  const wklad = dodaj(sprawdzWklad(k(K.wklad), m(K.wklad), kw?.r ?? null, program));

  const dw = k(K.dataWniosku);
  if (!czyPusta(dw)) {
    const o = odczytajDate(dw);
    if (!o.ok) uwagi.push(bladOdczytu(m(K.dataWniosku), 'WB-1.7', K.dataWniosku, o));
    else if (porownajDaty(o.v, program.terminy.wniosekOrganu) > 0)
      uwagi.push(
        uwagaW(
          m(K.dataWniosku),
          'błąd',
          'CS-11.1',
          `Wniosek organu z ${dataIso(o.v)} złożono po terminie ${dataIso(program.terminy.wniosekOrganu)} — ocena formalna proponowana negatywnie (zespół może ją zmienić z uzasadnieniem).`,
          `The body's application of ${dataIso(o.v)} is after the deadline ${dataIso(program.terminy.wniosekOrganu)} — formal evaluation proposed negative (the team may override with a reason).`,
        ),
      );
  }

  let ocenaZespolu: Ocena | null = null;
  let ocenaNieczytelna = false;
  const oc = k(K.ocena);
  if (!czyPusta(oc)) {
    const o = odczytajSlownik(oc, OCENA);
    if (o.ok) ocenaZespolu = o.v;
    else {
      ocenaNieczytelna = true;
      uwagi.push(uwagaW(m(K.ocena), 'błąd', 'WB-5.3', `Ocena formalna: ${o.pl}.`, `Formal evaluation: ${o.en}.`, true));
    }
  }
  const uz = odczytajTekst(k(K.uzasadnienie));

  const kol = k(K.kolejnosc);
  const kolejnoscPusta = czyPusta(kol);
  const oKol = odczytajLiczbeCalkowita(kol);
  const kolejnosc = oKol.ok ? oKol.v : null;

  let rezygnacja = false;
  let dataRezygnacji: DataKalendarzowa | null = null;
  const rz = k(K.rezygnacja);
  if (!czyPusta(rz)) {
    const o = odczytajSlownik(rz, TAK_NIE);
    if (!o.ok) uwagi.push(bladOdczytu(m(K.rezygnacja), 'CS-Z3.R', K.rezygnacja, o));
    else rezygnacja = o.v === 'TAK';
  }
  if (rezygnacja) {
    const o = odczytajDate(k(K.dataRezygnacji));
    if (o.ok) dataRezygnacji = o.v;
    else uwagi.push(bladOdczytu(m(K.dataRezygnacji), 'CS-Z3.R', K.dataRezygnacji, o));
  }

  const bledyFormalne = uwagi.filter((u) => u.waga === 'błąd' && !u.blokujaca && u.regula !== 'CS-Z3.R');
  const wiersz: WierszWniosku = {
    indeks: tw.indeks,
    wiersz: tw.wiersz0 + 1,
    organ,
    nazwa,
    uczniowie: ucz?.uczniowie ?? null,
    regon: reg.wartosc,
    regonCyfry: reg.cyfry,
    regonTekst: czyPusta(k(K.regon)) ? null : tekstKomorki(k(K.regon)).trim(),
    wielkosc: ucz?.wielkosc ?? null,
    polozenie,
    wariant,
    zastepczy: zastepczy.wartosc,
    wnioskowana: kw?.wnioskowana ?? null,
    r: kw?.r ?? null,
    wklad,
    ocenaZespolu,
    ocenaNieczytelna,
    uzasadnienie: uz.ok ? uz.v : '',
    propozycja: bledyFormalne.length ? 'negatywna' : 'pozytywna',
    bledyFormalne,
    kolejnosc,
    kolejnoscPusta,
    kolejnoscTekst: tekstKomorki(kol),
    rezygnacja,
    dataRezygnacji,
  };
  return { wiersz, uwagi };
}
