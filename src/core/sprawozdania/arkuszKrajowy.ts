/**
 * CS-R.3c `Informacja krajowa` (§15, §19): per voivodeship (TERYT order) the split's allocation beside
 * the workbook's, the information date, the fingerprint check, schools and support per variant, unused,
 * the voivode's G, Z, W, D when reported; a national `Razem` row; then the schools and support per
 * variant × size × `Położenie` of every voivodeship.
 */
import type { ZapisArkusza, ZapisKomorki } from '../zeszyt/model';
import { liczba, naglowek, tekst, zl } from '../zeszyt/formaty';
import { dataIso } from '../komorki/daty';
import { kwotaJson, type Grosze } from '../kwota';
import type { Wojewodztwo, WynikZbieraniaWojewodztw } from './zbierzWojewodztwa';

export const ARKUSZ_KRAJOWY = 'Informacja krajowa';
export const BRAK_ZESZYTU = 'brak';

export const NAGLOWKI_KRAJOWE = [
  'TERYT',
  'Województwo',
  'Plik',
  'Kwota z podziału (zł)',
  'Kwota środków (zł)',
  'Data informacji',
  'Odcisk zweryfikowany',
  'Szkół zakwalifikowanych',
  'Wsparcie wariant I (zł)',
  'Wsparcie wariant II (zł)',
  'Niewykorzystane (zł)',
  'Dotacja (zł)',
  'Dotacja rozliczona (zł)',
  'Wkład własny (zł)',
  'Do zwrotu (zł)',
] as const;
type Naglowek = (typeof NAGLOWKI_KRAJOWE)[number];
const KWOTY = new Set<Naglowek>(NAGLOWKI_KRAJOWE.filter((h) => h.endsWith('(zł)')));
export const NAGLOWKI_SZCZEGOLOW = [
  'TERYT',
  'Województwo',
  'Wariant',
  'Wielkość szkoły',
  'Położenie',
  'Szkół',
  'Wsparcie (zł)',
] as const;

type Wartosc = string | number | null;
type Wiersz = Record<Naglowek, Wartosc>;

function wiersz(w: Wojewodztwo): Wiersz {
  const z = w.zrodlo;
  return {
    TERYT: w.teryt,
    Województwo: w.nazwa,
    Plik: z ? z.plik : BRAK_ZESZYTU,
    'Kwota z podziału (zł)': w.przydzial,
    'Kwota środków (zł)': z?.kwota ?? null,
    'Data informacji': z?.data ? dataIso(z.data) : null,
    'Odcisk zweryfikowany': z ? (z.zweryfikowany ? 'TAK' : 'NIE') : null,
    'Szkół zakwalifikowanych': z?.szkoly ?? null,
    'Wsparcie wariant I (zł)': z?.wsparcie.I ?? null,
    'Wsparcie wariant II (zł)': z?.wsparcie.II ?? null,
    'Niewykorzystane (zł)': z?.niewykorzystane ?? null,
    'Dotacja (zł)': z?.rozliczenie?.G ?? null,
    'Dotacja rozliczona (zł)': z?.rozliczenie?.Z ?? null,
    'Wkład własny (zł)': z?.rozliczenie?.W ?? null,
    'Do zwrotu (zł)': z?.rozliczenie?.D ?? null,
  };
}

function razem(wiersze: readonly Wiersz[]): Wiersz {
  const suma = (h: Naglowek) => {
    const v = wiersze.map((w) => w[h]).filter((x): x is number => typeof x === 'number');
    return v.length ? v.reduce((a, b) => a + b, 0) : null;
  };
  const r = Object.fromEntries(NAGLOWKI_KRAJOWE.map((h) => [h, null])) as Wiersz;
  for (const h of NAGLOWKI_KRAJOWE) if (KWOTY.has(h) || h === 'Szkół zakwalifikowanych') r[h] = suma(h);
  r.Województwo = 'Razem';
  r.Plik = `zeszyty: ${wiersze.filter((w) => w.Plik !== BRAK_ZESZYTU).length} z ${wiersze.length}`;
  return r;
}

function szczegoly(w: WynikZbieraniaWojewodztw) {
  return w.wojewodztwa.flatMap((v) =>
    (v.zrodlo?.szczegoly ?? []).map((s) => ({
      TERYT: v.teryt,
      Województwo: v.nazwa,
      Wariant: s.wariant,
      'Wielkość szkoły': s.wielkosc,
      Położenie: s.polozenie,
      Szkół: s.szkoly,
      'Wsparcie (zł)': s.wsparcie,
    })),
  );
}

const json = (r: Wiersz) => {
  const o: Record<string, Wartosc> = { ...r };
  for (const h of KWOTY) if (typeof r[h] === 'number') o[h] = kwotaJson(r[h] as Grosze);
  return o;
};

/** `wynik` of `zbierz --json` on a split workbook: the sheet's rows keyed as its headers. */
export function wierszeKrajowe(w: WynikZbieraniaWojewodztw) {
  const wiersze = w.wojewodztwa.map(wiersz);
  return {
    wiersze: wiersze.map(json),
    razem: json(razem(wiersze)),
    szczegoly: szczegoly(w).map((s) => ({ ...s, 'Wsparcie (zł)': kwotaJson(s['Wsparcie (zł)']) })),
  };
}

const komorka = (h: Naglowek, v: Wartosc, pogrubienie: boolean): ZapisKomorki => {
  const extra = pogrubienie ? { pogrubienie } : {};
  if (v === null) return null;
  if (KWOTY.has(h)) return zl(v as Grosze, extra);
  return typeof v === 'number' ? liczba(v, extra) : tekst(v, extra);
};

export function arkuszKrajowy(w: WynikZbieraniaWojewodztw): ZapisArkusza {
  const wiersze = w.wojewodztwa.map(wiersz);
  return {
    nazwa: ARKUSZ_KRAJOWY,
    wiersze: [
      NAGLOWKI_KRAJOWE.map(naglowek),
      ...wiersze.map((r) => NAGLOWKI_KRAJOWE.map((h) => komorka(h, r[h], false))),
      NAGLOWKI_KRAJOWE.map((h) => komorka(h, razem(wiersze)[h], true)),
      [],
      NAGLOWKI_SZCZEGOLOW.map(naglowek),
      ...szczegoly(w).map((s) => [
        tekst(s.TERYT),
        tekst(s.Województwo),
        tekst(s.Wariant),
        tekst(s['Wielkość szkoły']),
        tekst(s.Położenie),
        liczba(s.Szkół),
        zl(s['Wsparcie (zł)']),
      ]),
    ],
    szerokosciKolumn: [8, 22, 30, 18, 18, 12, 12, 12, 18, 18, 16, 16, 16, 16, 16],
    zamrozenie: { wiersze: 1, kolumny: 2 },
    wydruk: { orientacja: 'pozioma', powtarzaneWiersze: [1, 1], dopasujDoSzerokosci: true },
  };
}
