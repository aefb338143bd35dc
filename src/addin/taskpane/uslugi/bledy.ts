/** Errors shown in the pane: the adapter's Polish messages as they are, anything else made readable. */
import type { Jezyk } from '../../../core';

export function tekstBledu(e: unknown, jezyk: Jezyk): string {
  if (e instanceof Error && e.message) return e.message;
  if (typeof e === 'string' && e) return e;
  return jezyk === 'en' ? 'Unknown error.' : 'Nieznany błąd.';
}
