/**
 * CS-R.3a body ← schools: the target is a body's report (`sprawozdanie-organu`), the sources school
 * reports. Each source is read and evaluated alone; matched to `Dotacje` by REGON (WB-1.6); the
 * `Dotacje` variant and pupils count. Writes `Sprawozdania szkół` and `Terminy` (CS-16.1, CS-17.1).
 */
import type { ZapisArkusza, ZapisKomorki } from '../zeszyt/model';
import { liczba, naglowek, tekst } from '../zeszyt/formaty';
import { dataIso, porownajDaty } from '../komorki/daty';
import { uwaga, type Uwaga } from '../uwagi';
import type { DataKalendarzowa, Program } from '../program/definicja';
import { wielkoscSzkoly } from '../program/reguly';
import type { SprawozdanieOrganu } from './czytajOrgan';
import { czytajSprawozdanieSzkoly, type SprawozdanieSzkoly } from './czytajSzkole';
import { ocenZadania, type OcenaSzkoly } from './zadania';
import { rodzajSprawozdania } from './rodzaj';
import { bladZrodla, uwagaZrodla, type OcenaZrodla, type ZrodloZbierania } from './zrodla';
import type { Termin } from './terminy';
import { ARKUSZ_DOTACJI, ARKUSZ_SPRAWOZDAN_SZKOL, BRAK_SPRAWOZDANIA_SZKOLY } from './schemat';
import { dolacz } from '../tablice/dolacz';
import { lista as ograniczona, MAKS_PLIKOW } from '../tekst/lista';
import { doGrupy } from '../tablice/grupy';

export const ZADANIA = ['Z1', 'Z2', 'Z3', 'Z4', 'Z5', 'Z6', 'Z7', 'Z8', 'Z9'] as const;
export const NAGLOWKI_SPRAWOZDAN = [
  'REGON szkoły',
  'Nazwa szkoły',
  'Wariant',
  'Plik',
  'Data sprawozdania',
  ...ZADANIA,
  'W1',
  'Spełnione',
  'Zadań',
] as const;

interface Przyjete {
  plik: string;
  s: SprawozdanieSzkoly;
  ocena: OcenaSzkoly;
}

export interface WynikZbieraniaSzkol {
  zrodla: OcenaZrodla[];
  /** per `Dotacje` school, its accepted report or null */
  szkoly: Array<{ regon: string; nazwa: string; wariant: string | null; raport: Przyjete | null }>;
  uwagi: Uwaga[];
  terminy: Termin[];
}

