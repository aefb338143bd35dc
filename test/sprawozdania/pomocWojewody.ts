/** Test helpers for CS-R.3b: the S2 voivodeship workbook after its protocol and body reports of its schools. */
import type { Kontekst } from '../../src/core/api';
import type { ZeszytSnapshot } from '../../src/core/zeszyt/model';
import { kwalifikujWojewodztwo, ocenIKwalifikuj } from '../../src/core/wojewodztwo/operacja';
import { szablonSprawozdaniaOrganu } from '../../src/core/sprawozdania/szablony';
import { wierszWydatku } from '../../src/core/sprawozdania/przyklady';
import { EO } from '../../src/core/sprawozdania/schemat';
import { data, liczba, tekst, zl } from '../../src/core/zeszyt/formaty';
import { zastosujPlan } from '../pomoc/host';
import { zeszytS2 } from '../pomoc/s2';
import { zeszytZ } from './pomoc';

const K_PROTOKOLU: Kontekst = { dzis: { y: 2012, m: 5, d: 20 }, jezyk: 'pl' };

export interface SzkolaS2 {
  regon: string;
  wariant: 'I' | 'II';
  G: number;
}

/** S2 after `kwalifikuj`: the workbook with its frozen state and the qualified schools (draw order). */
export function wojewodztwoS2(z0: ZeszytSnapshot = zeszytS2()): { z: ZeszytSnapshot; szkoly: SzkolaS2[] } {
  const w = kwalifikujWojewodztwo(z0, K_PROTOKOLU);
  const z = zastosujPlan(z0, w.plan!);
  const o = ocenIKwalifikuj(z, K_PROTOKOLU);
  if ('koniec' in o) throw new Error('S2 blocked');
  const szkoly = o.mp.wynik.decyzje
    .filter((d) => d.decyzja === 'zakwalifikowana')
    .sort((a, b) => (a.pozycja ?? 0) - (b.pozycja ?? 0))
    .map((d) => ({ regon: d.regon, wariant: d.wariant, G: d.wsparcie! }));
  return { z, szkoly };
}

/**
 * A body report of the given schools: each spends its whole grant (`dotacja`, 2012-10-01) and a quarter of
 * it as own contribution, so Z = G and D = 0 unless `wydatki` says otherwise (share of G spent, 0…1).
 */
export function raportOrganu(
  szkoly: readonly SzkolaS2[],
  o: { data?: string; G?: Record<string, number>; wydane?: Record<string, number>; teryt?: string } = {},
): ZeszytSnapshot {
  return zeszytZ(
    szablonSprawozdaniaOrganu({
      etykiety: {
        [EO.organ]: tekst('Gmina Testowa'),
        ...(o.teryt ? { [EO.teryt]: tekst(o.teryt) } : {}),
        [EO.wojewodztwo]: tekst('mazowieckie'),
        [EO.data]: data(o.data ?? '2013-06-28'),
        [EO.ocena]: tekst('Zadania zrealizowane.'),
        [EO.wplyw]: tekst('Więcej TIK.'),
        [EO.efektyI]: tekst('Komputery w klasach.'),
        [EO.efektyII]: tekst('Komputery w domach.'),
        [EO.problemy]: tekst('Brak.'),
      },
      dotacje: szkoly.map((s) => [
        tekst(s.regon),
        tekst(`Szkoła ${s.regon}`),
        tekst(s.wariant),
        liczba(100),
        zl(o.G?.[s.regon] ?? s.G),
      ]),
      wydatki: szkoly.flatMap((s) => {
        const S = Math.round(s.G * (o.wydane?.[s.regon] ?? 1));
        return [
          wierszWydatku(s.regon, 1, 'komputery uczniów', 1, S, 'dotacja', 'NIE', '2012-10-01'),
          wierszWydatku(s.regon, 12, 'drukarka', 1, Math.ceil(S / 4), 'wkład własny', 'NIE', '2012-10-01'),
        ];
      }),
    }),
  );
}
