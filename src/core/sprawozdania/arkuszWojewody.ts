/**
 * CS-R.3b `Sprawozdanie wojewody` (§19): per body (`Umowy dotacji` order) its files, report date,
 * schools qualified / reported, G, Z, W, D and tasks met / reported; totals per variant and overall;
 * then per task Z1…Z9 (W1 for variant II) the schools that met it out of those with a value for it.
 */
import type { ZapisArkusza, ZapisKomorki } from '../zeszyt/model';
import { liczba, naglowek, tekst, zl } from '../zeszyt/formaty';
import { dataIso } from '../komorki/daty';
import { kwotaJson, type Grosze } from '../kwota';
import { ZADANIA_I_W1 } from './czytajSprawozdaniaSzkol';
import type { OrganWojewody, SzkolaWojewody, WynikZbieraniaOrganow } from './zbierzOrgany';
import { lista, MAKS_PLIKOW } from '../tekst/lista';

export const ARKUSZ_WOJEWODY = 'Sprawozdanie wojewody';
export const BRAK_SPRAWOZDANIA = 'brak sprawozdania';

export const NAGLOWKI_WOJEWODY = [
  'Lp.',
  'Organ prowadzący',
  'TERYT organu',
  'Plik',
  'Data sprawozdania',
  'Szkół zakwalifikowanych',
  'Szkół w sprawozdaniu',
  'Dotacja (zł)',
  'Dotacja rozliczona (zł)',
  'Wkład własny (zł)',
  'Do zwrotu (zł)',
  'Zadania spełnione',
  'Zadań w sprawozdaniach',
] as const;
type Naglowek = (typeof NAGLOWKI_WOJEWODY)[number];
const KWOTY: ReadonlyArray<[Naglowek, 'G' | 'Z' | 'W' | 'D']> = [
  ['Dotacja (zł)', 'G'],
  ['Dotacja rozliczona (zł)', 'Z'],
  ['Wkład własny (zł)', 'W'],
  ['Do zwrotu (zł)', 'D'],
];
export const NAGLOWKI_ZADAN = ['Zadanie', 'Szkół, które spełniły', 'Szkół z wartością'] as const;

type Wartosc = string | number | null;
/** a row as the sheet's headers; money in grosze here, WB-4.1 strings in the JSON */
type Wiersz = Record<Naglowek, Wartosc>;

function sumy(szkoly: readonly SzkolaWojewody[]): Wiersz {
  const s = (k: 'G' | 'Z' | 'W' | 'D'): Grosze => szkoly.reduce((a, x) => a + x.kwoty[k], 0);
  const zgloszone = szkoly.filter((x) => x.plik !== null);
  const zZadaniami = zgloszone.filter((x) => x.zadania?.spelnione !== null && x.zadania !== null);
  return {
    'Lp.': null,
    'Organ prowadzący': null,
    'TERYT organu': null,
    Plik: null,
    'Data sprawozdania': null,
    'Szkół zakwalifikowanych': szkoly.length,
    'Szkół w sprawozdaniu': zgloszone.length,
    'Dotacja (zł)': s('G'),
    'Dotacja rozliczona (zł)': s('Z'),
    'Wkład własny (zł)': s('W'),
    'Do zwrotu (zł)': s('D'),
    'Zadania spełnione': zZadaniami.length ? zZadaniami.reduce((a, x) => a + x.zadania!.spelnione!, 0) : null,
    'Zadań w sprawozdaniach': zZadaniami.length ? zZadaniami.length * 9 : null,
  };
}

