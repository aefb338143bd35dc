/**
 * The pre-scan of an .xlsx before ExcelJS loads it (WB-1.9): refuses at once, in bounded memory, a
 * sheet with more than 100 000 data rows (counted as rows holding a value, minus one header row), a
 * workbook too large for the CLI to load, and data validations ExcelJS would expand cell by cell.
 */
import { MAKS_WIERSZY_DANYCH } from '../../core';
import { skanujArkusz } from './skanArkusza';
import { czytajStrukture, type ArkuszStruktury, type Struktura } from './struktura';
import { komorkiWalidacji, walidacjeZXml, type WalidacjaXml } from './walidacjeXml';

export interface Limity {
  /** rows holding a value per sheet: the header + MAKS_WIERSZY_DANYCH data rows (WB-1.9) */
  wierszy: number;
  /** cells holding a value in the whole workbook (what ExcelJS can hold in memory) */
  komorek: number;
  /** cells covered by data validations in the whole workbook (ExcelJS expands them per cell) */
  komorekWalidacji: number;
}

// ExcelJS needs about 1.4 KB of memory per cell to load and rewrite a workbook (measured: 1.7 M cells → 2.4 GB
// peak); 3 M cells stays under the default 4 GB heap. 4 M validation cells ≈ 8 s and 0.4 GB to load.
export const LIMITY: Limity = { wierszy: MAKS_WIERSZY_DANYCH + 1, komorek: 3_000_000, komorekWalidacji: 4_000_000 };

export interface PrzegladArkusza extends ArkuszStruktury {
  wierszeZWartoscia: number;
  komorkiZWartoscia: number;
  /** WB-2.0: empty cached values (`<v/>`): formulas whose cached result is `""` */
  pusteWyniki: number;
  /** null when unknown (chart sheet, tail too long) */
  walidacje: WalidacjaXml[] | null;
  /** `<cfRule>` elements (main and x14) */
  regulyFormatowania: number;
}

export interface Odmowa {
  arkusz: string | null;
  pl: string;
  en: string;
}

export interface Przeglad {
  struktura: Struktura;
  arkusze: PrzegladArkusza[];
  odmowa: Odmowa | null;
}

/** Thousands grouped with a plain space (pl) or a comma (en), independent of the ICU data installed. */
const grupuj = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const fmtPl = (n: number): string => grupuj(n, ' ');
const fmtEn = (n: number): string => grupuj(n, ',');

