/** WB-2 `Podział środków` + `Województwa`: sheet names, labels, headers, the unit vocabulary. */
import type { Grosze } from '../kwota';
import { Slownik } from '../tekst/normalizuj';

export const ARKUSZ_PODZIALU = 'Podział środków';
export const ARKUSZ_WOJEWODZTW = 'Województwa';
/** The owned output sheet of `podziel` (WB-3.1; 23 characters, Excel allows 31). */
export const ARKUSZ_WYNIKU = 'Podział środków — wynik';

export const ETYKIETA_KWOTY = 'Kwota krajowa (zł)';
export const ETYKIETA_JEDNOSTKI = 'Jednostka zaokrąglenia';

export const KOL_TERYT = 'TERYT';
export const KOL_NAZWA = 'Województwo';
export const KOL_MALE = 'Liczba szkół małych';
export const KOL_SREDNIE = 'Liczba szkół średnich';
export const KOL_DUZE = 'Liczba szkół dużych';
export const KOLUMNY_WOJEWODZTW = [KOL_TERYT, KOL_NAZWA, KOL_MALE, KOL_SREDNIE, KOL_DUZE] as const;

export type NazwaJednostki = '1 gr' | '1 zł' | '100 zł' | '1 000 zł';
/** WB-2 vocabulary; `1000 zł` matches `1 000 zł` by WB-1.3. */
export const JEDNOSTKI = new Slownik<NazwaJednostki>(['1 gr', '1 zł', '100 zł', '1 000 zł']);
export const JEDNOSTKA_DOMYSLNA: NazwaJednostki = '1 gr';
export const GROSZE_JEDNOSTKI: Record<NazwaJednostki, Grosze> = {
  '1 gr': 1,
  '1 zł': 100,
  '100 zł': 10_000,
  '1 000 zł': 100_000,
};

export function nazwaJednostki(g: Grosze): NazwaJednostki | undefined {
  return (Object.keys(GROSZE_JEDNOSTKI) as NazwaJednostki[]).find((n) => GROSZE_JEDNOSTKI[n] === g);
}
