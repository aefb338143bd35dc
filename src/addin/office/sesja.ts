/** What the adapter remembers between operations in one task-pane session (shared runtime). */
import type { ZeszytSnapshot } from '../../core';
import { pustyRejestr, type Rejestr } from './oznaczenia';

export interface Sesja {
  /** the last full read used for validation; live validation replaces changed sheets in it */
  zeszyt: ZeszytSnapshot | null;
  /** sheet id → name, from the same read */
  nazwyWgId: Map<string, string>;
  system1904: boolean;
  /** current highlights (mirror of `_cyfrowa_szkola_oznaczenia`) */
  rejestr: Rejestr;
}

export function nowaSesja(): Sesja {
  return { zeszyt: null, nazwyWgId: new Map(), system1904: false, rejestr: pustyRejestr() };
}
