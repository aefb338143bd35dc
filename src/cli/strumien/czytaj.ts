/**
 * The .xlsx package → the core's ZeszytSnapshot, streamed (WB-1, WB-1.10): only the sheets an
 * operation reads are inflated and parsed (and `_cyfrowa_szkola`, WB-3.1); every other part is never
 * inflated, so it neither costs time nor counts towards a limit.
 */
import type { ArkuszSnapshot, ZeszytSnapshot } from '../../core/zeszyt/model';
import { MAKS_WIERSZY_DANYCH } from '../../core/zeszyt/czytnik';
import { normalizuj } from '../../core/tekst/normalizuj';
import { ARKUSZ_STANU } from '../../core/zeszyt/wlasnosc';
import { Archiwum } from '../pakiet/archiwum';
import { czytajStrukturePakietu, type StrukturaPakietu } from './struktura';
import { czytajNapisy } from './napisy';
import { czytajArkuszStrumieniowo, type LimityArkusza } from './arkusz';
import { WBUDOWANE } from './formatyLiczb';

export interface FormulyBezWyniku {
  arkusz: string;
  pierwsza: string;
  liczba: number;
}

export interface OdczytStrumieniowy {
  zeszyt: ZeszytSnapshot;
  formulyBezWyniku: FormulyBezWyniku[];
  archiwum: Archiwum;
  struktura: StrukturaPakietu;
}

/** WB-1.9 / WB-1.10 limits of a sheet that is read. */
export const LIMITY_ARKUSZA: LimityArkusza = {
  wierszy: MAKS_WIERSZY_DANYCH + 1,
  komorek: 5_000_000,
  scalonych: 5_000_000,
};

export interface OpcjeStrumienia {
  /** sheets whose cells are read (matched by WB-1.3, `Nazwa (2)` variants and `_cyfrowa_szkola` included) */
  arkusze?: readonly string[] | 'wszystkie';
  limity?: LimityArkusza;
}

const WIDOCZNOSC = { visible: 'widoczny', hidden: 'ukryty', veryHidden: 'bardzoUkryty' } as const;

export function ktoreArkusze(nazwy: readonly string[] | 'wszystkie' | undefined): (nazwa: string) => boolean {
  if (!nazwy || nazwy === 'wszystkie') return () => true;
  const zbior = new Set(nazwy.map(normalizuj));
  return (nazwa) => {
    if (nazwa === ARKUSZ_STANU) return true;
    const n = normalizuj(nazwa);
    return zbior.has(n) || zbior.has(n.replace(/ \(\d+\)$/, ''));
  };
}

export async function czytajPakiet(bajty: Buffer, opcje: OpcjeStrumienia = {}): Promise<OdczytStrumieniowy> {
  const archiwum = new Archiwum(bajty);
  const struktura = czytajStrukturePakietu(archiwum);
  const czytac = ktoreArkusze(opcje.arkusze);
  const doCzytania = struktura.arkusze.filter((a) => a.tabela && a.czesc && czytac(a.nazwa));
  const napisy = doCzytania.length ? await czytajNapisy(archiwum, struktura.napisy) : [];
  const formaty: Array<string | undefined> = struktura.formatyXf.map((id) =>
    id ? (struktura.formatyLiczb.get(id) ?? WBUDOWANE.get(id)) : undefined,
  );
  const format = (s: number): string | undefined => formaty[s];
  const formulyBezWyniku: FormulyBezWyniku[] = [];
  const arkusze: ArkuszSnapshot[] = [];
  for (const a of struktura.arkusze) {
    const snap: ArkuszSnapshot = { nazwa: a.nazwa, wiersze: [], widocznosc: WIDOCZNOSC[a.stan] };
    arkusze.push(snap);
    if (!doCzytania.includes(a)) continue;
    const o = await czytajArkuszStrumieniowo(archiwum, archiwum.wpisy.get(a.czesc!)!, {
      nazwa: a.nazwa,
      napisy,
      format,
      date1904: struktura.date1904,
      limity: opcje.limity ?? LIMITY_ARKUSZA,
    });
    snap.wiersze = o.wiersze;
    if (o.bezWyniku) formulyBezWyniku.push({ arkusz: a.nazwa, ...o.bezWyniku });
  }
  return { zeszyt: { arkusze }, formulyBezWyniku, archiwum, struktura };
}
