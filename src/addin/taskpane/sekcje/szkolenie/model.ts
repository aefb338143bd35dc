/** What the Szkolenie section reads and derives once per workbook version (the core does all the work). */
import {
  krokPoKroku,
  przygotujCoJesli,
  type Kontekst,
  type Pokaz,
  type PrzygotowanieCoJesli,
  type ZeszytSnapshot,
} from '../../../../core';

export interface DaneSzkolenia {
  /** null when the workbook cannot be qualified (blocked or not a voivodeship workbook) */
  pokaz: Pokaz | null;
  coJesli: PrzygotowanieCoJesli | null;
  /** the snapshot, for "Dlaczego?" */
  zeszyt: ZeszytSnapshot;
}

export function kontekst(jezyk: Kontekst['jezyk']): Kontekst {
  const d = new Date();
  return { dzis: { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() }, jezyk };
}

export function daneSzkolenia(z: ZeszytSnapshot): DaneSzkolenia {
  const k = kontekst('pl');
  const p = krokPoKroku(z, k);
  const c = przygotujCoJesli(z, k);
  return { pokaz: 'koniec' in p ? null : p, coJesli: 'koniec' in c ? null : c.p, zeszyt: z };
}
