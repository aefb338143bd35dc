/**
 * The `Uwagi` sheet (WB-3.2): every finding, located, with its rule and the operation that reported it.
 * One sheet for all operations: a run replaces only the rows of its own operation and keeps the others
 * (read back from the snapshot), in WB-4 command order.
 */
import type { ZapisArkusza, ZapisKomorki, ZeszytSnapshot } from './model';
import { WAGI_EN, tekstUwagi, type Jezyk, type Uwaga } from '../uwagi';
import { naglowek, tekst } from './formaty';
import { tekstKomorki } from '../komorki/odczyt';
import { czytajStan } from './wlasnosc';
import { normalizuj } from '../tekst/normalizuj';
import { doGrupy } from '../tablice/grupy';

export const ARKUSZ_UWAG = 'Uwagi';

const NAGLOWKI = ['Operacja', 'Arkusz', 'Komórka', 'Waga', 'Reguła', 'Komunikat'];

/** WB-4 command order of the operations that write `Uwagi`; others (unknown) follow in their order. */
const KOLEJNOSC_OPERACJI = ['kwalifikuj', 'podziel', 'diagnozuj', 'monitoruj', 'wskazniki'];

export interface OpcjeUwag {
  /** the CLI command name of this run (`kwalifikuj`, `diagnozuj` …) */
  operacja?: string;
  /** the workbook read by this run: rows of other operations in its owned `Uwagi` sheet are kept */
  zeszyt?: ZeszytSnapshot;
}

/**
 * The other operations' rows of an owned `Uwagi` sheet, cells as their text, grouped by operation.
 * A sheet without the `Operacja` column (written before WB-3.2 named the operation) has no rows to keep.
 */
function wierszeInnych(z: ZeszytSnapshot, operacja: string): Map<string, string[][]> {
  const wynik = new Map<string, string[][]>();
  if (!czytajStan(z)?.arkusze.includes(ARKUSZ_UWAG)) return wynik;
  const a = z.arkusze.find((x) => x.nazwa === ARKUSZ_UWAG);
  const naglowki = (a?.wiersze[0] ?? []).map((k) => normalizuj(tekstKomorki(k)));
  const kolumny = NAGLOWKI.map((h) => naglowki.indexOf(normalizuj(h)));
  if (!a || kolumny[0] < 0) return wynik;
  for (const w of a.wiersze.slice(1)) {
    const komorki = kolumny.map((c) => (c < 0 ? '' : tekstKomorki(w?.[c])));
    const op = komorki[0];
    if (op === '' || op === operacja) continue;
    doGrupy(wynik, op, komorki);
  }
  return wynik;
}

function kolejnosc(op: string): number {
  const i = KOLEJNOSC_OPERACJI.indexOf(op);
  return i < 0 ? KOLEJNOSC_OPERACJI.length : i;
}

export function arkuszUwag(uwagi: readonly Uwaga[], jezyk: Jezyk = 'pl', opcje: OpcjeUwag = {}): ZapisArkusza {
  const operacja = opcje.operacja ?? '';
  // Headers stay Polish (WB-3.2 names are exact); the message follows the language.
  const moje: ZapisKomorki[][] = uwagi.map((u) => [
    tekst(operacja),
    tekst(u.arkusz ?? ''),
    tekst(u.komorka ?? ''),
    tekst(jezyk === 'en' ? WAGI_EN[u.waga] : u.waga),
    tekst(u.regula),
    tekst(tekstUwagi(u, jezyk), { zawijaj: false }),
  ]);
  const grupy = opcje.zeszyt ? wierszeInnych(opcje.zeszyt, operacja) : new Map<string, string[][]>();
  const inne = (op: string): ZapisKomorki[][] =>
    (grupy.get(op) ?? []).map((w) => w.map((v, i) => tekst(v, i === w.length - 1 ? { zawijaj: false } : {})));
  const operacje = [...new Set([...grupy.keys(), operacja])].sort((x, y) => kolejnosc(x) - kolejnosc(y));
  return {
    nazwa: ARKUSZ_UWAG,
    wiersze: [NAGLOWKI.map(naglowek), ...operacje.flatMap((op) => (op === operacja ? moje : inne(op)))],
    szerokosciKolumn: [12, 24, 10, 14, 12, 110],
    zamrozenie: { wiersze: 1, kolumny: 0 },
  };
}

/** `waliduj --json` / exit-1 object (WB-4.1). */
export function uwagiJson(
  uwagi: readonly Uwaga[],
  jezyk: Jezyk = 'pl',
): {
  uwagi: Array<{ arkusz: string | null; komorka: string | null; waga: string; regula: string; komunikat: string }>;
} {
  return {
    uwagi: uwagi.map((u) => ({
      arkusz: u.arkusz,
      komorka: u.komorka,
      waga: u.waga,
      regula: u.regula,
      komunikat: tekstUwagi(u, jezyk),
    })),
  };
}
