/** `sprawozdanie --json` of a body's report (money as WB-4.1 strings, own share `"30.16"` or null). */
import { kwotaJson } from '../kwota';
import type { SprawozdanieOrganu } from './czytajOrgan';
import { sumyRozliczenia } from './arkuszeOrganu';
import { KLUCZE_KWOT, udzialWkladu, type Kwoty } from './rozliczenie';

export type KwotyJson = Record<keyof Kwoty, string> & { udzialWkladu: string | null };

export function kwotyJson(k: Kwoty): KwotyJson {
  const o = {} as Record<keyof Kwoty, string>;
  for (const c of KLUCZE_KWOT) o[c] = kwotaJson(k[c]);
  return { ...o, udzialWkladu: udzialWkladu(k) };
}

export interface OrganJson {
  szkoly: Array<{ regon: string; wariant: string | null } & KwotyJson>;
  razem: KwotyJson;
}

export function organJson(o: SprawozdanieOrganu): OrganJson {
  return {
    szkoly: o.szkoly.map((s) => ({ regon: s.regon, wariant: s.wariant, ...kwotyJson(s.rozliczenie) })),
    razem: kwotyJson(sumyRozliczenia(o).razem),
  };
}
