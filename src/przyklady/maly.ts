/** Small hand-made voivodeship workbooks in the template layout (scenarios and blocking examples). */
import {
  type ZapisArkusza,
  type ZapisKomorki,
  arkuszTabeli,
  adres,
  KOLUMNY_SZABLONU_WNIOSKOW,
  szablonWojewodztwa,
  ARKUSZ_WNIOSKI,
} from '../core';
import type { KluczKolumny } from './szkoly';
import { KOLEJNOSC_KOLUMN } from './wierszWniosku';
import { arkuszParametrowZWartosciami, type WartosciParametrow } from './parametry';
import type { KomorkaSpecjalna, PrzykladZeszytu, ZapisSpecjalny } from './model';

export type WartoscMala = ZapisKomorki | KomorkaSpecjalna;
export type WierszMaly = Partial<Record<KluczKolumny, WartoscMala>> | null;

function specjalna(x: ZapisKomorki | KomorkaSpecjalna | undefined): x is KomorkaSpecjalna {
  return !!x && ('blad' in x || 'formula' in x);
}

/** `Wnioski` rows by column key (null = a blank row); `bez` drops template columns (missing headers). */
export function arkuszWnioskow(
  wiersze: readonly WierszMaly[],
  bez: readonly KluczKolumny[] = [],
): { arkusz: ZapisArkusza; specjalne: ZapisSpecjalny[] } {
  const kolumny = KOLUMNY_SZABLONU_WNIOSKOW.filter((_, i) => !bez.includes(KOLEJNOSC_KOLUMN[i]));
  const klucze = KOLEJNOSC_KOLUMN.filter((k) => !bez.includes(k));
  const specjalne: ZapisSpecjalny[] = [];
  const dane = wiersze.map((w, r) => {
    if (!w) return [];
    return klucze.map((k, c) => {
      const x = w[k];
      if (specjalna(x)) {
        specjalne.push({ arkusz: ARKUSZ_WNIOSKI, adres: adres(r + 1, c), wartosc: x });
        return null;
      }
      return x ?? null;
    });
  });
  return { arkusz: arkuszTabeli(ARKUSZ_WNIOSKI, kolumny, dane), specjalne };
}

export interface OpcjeMalego {
  parametry: WartosciParametrow;
  wiersze: readonly WierszMaly[];
  bezKolumn?: readonly KluczKolumny[];
  bezArkuszaWnioskow?: boolean;
  /** extra user sheets appended after the template sheets */
  dodatkowe?: ZapisArkusza[];
}

export function zeszytMaly(o: OpcjeMalego): PrzykladZeszytu {
  const [, , reguly] = szablonWojewodztwa();
  const parametry = arkuszParametrowZWartosciami(o.parametry);
  if (o.bezArkuszaWnioskow) return { arkusze: [parametry, reguly, ...(o.dodatkowe ?? [])], specjalne: [] };
  const w = arkuszWnioskow(o.wiersze, o.bezKolumn);
  return { arkusze: [parametry, w.arkusz, reguly, ...(o.dodatkowe ?? [])], specjalne: w.specjalne };
}
