/**
 * CS-R.4 `Terminy` of a voivodeship workbook (written by `kwalifikuj`): CS-11.1 from each row's
 * `Data wniosku organu`; CS-15.1 from `Data przekazania informacji` in `Parametry`, else the meeting date.
 */
import type { ZeszytSnapshot } from '../zeszyt/model';
import { czytajEtykiety, znajdzArkusz } from '../zeszyt/czytnik';
import { odczytajDate } from '../komorki/odczyt';
import type { DataKalendarzowa, Program } from '../program/definicja';
import type { WierszWniosku } from '../wojewodztwo/wiersze';
import { ARKUSZ_PARAMETRY } from '../wojewodztwo/parametry';
import type { Termin } from './terminy';

export const ETYKIETA_DATY_INFORMACJI = 'Data przekazania informacji';

export function terminyKwalifikacji(
  z: ZeszytSnapshot,
  arkusz: string,
  wiersze: readonly WierszWniosku[],
  dataPosiedzenia: DataKalendarzowa | null,
  program: Program,
): Termin[] {
  const informacja = dataInformacji(z, dataPosiedzenia);
  return [
    {
      regula: 'CS-11.1',
      krok: 'wnioski organów prowadzących do wojewody',
      termin: program.terminy.wniosekOrganu,
      pozycje: wiersze.map((w) => ({ nazwa: `${arkusz}!${w.wiersz}`, obecna: true, data: w.dataWniosku })),
    },
    {
      regula: 'CS-15.1',
      krok: 'informacja wojewody dla ministra',
      termin: program.terminy.informacjaDlaMinistra,
      pozycje: [{ nazwa: ETYKIETA_DATY_INFORMACJI, obecna: informacja !== null, data: informacja }],
    },
  ];
}

/** CS-15.1 evidence: `Data przekazania informacji` in `Parametry` when readable, else the meeting date. */
export function dataInformacji(z: ZeszytSnapshot, dataPosiedzenia: DataKalendarzowa | null): DataKalendarzowa | null {
  const ap = znajdzArkusz(z, ARKUSZ_PARAMETRY);
  const wd =
    ap &&
    czytajEtykiety(ap, [{ etykieta: ETYKIETA_DATY_INFORMACJI, wymagana: false }]).wartosci.get(
      ETYKIETA_DATY_INFORMACJI,
    );
  const od = wd ? odczytajDate(wd.komorka) : null;
  return od && od.ok ? od.v : dataPosiedzenia;
}
