/**
 * Reports example (CS-R.1 … CS-R.4): a body's report of 12 schools (`Dotacje`, `Wydatki`) and the
 * school reports it gathers, each deliberate mistake listed for examples/README.md. Deterministic.
 */
import {
  type ZapisArkusza,
  type ZapisKomorki,
  data,
  liczba,
  tekst,
  zl,
  cyfraKontrolnaRegon,
  ES,
  EO,
  szablonSprawozdaniaOrganu,
  przykladSzkolyS8,
  wierszWydatku,
} from '../core';
import type { OczekiwanaUwaga } from './model';

export const KATALOG_SPRAWOZDAN = 'sprawozdania';
export const PLIK_ORGANU = 'sprawozdanie-organu-gmina-przykladowo.xlsx';

const regon = (i: number) => {
  const p = `146${String(2000 + i).padStart(5, '0')}`;
  return p + cyfraKontrolnaRegon(p);
};
const UCZNIOWIE = [80, 150, 250, 320, 95, 60, 210, 130, 400, 75, 180, 90];
const LIMIT = (u: number) => (u <= 100 ? 9_000_000 : u <= 300 ? 14_000_000 : 20_000_000);
const wariant = (i: number) => (i % 3 === 0 ? 'II' : 'I');

export interface PrzykladSprawozdan {
  organ: ZapisArkusza[];
  szkoly: Array<{ plik: string; arkusze: ZapisArkusza[]; opis: string; status: 'przyjęte' | 'nieprzyjęte' }>;
  /** the findings `sprawozdanie` gives on the body's report */
  oczekiwane: OczekiwanaUwaga[];
}

/** WB-2.0: the templates' title block (title, instruction, blank row) above the header or the first label */
const TYTUL = 3;

