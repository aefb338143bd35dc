/**
 * WB-3.2 `Przebieg kwalifikacji`: one row per examination, shift and move-back, in execution order, below a
 * legend of the steps and of how the order was made (WB-3.4: a trainer shows it to a room).
 */
import type { ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { liczbaWspolna, naglowek, tekst, tekstSlownikowy, zl } from '../../zeszyt/formaty';
import type { Grosze } from '../../kwota';
import type { KrokPrzebiegu } from '../../kwalifikacja';
import { pusteLubTekst, SZEROKOSC_NAZWY } from './lista';
import {
  liniiTekstu,
  WYSOKOSC_LINII,
  noweWysokosci,
  ustawWysokosc,
  wGrupach,
  type WysokosciWierszy,
} from '../../zeszyt/wydruk';
import { adres } from '../../komorki/adres';

export const ARKUSZ_PRZEBIEG = 'Przebieg kwalifikacji';

const NAGLOWKI = [
  'Lp.',
  'Krok',
  'Wariant',
  'Grupa',
  'Pozycja w losowaniu',
  'REGON szkoły',
  'Nazwa szkoły',
  'Klucz',
  'Kwota do kwalifikacji (zł)',
  'Dostępne przed (zł)',
  'Wynik',
  'Brakująca kwota (zł)',
  'Dostępne po (zł)',
];

const POZYCJA = NAGLOWKI.indexOf('Pozycja w losowaniu');

/** WB-3.2 legend: one plain sentence per step. */
export const LEGENDA_KROKOW: ReadonlyArray<[string, string]> = [
  ['0', 'wszystkie wnioski mieszczą się w kwocie województwa — każdy zakwalifikowany bez losowania (CS-Z3.0).'],
  [
    '4',
    'w każdej grupie (wariant × wielkość szkoły) wnioski według kolejności losowania; wniosek, który nie mieści się w pozostałej kwocie grupy, jest pomijany, a przegląd trwa dalej (CS-Z3.4).',
  ],
  ['5', 'to, co zostało w wariancie, dostają kolejne wnioski tego wariantu bez względu na wielkość szkoły (CS-Z3.5).'],
  ['6', 'resztę wariantu dostają wnioski, które wskazały go jako wariant zastępczy (CS-Z3.6).'],
  [
    '7',
    'niewykorzystana kwota przechodzi do drugiego wariantu w granicach 20–80 %, kwalifikuje kolejne wnioski, a to, czego nie użyto, wraca (CS-Z3.7).',
  ],
  ['R', 'po rezygnacji zwolniona kwota wraca do wariantu i kroki 5–7 przechodzą ponownie (CS-Z3.R).'],
];

/** Rows of the legend above the table, the empty row after it included; the heights of its wrapped rows go to `wysokosci`. */
function legenda(kolejnosc: string, wysokosci: WysokosciWierszy): ZapisKomorki[][] {
  const wiersze: ZapisKomorki[][] = [
    [tekst('Przebieg kwalifikacji — każde badanie wniosku w kolejności wykonania', { pogrubienie: true })],
    [tekst('Kolejność', { pogrubienie: true }), tekst(kolejnosc, { zawijaj: true })],
    ...LEGENDA_KROKOW.map(([k, opis]) => [tekst(`Krok ${k}`, { pogrubienie: true }), tekst(opis, { zawijaj: true })]),
    [],
  ];
  wiersze.forEach((w, i) => {
    const linii = w[1] && typeof w[1].v === 'string' ? liniiTekstu(w[1].v, SZEROKOSC_LEGENDY) : 1;
    if (linii > 1) ustawWysokosc(wysokosci, i + 1, linii * WYSOKOSC_LINII);
  });
  return wiersze;
}

/** the legend's text runs over the merged columns B:H */
const SZEROKOSC_LEGENDY = 120;

/** A school's name in the trace with the lines it wraps to; `regon` as read (null when invalid). */
export interface NazwaWPrzebiegu {
  regon: string | null;
  nazwa: string;
  linii: number;
}

/**
 * A school's cells as the lists made them (WB-3.2), shared by its trace rows: `REGON szkoły`, the wrapped
 * `Nazwa szkoły` with its lines, and `Kwota do kwalifikacji` with its amount.
 */
export interface SzkolaZList {
  regon: ZapisKomorki;
  nazwa: ZapisKomorki;
  linieNazwy: number;
  r: ZapisKomorki;
  kwotaR: Grosze | null;
}

/** The cells of one school, the same in every walk that examines it. */
interface KomorkiSzkoly {
  regon: ZapisKomorki;
  nazwa: ZapisKomorki;
  klucz: ZapisKomorki;
  r: ZapisKomorki;
  /** the values of `regon`, `klucz` and `r` (a walk with other values gets its own cells) */
  regonTekst: string;
  kluczTekst: string | null;
  rKwota: Grosze | null;
  /** lines of the wrapped name (1 = no wrap) */
  linii: number;
}

/**
 * The cells of `k`'s school (`pamiec`: this build's). By draw position they are the lists' cells of the school
 * (100 000 schools: 300 000 cells fewer), with the trace's own `Klucz` and short-name cells kept by position, put
 * into one object reused row after row (no object per school); without a draw (CS-Z3.0), or when the position's
 * school is not this REGON's, they are made once per REGON from the name. WB-3.4 `Nazwa szkoły`: a name longer
 * than its column is wrapped and its rows are as tall as it needs; a short one stays unstyled, so the add-in pays
 * a style range only for the rows that wrap.
 */
function komorkiSzkoly(k: KrokPrzebiegu, szkoly: OpisPrzebiegu['szkoly'], pamiec: PamiecSzkol): KomorkiSzkoly | null {
  if (!k.regon) return null;
  const p = k.pozycja;
  const zListy =
    p !== null && Number.isInteger(p) && p > 0 && p < szkoly.wgPozycji.length ? szkoly.wgPozycji[p] : undefined;
  if (zListy && zListy.regon !== null && zListy.regon.v === k.regon) return zeSzkolyListy(k, p!, zListy, pamiec);
  let c = pamiec.wgRegonu.get(k.regon);
  if (!c) pamiec.wgRegonu.set(k.regon, (c = zNazwy(k, k.regon, szkoly.wgRegonu().get(k.regon))));
  return c;
}

/** `pamiec.biezaca` filled with the lists' cells of the school at draw position `p`. */
function zeSzkolyListy(k: KrokPrzebiegu, p: number, s: SzkolaZList, pamiec: PamiecSzkol): KomorkiSzkoly {
  const b = pamiec.biezaca;
  b.linii = s.nazwa === null ? 1 : s.linieNazwy;
  b.regon = s.regon;
  b.regonTekst = k.regon!;
  // the lists wrap every name; the trace only the names that need it
  if (s.nazwa === null || b.linii > 1) b.nazwa = s.nazwa;
  else {
    let krotka = pamiec.krotkieNazwy[p];
    if (krotka === undefined) pamiec.krotkieNazwy[p] = krotka = tekst(String(s.nazwa.v));
    b.nazwa = krotka;
  }
  let klucz = pamiec.klucze[p];
  if (klucz === undefined) pamiec.klucze[p] = klucz = pusteLubTekst(k.klucz);
  b.klucz = klucz;
  b.kluczTekst = klucz === null ? null : String(klucz.v);
  b.r = s.r;
  b.rKwota = s.kwotaR;
  return b;
}

function zNazwy(k: KrokPrzebiegu, regon: string, nz: NazwaWPrzebiegu | undefined): KomorkiSzkoly {
  const linii = nz && nz.nazwa ? nz.linii : 1;
  return {
    regon: tekst(regon),
    nazwa: nz && nz.nazwa ? (linii > 1 ? tekst(nz.nazwa, { zawijaj: true }) : tekst(nz.nazwa)) : null,
    klucz: pusteLubTekst(k.klucz),
    r: zl(k.r),
    regonTekst: regon,
    kluczTekst: k.klucz,
    rKwota: k.r,
    linii,
  };
}

/** The schools' cells made so far in this build. */
interface PamiecSzkol {
  /** by draw position: the trace's own `Klucz` and unwrapped short-name cells (undefined: not made yet) */
  klucze: Array<ZapisKomorki | undefined>;
  krotkieNazwy: Array<ZapisKomorki | undefined>;
  /** by REGON: a school not found by its draw position */
  wgRegonu: Map<string, KomorkiSzkoly>;
  /** the current row's school when its cells come from the lists */
  biezaca: KomorkiSzkoly;
}

/**
 * The cells of one trace row. Few-valued texts are vocabulary cells and whole numbers shared cells
 * (`liczby`); `przed` and `po` are the balance cells (the one carried from the previous row is one cell).
 */
function wierszPrzebiegu(
  k: KrokPrzebiegu,
  lp: number,
  s: KomorkiSzkoly | null,
  przed: ZapisKomorki,
  po: ZapisKomorki,
  liczby: ZapisKomorki[],
  koszyki: boolean,
): ZapisKomorki[] {
  const przesun = k.wynik === 'przesunięcie' || (k.wynik === 'zwrot' && k.zWariantu !== undefined);
  const wariant = przesun ? `${k.zWariantu} → ${k.zWariantu === 'I' ? 'II' : 'I'}` : k.wariant;
  const krok = tekstSlownikowy(k.podkrok ? `${k.krok} (${k.podkrok})` : k.krok);
  const w = wariant ? tekstSlownikowy(wariant) : null;
  const kwota = s && k.r !== null && k.r === s.rKwota ? s.r : zl(k.r ?? k.kwota ?? null);
  const klucz = s && k.klucz === s.kluczTekst ? s.klucz : pusteLubTekst(k.klucz);
  const regon = s ? s.regon : null;
  const nazwa = s ? s.nazwa : null;
  const grupa = tekstSlownikowy(k.grupa);
  const wynik = tekstSlownikowy(k.wynik);
  const nr = liczbaWspolna(liczby, lp);
  const pozycja = liczbaWspolna(liczby, k.pozycja);
  return koszyki
    ? [
        nr,
        krok,
        w,
        grupa,
        pozycja,
        liczbaWspolna(liczby, k.numerWKoszyku ?? null),
        regon,
        nazwa,
        klucz,
        kwota,
        przed,
        wynik,
        zl(k.brak),
        po,
      ]
    : [nr, krok, w, grupa, pozycja, regon, nazwa, klucz, kwota, przed, wynik, zl(k.brak), po];
}

/** Rows above the table: title, order, six steps, an empty row. */
export const WIERSZE_LEGENDY = 2 + LEGENDA_KROKOW.length + 1;
/** Excel's sheet limit is 1 048 576 rows: the legend, the header, the trace rows and one closing note must fit. */
export const MAKS_WIERSZY_PRZEBIEGU = 1_048_576 - 2 - WIERSZE_LEGENDY;

export interface OpisPrzebiegu {
  /** `koszyki`: the manual order was drawn in baskets → `Numer w koszyku` after `Pozycja w losowaniu` (WB-3.2) */
  koszyki: boolean;
  /** the lists' school cells by draw position, and school names by REGON (made on first use) */
  szkoly: {
    wgPozycji: ReadonlyArray<SzkolaZList | undefined>;
    wgRegonu: () => ReadonlyMap<string, NazwaWPrzebiegu>;
  };
  /** how the order was made, one sentence */
  kolejnosc: string;
}

export function arkuszPrzebiegu(przebieg: readonly KrokPrzebiegu[], opis: OpisPrzebiegu): ZapisArkusza {
  const { koszyki, szkoly } = opis;
  const n = Math.min(przebieg.length, MAKS_WIERSZY_PRZEBIEGU);
  const naglowki = koszyki
    ? [...NAGLOWKI.slice(0, POZYCJA + 1), 'Numer w koszyku', ...NAGLOWKI.slice(POZYCJA + 1)]
    : NAGLOWKI;
  const szerokosci = [7, 7, 10, 11, 11, 16, SZEROKOSC_NAZWY, 66, 15, 17, 16, 17, 17];
  if (koszyki) szerokosci.splice(POZYCJA + 1, 0, 10);
  const wysokosci = noweWysokosci();
  const leg = legenda(opis.kolejnosc, wysokosci);
  const wiersze: ZapisKomorki[][] = [...leg, naglowki.map(naglowek)];
  const wierszNaglowka = wiersze.length;
  // one slot per possible position, filled without gaps (an array with holes turns into a slow dictionary in V8)
  const pamiec: PamiecSzkol = {
    klucze: [],
    krotkieNazwy: [],
    wgRegonu: new Map(),
    biezaca: {
      regon: null,
      nazwa: null,
      klucz: null,
      r: null,
      regonTekst: '',
      kluczTekst: null,
      rKwota: null,
      linii: 1,
    },
  };
  for (let i = 0; i < szkoly.wgPozycji.length; i++) {
    pamiec.klucze.push(undefined);
    pamiec.krotkieNazwy.push(undefined);
  }
  const liczby: ZapisKomorki[] = [];
  ustawWysokosc(wysokosci, wierszNaglowka, 2 * WYSOKOSC_LINII);
  // the balance carried from one row to the next (`Dostępne po` → `Dostępne przed`) is one cell
  let po: ZapisKomorki = null;
  let poKwota = -1;
  for (let i = 0; i < n; i++) {
    const k = przebieg[i];
    const s = komorkiSzkoly(k, szkoly, pamiec);
    const przed: ZapisKomorki = k.dostepnePrzed === poKwota ? po : zl(k.dostepnePrzed);
    po = k.dostepnePo === poKwota ? po : zl(k.dostepnePo);
    poKwota = k.dostepnePo;
    wiersze.push(wierszPrzebiegu(k, i + 1, s, przed, po, liczby, koszyki));
    if (s && s.linii > 1) ustawWysokosc(wysokosci, wiersze.length, s.linii * WYSOKOSC_LINII);
  }
  if (n < przebieg.length)
    wiersze.push([
      null,
      tekst(
        `Przebieg skrócony do ${n} z ${przebieg.length} wierszy (limit arkusza Excela); decyzje i braki w pozostałych arkuszach są pełne.`,
        { pogrubienie: true },
      ),
    ]);
  return {
    nazwa: ARKUSZ_PRZEBIEG,
    wiersze,
    szerokosciKolumn: szerokosci,
    zamrozenie: { wiersze: wierszNaglowka, kolumny: 0 },
    scalenia: leg.slice(1, -1).map((_, i) => `B${i + 2}:H${i + 2}`),
    wysokosciWierszy: wGrupach(wysokosci),
    autofiltr: `A${wierszNaglowka}:${adres(wiersze.length - 1, naglowki.length - 1)}`,
    wydruk: {
      orientacja: 'pozioma',
      powtarzaneWiersze: [wierszNaglowka, wierszNaglowka],
      dopasujDoSzerokosci: true,
    },
  };
}
