/**
 * JST-5 input: the `Uczestnicy` table (pseudonymous), merged into persons by identifier (WB-1.3
 * matching). A different `Płeć` or `TERYT JST` for one identifier → `błąd` (the first row's value is
 * kept); conflicting TAK/NIE → TAK with an `ostrzeżenie`. An empty TAK/NIE cell means "not (yet)".
 */
import type { ArkuszSnapshot } from '../../zeszyt/model';
import { czytajTabele, type DefinicjaKolumny } from '../../zeszyt/czytnik';
import type { DataKalendarzowa } from '../../program/definicja';
import { porownajDaty } from '../../komorki/daty';
import { problemTeryt } from '../../identyfikatory';
import { normalizuj } from '../../tekst/normalizuj';
import type { Uwaga } from '../../uwagi';
import { PolaWiersza } from '../pola';
import { czyPusta } from '../../komorki/odczyt';
import { PLEC, ROLA, type Plec, type Rola } from '../slowniki';
import { lista } from '../../tekst/lista';

export const ARKUSZ_UCZESTNIKOW = 'Uczestnicy';
export const HU = {
  id: 'Identyfikator',
  plec: 'Płeć',
  jst: 'JST',
  teryt: 'TERYT JST',
  rola: 'Rola',
  start: 'Rozpoczęcie wsparcia',
  szkolenia: 'Ukończył szkolenia',
  kompetencje: 'Podniósł kompetencje',
  doradztwo: 'JST objęta doradztwem',
} as const;
export const KOLUMNY_UCZESTNIKOW: DefinicjaKolumny[] = Object.values(HU).map((naglowek) => ({
  naglowek,
  wymagana: true,
}));

type Flaga = 'szkolenia' | 'kompetencje' | 'doradztwo';
const FLAGI: Flaga[] = ['szkolenia', 'kompetencje', 'doradztwo'];

export interface Osoba {
  id: string;
  /** 1-based rows of the person, in sheet order */
  wiersze: number[];
  plec: Plec | null;
  teryt: string | null;
  jst: string | null;
  rola: Rola | null;
  /** the earliest readable start date */
  start: DataKalendarzowa | null;
  szkolenia: boolean;
  kompetencje: boolean;
  doradztwo: boolean;
  /** A1 address of the first row's TERYT cell (for team findings) */
  adresTeryt: string;
  /** A1 address of the first `Podniósł kompetencje` cell saying TAK (else the first row's) */
  adresKompetencji: string;
  /** explicit TAK/NIE values seen per flag (empty cells are not values) */
  jawne: Record<Flaga, Set<boolean>>;
}

export interface OdczytUczestnikow {
  osoby: Osoba[];
  wierszy: number;
  uwagi: Uwaga[];
  odmowa: Uwaga | null;
}

export function czytajUczestnikow(a: ArkuszSnapshot): OdczytUczestnikow {
  const t = czytajTabele(a, KOLUMNY_UCZESTNIKOW);
  const uwagi = [...t.uwagi];
  if (t.odmowa || t.wierszNaglowka0 < 0 || uwagi.some((u) => u.blokujaca))
    return { osoby: [], wierszy: 0, uwagi, odmowa: t.odmowa };
  const osoby = new Map<string, Osoba>();
  for (const w of t.wiersze) {
    const p = new PolaWiersza(t, w, uwagi, 'JST-5');
    const id = p.tekst(HU.id);
    const plec = p.slownik(HU.plec, PLEC);
    const jst = p.tekst(HU.jst, { wymagana: false });
    if (jst === null && czyPusta(p.komorka(HU.jst)))
      p.zglos(HU.jst, 'ostrzeżenie', 'brak nazwy JST', 'the JST name is missing');
    let teryt = p.identyfikator(HU.teryt, 'TERYT');
    if (teryt !== null && problemTeryt(teryt)) {
      p.zglos(
        HU.teryt,
        'błąd',
        `TERYT ${teryt} jest niepoprawny (długość, typ gminy lub województwo)`,
        `TERYT ${teryt} is invalid (length, municipality type or voivodeship)`,
        'CS-10.4',
      );
      teryt = null;
    }
    const rola = p.slownik(HU.rola, ROLA);
    const start = p.data(HU.start);
    const flagi = {
      szkolenia: p.takNie(HU.szkolenia, { wymagana: false }),
      kompetencje: p.takNie(HU.kompetencje, { wymagana: false }),
      doradztwo: p.takNie(HU.doradztwo, { wymagana: false }),
    };
    if (id === null) continue; // not countable; the missing identifier was reported
    const klucz = normalizuj(id);
    const o = osoby.get(klucz);
    if (!o) {
      osoby.set(klucz, {
        id,
        wiersze: [p.wiersz],
        plec,
        teryt,
        jst,
        rola,
        start,
        szkolenia: flagi.szkolenia === true,
        kompetencje: flagi.kompetencje === true,
        doradztwo: flagi.doradztwo === true,
        adresTeryt: p.adres(HU.teryt),
        adresKompetencji: p.adres(HU.kompetencje),
        jawne: {
          szkolenia: zbior(flagi.szkolenia),
          kompetencje: zbior(flagi.kompetencje),
          doradztwo: zbior(flagi.doradztwo),
        },
      });
      continue;
    }
    scal(o, p, { plec, teryt, jst, rola, start, flagi });
  }
  return { osoby: [...osoby.values()], wierszy: t.wiersze.length, uwagi, odmowa: null };
}

