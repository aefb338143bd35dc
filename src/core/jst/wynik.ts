/** WynikOperacji builders shared by `diagnozuj`, `monitoruj`, `wskazniki` (WB-4, WB-5.3, WB-3.1). */
import type { Kontekst, WynikOperacji } from '../api';
import type { ArkuszSnapshot, ZapisArkusza, ZeszytSnapshot } from '../zeszyt/model';
import { maBlokujace, tekstUwagi, type Jezyk, type Uwaga } from '../uwagi';
import { arkuszUwag, uwagiJson } from '../zeszyt/arkuszUwag';
import { planWlasny } from '../zeszyt/wlasnosc';
import { zaDlugiTekst } from '../zeszyt/czytnik';

/** WB-1.9 refusal (exit 2): one message, json `{ blad }`. */
export function odmowa(u: Uwaga, uwagi: Uwaga[], jezyk: Jezyk): WynikOperacji {
  const komunikat = tekstUwagi(u, jezyk);
  return { status: 'odmowa', uwagi: [...uwagi, u], plan: null, json: { blad: komunikat }, podsumowanie: [komunikat] };
}

/** WB-5.3 blocked (exit 1): nothing written, json = the `waliduj --json` object. */
export function zablokowane(operacja: string, uwagi: Uwaga[], jezyk: Jezyk): WynikOperacji {
  const n = uwagi.filter((u) => u.waga === 'błąd' && u.blokujaca).length;
  const linia =
    jezyk === 'en'
      ? `${operacja} blocked: ${n} blocking error(s) — nothing was written; see the findings (Uwagi).`
      : `${operacja}: zablokowano (błędy blokujące: ${n}) — nic nie zapisano; szczegóły w uwagach (arkusz Uwagi).`;
  return { status: 'zablokowane', uwagi, plan: null, json: uwagiJson(uwagi, jezyk), podsumowanie: [linia] };
}

/** WB-1.9: the first over-long text among the sheets read. */
export function odmowaDlugosci(arkusze: ReadonlyArray<ArkuszSnapshot | undefined>): Uwaga | null {
  for (const a of arkusze) {
    if (!a) continue;
    const u = zaDlugiTekst(a);
    if (u) return u;
  }
  return null;
}

/**
 * Done: the owned output sheets + `Uwagi`, passed through `planWlasny` (WB-3.1); a name collision
 * turns the run into a blocked one.
 */
export function gotowe(
  operacja: string,
  z: ZeszytSnapshot,
  k: Kontekst,
  arkusze: ZapisArkusza[],
  uwagi: Uwaga[],
  json: unknown,
  podsumowanie: string[],
): WynikOperacji {
  if (maBlokujace(uwagi)) return zablokowane(operacja, uwagi, k.jezyk);
  const wlasne = planWlasny(z, [...arkusze, arkuszUwag(uwagi, k.jezyk)], { meta: { 'jst.operacja': operacja } });
  if (wlasne.uwagi.length) return zablokowane(operacja, [...uwagi, ...wlasne.uwagi], k.jezyk);
  const bledy = uwagi.filter((u) => u.waga === 'błąd').length;
  const ostrz = uwagi.filter((u) => u.waga === 'ostrzeżenie').length;
  const linia = k.jezyk === 'en' ? `Findings: ${uwagi.length} (errors: ${bledy}, warnings: ${ostrz}).` : `Uwagi: ${uwagi.length} (błędy: ${bledy}, ostrzeżenia: ${ostrz}).`;
  return { status: 'ok', uwagi, plan: { arkusze: wlasne.arkusze }, json, podsumowanie: [...podsumowanie, linia] };
}
