/**
 * CS-R.3b voivode ← bodies (§19): the target is the voivodeship workbook with its frozen protocol, the
 * sources body reports. "Qualified" = the current decisions of the frozen state; `G` is always the
 * protocol's support; a school in two sources counts for neither; a qualified school in no accepted
 * source counts with Z = W = 0 and D = G (all of it `niewydane`).
 */
import type { Kontekst } from '../api';
import type { Grosze } from '../kwota';
import { kwotaEn, kwotaPl } from '../kwota';
import type { DataKalendarzowa, Program } from '../program/definicja';
import type { Wariant } from '../kwalifikacja/typy';
import { uwaga, type Uwaga } from '../uwagi';
import { porownajDaty } from '../komorki/daty';
import { czytajSprawozdanieOrganu, type SprawozdanieOrganu } from './czytajOrgan';
import { rodzajSprawozdania } from './rodzaj';
import { rozliczSzkole, type Kwoty } from './rozliczenie';
import { czytajSprawozdaniaSzkol, type ZadaniaSzkoly } from './czytajSprawozdaniaSzkol';
import { bladZrodla, uwagaZrodla, type OcenaZrodla, type ZrodloZbierania } from './zrodla';
import type { Umowa } from './umowy';
import { ARKUSZ_DOTACJI } from './schemat';
import { dolacz } from '../tablice/dolacz';
import { lista as ograniczona, MAKS_PLIKOW } from '../tekst/lista';
import { doGrupy } from '../tablice/grupy';

/** A qualified school of the frozen protocol. */
export interface SzkolaProtokolu {
  regon: string;
  wariant: Wariant;
  G: Grosze;
  /** index of its body in `Umowy dotacji` order */
  organ: number;
}

export interface SzkolaWojewody extends SzkolaProtokolu {
  /** the accepted source that counts for it, or null (`brak sprawozdania`) */
  plik: string | null;
  kwoty: Pick<Kwoty, 'G' | 'Z' | 'W' | 'D'>;
  zadania: ZadaniaSzkoly | null;
}

export interface OrganWojewody {
  umowa: Umowa;
  pliki: string[];
  data: DataKalendarzowa | null;
  /** latest `dotacja` line of its schools (CS-16.1) */
  ostatniWydatek: DataKalendarzowa | null;
  /** a source has a `Sprawozdania szkół` sheet */
  maZadania: boolean;
  szkoly: SzkolaWojewody[];
}

export interface WynikZbieraniaOrganow {
  zrodla: OcenaZrodla[];
  organy: OrganWojewody[];
  uwagi: Uwaga[];
}

interface Kandydat {
  zrodlo: number;
  plik: string;
  kwoty: Kwoty;
  zadania: ZadaniaSzkoly | null;
}

