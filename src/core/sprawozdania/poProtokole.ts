/** The sheets `kwalifikuj` writes after the protocol: `Umowy dotacji` (CS-U.1) and `Terminy` (CS-R.4). */
import type { ZapisArkusza, ZeszytSnapshot } from '../zeszyt/model';
import type { Tabela } from '../zeszyt/czytnik';
import type { DataKalendarzowa, Program } from '../program/definicja';
import type { ModelProtokolu } from '../wojewodztwo/model';
import { arkuszUmow, umowyDotacji } from './umowy';
import { terminyKwalifikacji } from './terminyKwalifikacji';
import { arkuszTerminow, ocenTermin } from './terminy';

export function arkuszePoProtokole(
  z: ZeszytSnapshot,
  tabela: Tabela,
  mp: ModelProtokolu,
  program: Program,
  naDzien: DataKalendarzowa,
): ZapisArkusza[] {
  const umowy = umowyDotacji(mp.wiersze, mp.decyzje);
  const terminy = terminyKwalifikacji(z, tabela.arkusz, mp.wiersze, mp.parametry.data, program).map((t) =>
    ocenTermin(t, naDzien),
  );
  return [arkuszUmow(umowy, program), arkuszTerminow(terminy, naDzien)];
}
