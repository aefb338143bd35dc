/** Which report a workbook holds, by its sheet names (CS-R: `sprawozdanie` and `zbierz` recognise files so). */
import type { ZeszytSnapshot } from '../zeszyt/model';
import { znajdzArkusz } from '../zeszyt/czytnik';
import { ARKUSZ_SPRAWOZDANIA_ORGANU, ARKUSZ_SPRAWOZDANIA_SZKOLY } from './schemat';

export type RodzajSprawozdania = 'szkoły' | 'organu';

export function rodzajSprawozdania(z: ZeszytSnapshot): RodzajSprawozdania | null {
  if (znajdzArkusz(z, ARKUSZ_SPRAWOZDANIA_ORGANU)) return 'organu';
  if (znajdzArkusz(z, ARKUSZ_SPRAWOZDANIA_SZKOLY)) return 'szkoły';
  return null;
}
