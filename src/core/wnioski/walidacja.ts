/**
 * The whole application workbook at once: every director's application, the running body's application
 * (CS-11.2 against those directors' applications) and the owned sheet `Szkoły wg wielkości` to write.
 */
import type { ZapisArkusza, ZeszytSnapshot } from '../zeszyt/model';
import type { Kontekst } from '../api';
import type { Uwaga } from '../uwagi';
import { CYFROWA_SZKOLA_2012 } from '../program/definicja';
import type { Katalogi } from './katalog';
import { walidujWnioskiDyrektorow, type ModelWnioskuDyrektora } from './wniosekDyrektora';
import { walidujWniosekOrganu, type ModelWnioskuOrganu } from './wniosekOrganu';
import { arkuszSzkolWgWielkosci } from './arkuszeOrganu';

export interface WynikWnioskow {
  dyrektorzy: ModelWnioskuDyrektora[];
  organ: ModelWnioskuOrganu | null;
  katalogi: Katalogi;
  /** catalogue findings, each director's application's, then the organ's */
  uwagi: Uwaga[];
  /** owned sheets to write (WB-3.1): `Szkoły wg wielkości` when the workbook has an organ's application */
  arkusze: ZapisArkusza[];
}

export function walidujWnioski(z: ZeszytSnapshot, kontekst: Pick<Kontekst, 'program'>): WynikWnioskow {
  const program = kontekst.program ?? CYFROWA_SZKOLA_2012;
  const d = walidujWnioskiDyrektorow(z, { program });
  const o = walidujWniosekOrganu(z, { program }, d.wnioski);
  return {
    dyrektorzy: d.wnioski,
    organ: o.wniosek,
    katalogi: d.katalogi,
    uwagi: [...d.uwagi, ...o.uwagi],
    arkusze: o.wniosek ? [arkuszSzkolWgWielkosci(o.wniosek, program)] : [],
  };
}