export function zbierzSzkoly(
  organ: SprawozdanieOrganu,
  zrodla: readonly ZrodloZbierania[],
  program: Program,
  postep?: (u: number) => void,
): WynikZbieraniaSzkol {
  const oceny: OcenaZrodla[] = [];
  const kandydaci = new Map<string, Array<{ ocena: OcenaZrodla; p: Przyjete }>>();
  const dotacje = new Map(organ.szkoly.map((s) => [s.regon, s]));
  zrodla.forEach((zr, i) => {
    postep?.(i / Math.max(1, zrodla.length));
    const o: OcenaZrodla = { plik: zr.plik, status: 'nieprzyjęte', uwagi: [] };
    oceny.push(o);
    if (!zr.zeszyt) {
      o.uwagi.push(
        bladZrodla(zr.plik, 'CS-R.3', zr.blad?.pl ?? 'nie można odczytać pliku', zr.blad?.en ?? 'cannot read the file'),
      );
      return;
    }
    if (rodzajSprawozdania(zr.zeszyt) !== 'szkoły') {
      o.uwagi.push(
        bladZrodla(
          zr.plik,
          'CS-R.3a',
          'to nie jest sprawozdanie szkoły (brak arkusza „Sprawozdanie szkoły”)',
          'this is not a school report (no "Sprawozdanie szkoły" sheet)',
        ),
      );
      return;
    }
    const r = czytajSprawozdanieSzkoly(zr.zeszyt, program);
    dolacz(
      o.uwagi,
      r.uwagi.map((u) => uwagaZrodla(zr.plik, u)),
    );
    if (!r.dane) {
      o.uwagi.push(
        bladZrodla(
          zr.plik,
          'CS-R.3',
          'sprawozdanie zablokowane przez błędy — nieprzyjęte',
          'report blocked by errors — not accepted',
        ),
      );
      return;
    }
    const s = r.dane;
    const d = dotacje.get(s.regon);
    if (!d) {
      o.uwagi.push(
        bladZrodla(
          zr.plik,
          'CS-R.3a',
          `szkoły ${s.regon} nie ma w arkuszu „${ARKUSZ_DOTACJI}”; nieprzyjęte`,
          `school ${s.regon} is not in the "${ARKUSZ_DOTACJI}" sheet; not accepted`,
        ),
      );
      return;
    }
    // the `Dotacje` values count (CS-R.3a)
    const wariant = d.wariant ?? s.wariant;
    if (d.wariant && d.wariant !== s.wariant)
      o.uwagi.push(
        bladZrodla(
          zr.plik,
          'CS-R.3a',
          `Wariant ${s.wariant} w sprawozdaniu, ${d.wariant} w „${ARKUSZ_DOTACJI}” — liczy się ${d.wariant}`,
          `variant ${s.wariant} in the report, ${d.wariant} in "${ARKUSZ_DOTACJI}" — ${d.wariant} counts`,
        ),
      );
    const uczniowie = d.uczniowie ?? s.uczniowie;
    if (d.uczniowie !== null && d.uczniowie !== s.uczniowie)
      o.uwagi.push(
        bladZrodla(
          zr.plik,
          'CS-R.3a',
          `liczba uczniów ${s.uczniowie} w sprawozdaniu, ${d.uczniowie} w „${ARKUSZ_DOTACJI}” — liczy się ${d.uczniowie}`,
          `pupils ${s.uczniowie} in the report, ${d.uczniowie} in "${ARKUSZ_DOTACJI}" — ${d.uczniowie} counts`,
        ),
      );
    const wielkosc = wielkoscSzkoly(uczniowie, program) ?? s.wielkosc;
    const p: Przyjete = { plik: zr.plik, s, ocena: ocenZadania(s.wartosci, wielkosc, wariant) };
    o.status = 'przyjęte';
    doGrupy(kandydaci, s.regon, { ocena: o, p });
  });

  const uwagi: Uwaga[] = [];
  const przyjete = new Map<string, Przyjete>();
  for (const [regon, lista] of kandydaci) {
    if (lista.length === 1) {
      przyjete.set(regon, lista[0].p);
      continue;
    }
    const pliki = ograniczona(
      lista.map((l) => l.p.plik),
      MAKS_PLIKOW,
    );
    for (const l of lista) {
      l.ocena.status = 'nieprzyjęte';
      l.ocena.uwagi.push(
        bladZrodla(
          l.p.plik,
          'CS-R.3a',
          `szkoła ${regon} ma kilka sprawozdań (${pliki}) — żadne nie jest przyjęte`,
          `school ${regon} has several reports (${pliki}) — none is accepted`,
        ),
      );
    }
  }
  for (const o of oceny) dolacz(uwagi, o.uwagi);
  const szkoly = organ.szkoly.map((d) => {
    const raport = przyjete.get(d.regon) ?? null;
    if (!raport)
      uwagi.push(
        uwaga(
          ARKUSZ_DOTACJI,
          d.adres,
          'ostrzeżenie',
          'CS-R.3a',
          `Szkoła ${d.regon} (${d.nazwa}): ${BRAK_SPRAWOZDANIA_SZKOLY}.`,
          `School ${d.regon} (${d.nazwa}): no school report.`,
        ),
      );
    return { regon: d.regon, nazwa: d.nazwa, wariant: d.wariant, raport };
  });
  return { zrodla: oceny, szkoly, uwagi, terminy: terminySzkol(organ, szkoly, program) };
}

