/**
 * `wyjasnij` (issue 12): "Dlaczego?" for one application of a voivodeship workbook — the same evaluation
 * and qualification as `kwalifikuj` (its trace, not a second implementation), narrated for one REGON.
 * Writes nothing: status `ok` with the sentences and the JSON, `zablokowane` when the workbook is
 * blocked or the REGON is not in `Wnioski` (exit 1), `odmowa` on a WB-1.9 refusal (exit 2).
 */
import type { Kontekst, WynikZDanymi } from '../api';
import type { ZeszytSnapshot } from '../zeszyt/model';
import { kwotaJson, type Grosze } from '../kwota';
import { dziesietnyZaokraglony } from '../rational';
import { uwaga, type Uwaga } from '../uwagi';
import { uwagiJson } from '../zeszyt/arkuszUwag';
import { odczytajIdentyfikator } from '../komorki/odczyt';
import { ocenIKwalifikuj } from '../wojewodztwo/operacja';
import { ARKUSZ_WNIOSKI } from '../wojewodztwo/kolumny';
import { zdarzeniaWniosku, type Wyjasnienie, type Zdarzenie } from './zdarzenia';
import { zdanie, zdania } from './zdania';

/** WB-1.6: the REGON as typed (digits with spaces or dashes allowed), normalised; the raw text when unreadable. */
export function normalizujRegon(regon: string): string {
  const o = odczytajIdentyfikator({ t: 's', v: regon }, 'REGON');
  return o.ok ? o.v : regon.trim();
}

const KWOTY = new Set([
  'limit',
  'wnioskowana',
  'r',
  'wklad',
  'minimum',
  'kwotaSrodkow',
  'koperta',
  'dostepnePrzed',
  'dostepnePo',
  'brak',
  'wsparcie',
  'kwota',
]);

/** An event for the JSON: money as WB-4.1 strings ("90000.00"), the share as a 4-decimal fraction. */
function zdarzenieJson(z: Zdarzenie, jezyk: Kontekst['jezyk']): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(z)) {
    if (k === 'udzial' && v && typeof v === 'object' && 'licznik' in v) {
      const u = v as { licznik: bigint; mianownik: bigint; domyslny: boolean };
      o.udzialWariantuI = dziesietnyZaokraglony(u.licznik, u.mianownik, 4);
      o.udzialDomyslny = u.domyslny;
    } else if (k === 'przesuniecie' && v) {
      const p = v as { kwota: Grosze; zWariantu: string; lp: number };
      o.przesuniecie = { kwota: kwotaJson(p.kwota), zWariantu: p.zWariantu, lp: p.lp };
    } else o[k] = KWOTY.has(k) && typeof v === 'number' ? kwotaJson(v) : v;
  }
  o.zdanie = zdanie(z, jezyk);
  return o;
}

export function wyjasnienieJson(w: Wyjasnienie, jezyk: Kontekst['jezyk']): Record<string, unknown> {
  return {
    regon: w.regon,
    nazwa: w.nazwa,
    organ: w.organ,
    wiersz: w.wiersz,
    zdarzenia: w.zdarzenia.map((z) => zdarzenieJson(z, jezyk)),
  };
}

/** The structured explanation, or the operation's outcome when there is none (blocked, refused, unknown REGON). */
export function wyjasnienieWniosku(
  z: ZeszytSnapshot,
  regon: string,
  k: Kontekst,
): { wyjasnienie: Wyjasnienie; uwagi: Uwaga[] } | { koniec: WynikZDanymi<never> } {
  const o = ocenIKwalifikuj(z, { ...k, postep: undefined });
  if ('koniec' in o) return o;
  const szukany = normalizujRegon(regon);
  const w = o.mp.wiersze.find((x) => (x.regonCyfry ?? x.regonTekst) === szukany);
  if (!w) {
    const pl = `Nie ma wniosku o REGON ${szukany} w arkuszu ${ARKUSZ_WNIOSKI} (wniosków: ${o.mp.wiersze.length}). Sprawdź numer — REGON wpisuje się tak jak w kolumnie „REGON szkoły”.`;
    const en = `There is no application with REGON ${szukany} in the ${ARKUSZ_WNIOSKI} sheet (${o.mp.wiersze.length} applications). Check the number as written in the "REGON szkoły" column.`;
    const u = uwaga(ARKUSZ_WNIOSKI, null, 'błąd', 'WB-4', pl, en, { blokujaca: true });
    return {
      koniec: {
        status: 'zablokowane',
        uwagi: [u],
        plan: null,
        dane: null,
        json: uwagiJson([u], k.jezyk),
        podsumowanie: [],
      },
    };
  }
  return { wyjasnienie: zdarzeniaWniosku(o.mp, w, o.program), uwagi: o.mp.uwagi };
}

/** `wyjasnij` as an operation outcome: sentences in `podsumowanie`, the events in `json`, no plan. */
export function wyjasnij(z: ZeszytSnapshot, regon: string, k: Kontekst): WynikZDanymi<Wyjasnienie> {
  const r = wyjasnienieWniosku(z, regon, k);
  if ('koniec' in r) return r.koniec;
  return {
    status: 'ok',
    uwagi: [],
    plan: null,
    dane: r.wyjasnienie,
    json: wyjasnienieJson(r.wyjasnienie, k.jezyk),
    podsumowanie: zdania(r.wyjasnienie, k.jezyk),
  };
}
