/** Test helpers for the reports: templates read back as snapshots, a fixed context. */
import type { Kontekst } from '../../src/core/api';
import type { ZapisArkusza, ZeszytSnapshot } from '../../src/core/zeszyt/model';
import { zZapisu } from '../wnioski/pomoc';

export const K: Kontekst = { dzis: { y: 2013, m: 7, d: 1 }, jezyk: 'pl' };

export function zeszytZ(arkusze: ZapisArkusza[]): ZeszytSnapshot {
  return { arkusze: arkusze.map(zZapisu) };
}

/** The written sheet of a plan, read back. */
export function arkuszPlanu(plan: { arkusze: ZapisArkusza[] } | null, nazwa: string) {
  const a = plan?.arkusze.find((x) => x.nazwa === nazwa);
  if (!a) throw new Error(`no sheet ${nazwa} in the plan`);
  return zZapisu(a);
}