export function zbierzOrgany(
  umowy: readonly Umowa[],
  zakwalifikowane: ReadonlyMap<string, SzkolaProtokolu>,
  zrezygnowane: ReadonlySet<string>,
  zrodla: readonly ZrodloZbierania[],
  program: Program,
  postep?: Kontekst['postep'],
): WynikZbieraniaOrganow {
  const oceny: OcenaZrodla[] = [];
  const odczyty: Array<SprawozdanieOrganu | null> = [];
  const kandydaci = new Map<string, Kandydat[]>();
  zrodla.forEach((zr, i) => {
    postep?.(i / Math.max(1, zrodla.length), 'sprawozdania organów');
    const o: OcenaZrodla = { plik: zr.plik, status: 'nieprzyjęte', uwagi: [] };
    oceny.push(o);
    odczyty.push(null);
    const blad = (regula: string, pl: string, en: string): void => {
      o.uwagi.push(bladZrodla(zr.plik, regula, pl, en));
    };
    if (!zr.zeszyt)
      return blad('CS-R.3', zr.blad?.pl ?? 'nie można odczytać pliku', zr.blad?.en ?? 'cannot read the file');
    if (rodzajSprawozdania(zr.zeszyt) !== 'organu')
      return blad(
        'CS-R.3b',
        'to nie jest sprawozdanie organu prowadzącego (brak arkusza „Sprawozdanie organu”)',
        'this is not a running body\'s report (no "Sprawozdanie organu" sheet)',
      );
    const r = czytajSprawozdanieOrganu(zr.zeszyt, program);
    dolacz(
      o.uwagi,
      r.uwagi.map((u) => uwagaZrodla(zr.plik, u)),
    );
    if (!r.dane)
      return blad(
        'CS-R.3',
        'sprawozdanie zablokowane przez błędy — nieprzyjęte',
        'report blocked by errors — not accepted',
      );
    const s = r.dane;
    const zadania = czytajSprawozdaniaSzkol(zr.zeszyt);
    let ile = 0;
    for (const d of s.szkoly) {
      const p = zakwalifikowane.get(d.regon);
      if (!p) {
        if (zrezygnowane.has(d.regon))
          blad(
            'CS-R.3b',
            `szkoła ${d.regon}: szkoła zrezygnowała — jej wydatki nie są liczone`,
            `school ${d.regon}: the school resigned — its spending is not counted`,
          );
        else
          blad(
            'CS-R.3b',
            `szkoła ${d.regon} nie jest zakwalifikowana w protokole — nieliczona`,
            `school ${d.regon} is not qualified in the protocol — not counted`,
          );
        continue;
      }
      if (d.G !== p.G)
        blad(
          'CS-R.3b',
          `szkoła ${d.regon}: „Kwota dotacji” ${kwotaPl(d.G)} w sprawozdaniu, ${kwotaPl(p.G)} w protokole — liczy się ${kwotaPl(p.G)}`,
          `school ${d.regon}: grant ${kwotaEn(d.G)} in the report, ${kwotaEn(p.G)} in the protocol — ${kwotaEn(p.G)} counts`,
        );
      doGrupy(kandydaci, d.regon, {
        zrodlo: i,
        plik: zr.plik,
        kwoty: rozliczSzkole(p.G, s.uwzglednioneWgSzkoly.get(d.regon) ?? []),
        zadania: zadania?.get(d.regon) ?? null,
      });
      ile++;
    }
    if (ile === 0)
      return blad(
        'CS-R.3b',
        `żadna szkoła z arkusza „${ARKUSZ_DOTACJI}” nie jest zakwalifikowana w protokole — nieprzyjęte`,
        `no school of the "${ARKUSZ_DOTACJI}" sheet is qualified in the protocol — not accepted`,
      );
    odczyty[i] = s;
    o.status = 'przyjęte';
  });

  // one school in two sources → błąd on both, neither counts for it (a file listed twice is caught here)
  const liczace = new Map<string, Kandydat>();
  const uzyteZrodla = new Set<number>();
  for (const [regon, lista] of kandydaci) {
    if (lista.length === 1) {
      liczace.set(regon, lista[0]);
      uzyteZrodla.add(lista[0].zrodlo);
      continue;
    }
    const pliki = ograniczona(
      lista.map((k) => k.plik),
      MAKS_PLIKOW,
    );
    for (const k of lista)
      oceny[k.zrodlo].uwagi.push(
        bladZrodla(
          k.plik,
          'CS-R.3b',
          `szkoła ${regon} jest w kilku sprawozdaniach (${pliki}) — nie liczy się w żadnym`,
          `school ${regon} is in several reports (${pliki}) — counted in none`,
        ),
      );
  }
  oceny.forEach((o, i) => {
    if (o.status === 'przyjęte' && !uzyteZrodla.has(i)) {
      o.status = 'nieprzyjęte';
      odczyty[i] = null;
      o.uwagi.push(
        bladZrodla(
          o.plik,
          'CS-R.3b',
          'żadna szkoła tego sprawozdania nie jest liczona — nieprzyjęte',
          'no school of this report is counted — not accepted',
        ),
      );
    }
  });

  const organy: OrganWojewody[] = umowy.map((umowa) => ({
    umowa,
    pliki: [],
    data: null,
    ostatniWydatek: null,
    maZadania: false,
    szkoly: [],
  }));
  const uwagi: Uwaga[] = [];
  for (const o of oceny) dolacz(uwagi, o.uwagi);
  // per source, made on first use: a source with 40 000 schools is read once, not once per school
  const ostatnieWydatki = new Map<number, Map<string, DataKalendarzowa>>();
  for (const p of zakwalifikowane.values()) {
    const k = liczace.get(p.regon);
    const organ = organy[p.organ];
    if (!k)
      uwagi.push(
        uwaga(
          null,
          null,
          'ostrzeżenie',
          'CS-R.3b',
          `Szkoła ${p.regon} (${organ.umowa.organ}): brak sprawozdania — cała dotacja do zwrotu jako niewydana.`,
          `School ${p.regon} (${organ.umowa.organ}): no report — the whole grant is to be returned as not spent.`,
        ),
      );
    const kwoty = k ? k.kwoty : { G: p.G, Z: 0, W: 0, D: p.G };
    organ.szkoly.push({
      ...p,
      plik: k?.plik ?? null,
      kwoty: { G: kwoty.G, Z: kwoty.Z, W: kwoty.W, D: kwoty.D },
      zadania: k?.zadania ?? null,
    });
    if (!k) continue;
    const s = odczyty[k.zrodlo]!;
    if (!organ.pliki.includes(k.plik)) {
      organ.pliki.push(k.plik);
      uwagiOrganu(organ, s, k.plik, uwagi);
    }
    if (s.data && (!organ.data || porownajDaty(s.data, organ.data) > 0)) organ.data = s.data;
    organ.maZadania ||= k.zadania !== null;
    let wydatki = ostatnieWydatki.get(k.zrodlo);
    if (!wydatki) ostatnieWydatki.set(k.zrodlo, (wydatki = ostatniWydatekSzkol(s)));
    const ostatni = wydatki.get(p.regon);
    if (ostatni && (!organ.ostatniWydatek || porownajDaty(ostatni, organ.ostatniWydatek) > 0))
      organ.ostatniWydatek = ostatni;
  }
  return { zrodla: oceny, organy, uwagi };
}

/** CS-16.1 evidence: each school's latest `dotacja` line of a source, counted or not. */
function ostatniWydatekSzkol(s: SprawozdanieOrganu): Map<string, DataKalendarzowa> {
  const m = new Map<string, DataKalendarzowa>();
  for (const linie of [s.uwzglednione, s.nieuwzglednione])
    for (const l of linie) {
      if (l.zrodlo !== 'dotacja' || l.regon === null || !l.data) continue;
      const d = m.get(l.regon);
      if (!d || porownajDaty(l.data, d) > 0) m.set(l.regon, l.data);
    }
  return m;
}

/** A source's `TERYT organu` different from its body's (CS-R.3b) → ostrzeżenie. */
function uwagiOrganu(organ: OrganWojewody, s: SprawozdanieOrganu, plik: string, uwagi: Uwaga[]): void {
  const t = organ.umowa.teryt;
  if (t && s.teryt && s.teryt !== t)
    uwagi.push(
      uwaga(
        null,
        null,
        'ostrzeżenie',
        'CS-R.3b',
        `${plik}: TERYT organu ${s.teryt} w sprawozdaniu, ${t} w protokole (${organ.umowa.organ}).`,
        `${plik}: body TERYT ${s.teryt} in the report, ${t} in the protocol (${organ.umowa.organ}).`,
      ),
    );
}
