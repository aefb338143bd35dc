/** Today's calendar date in Europe/Warsaw (the spec's time zone); `CS_DZIS=RRRR-MM-DD` overrides it. */
import { type DataKalendarzowa, dataZTekstu } from '../core';

export function dzisWarszawa(env: Record<string, string | undefined> = {}, teraz = new Date()): DataKalendarzowa {
  const nadpisana = env.CS_DZIS ? dataZTekstu(env.CS_DZIS)?.data : null;
  if (nadpisana) return nadpisana;
  try {
    const czesci = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Warsaw',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(teraz);
    const pole = (typ: string): number => Number(czesci.find((c) => c.type === typ)?.value);
    const d = { y: pole('year'), m: pole('month'), d: pole('day') };
    if (d.y && d.m && d.d) return d;
  } catch {
    // no ICU time zones: fall back to the local date
  }
  return { y: teraz.getFullYear(), m: teraz.getMonth() + 1, d: teraz.getDate() };
}
