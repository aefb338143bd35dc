/**
 * JST-3 input: the `Plan strategiczny` table, with its checks: `Koniec ≥ Początek`, budget ≥ 0, an
 * indicator with base and target for every action, known recommendation ids, unique action names
 * (the key that `Monitoring` rows refer to).
 */
import type { ArkuszSnapshot } from '../../zeszyt/model';
import { czytajTabele, type DefinicjaKolumny } from '../../zeszyt/czytnik';
import type { DataKalendarzowa } from '../../program/definicja';
import type { Grosze } from '../../kwota';
import { dataIso, porownajDaty } from '../../komorki/daty';
import { normalizuj } from '../../tekst/normalizuj';
import { czyPusta } from '../../komorki/odczyt';
import { uwaga, type Uwaga } from '../../uwagi';
import { PolaWiersza } from '../pola';
import { ZRODLO, type Zrodlo } from '../slowniki';
import { skalowana, type Ulamek } from '../../rational';
import { ID_REGUL, type IdReguly } from '../diagnoza/reguly';

export const ARKUSZ_PLANU = 'Plan strategiczny';
export const HP = {
  cel: 'Cel',
  dzialanie: 'Działanie',
  odpowiedzialny: 'Odpowiedzialny',
  poczatek: 'Początek',
  koniec: 'Koniec',
  budzet: 'Budżet (zł)',
  zrodlo: 'Źródło finansowania',
  wskaznik: 'Wskaźnik',
  bazowa: 'Wartość bazowa',
  docelowa: 'Wartość docelowa',
  rekomendacja: 'Rekomendacja',
  konsultacje: 'Konsultacje',
} as const;
const OPCJONALNE = new Set<string>([HP.rekomendacja, HP.konsultacje]);
export const KOLUMNY_PLANU: DefinicjaKolumny[] = Object.values(HP).map((naglowek) => ({
  naglowek,
  wymagana: !OPCJONALNE.has(naglowek),
}));

/** indicator values are kept exactly to 4 decimals */
export const SKALA_WSKAZNIKA = 4;

export interface Dzialanie {
  wiersz: number;
  cel: string | null;
  nazwa: string | null;
  /** WB-1.3-normalised name — the key `Monitoring` rows use; null when unnamed or a duplicate */
  klucz: string | null;
  etykieta: string;
  odpowiedzialny: string | null;
  poczatek: DataKalendarzowa | null;
  koniec: DataKalendarzowa | null;
  /** both dates readable and Koniec ≥ Początek */
  okres: { od: DataKalendarzowa; do: DataKalendarzowa } | null;
  budzet: Grosze | null;
  zrodlo: Zrodlo | null;
  wskaznik: string | null;
  bazowa: Ulamek | null;
  docelowa: Ulamek | null;
  rekomendacje: IdReguly[];
  konsultacje: string | null;
}

export interface OdczytPlanu {
  dzialania: Dzialanie[];
  uwagi: Uwaga[];
  odmowa: Uwaga | null;
}

export function czytajPlan(a: ArkuszSnapshot): OdczytPlanu {
  const t = czytajTabele(a, KOLUMNY_PLANU);
  const uwagi = [...t.uwagi];
  if (t.odmowa || t.wierszNaglowka0 < 0 || uwagi.some((u) => u.blokujaca))
    return { dzialania: [], uwagi, odmowa: t.odmowa };
  const klucze = new Map<string, number>();
  const dzialania = t.wiersze.map((w) => {
    const p = new PolaWiersza(t, w, uwagi, 'JST-3');
    const d = czytajDzialanie(p);
    if (d.klucz !== null) {
      const byl = klucze.get(d.klucz);
      if (byl !== undefined) {
        p.zglos(
          HP.dzialanie,
          'błąd',
          `działanie „${d.nazwa}” występuje dwukrotnie (także w wierszu ${byl}) — wiersze „Monitoring” odnoszą się do pierwszego`,
          `action "${d.nazwa}" appears twice (also in row ${byl}) — "Monitoring" rows refer to the first one`,
        );
        d.klucz = null;
      } else klucze.set(d.klucz, d.wiersz);
    }
    return d;
  });
  if (dzialania.length === 0)
    uwagi.push(
      uwaga(a.nazwa, null, 'ostrzeżenie', 'JST-3', 'Plan nie zawiera żadnego działania.', 'The plan lists no action.'),
    );
  return { dzialania, uwagi, odmowa: null };
}