/** CS-R.4 for a body target: CS-16.1 per school (its latest grant line), CS-17.1 per school report. */
function terminySzkol(organ: SprawozdanieOrganu, szkoly: WynikZbieraniaSzkol['szkoly'], program: Program): Termin[] {
  const ostatnia = new Map<string, DataKalendarzowa>();
  const linie = [...organ.uwzglednione, ...organ.nieuwzglednione];
  for (const l of linie) {
    if (l.zrodlo !== 'dotacja' || !l.regon || !l.data) continue;
    const p = ostatnia.get(l.regon);
    if (!p || porownajDaty(l.data, p) > 0) ostatnia.set(l.regon, l.data);
  }
  return [
    {
      regula: 'CS-16.1',
      krok: 'wykorzystanie dotacji (wydatki z dotacji)',
      termin: program.terminy.wydatkowanieDotacji,
      pozycje: szkoly.map((s) => ({ nazwa: s.regon, obecna: true, data: ostatnia.get(s.regon) ?? null })),
    },
    {
      regula: 'CS-17.1',
      krok: 'sprawozdania szkół dla organu prowadzącego',
      termin: program.terminy.sprawozdanieSzkoly,
      pozycje: szkoly.map((s) => ({ nazwa: s.regon, obecna: !!s.raport, data: s.raport?.s.data ?? null })),
    },
  ];
}

export type WierszSprawozdan = Record<(typeof NAGLOWKI_SPRAWOZDAN)[number], string | number | null>;

export function wierszeSprawozdan(w: WynikZbieraniaSzkol): { wiersze: WierszSprawozdan[]; razem: WierszSprawozdan } {
  const wiersze = w.szkoly.map((s) => {
    const r = s.raport;
    const zad = Object.fromEntries(ZADANIA.map((id, i) => [id, r ? r.ocena.zadania[i].spelnione : null])) as Record<
      (typeof ZADANIA)[number],
      string | null
    >;
    return {
      'REGON szkoły': s.regon,
      'Nazwa szkoły': s.nazwa,
      Wariant: s.wariant,
      Plik: r ? r.plik : BRAK_SPRAWOZDANIA_SZKOLY,
      'Data sprawozdania': r?.s.data ? dataIso(r.s.data) : null,
      ...zad,
      W1: r?.ocena.wypozyczanie?.spelnione ?? null,
      Spełnione: r ? r.ocena.spelnione : null,
      Zadań: r ? r.ocena.liczbaZadan : null,
    };
  });
  const zgloszone = w.szkoly.filter((s) => s.raport);
  const ile = (id: string) => wiersze.filter((x) => x[id as keyof WierszSprawozdan] === 'TAK').length;
  const razem = {
    'REGON szkoły': 'Razem',
    'Nazwa szkoły': `sprawozdania: ${zgloszone.length} z ${w.szkoly.length}`,
    Wariant: null,
    Plik: null,
    'Data sprawozdania': null,
    ...(Object.fromEntries(ZADANIA.map((id) => [id, ile(id)])) as Record<(typeof ZADANIA)[number], number>),
    W1: ile('W1'),
    Spełnione: zgloszone.reduce((s, x) => s + x.raport!.ocena.spelnione, 0),
    Zadań: zgloszone.length * 9,
  };
  return { wiersze, razem };
}

const komorka = (v: string | number | null): ZapisKomorki =>
  v === null ? null : typeof v === 'number' ? liczba(v) : tekst(v);

export function arkuszSprawozdanSzkol(w: WynikZbieraniaSzkol): ZapisArkusza {
  const { wiersze, razem } = wierszeSprawozdan(w);
  return {
    nazwa: ARKUSZ_SPRAWOZDAN_SZKOL,
    wiersze: [
      NAGLOWKI_SPRAWOZDAN.map(naglowek),
      ...wiersze.map((r) => NAGLOWKI_SPRAWOZDAN.map((h) => komorka(r[h]))),
      NAGLOWKI_SPRAWOZDAN.map((h) => komorka(razem[h])),
    ],
    szerokosciKolumn: [16, 34, 9, 30, 14, ...ZADANIA.map(() => 8), 8, 11, 8],
    zamrozenie: { wiersze: 1, kolumny: 2 },
    wydruk: { orientacja: 'pozioma', powtarzaneWiersze: [1, 1], dopasujDoSzerokosci: true },
  };
}
