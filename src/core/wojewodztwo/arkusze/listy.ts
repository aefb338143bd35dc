/**
 * WB-3.2 `Wykaz wniosków`, `Zakwalifikowane`, `Niezakwalifikowane`, `Odrzucone formalnie` (CS-14.1 (1)–(3))
 * and WB-3.4 `Do publikacji — wariant I/II`; WB-3.4 widths for landscape A4.
 */
import type { ZapisArkusza } from '../../zeszyt/model';
import { liczbaWspolna, tekstSlownikowy, zl } from '../../zeszyt/formaty';
import type { ZapisKomorki } from '../../zeszyt/model';
import type { DecyzjaWniosku, Krok, Wariant, WariantZastepczy, Wielkosc } from '../../kwalifikacja';
import type { Grosze } from '../../kwota';
import type { ModelProtokolu } from '../model';
import type { SzkolaZList } from './przebieg';
import { regonWiersza } from '../dane';
import { wgKlucza } from '../../tablice/wgKlucza';
import {
  arkuszListy,
  pusteLubTekst,
  pusteLubZawijany,
  zawijanyWspolny,
  tekstZawijany,
  type GrupaListy,
  type KolumnaListy,
  type OpisListy,
  type WspolneListom,
  wspolneListom,
  SZEROKOSC_NAZWY,
} from './lista';

export const ARKUSZ_WYKAZ = 'Wykaz wniosków';
export const ARKUSZ_ZAKWALIFIKOWANE = 'Zakwalifikowane';
export const ARKUSZ_NIEZAKWALIFIKOWANE = 'Niezakwalifikowane';
export const ARKUSZ_ODRZUCONE = 'Odrzucone formalnie';
/** WB-3.4 (28 characters, within Excel's 31) */
export const arkuszDoPublikacji = (v: Wariant): string => `Do publikacji — wariant ${v}`;

/**
 * A row with the cells every list shows for it, built once per `arkuszeList` and shared by the sheets. The
 * values the columns read are copied in, and the rows are made in draw order: every later pass walks memory in
 * order instead of chasing the row and its decision (100 000 rows: most of the lists' time was cache misses).
 */
interface Pozycja {
  indeks: number;
  /** the row's first variant, fallback and size */
  wariant: Wariant | null;
  zastepczy: WariantZastepczy | null;
  wielkosc: Wielkosc | null;
  /** requested amount, r and own contribution in grosze */
  kwotaWnioskowana: Grosze | null;
  kwotaR: Grosze | null;
  wklad: Grosze | null;
  /** the decision of a formally positive row (null: rejected formally) and what the lists show of it */
  decyzja: DecyzjaWniosku['decyzja'] | null;
  wariantPrzyznany: Wariant | null;
  kwotaWsparcia: Grosze | null;
  krok: Krok | null;
  powod: DecyzjaWniosku['powod'];
  brak: Grosze | null;
  organ: ZapisKomorki;
  nazwa: ZapisKomorki;
  regon: ZapisKomorki;
  wnioskowana: ZapisKomorki;
  /** `Kwota do kwalifikacji` (the `wnioskowana` cell when equal) */
  r: ZapisKomorki;
  /** `Pozycja w losowaniu` and `Numer w koszyku` (whole-number cells shared within the build) */
  pozycja: ZapisKomorki;
  numerWKoszyku: ZapisKomorki;
  /** the effective formal evaluation */
  ocena: string;
  /** why a formally rejected row was rejected ('' for the others) */
  powodOdrzucenia: string;
  /** lines of the wrapped name in `Nazwa szkoły` at its standard width */
  linieNazwy: number;
}

const WARIANTY: Wariant[] = ['I', 'II'];