function czytajDzialanie(p: PolaWiersza): Dzialanie {
  const nazwa = p.tekst(HP.dzialanie);
  const cel = p.tekst(HP.cel, { wymagana: false });
  if (cel === null)
    p.zglos(HP.cel, 'ostrzeżenie', 'działanie bez celu strategicznego', 'an action without a strategic goal');
  const odpowiedzialny = p.tekst(HP.odpowiedzialny, { wymagana: false });
  if (odpowiedzialny === null)
    p.zglos(
      HP.odpowiedzialny,
      'ostrzeżenie',
      'nie wskazano osoby ani komórki odpowiedzialnej',
      'no person or unit responsible is named',
    );
  const poczatek = p.data(HP.poczatek);
  const koniec = p.data(HP.koniec);
  let okres: Dzialanie['okres'] = null;
  if (poczatek && koniec) {
    if (porownajDaty(koniec, poczatek) < 0)
      p.zglos(
        HP.koniec,
        'błąd',
        `koniec ${dataIso(koniec)} przed początkiem ${dataIso(poczatek)}`,
        `end ${dataIso(koniec)} before start ${dataIso(poczatek)}`,
      );
    else okres = { od: poczatek, do: koniec };
  }
  const wskaznik = p.tekst(HP.wskaznik, { wymagana: false });
  const baz = p.skalowana(HP.bazowa, SKALA_WSKAZNIKA, { wymagana: false });
  const doc = p.skalowana(HP.docelowa, SKALA_WSKAZNIKA, { wymagana: false });
  // JST-3: every action has an indicator with a base and a target value
  const brak = [HP.wskaznik, HP.bazowa, HP.docelowa].filter((h) => czyPusta(p.komorka(h)));
  if (brak.length) {
    const lista = brak.map((b) => `„${b}”`).join(', ');
    p.zglos(
      brak[0],
      'błąd',
      `każde działanie musi mieć wskaźnik z wartością bazową i docelową — brak: ${lista}`,
      `every action needs an indicator with a base and a target value — missing: ${brak.map((b) => `"${b}"`).join(', ')}`,
    );
  }
  const konsultacje = p.tekst(HP.konsultacje, { wymagana: false });
  if (konsultacje === null && p.t.kolumny.has(HP.konsultacje))
    p.zglos(
      HP.konsultacje,
      'informacja',
      'nie wpisano, z kim konsultowano działanie (dyrektorzy, nauczyciele, rodzice, uczniowie …)',
      'no stakeholders consulted are entered (directors, teachers, parents, pupils …)',
    );
  return {
    wiersz: p.wiersz,
    cel,
    nazwa,
    klucz: nazwa === null ? null : normalizuj(nazwa),
    etykieta: nazwa ?? `wiersz ${p.wiersz}`,
    odpowiedzialny,
    poczatek,
    koniec,
    okres,
    budzet: p.kwota(HP.budzet),
    zrodlo: p.slownik(HP.zrodlo, ZRODLO),
    wskaznik,
    bazowa: baz === null ? null : skalowana(baz, SKALA_WSKAZNIKA),
    docelowa: doc === null ? null : skalowana(doc, SKALA_WSKAZNIKA),
    rekomendacje: czytajRekomendacje(p),
    konsultacje,
  };
}

/** `Rekomendacja`: one id or several separated by `;`, `,` or spaces */
function czytajRekomendacje(p: PolaWiersza): IdReguly[] {
  const t = p.tekst(HP.rekomendacja, { wymagana: false });
  if (t === null) return [];
  const ids: IdReguly[] = [];
  for (const cz of t.split(/[;,\s]+/).filter(Boolean)) {
    const id = ID_REGUL.find((r) => normalizuj(r) === normalizuj(cz));
    if (id) {
      if (!ids.includes(id)) ids.push(id);
    } else
      p.zglos(
        HP.rekomendacja,
        'ostrzeżenie',
        `„${cz}” nie jest identyfikatorem rekomendacji (${ID_REGUL.join(', ')})`,
        `"${cz}" is not a recommendation id (${ID_REGUL.join(', ')})`,
      );
  }
  return ids;
}
