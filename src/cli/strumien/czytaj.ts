/**
 * The .xlsx package → the core's ZeszytSnapshot, streamed (WB-1, WB-1.10): only the sheets an
 * operation reads are inflated and parsed (and `_cyfrowa_szkola`, WB-3.1); every other part is never
 * inflated, so it neither costs time nor counts towards a limit.
 */
import {
  type ArkuszSnapshot,
  type ZeszytSnapshot,
  MAKS_WIERSZY_DANYCH,
  normalizuj,
  ARKUSZ_STANU,
  czytajStan,
  ARKUSZ_UWAG,
} from '../../core';
import { Archiwum } from '../pakiet/archiwum';
import { czytajStrukturePakietu, formatKomorki, type ArkuszPakietu, type StrukturaPakietu } from './struktura';
import { czytajNapisy } from './napisy';
import { czytajArkuszStrumieniowo, type LimityArkusza } from './arkusz';
import { OdciskArkusza } from './odcisk';

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
  /** the sheets whose cells were read (the others have no rows in the snapshot) */
  przeczytane: Set<string>;
  /** WB-4 digests of the values of the sheets read (with `odciski`), by sheet name */
  odciski: Map<string, string>;
  napisy: readonly string[];
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
  /**
   * skip the tool's own output sheets (per `_cyfrowa_szkola`) other than `Uwagi`: no operation reads
   * them (they are replaced), so they neither cost memory nor count towards a limit (WB-1.10)
   */
  pominWlasneWyniki?: boolean;
  /** compute each read sheet's value digest (WB-4: the record of an output file) */
  odciski?: boolean;
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
  const format = formatKomorki(struktura);
  const formulyBezWyniku: FormulyBezWyniku[] = [];
  const limity = opcje.limity ?? LIMITY_ARKUSZA;
  const odciski = new Map<string, string>();
  const czytaj = async (a: ArkuszPakietu, l: LimityArkusza): Promise<ArkuszSnapshot['wiersze']> => {
    const odcisk = opcje.odciski ? new OdciskArkusza() : undefined;
    const o = await czytajArkuszStrumieniowo(archiwum, archiwum.wpisy.get(a.czesc!)!, {
      nazwa: a.nazwa,
      napisy,
      format,
      date1904: struktura.date1904,
      limity: l,
      odcisk,
    });
    if (odcisk) odciski.set(a.nazwa, odcisk.hex());
    if (o.bezWyniku) formulyBezWyniku.push({ arkusz: a.nazwa, ...o.bezWyniku });
    return o.wiersze;
  };
  let wlasne: Set<string> | null = null;
  const stan = doCzytania.find((a) => a.nazwa === ARKUSZ_STANU);
  const wierszeStanu = stan ? await czytaj(stan, limity) : null;
  if (wierszeStanu && opcje.pominWlasneWyniki) {
    const s = czytajStan({ arkusze: [{ nazwa: ARKUSZ_STANU, wiersze: wierszeStanu }] });
    wlasne = new Set([ARKUSZ_STANU, ...(s?.arkusze ?? [])].map((n) => n.toLowerCase()));
  }
  const pomin = (n: string): boolean =>
    !!opcje.pominWlasneWyniki && !!wlasne?.has(n.toLowerCase()) && n !== ARKUSZ_UWAG;
  const arkusze: ArkuszSnapshot[] = [];
  const przeczytane = new Set<string>();
  for (const a of struktura.arkusze) {
    const snap: ArkuszSnapshot = { nazwa: a.nazwa, wiersze: [], widocznosc: WIDOCZNOSC[a.stan] };
    arkusze.push(snap);
    if (!a.tabela || !a.czesc) continue;
    if (a === stan) snap.wiersze = wierszeStanu!;
    else if (doCzytania.includes(a) && !pomin(a.nazwa)) snap.wiersze = await czytaj(a, limity);
    else continue;
    przeczytane.add(a.nazwa);
  }
  return { zeszyt: { arkusze }, formulyBezWyniku, archiwum, struktura, przeczytane, odciski, napisy };
}
