/** WB-1.7 date cells: a serial (as ExcelJS and the streaming reader see it) → the calendar date in the workbook's system. */
import { type Komorka, dataZSerialu } from '../../core';

const DZIEN_MS = 86_400_000;
const SERIAL_1970 = 25_569; // 1900-system serial of 1970-01-01
const PRZESUNIECIE_1904 = 1_462;

/** WB-1.7: the calendar date of an ExcelJS Date (built from the serial in UTC) in the workbook's system. */
export function komorkaDaty(d: Date, date1904: boolean): Komorka {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return null;
  const serial = ms / DZIEN_MS + SERIAL_1970 - (date1904 ? PRZESUNIECIE_1904 : 0);
  const data = dataZSerialu(serial, date1904);
  if (data) return { t: 'd', y: data.y, m: data.m, d: data.d };
  // 1900 system serial 60 is Excel's fictitious 29 Feb 1900: a date that does not exist (WB-1.7 → błąd).
  if (!date1904 && Math.floor(serial) === 60) return { t: 'd', y: 1900, m: 2, d: 29 };
  return { t: 'n', v: serial };
}
