/**
 * JST-5 programme indicators with targets, progress and the women/men split — each person counted once
 * by identifier, each JST once by TERYT — and the team-size and consistency checks.
 */
import type { DataKalendarzowa } from '../../program/definicja';
import { dataIso, porownajDaty } from '../../komorki/daty';
import { uwaga, type Uwaga } from '../../uwagi';
import { ulamek, type Ulamek } from '../../rational';
import { ARKUSZ_UCZESTNIKOW, type Osoba } from './uczestnicy';
import { ZESPOL_JST, type CelWskaznika, type PlanProjektu } from './planProjektu';
import { lista } from '../../tekst/lista';
import { doGrupy } from '../../tablice/grupy';

export interface WartoscWskaznika {
  cel: CelWskaznika;
  wartosc: number;
  /** null for the JST indicator (no sex split) */
  k: number | null;
  m: number | null;
  postep: Ulamek;
  postepK: Ulamek | null;
  postepM: Ulamek | null;
  objasnienie: string;
}

export interface Zespol {
  teryt: string;
  jst: string | null;
  osoby: Osoba[];
  k: number;
  m: number;
  /** outside 3–4 people */
  niezgodny: boolean;
}

export interface WskaznikiProjektu {
  wskazniki: WartoscWskaznika[];
  zespoly: Zespol[];
  osob: number;
  uwagi: Uwaga[];
}

const udzial = (a: number, b: number): Ulamek => ulamek(BigInt(a), BigInt(b > 0 ? b : 1));

function policz(cel: CelWskaznika, osoby: readonly Osoba[], opis: string): WartoscWskaznika {
  const k = osoby.filter((o) => o.plec === 'K').length;
  const m = osoby.filter((o) => o.plec === 'M').length;
  return {
    cel,
    wartosc: osoby.length,
    k,
    m,
    postep: udzial(osoby.length, cel.cel),
    postepK: cel.celK === null ? null : udzial(k, cel.celK),
    postepM: cel.celM === null ? null : udzial(m, cel.celM),
    objasnienie: `${opis}: ${osoby.length} osób (K ${k}, M ${m}), każda policzona raz wg identyfikatora`,
  };
}

export function wskaznikiProjektu(
  osoby: readonly Osoba[],
  plan: PlanProjektu,
  dzis: DataKalendarzowa,
): WskaznikiProjektu {
  const uwagi: Uwaga[] = [];
  const wsparci = osoby.filter((o) => o.start !== null && porownajDaty(o.start, dzis) <= 0);
  const przyszli = osoby.filter((o) => o.start !== null && porownajDaty(o.start, dzis) > 0);
  if (przyszli.length)
    uwagi.push(
      uwaga(
        ARKUSZ_UCZESTNIKOW,
        null,
        'informacja',
        'JST-5',
        `Osoby z datą rozpoczęcia wsparcia po ${dataIso(dzis)} (${przyszli.length}) nie są jeszcze liczone jako objęte wsparciem.`,
        `${przyszli.length} person(s) start support after ${dataIso(dzis)} — not yet counted as supported.`,
      ),
    );
  // JST-5: raised competences without completing the training → error, not counted
  for (const o of osoby.filter((x) => x.kompetencje && !x.szkolenia))
    uwagi.push(
      uwaga(
        ARKUSZ_UCZESTNIKOW,
        o.adresKompetencji,
        'błąd',
        'JST-5',
        `Osoba ${o.id}: „Podniósł kompetencje” = TAK bez ukończenia szkoleń — nie liczona we wskaźniku rezultatu.`,
        `Person ${o.id}: "Podniósł kompetencje" = TAK without completing the training — not counted in the result indicator.`,
        { wiersz: Number(o.adresKompetencji.replace(/^[A-Z]+/, '')) },
      ),
    );
  const podniesli = wsparci.filter((o) => o.kompetencje && o.szkolenia);
  const terytDoradztwa = new Map<string, Osoba[]>();
  for (const o of osoby) if (o.doradztwo && o.teryt !== null) doGrupy(terytDoradztwa, o.teryt, o);

  const [c1, c2, c3] = plan.wskazniki;
  const wskazniki: WartoscWskaznika[] = [
    policz(c1, wsparci, `osoby z datą rozpoczęcia wsparcia ≤ ${dataIso(dzis)}`),
    policz(c2, podniesli, 'osoby objęte wsparciem, które ukończyły szkolenia i podniosły kompetencje'),
    {
      cel: c3,
      wartosc: terytDoradztwa.size,
      k: null,
      m: null,
      postep: udzial(terytDoradztwa.size, c3.cel),
      postepK: null,
      postepM: null,
      objasnienie: `JST (różne TERYT), dla których co najmniej jedna osoba ma „JST objęta doradztwem” = TAK: ${terytDoradztwa.size}`,
    },
  ];
  // JST-5: K + M = total everywhere
  for (const w of wskazniki) {
    if (w.k === null || w.m === null || w.k + w.m === w.wartosc) continue;
    const n = w.wartosc - w.k - w.m;
    uwagi.push(
      uwaga(
        ARKUSZ_UCZESTNIKOW,
        null,
        'błąd',
        'JST-5',
        `„${w.cel.nazwa}”: K ${w.k} + M ${w.m} ≠ ogółem ${w.wartosc} — osoby bez poprawnej płci: ${n}.`,
        `"${w.cel.nazwaEn}": K ${w.k} + M ${w.m} ≠ total ${w.wartosc} — ${n} person(s) without a valid sex.`,
      ),
    );
  }
  const zespoly = zespolyJst(osoby);
  for (const z of zespoly.filter((x) => x.niezgodny)) {
    const kto = `${z.jst ?? 'JST'} (TERYT ${z.teryt})`;
    uwagi.push(
      uwaga(
        ARKUSZ_UCZESTNIKOW,
        z.osoby[0].adresTeryt,
        'ostrzeżenie',
        'JST-5',
        `Zespół ${kto}: liczba osób ${z.osoby.length}, oczekiwane ${ZESPOL_JST.min}–${ZESPOL_JST.max} (${lista(
          z.osoby.map((o) => o.id),
          20,
        )}).`,
        `The team of ${kto} has ${z.osoby.length} person(s) (expected ${ZESPOL_JST.min}–${ZESPOL_JST.max}): ${lista(
          z.osoby.map((o) => o.id),
          20,
        )}.`,
        { wiersz: z.osoby[0].wiersze[0] },
      ),
    );
  }
  return { wskazniki, zespoly, osob: osoby.length, uwagi };
}

/** JST-5 teams: the distinct identifiers per TERYT JST (all roles), in order of first appearance */
export function zespolyJst(osoby: readonly Osoba[]): Zespol[] {
  const wg = new Map<string, Osoba[]>();
  for (const o of osoby) if (o.teryt !== null) doGrupy(wg, o.teryt, o);
  return [...wg.entries()].map(([teryt, os]) => ({
    teryt,
    jst: os.find((o) => o.jst !== null)?.jst ?? null,
    osoby: os,
    k: os.filter((o) => o.plec === 'K').length,
    m: os.filter((o) => o.plec === 'M').length,
    niezgodny: os.length < ZESPOL_JST.min || os.length > ZESPOL_JST.max,
  }));
}
