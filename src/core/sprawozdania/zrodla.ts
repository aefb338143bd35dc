/** CS-R.3 sources of `zbierz`: each named by its file, accepted or `nieprzyjęte` with its reasons. */
import type { ZeszytSnapshot } from '../zeszyt/model';
import { adresUwagi, uwaga, type Jezyk, type Uwaga } from '../uwagi';

/** A source as the host hands it over: a snapshot, or why it could not be read. */
export interface ZrodloZbierania {
  /** the file as given on the command line / picked by the user */
  plik: string;
  zeszyt: ZeszytSnapshot | null;
  /** why the file could not be read (not a workbook, too large …) */
  blad?: { pl: string; en: string };
}

export type StatusZrodla = 'przyjęte' | 'nieprzyjęte';

export interface OcenaZrodla {
  plik: string;
  status: StatusZrodla;
  uwagi: Uwaga[];
}

/** A source's finding restated for the target's `Uwagi`: the file and cell in the text, never blocking the target. */
export function uwagaZrodla(plik: string, u: Uwaga): Uwaga {
  const gdzie = adresUwagi(u) ? `${plik}, ${adresUwagi(u)}` : plik;
  return uwaga(null, null, u.waga, u.regula, `${gdzie}: ${u.komunikat}`, `${gdzie}: ${u.message}`);
}

export function bladZrodla(plik: string, regula: string, pl: string, en: string): Uwaga {
  return uwaga(null, null, 'błąd', regula, `${plik}: ${pl}`, `${plik}: ${en}`);
}

export function zrodlaJson(oceny: readonly OcenaZrodla[], jezyk: Jezyk) {
  return oceny.map((o) => ({
    plik: o.plik,
    status: o.status,
    uwagi: o.uwagi.map((u) => ({
      waga: u.waga,
      regula: u.regula,
      komunikat: jezyk === 'en' ? u.message : u.komunikat,
    })),
  }));
}
