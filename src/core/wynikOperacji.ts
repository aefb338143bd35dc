/** Shared shapes of an operation's outcome (WB-4: exit 0 / 1 / 2 and their JSON). */
import type { WynikOperacji } from './api';
import { adresUwagi, maBlokujace, tekstUwagi, type Jezyk, type Uwaga } from './uwagi';
import { uwagiJson } from './zeszyt/arkuszUwag';

/** WB-1.9 refusal (exit 2): one message, `{"blad": …}`. */
export function odmowa(u: Uwaga, jezyk: Jezyk): WynikOperacji {
  const tekstBledu = `${adresUwagi(u)}: ${tekstUwagi(u, jezyk)}`;
  return { status: 'odmowa', uwagi: [u], plan: null, json: { blad: tekstBledu }, podsumowanie: [tekstBledu] };
}

/** Blocking findings (exit 1): nothing written, `{"uwagi": […]}`. */
export function zablokowane(uwagi: Uwaga[], jezyk: Jezyk): WynikOperacji {
  const n = uwagi.filter((u) => u.waga === 'błąd' && u.blokujaca).length;
  const linia = jezyk === 'en' ? `Blocked by ${n} error(s); nothing was written.` : `Zablokowane przez błędy (${n}); nic nie zapisano.`;
  return { status: 'zablokowane', uwagi, plan: null, json: uwagiJson(uwagi, jezyk), podsumowanie: [linia] };
}

export { maBlokujace };
