/** Office.js cell data (values, valueTypes, numberFormat) → the core's `Komorka` (WB-1.4, WB-1.5, WB-1.7). */
import { type Komorka, dataZSerialu, formatDaty } from '../../core';

/**
 * One cell. Numbers with a date number format become calendar dates in the workbook's date system
 * (WB-1.7, time part ignored); error values are recognised by `valueTypes` only (WB-1.4: a text that
 * looks like `#N/A` stays text); other numbers keep their format code for WB-1.5 (`%`).
 */
function komorkaZExcela(wartosc: unknown, typ: string, format: string, system1904: boolean): Komorka {
  switch (typ) {
    case 'Empty':
      return null;
    case 'Error':
      return { t: 'e', v: String(wartosc) };
    case 'Boolean':
      return { t: 'b', v: wartosc === true };
    case 'String':
      return { t: 's', v: String(wartosc) };
    default:
      return liczbaLubTekst(wartosc, format, system1904);
  }
}

function liczbaLubTekst(wartosc: unknown, format: string, system1904: boolean): Komorka {
  if (typeof wartosc === 'number') {
    if (formatDaty(format)) {
      const d = dataZSerialu(wartosc, system1904);
      if (d) return { t: 'd', ...d };
    }
    return format && format !== 'General' ? { t: 'n', v: wartosc, fmt: format } : { t: 'n', v: wartosc };
  }
  if (typeof wartosc === 'boolean') return { t: 'b', v: wartosc };
  if (wartosc === null || wartosc === undefined || wartosc === '') return null;
  return { t: 's', v: String(wartosc) };
}

/** Converts a loaded block (rows of one range) into snapshot rows, writing them from `wiersz0`/`kolumna0`. */
export function wstawBlok(
  cel: Komorka[][],
  wiersz0: number,
  kolumna0: number,
  wartosci: unknown[][],
  typy: string[][],
  formaty: string[][],
  system1904: boolean,
): void {
  for (let r = 0; r < wartosci.length; r++) {
    const wiersz: Komorka[] = [];
    let ostatnia = -1;
    for (let c = 0; c < wartosci[r].length; c++) {
      const k = komorkaZExcela(wartosci[r][c], typy[r][c], formaty[r][c], system1904);
      if (k !== null) {
        wiersz[kolumna0 + c] = k;
        ostatnia = kolumna0 + c;
      }
    }
    if (ostatnia >= 0) cel[wiersz0 + r] = wiersz;
  }
}
