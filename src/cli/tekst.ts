/** A CLI message in both languages (Polish is primary; `--lang en` picks English). */
import type { Jezyk } from '../core';

export interface Tekst {
  pl: string;
  en: string;
}

export const t = (pl: string, en: string): Tekst => ({ pl, en });

export function wJezyku(x: Tekst, jezyk: Jezyk): string {
  return jezyk === 'en' ? x.en : x.pl;
}

/** An expected failure of the CLI: exit 2 with this message (usage error, unreadable file, refusal). */
export class BladCli extends Error {
  constructor(readonly tekst: Tekst) {
    super(tekst.en);
  }
}
