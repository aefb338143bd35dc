/**
 * CS-R.4 `Terminy` read back from the workbook (written by `kwalifikuj` or `zbierz`), for the pane's
 * deadline tracker: each deadline's step, rule, date, state and the items still missing, and the next
 * deadline not yet done (the earliest `otwarte` or `zaległe`, as `najblizszyTermin`).
 */
import type { ZeszytSnapshot } from '../zeszyt/model';
import { znajdzArkusz } from '../zeszyt/czytnik';
import { tekstKomorki } from '../komorki/odczyt';
import { ARKUSZ_TERMINOW } from './schemat';
import type { StanTerminu } from './terminy';

export interface TerminZArkusza {
  krok: string;
  regula: string;
  /** RRRR-MM-DD */
  termin: string;
  stan: StanTerminu;
  brak: number;
  /** the missing items as the sheet names them */
  brakuje: string;
}

export interface OdczytTerminow {
  /** `Stan na dzień: …` line */
  naDzien: string;
  terminy: TerminZArkusza[];
  najblizszy: TerminZArkusza | null;
}

const STANY: readonly StanTerminu[] = ['zrobione', 'po terminie', 'otwarte', 'zaległe'];

/** null when the workbook has no `Terminy` sheet. */
export function odczytajTerminy(z: ZeszytSnapshot): OdczytTerminow | null {
  const a = znajdzArkusz(z, ARKUSZ_TERMINOW);
  if (!a) return null;
  const naDzien = tekstKomorki(a.wiersze[0]?.[0])
    .replace(/^Stan na dzień:\s*/, '')
    .replace(/\s*\(CS-R\.4\)$/, '');
  const terminy: TerminZArkusza[] = [];
  for (const w of a.wiersze.slice(2)) {
    const stan = tekstKomorki(w?.[3]) as StanTerminu;
    if (!STANY.includes(stan)) continue;
    terminy.push({
      krok: tekstKomorki(w?.[0]),
      regula: tekstKomorki(w?.[1]),
      termin: tekstKomorki(w?.[2]),
      stan,
      brak: Number(tekstKomorki(w?.[6])) || 0,
      brakuje: tekstKomorki(w?.[9]),
    });
  }
  const otwarte = terminy.filter((t) => t.stan === 'otwarte' || t.stan === 'zaległe');
  const najblizszy = [...otwarte].sort((x, y) => x.termin.localeCompare(y.termin))[0] ?? null;
  return { naDzien, terminy, najblizszy };
}
