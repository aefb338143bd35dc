/** Written sheet `Objaśnienia diagnozy`: every JST-1 figure with its rule id, formula and inputs. */
import type { ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { naglowek, tekst } from '../../zeszyt/formaty';
import { DEFINICJE, type Diagnoza, type Objasnienie } from './wskazniki';

export const ARKUSZ_OBJASNIEN = 'Objaśnienia diagnozy';

const wiersz = (kto: string, nazwa: string, o: Objasnienie): ZapisKomorki[] => [
  tekst(kto),
  tekst(o.regula),
  tekst(nazwa),
  tekst(o.wynik),
  tekst(o.wzor),
  tekst(o.dane),
];

export function arkuszObjasnien(d: Diagnoza): ZapisArkusza {
  const wiersze: ZapisKomorki[][] = [
    ['Szkoła', 'Reguła', 'Wskaźnik', 'Wartość', 'Wzór', 'Dane wejściowe'].map(naglowek),
  ];
  for (const r of d.szkoly) {
    for (const def of DEFINICJE) wiersze.push(wiersz(r.szkola.etykieta, def.nazwa, r.w[def.klucz].objasnienie));
    wiersze.push(wiersz(r.szkola.etykieta, 'Status wykluczenia cyfrowego', r.statusObjasnienie));
  }
  for (const def of DEFINICJE) wiersze.push(wiersz('Razem JST', def.nazwa, d.jst.w[def.klucz].objasnienie));
  return {
    nazwa: ARKUSZ_OBJASNIEN,
    wiersze,
    szerokosciKolumn: [30, 9, 40, 16, 50, 90],
    zamrozenie: { wiersze: 1, kolumny: 0 },
  };
}
