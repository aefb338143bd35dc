/** Cell builders for generated input sheets (the way officials actually type values). */
import {
  type ZapisKomorki,
  type DataKalendarzowa,
  type Grosze,
  FORMAT_DATA,
  liczba,
  tekst,
  zl,
  serialZDaty,
} from '../core';

export const d = (y: number, m: number, dzien: number): DataKalendarzowa => ({ y, m, d: dzien });

/** A real date cell: the 1900-system serial with a date format (read back as a date, WB-1.7). */
export function komorkaDaty(data: DataKalendarzowa): ZapisKomorki {
  return { v: serialZDaty(data), fmt: FORMAT_DATA };
}

/** A date typed as text `D.M.RRRR` / `DD.MM.RRRR` (accepted by WB-1.7). */
export function dataTekstem(data: DataKalendarzowa): ZapisKomorki {
  return tekst(`${String(data.d).padStart(2, '0')}.${String(data.m).padStart(2, '0')}.${data.y}`);
}

export type ZapisKwoty = 'liczba' | 'tekst z odstępami' | 'tekst ciągły' | 'tekst PLN';

function zGrupami(zl: number): string {
  return String(zl).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** Money as a zł-formatted number, or as text in one of the WB-1.4 accepted forms. */
export function komorkaKwoty(g: Grosze, zapis: ZapisKwoty): ZapisKomorki {
  if (zapis === 'liczba') return zl(g);
  const zlote = Math.trunc(g / 100);
  const gr = g % 100;
  const ulamek = gr === 0 ? '' : `,${String(gr).padStart(2, '0')}`;
  if (zapis === 'tekst z odstępami') return tekst(`${zGrupami(zlote)}${gr === 0 ? ',00' : ulamek} zł`);
  if (zapis === 'tekst ciągły') return tekst(`${zlote}${ulamek}`);
  return tekst(`${zGrupami(zlote)}${ulamek} PLN`);
}

export function komorkaLiczby(n: number): ZapisKomorki {
  return liczba(n);
}