function wierszOrganu(o: OrganWojewody, i: number): Wiersz {
  const w = sumy(o.szkoly);
  return {
    ...w,
    'Lp.': i + 1,
    'Organ prowadzący': o.umowa.organ,
    'TERYT organu': o.umowa.teryt,
    Plik: o.pliki.length ? lista(o.pliki, MAKS_PLIKOW) : BRAK_SPRAWOZDANIA,
    'Data sprawozdania': o.data ? dataIso(o.data) : null,
    'Zadania spełnione': o.pliki.length && !o.maZadania ? 'brak danych' : w['Zadania spełnione'],
    'Zadań w sprawozdaniach': o.pliki.length && !o.maZadania ? 'brak danych' : w['Zadań w sprawozdaniach'],
  };
}

export interface ZadanieWojewody {
  Zadanie: string;
  'Szkół, które spełniły': number;
  'Szkół z wartością': number;
}

function zadania(w: WynikZbieraniaOrganow): ZadanieWojewody[] {
  const szkoly = w.organy.flatMap((o) => o.szkoly).filter((s) => s.zadania);
  return ZADANIA_I_W1.map((id) => {
    const dotyczy = id === 'W1' ? szkoly.filter((s) => s.wariant === 'II') : szkoly;
    const z = dotyczy.filter((s) => s.zadania!.zadania[id] !== undefined);
    return {
      Zadanie: id,
      'Szkół, które spełniły': z.filter((s) => s.zadania!.zadania[id] === 'TAK').length,
      'Szkół z wartością': z.length,
    };
  });
}

function podsumowania(w: WynikZbieraniaOrganow): Wiersz[] {
  const wszystkie = w.organy.flatMap((o) => o.szkoly);
  return (['I', 'II', null] as const).map((v) => ({
    ...sumy(v ? wszystkie.filter((s) => s.wariant === v) : wszystkie),
    'Organ prowadzący': v ? `Razem wariant ${v}` : 'Razem',
  }));
}

const json = (r: Wiersz) => {
  const o: Record<string, Wartosc> = { ...r };
  for (const [h] of KWOTY) o[h] = kwotaJson(r[h] as Grosze);
  return o;
};

/** `wynik` of `zbierz --json` on a voivodeship workbook: the sheet's rows keyed as its headers. */
export function wierszeWojewody(w: WynikZbieraniaOrganow) {
  const [wariantI, wariantII, razem] = podsumowania(w);
  return {
    wiersze: w.organy.map(wierszOrganu).map(json),
    wariantI: json(wariantI),
    wariantII: json(wariantII),
    razem: json(razem),
    zadania: zadania(w),
  };
}

const komorka = (h: Naglowek, v: Wartosc, pogrubienie = false): ZapisKomorki => {
  if (v === null) return null;
  if (KWOTY.some(([k]) => k === h)) return zl(v as Grosze, pogrubienie ? { pogrubienie } : {});
  return typeof v === 'number'
    ? liczba(v, pogrubienie ? { pogrubienie } : {})
    : tekst(v, pogrubienie ? { pogrubienie } : undefined);
};

export function arkuszWojewody(w: WynikZbieraniaOrganow): ZapisArkusza {
  const wiersze = w.organy.map(wierszOrganu);
  return {
    nazwa: ARKUSZ_WOJEWODY,
    wiersze: [
      NAGLOWKI_WOJEWODY.map(naglowek),
      ...wiersze.map((r) => NAGLOWKI_WOJEWODY.map((h) => komorka(h, r[h]))),
      ...podsumowania(w).map((r) => NAGLOWKI_WOJEWODY.map((h) => komorka(h, r[h], true))),
      [],
      NAGLOWKI_ZADAN.map(naglowek),
      ...zadania(w).map((z) => [tekst(z.Zadanie), liczba(z['Szkół, które spełniły']), liczba(z['Szkół z wartością'])]),
    ],
    szerokosciKolumn: [6, 36, 12, 30, 14, 12, 12, 16, 16, 16, 16, 12, 12],
    zamrozenie: { wiersze: 1, kolumny: 2 },
    wydruk: { orientacja: 'pozioma', powtarzaneWiersze: [1, 1], dopasujDoSzerokosci: true },
  };
}
