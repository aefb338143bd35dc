/** The `Uwagi` sheet (WB-3.2): every finding, located, with its rule. */
import type { ZapisArkusza } from './model';
import { WAGI_EN, tekstUwagi, type Jezyk, type Uwaga } from '../uwagi';
import { naglowek, tekst } from './formaty';

export const ARKUSZ_UWAG = 'Uwagi';

const NAGLOWKI = ['Arkusz', 'Komórka', 'Waga', 'Reguła', 'Komunikat'];

export function arkuszUwag(uwagi: readonly Uwaga[], jezyk: Jezyk = 'pl'): ZapisArkusza {
  // Headers stay Polish (WB-3.2 names are exact); the message follows the language.
  return {
    nazwa: ARKUSZ_UWAG,
    wiersze: [
      NAGLOWKI.map(naglowek),
      ...uwagi.map((u) => [
        tekst(u.arkusz ?? ''),
        tekst(u.komorka ?? ''),
        tekst(jezyk === 'en' ? WAGI_EN[u.waga] : u.waga),
        tekst(u.regula),
        tekst(tekstUwagi(u, jezyk), { zawijaj: false }),
      ]),
    ],
    szerokosciKolumn: [24, 10, 14, 12, 110],
    zamrozenie: { wiersze: 1, kolumny: 0 },
  };
}

/** `waliduj --json` / exit-1 object (WB-4.1). */
export function uwagiJson(
  uwagi: readonly Uwaga[],
  jezyk: Jezyk = 'pl',
): {
  uwagi: Array<{ arkusz: string | null; komorka: string | null; waga: string; regula: string; komunikat: string }>;
} {
  return {
    uwagi: uwagi.map((u) => ({
      arkusz: u.arkusz,
      komorka: u.komorka,
      waga: u.waga,
      regula: u.regula,
      komunikat: tekstUwagi(u, jezyk),
    })),
  };
}
