/**
 * JST-5 written sheet `Wskaźniki projektu`: indicator, kind, target, value, K, M, targets K/M, progress,
 * explanation; then the JST teams (distinct identifiers per TERYT) with their sizes.
 */
import type { ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { naglowek, tekst } from '../../zeszyt/formaty';
import { procent, sekcja, stan } from '../komorki';
import { TLO_KOLORU } from '../slowniki';
import { dataIso } from '../../komorki/daty';
import type { DataKalendarzowa } from '../../program/definicja';
import type { WskaznikiProjektu } from './wskaznikiProjektu';
import { lista } from '../../tekst/lista';

export const ARKUSZ_WSKAZNIKOW_PROJEKTU = 'Wskaźniki projektu';
export const NAGLOWKI_WSKAZNIKOW = [
  'Lp.',
  'Wskaźnik',
  'Rodzaj',
  'Cel',
  'Wartość',
  'K',
  'M',
  'Cel K',
  'Cel M',
  'Postęp (%)',
  'Postęp K (%)',
  'Postęp M (%)',
  'Objaśnienie',
];

const n = (v: number | null): ZapisKomorki => (v === null ? stan('—') : { v, fmt: '0' });

export function arkuszWskaznikow(w: WskaznikiProjektu, wierszy: number, dzis: DataKalendarzowa): ZapisArkusza {
  const wiersze: ZapisKomorki[][] = [NAGLOWKI_WSKAZNIKOW.map(naglowek)];
  w.wskazniki.forEach((x, i) =>
    wiersze.push([
      { v: i + 1 },
      tekst(x.cel.nazwa),
      tekst(x.cel.rodzaj),
      n(x.cel.cel),
      n(x.wartosc),
      n(x.k),
      n(x.m),
      n(x.cel.celK),
      n(x.cel.celM),
      procent(x.postep),
      x.postepK ? procent(x.postepK) : stan('—'),
      x.postepM ? procent(x.postepM) : stan('—'),
      tekst(x.objasnienie, { zawijaj: false }),
    ]),
  );
  wiersze.push(
    [],
    [
      stan(
        `Stan na ${dataIso(dzis)}; wierszy w „Uczestnicy”: ${wierszy}; osób (różne identyfikatory): ${w.osob}; JST (różne TERYT): ${w.zespoly.length}. K + M = ogółem sprawdzane dla każdego wskaźnika (JST-5).`,
      ),
    ],
  );
  wiersze.push([], [sekcja('Zespoły JST (JST-5: oczekiwane 3–4 osoby)')]);
  wiersze.push(['TERYT JST', 'JST', 'Osób', 'K', 'M', 'Zgodność', 'Identyfikatory'].map(naglowek));
  for (const z of w.zespoly)
    wiersze.push([
      tekst(z.teryt),
      tekst(z.jst ?? ''),
      n(z.osoby.length),
      n(z.k),
      n(z.m),
      z.niezgodny
        ? tekst(z.osoby.length < 3 ? 'za mały zespół' : 'za duży zespół', { tlo: TLO_KOLORU.bursztynowy })
        : tekst('3–4 osoby', { tlo: TLO_KOLORU.zielony }),
      tekst(
        lista(
          z.osoby.map((o) => o.id),
          50,
        ),
        { zawijaj: false },
      ),
    ]);
  return {
    nazwa: ARKUSZ_WSKAZNIKOW_PROJEKTU,
    wiersze,
    szerokosciKolumn: [10, 60, 10, 8, 9, 7, 7, 7, 7, 11, 11, 11, 80],
    zamrozenie: { wiersze: 1, kolumny: 0 },
  };
}
