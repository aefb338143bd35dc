/**
 * CS-R.4 deadline tracker `Terminy`: per deadline its items as of the reference date. State: any item
 * missing after the deadline → `zaległe`; else any item dated after it → `po terminie`; else all items
 * present → `zrobione`; else `otwarte`. The deadline day counts as on time; an item without a date →
 * `brak danych` (present, undated).
 */
import type { ZapisArkusza } from '../zeszyt/model';
import { liczba, naglowek, tekst } from '../zeszyt/formaty';
import { dataIso, porownajDaty } from '../komorki/daty';
import type { DataKalendarzowa } from '../program/definicja';
import { ARKUSZ_TERMINOW } from './schemat';
import type { Jezyk } from '../uwagi';
import { listaWKomorce } from '../tekst/lista';

export type StanTerminu = 'zrobione' | 'po terminie' | 'otwarte' | 'zaległe';

export interface PozycjaTerminu {
  /** what the item is (a school's REGON, a body, a file) */
  nazwa: string;
  obecna: boolean;
  data: DataKalendarzowa | null;
}

export interface Termin {
  regula: string;
  krok: string;
  termin: DataKalendarzowa;
  pozycje: PozycjaTerminu[];
}

export interface OcenaTerminu extends Termin {
  stan: StanTerminu;
  wTerminie: number;
  poTerminie: number;
  brak: number;
  brakDanych: number;
}

export function ocenTermin(t: Termin, naDzien: DataKalendarzowa): OcenaTerminu {
  let wTerminie = 0;
  let poTerminie = 0;
  let brak = 0;
  let brakDanych = 0;
  for (const p of t.pozycje) {
    if (!p.obecna) brak++;
    else if (!p.data) brakDanych++;
    else if (porownajDaty(p.data, t.termin) > 0) poTerminie++;
    else wTerminie++;
  }
  const minal = porownajDaty(naDzien, t.termin) > 0;
  const stan: StanTerminu =
    brak > 0 && minal ? 'zaległe' : poTerminie > 0 ? 'po terminie' : brak === 0 ? 'zrobione' : 'otwarte';
  return { ...t, stan, wTerminie, poTerminie, brak, brakDanych };
}

const TLO: Record<StanTerminu, string> = {
  zrobione: 'C6EFCE',
  'po terminie': 'FFEB9C',
  otwarte: 'DDEBF7',
  zaległe: 'FFC7CE',
};

/** The next deadline not yet done (the earliest `otwarte` or `zaległe`), for the pane and the summary. */
export function najblizszyTermin(oceny: readonly OcenaTerminu[]): OcenaTerminu | null {
  const otwarte = oceny.filter((o) => o.stan === 'otwarte' || o.stan === 'zaległe');
  return otwarte.sort((a, b) => porownajDaty(a.termin, b.termin))[0] ?? null;
}

/**
 * WB-1.9: one cell holds about 1 200 late rows of a voivodeship; beyond that the first ones and `… (+N)` (the counts
 * stand in their columns; a late row of a voivodeship has its CS-11.1 finding in `Uwagi`).
 */
export function arkuszTerminow(oceny: readonly OcenaTerminu[], naDzien: DataKalendarzowa): ZapisArkusza {
  const brakujace = (o: OcenaTerminu) => listaWKomorce(o.pozycje.filter((p) => !p.obecna).map((p) => p.nazwa));
  const pozne = (o: OcenaTerminu) =>
    listaWKomorce(
      o.pozycje
        .filter((p) => p.obecna && p.data && porownajDaty(p.data, o.termin) > 0)
        .map((p) => `${p.nazwa} (${dataIso(p.data!)})`),
    );
  return {
    nazwa: ARKUSZ_TERMINOW,
    wiersze: [
      [tekst(`Stan na dzień: ${dataIso(naDzien)} (CS-R.4)`, { pogrubienie: true })],
      [
        'Krok',
        'Reguła',
        'Termin',
        'Stan',
        'W terminie',
        'Po terminie',
        'Brak',
        'Brak danych',
        'Pozycji',
        'Brakuje',
        'Po terminie — które',
      ].map(naglowek),
      ...oceny.map((o) => [
        tekst(o.krok),
        tekst(o.regula),
        tekst(dataIso(o.termin)),
        tekst(o.stan, { tlo: TLO[o.stan] }),
        liczba(o.wTerminie),
        liczba(o.poTerminie),
        liczba(o.brak),
        liczba(o.brakDanych),
        liczba(o.pozycje.length),
        tekst(brakujace(o)),
        tekst(pozne(o)),
      ]),
    ],
    szerokosciKolumn: [44, 10, 12, 14, 11, 11, 9, 11, 9, 40, 40],
    zamrozenie: { wiersze: 2, kolumny: 0 },
    wydruk: { orientacja: 'pozioma', dopasujDoSzerokosci: true },
  };
}

export function terminyJson(oceny: readonly OcenaTerminu[]) {
  return oceny.map((o) => ({
    regula: o.regula,
    krok: o.krok,
    termin: dataIso(o.termin),
    stan: o.stan,
    wTerminie: o.wTerminie,
    poTerminie: o.poTerminie,
    brak: o.brak,
    brakDanych: o.brakDanych,
  }));
}

/** CS-R.4: the summary line of the next deadline (or that every deadline is closed). */
export function liniaNajblizszegoTerminu(terminy: readonly OcenaTerminu[], jezyk: Jezyk): string {
  const nast = najblizszyTermin(terminy);
  if (jezyk === 'en')
    return nast
      ? `Next deadline: ${nast.regula} ${dataIso(nast.termin)} — ${nast.stan}, missing ${nast.brak} (CS-R.4).`
      : 'Every deadline is met or past (CS-R.4).';
  return nast
    ? `Najbliższy termin: ${nast.regula} ${dataIso(nast.termin)} — ${nast.stan}, brakuje ${nast.brak} (CS-R.4).`
    : 'Wszystkie terminy zamknięte (CS-R.4).';
}
