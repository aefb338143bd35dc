/** Shared shapes of an operation's outcome (WB-4: exit 0 / 1 / 2 and their JSON, WB-3.1, WB-5.3, WB-1.9). */
import type { Kontekst, WynikZDanymi } from './api';
import type { ArkuszSnapshot, ZapisArkusza, ZeszytSnapshot } from './zeszyt/model';
import { adresUwagi, maBlokujace, tekstUwagi, type Jezyk, type Uwaga } from './uwagi';
import { arkuszUwag, uwagiJson } from './zeszyt/arkuszUwag';
import { planWlasny } from './zeszyt/wlasnosc';
import { zaDlugiTekst } from './zeszyt/czytnik';
import { zWydrukiem } from './zeszyt/wydruk';

/** WB-1.9 refusal (exit 2): one message, `{"blad": …}`; `uwagi` are the findings gathered so far. */
export function odmowa(u: Uwaga, jezyk: Jezyk, uwagi: Uwaga[] = []): WynikZDanymi<never> {
  const tekstBledu = `${adresUwagi(u)}: ${tekstUwagi(u, jezyk)}`;
  return {
    status: 'odmowa',
    uwagi: [...uwagi, u],
    plan: null,
    dane: null,
    json: { blad: tekstBledu },
    podsumowanie: [tekstBledu],
  };
}

/** WB-1.9: the first over-long text among the sheets read. */
export function odmowaDlugosci(arkusze: ReadonlyArray<ArkuszSnapshot | undefined>): Uwaga | null {
  for (const a of arkusze) {
    const u = a && zaDlugiTekst(a);
    if (u) return u;
  }
  return null;
}

/** WB-5.3 blocked (exit 1): nothing written, json = the `waliduj --json` object. */
export function zablokowane(uwagi: Uwaga[], jezyk: Jezyk, operacja?: string): WynikZDanymi<never> {
  const n = uwagi.filter((u) => u.waga === 'błąd' && u.blokujaca).length;
  const co = operacja ? `${operacja}: ` : '';
  const linia =
    jezyk === 'en'
      ? `${co}blocked by ${n} error(s); nothing was written.`
      : `${co}zablokowane przez błędy (${n}); nic nie zapisano.`;
  return { status: 'zablokowane', uwagi, plan: null, dane: null, json: uwagiJson(uwagi, jezyk), podsumowanie: [linia] };
}

/**
 * Done: the owned output sheets + `Uwagi`, passed through `planWlasny` (WB-3.1: a name collision turns the
 * run into a blocked one); `zmiany` are the state sheet's metadata and stored data. `json` is the WB-4.1
 * object derived from `dane`.
 */
export function gotowe<D>(
  z: ZeszytSnapshot,
  k: Kontekst,
  arkusze: ZapisArkusza[],
  uwagi: Uwaga[],
  dane: D,
  json: unknown,
  podsumowanie: string[],
  opcje: { operacja?: string; zmiany?: Parameters<typeof planWlasny>[2] } = {},
): WynikZDanymi<D> {
  if (maBlokujace(uwagi)) return zablokowane(uwagi, k.jezyk, opcje.operacja);
  // WB-3.2: `Uwagi` keeps the rows of the other operations
  const uwagiArkusz = arkuszUwag(uwagi, k.jezyk, { operacja: opcje.operacja, zeszyt: z });
  // WB-3.4: every written sheet prints with a page setup and a footer
  const wlasne = planWlasny(z, [...arkusze, uwagiArkusz].map(zWydrukiem), opcje.zmiany);
  if (wlasne.uwagi.length) return zablokowane([...uwagi, ...wlasne.uwagi], k.jezyk, opcje.operacja);
  return {
    status: 'ok',
    uwagi,
    plan: { arkusze: wlasne.arkusze },
    dane,
    json,
    podsumowanie: [...podsumowanie, liniaUwag(uwagi, k.jezyk)],
  };
}

/** `Uwagi: 12 (błędy: 3, ostrzeżenia: 9).` */
export function liniaUwag(uwagi: readonly Uwaga[], jezyk: Jezyk): string {
  const bledy = uwagi.filter((u) => u.waga === 'błąd').length;
  const ostrz = uwagi.filter((u) => u.waga === 'ostrzeżenie').length;
  return jezyk === 'en'
    ? `Findings: ${uwagi.length} (errors: ${bledy}, warnings: ${ostrz}).`
    : `Uwagi: ${uwagi.length} (błędy: ${bledy}, ostrzeżenia: ${ostrz}).`;
}

export { maBlokujace };
