/**
 * "Today" for deadline checks and dated lists: the calendar date in Europe/Warsaw (the spec's time
 * zone, CET/CEST) of an instant the host passes (`new Date()`), so every host agrees at midnight and
 * across the daylight-saving changes. Pure: the same instant always gives the same date.
 */
import type { DataKalendarzowa } from './program/definicja';

let warszawa: Intl.DateTimeFormat | null = null;

export function dataWWarszawie(chwila: Date): DataKalendarzowa {
  warszawa ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Warsaw',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const czesci = warszawa.formatToParts(chwila);
  const pole = (typ: Intl.DateTimeFormatPartTypes): number => Number(czesci.find((c) => c.type === typ)?.value);
  return { y: pole('year'), m: pole('month'), d: pole('day') };
}
