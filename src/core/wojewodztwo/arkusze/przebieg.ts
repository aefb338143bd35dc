/**
 * WB-3.2 `Przebieg kwalifikacji`: one row per examination, shift and move-back, in execution order, below a
 * legend of the steps and of how the order was made (WB-3.4: a trainer shows it to a room).
 */
import type { ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { liczbaWspolna, naglowek, tekst, tekstSlownikowy, zl } from '../../zeszyt/formaty';
import type { Grosze } from '../../kwota';
import type { KrokPrzebiegu } from '../../kwalifikacja';
import { pusteLubTekst, SZEROKOSC_NAZWY } from './lista';
import { liniiTekstu, WYSOKOSC_LINII, WysokosciWierszy } from '../../zeszyt/wydruk';
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
    if (linii > 1) wysokosci.ustaw(i + 1, linii * WYSOKOSC_LINII);
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
 * The cells of `k`'s school, made on its first walk and shared by the others (`pamiec`: this build's, by draw
 * position or REGON). By draw position the lists' cells of the school are reused (100 000 schools: 300 000 cells
 * fewer); without a draw (CS-Z3.0) they are made from the name by REGON. WB-3.4 `Nazwa szkoły`: a name longer
 * than its column is wrapped and its rows are as tall as it needs; a short one stays unstyled, so the add-in pays
 * a style range only for the rows that wrap.
 */
function komorkiSzkoly(k: KrokPrzebiegu, szkoly: OpisPrzebiegu['szkoly'], pamiec: PamiecSzkol): KomorkiSzkoly | null {
  if (!k.regon) return null;
  // by draw position (one school each) in an array; a Map by REGON when there is none (CS-Z3.0)
  const p =
    k.pozycja !== null && Number.isInteger(k.pozycja) && k.pozycja > 0 && k.pozycja < pamiec.wgPozycji.length
      ? k.pozycja
      : -1;
  let c = p > 0 ? pamiec.wgPozycji[p] : pamiec.wgRegonu.get(k.regon);
  if (c && c.regonTekst === k.regon) return c;
  const zListy = p > 0 ? szkoly.wgPozycji[p] : undefined;
  // the position's school when it is this REGON's (else by REGON, as without a draw)
  c =
    zListy && zListy.regon !== null && zListy.regon.v === k.regon
      ? zeSzkolyListy(k, zListy)
      : zNazwy(k, k.regon, szkoly.wgRegonu().get(k.regon));
  if (p > 0) pamiec.wgPozycji[p] = c;
  else pamiec.wgRegonu.set(k.regon, c);
  return c;
}

function zeSzkolyListy(k: KrokPrzebiegu, s: SzkolaZList): KomorkiSzkoly {
  const linii = s.nazwa === null ? 1 : s.linieNazwy;
  return {
    regon: s.regon,
    // the lists wrap every name; the trace only the names that need it
    nazwa: s.nazwa === null || linii > 1 ? s.nazwa : tekst(String(s.nazwa.v)),
    klucz: pusteLubTekst(k.klucz),
    r: k.r === s.kwotaR ? s.r : zl(k.r),
    regonTekst: k.regon!,
    kluczTekst: k.klucz,
    rKwota: k.r,
    linii,
  };
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
  wgPozycji: Array<KomorkiSzkoly | undefined>;
  wgRegonu: Map<string, KomorkiSzkoly>;
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
  const wysokosci = new WysokosciWierszy();
  const leg = legenda(opis.kolejnosc, wysokosci);
  const wiersze: ZapisKomorki[][] = [...leg, naglowki.map(naglowek)];
  const wierszNaglowka = wiersze.length;
  // one slot per possible position, filled without gaps (an array with holes turns into a slow dictionary in V8)
  const pamiec: PamiecSzkol = { wgPozycji: [], wgRegonu: new Map() };
  for (let i = 0; i <= n; i++) pamiec.wgPozycji.push(undefined);
  const liczby: ZapisKomorki[] = [];
  wysokosci.ustaw(wierszNaglowka, 2 * WYSOKOSC_LINII);
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
    if (s && s.linii > 1) wysokosci.ustaw(wiersze.length, s.linii * WYSOKOSC_LINII);
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
    wysokosciWierszy: wysokosci.lista(),
    autofiltr: `A${wierszNaglowka}:${adres(wiersze.length - 1, naglowki.length - 1)}`,
    wydruk: {
      orientacja: 'pozioma',
      powtarzaneWiersze: [wierszNaglowka, wierszNaglowka],
      dopasujDoSzerokosci: true,
    },
  };
}
