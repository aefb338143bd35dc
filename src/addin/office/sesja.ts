/** What the adapter remembers between operations in one task-pane session (shared runtime). */
import type { ZeszytSnapshot } from '../../core';
import type { Oznaczenie } from './oznaczenia';

export interface Sesja {
  /** the last full read used for validation; live validation replaces changed rows in it */
  zeszyt: ZeszytSnapshot | null;
  /** sheet id → name, from the same read */
  nazwyWgId: Map<string, string>;
  system1904: boolean;
  /** the highlights last written (key `arkusz!komórka`), to tell which sheets a live pass must rewrite */
  cele: Map<string, Oznaczenie>;
}

export function nowaSesja(): Sesja {
  return { zeszyt: null, nazwyWgId: new Map(), system1904: false, cele: new Map() };
}