/** Draw position ascending, then row order (rows without a position, or no draw at all). */
function wKolejnosci(mp: ModelProtokolu, linie: readonly number[], ws: WspolneListom): Pozycja[] {
  const kolejnosc = wgKlucza(
    mp.wiersze.map((_, i) => i),
    (i) => mp.decyzje[mp.wiersze[i].indeks]?.pozycja ?? mp.wiersze.length + 1, // after every position
    (i) => mp.wiersze[i].indeks,
  );
  const pozycje: Pozycja[] = [];
  for (const i of kolejnosc) {
    const w = mp.wiersze[i];
    const d = mp.decyzje[w.indeks];
    const wnioskowana = zl(w.wnioskowana);
    pozycje.push({
      indeks: w.indeks,
      wariant: w.wariant,
      zastepczy: w.zastepczy,
      wielkosc: w.wielkosc,
      kwotaWnioskowana: w.wnioskowana,
      kwotaR: w.r,
      wklad: w.wklad,
      decyzja: d ? d.decyzja : null,
      wariantPrzyznany: d ? d.wariant : null,
      kwotaWsparcia: d ? d.wsparcie : null,
      krok: d ? d.krok : null,
      powod: d ? d.powod : null,
      brak: d ? d.brak : null,
      organ: w.organ ? zawijanyWspolny(ws, w.organ) : null,
      nazwa: pusteLubZawijany(w.nazwa),
      regon: pusteLubTekst(regonWiersza(w)),
      wnioskowana,
      r: w.r === w.wnioskowana ? wnioskowana : zl(w.r),
      pozycja: liczbaWspolna(ws.liczby, d?.pozycja ?? null),
      numerWKoszyku: liczbaWspolna(ws.liczby, d?.numerWKoszyku ?? null),
      ocena: mp.oceny[w.indeks],
      powodOdrzucenia: d ? '' : (mp.powodyOdrzucenia.get(w.indeks) ?? ''),
      linieNazwy: linie[i],
    });
  }
  return pozycje;
}

const wariantWniosku = (p: Pozycja): Wariant | null => p.wariant;
const wariantPrzyznany = (p: Pozycja): Wariant | null => p.wariantPrzyznany!;

/** `pozycje` already in draw order (`wKolejnosci`), split by variant keeping it. */
function grupujWgWariantu(pozycje: Pozycja[], wariant: (p: Pozycja) => Wariant | null): GrupaListy<Pozycja>[] {
  const wg: Record<Wariant | 'brak', Pozycja[]> = { I: [], II: [], brak: [] };
  for (const p of pozycje) wg[wariant(p) ?? 'brak'].push(p);
  return [
    ...WARIANTY.map((v) => ({ razem: `Razem wariant ${v}`, wiersze: wg[v] })),
    { razem: 'Razem nieokreślony', wiersze: wg.brak },
  ];
}

/** `Kwota wsparcia`: the `Kwota do kwalifikacji` cell when the support equals it. */
const wsparcie = (p: Pozycja): ZapisKomorki => (p.kwotaWsparcia === p.kwotaR ? p.r : zl(p.kwotaWsparcia));

// The columns, defined once: their cell functions read only the row (no per-build closures, so V8 keeps one
// optimised copy of each for every build).
type Kolumna = KolumnaListy<Pozycja>;
const WARIANT: Kolumna = {
  naglowek: 'Wariant',
  szerokosc: 9,
  komorka: (p) => tekstSlownikowy(p.wariant ?? 'nieokreślony'),
};
const WARIANT_PRZYZNANY: Kolumna = { ...WARIANT, komorka: (p) => tekstSlownikowy(p.wariantPrzyznany!) };
const ORGAN: Kolumna = {
  naglowek: 'Organ prowadzący',
  szerokosc: 24,
  zawijaj: true,
  powtarzalne: true,
  komorka: (p) => p.organ,
};
const NAZWA: Kolumna = {
  naglowek: 'Nazwa szkoły',
  szerokosc: SZEROKOSC_NAZWY,
  zawijaj: true,
  komorka: (p) => p.nazwa,
  linii: (p) => p.linieNazwy,
};
const REGON: Kolumna = { naglowek: 'REGON szkoły', szerokosc: 15, komorka: (p) => p.regon };
const WIELKOSC: Kolumna = {
  naglowek: 'Wielkość szkoły',
  szerokosc: 9,
  komorka: (p) => (p.wielkosc ? tekstSlownikowy(p.wielkosc) : null),
};
const WNIOSKOWANA: Kolumna = {
  naglowek: 'Wnioskowana kwota (zł)',
  szerokosc: 15,
  komorka: (p) => p.wnioskowana,
  suma: (p) => p.kwotaWnioskowana,
};
const POZYCJA: Kolumna = { naglowek: 'Pozycja w losowaniu', szerokosc: 9, komorka: (p) => p.pozycja };
/** WB-3.2: `Numer w koszyku` right after `Pozycja w losowaniu` when the manual order was drawn in baskets (CS-Z3.1 P4). */
const NUMER_W_KOSZYKU: Kolumna = { naglowek: 'Numer w koszyku', szerokosc: 8, komorka: (p) => p.numerWKoszyku };
const WSPARCIE: Kolumna = {
  naglowek: 'Kwota wsparcia (zł)',
  szerokosc: 15,
  komorka: wsparcie,
  suma: (p) => p.kwotaWsparcia,
};