export function przykladSprawozdan(): PrzykladSprawozdan {
  const wydatki: ZapisKomorki[][] = [];
  const oczekiwane: OczekiwanaUwaga[] = [];
  const wiersz = () => wydatki.length + TYTUL + 2; // Excel row of the next line (header below the title block)
  const uwaga = (kol: string, waga: OczekiwanaUwaga['waga'], regula: string, opis: string, arkusz = 'Wydatki') =>
    oczekiwane.push({ arkusz, komorka: kol ? `${kol}${wiersz()}` : null, waga, regula, opis });

  UCZNIOWIE.forEach((u, i) => {
    const G = LIMIT(u);
    const r = regon(i);
    const laptopy = Math.floor((G * 0.7) / 250_000);
    wydatki.push(
      wierszWydatku(r, 1, 'komputer przenośny dla ucznia', laptopy, 250_000, 'dotacja', 'NIE', `2012-09-${10 + i}`),
    );
    if (i === 2) {
      uwaga('F', 'błąd', 'CS-R.2a', 'Wartość 8 500,00 ≠ 1 × 8 000,00');
      wydatki.push(wierszWydatku(r, 7, 'tablica interaktywna', 1, 800_000, 'dotacja', 'NIE', '2012-10-01', 850_000));
    } else if (i === 3) {
      uwaga('I', 'błąd', 'CS-16.1', 'wydatek z dotacji z 2013-01-10 (po 31.12.2012)');
      wydatki.push(wierszWydatku(r, 8, 'projektor', 2, 300_000, 'dotacja', 'NIE', '2013-01-10'));
    } else if (i === 4) {
      uwaga('B', 'błąd', 'CS-A1', 'pkt katalogu 25 — spoza katalogu');
      wydatki.push(wierszWydatku(r, 25, 'drukarka 3D', 1, 500_000, 'dotacja', 'NIE', '2012-10-05'));
    } else if (i === 5) {
      // CS-4.4: point 7 is an investment, S_7 16 000,00 > W_7 4 000,00 → 12 000,00 over 50 %
      wydatki.push(wierszWydatku(r, 7, 'tablica interaktywna', 2, 800_000, 'dotacja', 'TAK', '2012-10-02'));
      wydatki.push(wierszWydatku(r, 7, 'montaż tablicy', 1, 400_000, 'wkład własny', 'TAK', '2012-10-02'));
    } else if (i === 7) {
      uwaga('', 'ostrzeżenie', 'CS-R.2b', 'pkt 7 oznaczony raz jako inwestycja, raz nie (mieszane oznaczenia)');
      wydatki.push(wierszWydatku(r, 7, 'tablica interaktywna', 1, 800_000, 'dotacja', 'TAK', '2012-10-03'));
      wydatki.push(wierszWydatku(r, 7, 'tablica interaktywna', 1, 800_000, 'dotacja', 'NIE', '2012-10-03'));
      wydatki.push(wierszWydatku(r, 7, 'tablica interaktywna', 2, 800_000, 'wkład własny', 'TAK', '2012-10-03'));
    } else if (i === 8) {
      oczekiwane.push({
        arkusz: 'Dotacje',
        komorka: `A${i + TYTUL + 2}`,
        waga: 'ostrzeżenie',
        regula: 'CS-R.2b',
        opis: 'wydatki z dotacji 206 000,00 > dotacja 200 000,00',
      });
      wydatki.push(wierszWydatku(r, 8, 'projektory', 22, 300_000, 'dotacja', 'NIE', '2012-10-04'));
    } else wydatki.push(wierszWydatku(r, 8, 'projektor', 2, 300_000, 'dotacja', 'NIE', '2012-10-01'));
    // own contribution: a quarter of G, except school 6 (5 % → CS-4.3 cut)
    const wklad = i === 6 ? Math.round(G / 20) : Math.ceil(G / 4 / 100) * 100;
    wydatki.push(wierszWydatku(r, 3, 'szafka do ładowania', 1, wklad, 'wkład własny', 'NIE', '2012-08-20'));
  });
  uwaga('A', 'błąd', 'CS-R.2a', `REGON ${regon(99)} — szkoły nie ma w arkuszu Dotacje`);
  wydatki.push(
    wierszWydatku(regon(99), 1, 'komputer przenośny dla ucznia', 2, 250_000, 'dotacja', 'NIE', '2012-09-01'),
  );
  oczekiwane.push({
    arkusz: 'Sprawozdanie organu',
    komorka: `B${TYTUL + 9}`,
    waga: 'ostrzeżenie',
    regula: 'CS-R.2',
    opis: '„Problemy i bariery” puste (§18 pkt 4)',
  });

  const organ = szablonSprawozdaniaOrganu({
    etykiety: {
      [EO.organ]: tekst('Gmina Przykładowo'),
      [EO.teryt]: tekst('1465011'),
      [EO.wojewodztwo]: tekst('mazowieckie'),
      [EO.data]: data('2013-06-27'),
      [EO.ocena]: tekst('Większość szkół wykonała zadania §7; braki w sieciach współpracy.'),
      [EO.wplyw]: tekst('Nauczyciele częściej prowadzą lekcje z TIK; uczniowie chętniej pracują w projektach.'),
      [EO.efektyI]: tekst('Lekcje z komputerami w szkole, tablice w każdej sali klas IV–VI.'),
      [EO.efektyII]: tekst('Uczniowie klasy IV korzystają z komputerów w domu.'),
    },
    dotacje: UCZNIOWIE.map((u, i) => [
      tekst(regon(i)),
      tekst(`Szkoła Podstawowa nr ${i + 1} w Przykładowie`),
      tekst(wariant(i)),
      liczba(u),
      zl(LIMIT(u)),
    ]),
    wydatki,
  });

  const szkola = (i: number, zmiany: Record<string, ZapisKomorki> = {}) =>
    przykladSzkolyS8({
      [ES.nazwa]: tekst(`Szkoła Podstawowa nr ${i + 1} w Przykładowie`),
      [ES.regon]: tekst(regon(i)),
      [ES.uczniowie]: liczba(UCZNIOWIE[i]),
      [ES.wariant]: tekst(wariant(i)),
      [ES.data]: data(`2013-06-0${1 + (i % 9)}`),
      [ES.spotkania]: liczba(3 + (i % 2)),
      [ES.lekcje]: liczba(2 + (i % 5)),
      ...zmiany,
    });
  const plik = (i: number, s = '') => `szkola-${String(i + 1).padStart(2, '0')}${s}.xlsx`;
  const szkoly: PrzykladSprawozdan['szkoly'] = [];
  for (let i = 0; i < 11; i++) {
    if (i === 1)
      szkoly.push({
        plik: plik(i),
        arkusze: szkola(i, { [ES.data]: data('2013-06-14') }),
        opis: 'data sprawozdania 2013-06-14 — po terminie (CS-17.1, ostrzeżenie)',
        status: 'przyjęte',
      });
    else if (i === 2)
      szkoly.push({
        plik: plik(i),
        arkusze: szkola(i, { [ES.wariant]: tekst('II') }),
        opis: 'wariant II w sprawozdaniu, I w „Dotacje” — liczy się I (CS-R.3a, błąd)',
        status: 'przyjęte',
      });
    else if (i === 3)
      szkoly.push({
        plik: plik(i),
        arkusze: szkola(i, { [ES.szkolenieTechniczne]: tekst('NIE') }),
        opis: 'szkolenie techniczne NIE (CS-6.3, ostrzeżenie)',
        status: 'przyjęte',
      });
    else if (i === 4) {
      szkoly.push({
        plik: plik(i),
        arkusze: szkola(i),
        opis: 'to samo sprawozdanie dwa razy — oba nieprzyjęte, szkoła bez sprawozdania (CS-R.3a)',
        status: 'nieprzyjęte',
      });
      szkoly.push({ plik: plik(i, '-kopia'), arkusze: szkola(i), opis: 'kopia szkola-05.xlsx', status: 'nieprzyjęte' });
    } else if (i === 9)
      szkoly.push({
        plik: plik(i),
        arkusze: szkola(i, { [ES.regon]: tekst(regon(i).slice(0, 8) + ((Number(regon(i)[8]) + 1) % 10)) }),
        opis: 'REGON z błędną cyfrą kontrolną — sprawozdanie zablokowane, nieprzyjęte (CS-10.4)',
        status: 'nieprzyjęte',
      });
    else szkoly.push({ plik: plik(i), arkusze: szkola(i), opis: 'poprawne', status: 'przyjęte' });
  }
  return { organ, szkoly, oczekiwane };
}

/** README table of the school report files and what `zbierz` does with each. */
export function tabelaSprawozdanSzkol(p: PrzykladSprawozdan): string {
  return [
    '| Plik | Co jest w nim nietypowe | Status w `zbierz` |',
    '|---|---|---|',
    ...p.szkoly.map((s) => `| \`${KATALOG_SPRAWOZDAN}/${s.plik}\` | ${s.opis} | ${s.status} |`),
    `| (brak pliku) | szkoła nr 12 (REGON ${regon(11)}) nie złożyła sprawozdania — \`brak sprawozdania szkoły\` (ostrzeżenie) | — |`,
  ].join('\n');
}