interface Wiersz {
  plec: Plec | null;
  teryt: string | null;
  jst: string | null;
  rola: Rola | null;
  start: DataKalendarzowa | null;
  flagi: Record<Flaga, boolean | null>;
}

/** JST-5: a further row of a person already seen */
function scal(o: Osoba, p: PolaWiersza, w: Wiersz): void {
  const pierwszy = o.wiersze[0];
  o.wiersze.push(p.wiersz);
  if (w.plec !== null) {
    if (o.plec === null) o.plec = w.plec;
    else if (o.plec !== w.plec)
      p.zglos(
        HU.plec,
        'błąd',
        `osoba ${o.id} ma inną płeć niż w wierszu ${pierwszy} (${o.plec}) — przyjęto ${o.plec}`,
        `person ${o.id} has a different sex than in row ${pierwszy} (${o.plec}) — ${o.plec} is kept`,
      );
  }
  if (w.teryt !== null) {
    if (o.teryt === null) o.teryt = w.teryt;
    else if (o.teryt !== w.teryt)
      p.zglos(
        HU.teryt,
        'błąd',
        `osoba ${o.id} ma inny TERYT JST niż w wierszu ${pierwszy} (${o.teryt}) — przyjęto ${o.teryt}`,
        `person ${o.id} has a different TERYT JST than in row ${pierwszy} (${o.teryt}) — ${o.teryt} is kept`,
      );
  }
  if (o.jst === null) o.jst = w.jst;
  if (o.rola === null) o.rola = w.rola;
  if (w.start && (!o.start || porownajDaty(w.start, o.start) < 0)) o.start = w.start;
  for (const f of FLAGI) {
    const v = w.flagi[f];
    if (v === null) continue;
    const bylo = o.jawne[f];
    const sprzeczne = bylo.size > 0 && !bylo.has(v); // a new, different explicit value (reported once per flag)
    bylo.add(v);
    if (v && !o[f] && f === 'kompetencje') o.adresKompetencji = p.adres(HU.kompetencje);
    if (v) o[f] = true;
    if (!sprzeczne) continue;
    const h = f === 'szkolenia' ? HU.szkolenia : f === 'kompetencje' ? HU.kompetencje : HU.doradztwo;
    p.zglos(
      h,
      'ostrzeżenie',
      `osoba ${o.id}: sprzeczne TAK/NIE z wcześniejszymi wierszami (${lista(o.wiersze.slice(0, -1).map(String), 10)}) — przyjęto TAK`,
      `person ${o.id}: TAK/NIE conflicts with earlier rows (${lista(o.wiersze.slice(0, -1).map(String), 10)}) — TAK is taken`,
    );
  }
}

function zbior(v: boolean | null): Set<boolean> {
  return new Set(v === null ? [] : [v]);
}