/** What every attachment shows of a school, after its variant. */
const SZKOLA: Kolumna[] = [ORGAN, NAZWA, REGON, WIELKOSC, WNIOSKOWANA];

const KOLUMNY_WYKAZU: Kolumna[] = [
  WARIANT,
  {
    naglowek: 'Wariant zastępczy',
    szerokosc: 11,
    komorka: (p) => (p.zastepczy ? tekstSlownikowy(p.zastepczy) : null),
  },
  ...SZKOLA,
  { naglowek: 'Kwota do kwalifikacji (zł)', szerokosc: 15, komorka: (p) => p.r, suma: (p) => p.kwotaR },
  { naglowek: 'Ocena formalna', szerokosc: 11, komorka: (p) => tekstSlownikowy(p.ocena) },
];

const zPozycja = (koszyki: boolean): Kolumna[] => (koszyki ? [POZYCJA, NUMER_W_KOSZYKU] : [POZYCJA]);
const kolumnyZakwalifikowanych = (koszyki: boolean): Kolumna[] => [
  WARIANT_PRZYZNANY,
  ...SZKOLA,
  WSPARCIE,
  { naglowek: 'Wkład własny (zł)', szerokosc: 15, komorka: (p) => zl(p.wklad), suma: (p) => p.wklad },
  ...zPozycja(koszyki),
  { naglowek: 'Krok', szerokosc: 6, komorka: (p) => (p.krok ? tekstSlownikowy(p.krok) : null) },
];
const kolumnyNiezakwalifikowanych = (koszyki: boolean): Kolumna[] => [
  WARIANT,
  ...SZKOLA,
  {
    naglowek: 'Powód',
    szerokosc: 30,
    zawijaj: true,
    powtarzalne: true,
    komorka: (p) => tekstSlownikowy(p.powod ?? '', true),
  },
  ...zPozycja(koszyki),
  {
    naglowek: 'Brakująca kwota (zł)',
    szerokosc: 15,
    komorka: (p) => zl(p.decyzja === 'niezakwalifikowana' ? p.brak : null),
  },
];
const KOLUMNY_ODRZUCONYCH: Kolumna[] = [
  WARIANT,
  ...SZKOLA,
  { naglowek: 'Powód', szerokosc: 36, zawijaj: true, komorka: (p) => tekstZawijany(p.powodOdrzucenia) },
];
/** WB-3.4 published lists: wider names and bodies, nothing internal */
const KOLUMNY_DO_PUBLIKACJI: Kolumna[] = [
  { ...NAZWA, szerokosc: 44, linii: undefined },
  { ...ORGAN, szerokosc: 40 },
  { ...WSPARCIE, szerokosc: 16 },
];

/** WB-3.4 title block: the attachments are numbered in the order the protocol lists them. */
function opis(mp: ModelProtokolu, tytul: string, zalacznik: number): OpisListy {
  return { tytul, zalacznik, wojewodztwo: mp.parametry.wojewodztwo, data: mp.parametry.data };
}

const zakwalifikowana = (p: Pozycja): boolean => p.decyzja === 'zakwalifikowana';
const bezGrupyNieokreslonej = (g: GrupaListy<Pozycja>): boolean => g.razem !== 'Razem nieokreślony';

