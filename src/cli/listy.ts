/** WB-3.3 dropdowns: a list's values as the inline formula Excel stores (`"a,b"`), refused when Excel cannot hold it. */
import { bladListy } from '../core';

export function formulaListy(lista: readonly string[]): string {
  const b = bladListy(lista);
  if (b) throw new Error(b.en);
  return `"${lista.join(',')}"`;
}
