/**
 * Written sheet `Rekomendacje` (JST-2): per recommendation, in the fixed rule order, the schools that
 * triggered it with the indicator value, the JST value beside it; rules triggered nowhere get one row.
 */
import type { ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { naglowek, tekst } from '../../zeszyt/formaty';
import { liczbaTekst } from '../../rational';
import { stan } from '../komorki';
import { TLO_KOLORU } from '../slowniki';
import type { Diagnoza } from './wskazniki';
import type { WynikReguly } from './rekomendacje';

export const ARKUSZ_REKOMENDACJI = 'Rekomendacje';
export const NAGLOWKI_REKOMENDACJI = [
  'Lp.',
  'Id',
  'Priorytet',
  'Rekomendacja',
  'Warunek',
  'Wynik',
  'Szkoła',
  'REGON szkoły',
  'Wskaźnik',
  'Wartość w szkole',
  'Wartość JST',
];

const TLO_PRIORYTETU = {
  wysoki: TLO_KOLORU.czerwony,
  średni: TLO_KOLORU.bursztynowy,
  niski: TLO_KOLORU.zielony,
} as const;

/** the condition text as shown (R-LACZE names the JST-1.3 standard in force) */
export function warunekReguly(g: WynikReguly, d: Diagnoza): string {
  return g.regula.id === 'R-LACZE'
    ? `${g.warunek} (standard ${liczbaTekst(d.parametry.standardMbps).replace(/,00$/, '')} Mb/s)`
    : g.warunek;
}

export function arkuszRekomendacji(wyniki: WynikReguly[], d: Diagnoza): ZapisArkusza {
  const wiersze: ZapisKomorki[][] = [NAGLOWKI_REKOMENDACJI.map(naglowek)];
  wyniki.forEach((g, i) => {
    const r = g.regula;
    const poczatek = (): ZapisKomorki[] => [
      { v: i + 1 },
      tekst(r.id, { pogrubienie: true }),
      tekst(r.priorytet, { tlo: TLO_PRIORYTETU[r.priorytet] }),
      tekst(r.tekst),
      tekst(warunekReguly(g, d)),
    ];
    for (const t of g.szkoly)
      wiersze.push([
        ...poczatek(),
        tekst('uruchomiona', { pogrubienie: true }),
        tekst(t.szkola.szkola.etykieta),
        tekst(t.szkola.szkola.regon ?? ''),
        tekst(g.wskaznik),
        tekst(t.wartosc),
        tekst(g.wartoscJst),
      ]);
    for (const t of g.nieocenione)
      wiersze.push([
        ...poczatek(),
        stan('nie oceniono — brak danych'),
        tekst(t.szkola.szkola.etykieta),
        tekst(t.szkola.szkola.regon ?? ''),
        tekst(g.wskaznik),
        tekst(t.wartosc),
        tekst(g.wartoscJst),
      ]);
    if (!g.szkoly.length && !g.nieocenione.length)
      wiersze.push([
        ...poczatek(),
        stan('nie uruchomiona'),
        stan('— żadna szkoła'),
        null,
        tekst(g.wskaznik),
        null,
        tekst(g.wartoscJst),
      ]);
  });
  return {
    nazwa: ARKUSZ_REKOMENDACJI,
    wiersze,
    szerokosciKolumn: [5, 18, 10, 50, 45, 16, 30, 14, 34, 24, 40],
    zamrozenie: { wiersze: 1, kolumny: 2 },
  };
}
