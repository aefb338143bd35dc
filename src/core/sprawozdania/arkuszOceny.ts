/** CS-R.1 owned sheet `Ocena realizacji zadań` and the `sprawozdanie --json` object of a school report. */
import type { ZapisArkusza } from '../zeszyt/model';
import { naglowek, tekst } from '../zeszyt/formaty';
import type { Jezyk } from '../uwagi';
import type { OcenaSzkoly, OcenaZadania } from './zadania';
import type { SprawozdanieSzkoly } from './czytajSzkole';
import { ARKUSZ_OCENY_ZADAN, NAGLOWKI_OCENY } from './schemat';

const ZIELONY = 'C6EFCE';
const CZERWONY = 'FFC7CE';
const SZARY = 'EDEDED';

const tloSpelnienia = (s: OcenaZadania['spelnione']) => (s === 'TAK' ? ZIELONY : s === 'NIE' ? CZERWONY : SZARY);

function wiersz(z: OcenaZadania) {
  return [
    tekst(`${z.id} — ${z.opis}`),
    tekst(z.regula),
    tekst(z.wymagane === null ? 'brak danych' : z.wymagane.replace('.', ',')),
    tekst(z.osiagniete === null ? 'brak danych' : z.osiagniete.replace('.', ',')),
    tekst(z.spelnione, { tlo: tloSpelnienia(z.spelnione) }),
  ];
}

export function liniaPodsumowania(o: OcenaSzkoly, jezyk: Jezyk): string {
  return jezyk === 'en'
    ? `§7 tasks met: ${o.spelnione} of ${o.liczbaZadan}`
    : `Zadania §7 spełnione: ${o.spelnione} z ${o.liczbaZadan}`;
}

export function arkuszOceny(s: SprawozdanieSzkoly, o: OcenaSzkoly): ZapisArkusza {
  const wiersze = [
    [tekst(`${s.nazwa ?? ''} (REGON ${s.regon}) — wariant ${s.wariant}, szkoła ${s.wielkosc}`, { pogrubienie: true })],
    [
      tekst(
        'Zadania §7 ust. 1 (CS-7.1) do wykonania do 31 maja 2013 r. (CS-7.2); wynik, nie ocena: niespełnione zadanie nie jest uwagą.',
      ),
    ],
    NAGLOWKI_OCENY.map(naglowek),
    ...o.zadania.map(wiersz),
    [tekst(liniaPodsumowania(o, 'pl'), { pogrubienie: true }), null, null, null, tekst(String(o.spelnione))],
  ];
  if (o.wypozyczanie)
    wiersze.push([], [tekst('§8 ust. 2 (nie jest zadaniem §7):', { pogrubienie: true })], wiersz(o.wypozyczanie));
  return {
    nazwa: ARKUSZ_OCENY_ZADAN,
    wiersze,
    szerokosciKolumn: [62, 12, 22, 26, 14],
    zamrozenie: { wiersze: 3, kolumny: 0 },
    wydruk: { orientacja: 'pionowa', dopasujDoSzerokosci: true },
  };
}

export interface SzkolaJson {
  zadania: Array<{ id: string; wymagane: string | null; osiagniete: string | null; spelnione: string }>;
  spelnione: number;
  liczbaZadan: number;
  wypozyczanie: string | null;
}

export function szkolaJson(o: OcenaSzkoly): SzkolaJson {
  return {
    zadania: o.zadania.map((z) => ({
      id: z.id,
      wymagane: z.wymagane,
      osiagniete: z.osiagniete,
      spelnione: z.spelnione,
    })),
    spelnione: o.spelnione,
    liczbaZadan: o.liczbaZadan,
    wypozyczanie: o.wypozyczanie ? o.wypozyczanie.spelnione : null,
  };
}
