/** What the CLI needs from the core, injected so tests can run it with fake operations. */
import type {
  Kontekst,
  Operacja,
  RodzajSzablonu,
  WynikOperacji,
  WynikZDanymi,
  Wyjasnienie,
  DataKalendarzowa,
  ZapisArkusza,
  ZeszytSnapshot,
  ZrodloZbierania,
} from '../core';
/** WB-1.9 / WB-1.10 limits injected by tests (smaller than the real ones) */
export interface Limity {
  wierszy: number;
  komorek: number;
}

export interface Zaleznosci {
  wykonaj(operacja: Operacja, z: ZeszytSnapshot, k: Kontekst): WynikOperacji;
  szablon(rodzaj: RodzajSzablonu): ZapisArkusza[];
  /** CS-R.3 `zbierz` with its sources (absent: the command runs with none) */
  zbierz?(cel: ZeszytSnapshot, zrodla: ZrodloZbierania[], k: Kontekst): WynikOperacji;
  /** `wyjasnij` (issue 12): "Dlaczego?" for one REGON; absent → the command is not available */
  wyjasnij?(z: ZeszytSnapshot, regon: string, k: Kontekst): WynikZDanymi<Wyjasnienie>;
  /** the sheets an operation declares it reads and writes (default: all) */
  arkuszeDoOdczytu?(operacja: Operacja): readonly string[] | 'wszystkie';
  /** false → the command is not available in this build (exit 2 before reading anything) */
  dostepnaOperacja?(operacja: Operacja): boolean;
  dostepnySzablon?(rodzaj: RodzajSzablonu): boolean;
  dzis?: () => DataKalendarzowa;
  limity?: Limity;
  /** test hook: called with the temporary file before `--w-miejscu` verifies it */
  poZapisieTymczasowym?: (sciezka: string) => Promise<void> | void;
}
