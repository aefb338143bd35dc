/** JST-3 written sheet `Budżet planu`: year × source, then each action's split by year (in grosze). */
import type { ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { naglowek, tekst, zl } from '../../zeszyt/formaty';
import { dataIso } from '../../komorki/daty';
import { pogrub, sekcja, stan } from '../komorki';
import { ZRODLA } from '../slowniki';
import type { BudzetPlanu } from './budzetPlanu';
import { lista } from '../../tekst/lista';

/** years named in an action's `Dni w latach` cell; the rest `… (+N)` (WB-1.9: a cell holds 32 767 characters) */
const MAKS_LAT = 100;

export const ARKUSZ_BUDZETU_PLANU = 'Budżet planu';

export function arkuszBudzetuPlanu(b: BudzetPlanu): ZapisArkusza {
  const wiersze: ZapisKomorki[][] = [['Rok', ...ZRODLA, 'Razem'].map(naglowek)];
  const sumaZrodel = Object.fromEntries(ZRODLA.map((z) => [z, 0])) as Record<string, number>;
  for (const rok of b.lata) {
    const r = b.macierz.get(rok)!;
    let suma = 0;
    for (const z of ZRODLA) {
      suma += r[z];
      sumaZrodel[z] += r[z];
    }
    wiersze.push([tekst(String(rok)), ...ZRODLA.map((z) => zl(r[z])), zl(suma, { pogrubienie: true })]);
  }
  wiersze.push([
    tekst('Razem', { pogrubienie: true }),
    ...ZRODLA.map((z) => zl(sumaZrodel[z], { pogrubienie: true })),
    pogrub(zl(b.razem)),
  ]);

  wiersze.push(
    [],
    [sekcja('Podział działań na lata (proporcjonalnie do dni w roku, metoda największych reszt, JST-3)')],
  );
  wiersze.push(
    [
      'Działanie',
      'Źródło finansowania',
      'Początek',
      'Koniec',
      'Budżet (zł)',
      ...b.lata.map(String),
      'Dni w latach',
    ].map(naglowek),
  );
  for (const p of b.podzialy) {
    const d = p.dzialanie;
    const wgRoku = new Map(p.lata.map((l) => [l.rok, l]));
    wiersze.push([
      tekst(d.etykieta),
      tekst(d.zrodlo ?? ''),
      tekst(d.okres ? dataIso(d.okres.od) : ''),
      tekst(d.okres ? dataIso(d.okres.do) : ''),
      zl(d.budzet),
      ...b.lata.map((rok) => {
        const l = wgRoku.get(rok);
        return l ? zl(l.kwota) : null;
      }),
      tekst(
        lista(
          p.lata.map((l) => `${l.rok}: ${l.dni}`),
          MAKS_LAT,
        ),
      ),
    ]);
  }
  if (b.pominiete.length)
    wiersze.push(
      [],
      [
        stan(
          `Pominięte (błędne daty, budżet lub źródło): ${lista(
            b.pominiete.map((d) => `${d.etykieta} (wiersz ${d.wiersz})`),
            30,
            '; ',
          )}.`,
        ),
      ],
    );
  return {
    nazwa: ARKUSZ_BUDZETU_PLANU,
    wiersze,
    szerokosciKolumn: [40, 18, 14, 14, 16, 16, 16, ...b.lata.map(() => 16), 30],
    zamrozenie: { wiersze: 1, kolumny: 1 },
  };
}