/** The rows by draw position (1 … number of rows; a draw numbers at most the rows), for the trace. */
function wgPozycji(pozycje: readonly Pozycja[]): Array<SzkolaZList | undefined> {
  const wynik: Array<SzkolaZList | undefined> = [];
  for (let p = 0; p <= pozycje.length; p++) wynik.push(undefined); // no holes (an array with holes is a slow dictionary)
  for (const p of pozycje) {
    const nr = p.pozycja?.v; // the position's shared number cell
    if (typeof nr === 'number' && nr >= 1 && nr <= pozycje.length) wynik[nr] = p;
  }
  return wynik;
}

/**
 * The four lists and the two published ones, over the rows put in draw order once; `linie`: lines of each
 * row's school name (`linieNazw`). `szkolyWgPozycji`: each school's cells by draw position, for the trace.
 */
export function arkuszeList(
  mp: ModelProtokolu,
  linie: readonly number[],
): { arkusze: ZapisArkusza[]; szkolyWgPozycji: ReadonlyArray<SzkolaZList | undefined> } {
  const ws = wspolneListom();
  const pozycje = wKolejnosci(mp, linie, ws);
  const koszyki = mp.losowanieReczne === 'w koszykach';
  const zakw = pozycje.filter(zakwalifikowana);
  return { arkusze: arkusze(mp, ws, pozycje, zakw, koszyki), szkolyWgPozycji: wgPozycji(pozycje) };
}

function arkusze(
  mp: ModelProtokolu,
  ws: WspolneListom,
  pozycje: Pozycja[],
  zakw: Pozycja[],
  koszyki: boolean,
): ZapisArkusza[] {
  return [
    arkuszListy(
      ARKUSZ_WYKAZ,
      KOLUMNY_WYKAZU,
      grupujWgWariantu(pozycje, wariantWniosku),
      opis(mp, 'Wykaz wniosków o udział w programie „Cyfrowa szkoła”', 1),
      ws,
    ),
    arkuszListy(
      ARKUSZ_ZAKWALIFIKOWANE,
      kolumnyZakwalifikowanych(koszyki),
      grupujWgWariantu(zakw, wariantPrzyznany).filter(bezGrupyNieokreslonej),
      opis(mp, 'Lista szkół zakwalifikowanych do wsparcia', 2),
      ws,
    ),
    // WB-3.2: only formally positive applications that were not qualified
    arkuszListy(
      ARKUSZ_NIEZAKWALIFIKOWANE,
      kolumnyNiezakwalifikowanych(koszyki),
      grupujWgWariantu(
        pozycje.filter((p) => p.decyzja !== null && p.decyzja !== 'zakwalifikowana'),
        wariantWniosku,
      ).filter(bezGrupyNieokreslonej),
      opis(mp, 'Lista szkół niezakwalifikowanych (wnioski ocenione pozytywnie)', 3),
      ws,
    ),
    // WB-3.2 `Odrzucone formalnie`: the formally rejected rows, by first variant or `nieokreślony`, in row order
    arkuszListy(
      ARKUSZ_ODRZUCONE,
      KOLUMNY_ODRZUCONYCH,
      grupujWgWariantu(
        pozycje.filter((p) => p.decyzja === null),
        wariantWniosku,
      ),
      opis(mp, 'Lista wniosków odrzuconych z przyczyn formalnych', 4),
      ws,
    ),
    // WB-3.4 `Do publikacji — wariant I/II`: the qualified schools of one variant as published in BIP, in the
    // order of `Zakwalifikowane`, with the list's title block (not an attachment), print setup and AutoFilter
    ...WARIANTY.map((v) =>
      arkuszListy(
        arkuszDoPublikacji(v),
        KOLUMNY_DO_PUBLIKACJI,
        grupujWgWariantu(zakw, wariantPrzyznany).filter((g) => g.razem === `Razem wariant ${v}`),
        {
          tytul: `Lista szkół zakwalifikowanych do wsparcia w ramach programu „Cyfrowa szkoła” — wariant ${v}`,
          wojewodztwo: mp.parametry.wojewodztwo,
          data: mp.parametry.data,
        },
        ws,
      ),
    ),
  ];
}
