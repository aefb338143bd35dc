/** JST-3 written sheet `Harmonogram`: months as columns, one bar per action drawn by cell fill. */
import type { ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { naglowek, tekst, zl } from '../../zeszyt/formaty';
import { dataIso } from '../../komorki/daty';
import { uwaga, type Uwaga } from '../../uwagi';
import {
  indeksMiesiaca,
  miesiacDaty,
  miesiacIso,
  miesiace,
  miesiacWOkresie,
  zIndeksu,
  type Miesiac,
} from '../kalendarz';
import { stan } from '../komorki';
import type { Dzialanie } from './plan';
import { lista } from '../../tekst/lista';

export const ARKUSZ_HARMONOGRAMU = 'Harmonogram';
/** longest schedule drawn (10 years) */
export const MAKS_MIESIECY = 120;
/** bar fills, one per goal (`Cel`) in order of first appearance */
export const PALETA = [
  '5B9BD5',
  'ED7D31',
  '70AD47',
  'FFC000',
  '4472C4',
  'A5A5A5',
  '9E480E',
  '264478',
  '43682B',
  '7030A0',
];

const STALE = ['Lp.', 'Cel', 'Działanie', 'Odpowiedzialny', 'Początek', 'Koniec', 'Budżet (zł)'];

export function zakresMiesiecy(dzialania: readonly Dzialanie[]): Miesiac[] {
  const okresy = dzialania.map((d) => d.okres).filter((o): o is NonNullable<Dzialanie['okres']> => o !== null);
  if (!okresy.length) return [];
  const od = Math.min(...okresy.map((o) => indeksMiesiaca(miesiacDaty(o.od))));
  const doM = Math.max(...okresy.map((o) => indeksMiesiaca(miesiacDaty(o.do))));
  return miesiace(zIndeksu(od), zIndeksu(doM));
}

export function arkuszHarmonogramu(dzialania: readonly Dzialanie[], uwagi: Uwaga[]): ZapisArkusza {
  let mies = zakresMiesiecy(dzialania);
  if (mies.length > MAKS_MIESIECY) {
    uwagi.push(
      uwaga(
        ARKUSZ_HARMONOGRAMU,
        null,
        'informacja',
        'JST-3',
        `Plan obejmuje ${mies.length} miesięcy; harmonogram pokazuje pierwsze ${MAKS_MIESIECY}.`,
        `The plan spans ${mies.length} months; the schedule shows the first ${MAKS_MIESIECY}.`,
      ),
    );
    mies = mies.slice(0, MAKS_MIESIECY);
  }
  const kolory = new Map<string, string>();
  const kolorCelu = (c: string | null) => {
    const k = c ?? '';
    if (!kolory.has(k)) kolory.set(k, PALETA[kolory.size % PALETA.length]);
    return kolory.get(k)!;
  };
  const wiersze: ZapisKomorki[][] = [[...STALE, ...mies.map(miesiacIso)].map(naglowek)];
  const pominiete: string[] = [];
  dzialania.forEach((d, i) => {
    const o = d.okres;
    if (!o) {
      pominiete.push(`${d.etykieta} (wiersz ${d.wiersz})`);
      return;
    }
    const tlo = kolorCelu(d.cel);
    wiersze.push([
      { v: i + 1 },
      tekst(d.cel ?? ''),
      tekst(d.etykieta),
      tekst(d.odpowiedzialny ?? ''),
      tekst(dataIso(o.od)),
      tekst(dataIso(o.do)),
      zl(d.budzet),
      ...mies.map((m): ZapisKomorki => (miesiacWOkresie(m, o.od, o.do) ? { v: '', fmt: '@', tlo } : null)),
    ]);
  });
  if (pominiete.length)
    wiersze.push([], [stan(`Bez paska (brak poprawnych dat Początek/Koniec): ${lista(pominiete, 30, '; ')}.`)]);
  return {
    nazwa: ARKUSZ_HARMONOGRAMU,
    wiersze,
    szerokosciKolumn: [5, 28, 40, 20, 11, 11, 14, ...mies.map(() => 8)],
    zamrozenie: { wiersze: 1, kolumny: 3 },
    wydruk: { orientacja: 'pozioma', powtarzaneWiersze: [1, 1], dopasujDoSzerokosci: true },
  };
}
