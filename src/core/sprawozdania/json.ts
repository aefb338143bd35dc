/**
 * A body's settlement (CS-R.2b) as `sprawozdanie`'s typed data (`DaneOrganu`, money in grosze) and its
 * `sprawozdanie --json` object derived from it (`OrganJson`, money as WB-4.1 strings; own share `"30.16"`
 * or null in both): one shape, `K` = how money is held.
 */
import { kwotaJson, type Grosze } from '../kwota';
import type { SprawozdanieOrganu } from './czytajOrgan';
import { sumyRozliczenia } from './arkuszeOrganu';
import { KLUCZE_KWOT, udzialWkladu, type Kwoty } from './rozliczenie';

export type KwotyRozliczenia<K> = Record<keyof Kwoty, K> & { udzialWkladu: string | null };

export interface Organ<K> {
  szkoly: Array<{ regon: string; wariant: string | null } & KwotyRozliczenia<K>>;
  razem: KwotyRozliczenia<K>;
}

export type DaneOrganu = Organ<Grosze>;
export type OrganJson = Organ<string>;

/** the amounts in `KLUCZE_KWOT` order, then the own share */
function kwoty<K>(k: Kwoty, f: (g: Grosze) => K, udzial: string | null): KwotyRozliczenia<K> {
  const o = {} as Record<keyof Kwoty, K>;
  for (const c of KLUCZE_KWOT) o[c] = f(k[c]);
  return { ...o, udzialWkladu: udzial };
}

const bez = (g: Grosze) => g;

export function daneOrganu(o: SprawozdanieOrganu): DaneOrganu {
  const kw = (k: Kwoty) => kwoty(k, bez, udzialWkladu(k));
  return {
    szkoly: o.szkoly.map((s) => ({ regon: s.regon, wariant: s.wariant, ...kw(s.rozliczenie) })),
    razem: kw(sumyRozliczenia(o).razem),
  };
}

/** The WB-4.1 JSON of the data: every amount as `kwotaJson`, every other field as it is. */
export function organJson(d: DaneOrganu): OrganJson {
  const kw = (k: KwotyRozliczenia<Grosze>) => kwoty(k, kwotaJson, k.udzialWkladu);
  return {
    szkoly: d.szkoly.map((s) => ({ regon: s.regon, wariant: s.wariant, ...kw(s) })),
    razem: kw(d.razem),
  };
}
