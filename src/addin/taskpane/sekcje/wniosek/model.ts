/** What the director's form reads (the application sets and the two catalogues) and computes (the core's model). */
import {
  type ZeszytSnapshot,
  normalizuj,
  walidujWnioskiDyrektorow,
  type ModelWnioskuDyrektora,
  ARKUSZ_FUNKCJONALNOSCI,
  ARKUSZ_KALKULACJI,
  ARKUSZ_KATALOGU,
  ARKUSZ_WNIOSKU_DYREKTORA,
  ARKUSZ_WYPOSAZENIA,
} from '../../../../core';

const ZESTAW = new RegExp(
  `^(${[ARKUSZ_WNIOSKU_DYREKTORA, ARKUSZ_KALKULACJI, ARKUSZ_WYPOSAZENIA].map((n) => normalizuj(n)).join('|')})( \\(\\d+\\))?$`,
);
const KATALOGI = new Set([ARKUSZ_KATALOGU, ARKUSZ_FUNKCJONALNOSCI].map(normalizuj));

/** The sheets the form needs: `Wniosek dyrektora (n)`, `Kalkulacja kosztów (n)`, `Wyposażenie szkoły (n)`, catalogues. */
export function arkuszWniosku(nazwa: string): boolean {
  const n = normalizuj(nazwa);
  return ZESTAW.test(n) || KATALOGI.has(n);
}

export function modeleWnioskow(z: ZeszytSnapshot): ModelWnioskuDyrektora[] {
  return walidujWnioskiDyrektorow(z, {}).wnioski;
}
