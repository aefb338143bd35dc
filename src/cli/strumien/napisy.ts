/** sharedStrings.xml streamed into an array (rich-text runs concatenated, phonetic runs skipped). */
import type { Archiwum } from '../pakiet/archiwum';
import { LIMIT_NAPISOW } from './struktura';
import { ParserCzesci } from './xml';
import { odkodujEscape } from './escape';

export async function czytajNapisy(a: Archiwum, czesc: string | null): Promise<string[]> {
  const napisy: string[] = [];
  const w = czesc ? a.wpisy.get(czesc) : undefined;
  if (!czesc || !w) return napisy;
  let biezacy = '';
  let wSi = false;
  let wT = false;
  let wRph = 0;
  const p = new ParserCzesci(
    czesc,
    {
      otworz(n, _atr, pusty) {
        if (n === 'si') {
          wSi = !pusty;
          biezacy = '';
          if (pusty) napisy.push('');
        } else if (n === 'rPh') wRph += pusty ? 0 : 1;
        else if (n === 't' && wSi && !wRph) wT = !pusty;
      },
      tekst(t) {
        if (wT) biezacy += t;
      },
      zamknij(n) {
        if (n === 't') wT = false;
        else if (n === 'rPh') wRph--;
        else if (n === 'si' && wSi) {
          napisy.push(odkodujEscape(biezacy));
          wSi = false;
        }
      },
    },
    false,
  );
  for await (const k of a.strumien(w, LIMIT_NAPISOW)) p.pisz(k);
  p.zakoncz();
  return napisy;
}