export async function przegladnij(
  buf: Buffer,
  limity: Limity = LIMITY,
  postep?: (ulamek: number) => void,
): Promise<Przeglad> {
  const struktura = czytajStrukture(buf);
  const arkusze: PrzegladArkusza[] = [];
  const przeglad: Przeglad = { struktura, arkusze, odmowa: null };
  const razem =
    struktura.arkusze.reduce((s, a) => s + (a.czesc ? struktura.wpisy.get(a.czesc)!.rozmiarSkompresowany : 0), 0) || 1;
  let zrobione = 0;
  let komorek = 0;
  let komorekWal = 0;
  for (const a of struktura.arkusze) {
    const wpis = a.czesc && a.tabela ? struktura.wpisy.get(a.czesc) : undefined;
    if (!wpis) {
      arkusze.push({
        ...a,
        wierszeZWartoscia: 0,
        komorkiZWartoscia: 0,
        pusteWyniki: 0,
        walidacje: null,
        regulyFormatowania: 0,
      });
      continue;
    }
    const skan = await skanujArkusz(buf, wpis, limity.wierszy);
    if (skan.przerwany) {
      const n = limity.wierszy - 1;
      przeglad.odmowa = {
        arkusz: a.nazwa,
        pl: `Arkusz „${a.nazwa}” ma ponad ${fmtPl(n)} wierszy danych (WB-1.9); plik odrzucony bez wczytywania.`,
        en: `Sheet "${a.nazwa}" has more than ${fmtEn(n)} data rows (WB-1.9); file refused without loading it.`,
      };
      return przeglad;
    }
    const walidacje = skan.ogon === null ? null : walidacjeZXml(skan.ogon);
    const cf = skan.ogon === null ? 0 : (skan.ogon.match(/<(?:[\w.-]+:)?cfRule\b/g) ?? []).length;
    arkusze.push({
      ...a,
      wierszeZWartoscia: skan.wierszeZWartoscia,
      komorkiZWartoscia: skan.komorkiZWartoscia,
      pusteWyniki: skan.pusteWyniki,
      walidacje,
      regulyFormatowania: cf,
    });
    komorek += skan.komorkiZWartoscia;
    komorekWal += walidacje ? komorkiWalidacji(walidacje) : 0;
    if (komorek > limity.komorek) {
      przeglad.odmowa = {
        arkusz: null,
        pl: `Skoroszyt ma ponad ${fmtPl(limity.komorek)} niepustych komórek — za duży dla narzędzia wiersza poleceń (WB-1.9); plik odrzucony bez wczytywania.`,
        en: `The workbook has more than ${fmtEn(limity.komorek)} non-empty cells — too large for the command-line tool (WB-1.9); file refused without loading it.`,
      };
      return przeglad;
    }
    if (komorekWal > limity.komorekWalidacji) {
      przeglad.odmowa = {
        arkusz: a.nazwa,
        pl: `Listy rozwijane / walidacja danych obejmują ponad ${fmtPl(limity.komorekWalidacji)} komórek (np. całe kolumny w arkuszu „${a.nazwa}”). Ogranicz ich zakres do wierszy z danymi i uruchom ponownie (WB-1.9).`,
        en: `Dropdowns / data validation cover more than ${fmtEn(limity.komorekWalidacji)} cells (e.g. whole columns on sheet "${a.nazwa}"). Limit them to the rows with data and run again (WB-1.9).`,
      };
      return przeglad;
    }
    zrobione += wpis.rozmiarSkompresowany;
    postep?.(zrobione / razem);
  }
  return przeglad;
}

/** Parts ExcelJS does not rewrite (or not fully); counted per kind to tell what a copy lost. */
export const RODZAJE_CZESCI: ReadonlyArray<{ wzor: RegExp; pl: string; en: string }> = [
  { wzor: /^xl\/charts\/chart\d*\.xml$/i, pl: 'wykresy', en: 'charts' },
  { wzor: /^xl\/pivotTables\//i, pl: 'tabele przestawne', en: 'pivot tables' },
  { wzor: /^xl\/slicers\//i, pl: 'fragmentatory', en: 'slicers' },
  { wzor: /^xl\/timelines\//i, pl: 'osie czasu', en: 'timelines' },
  { wzor: /^xl\/vbaProject\.bin$/i, pl: 'makra VBA', en: 'VBA macros' },
  { wzor: /^xl\/externalLinks\/externalLink\d*\.xml$/i, pl: 'łącza zewnętrzne', en: 'external links' },
  { wzor: /^xl\/media\//i, pl: 'obrazy', en: 'images' },
  { wzor: /^xl\/tables\/table\d*\.xml$/i, pl: 'tabele Excela', en: 'Excel tables' },
  { wzor: /^xl\/comments\d*\.xml$/i, pl: 'komentarze', en: 'comments' },
  { wzor: /^xl\/threadedComments\//i, pl: 'komentarze wątkowe', en: 'threaded comments' },
  { wzor: /^xl\/queryTables\//i, pl: 'zapytania', en: 'query tables' },
  {
    wzor: /^customXml\/item\d*\.xml$/i,
    pl: 'metadane (customXml, np. etykiety poufności)',
    en: 'custom XML metadata (e.g. sensitivity labels)',
  },
];

export function liczCzesci(wpisy: Iterable<string>): number[] {
  const n = RODZAJE_CZESCI.map(() => 0);
  for (const w of wpisy)
    RODZAJE_CZESCI.forEach((r, i) => {
      if (r.wzor.test(w)) n[i]++;
    });
  return n;
}
