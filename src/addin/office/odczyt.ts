/**
 * Reading the workbook into a `ZeszytSnapshot` in a number of syncs that does not grow with the rows:
 * sync 1 = every sheet's name, id, visibility, position, the date system and whether events are on
 * (`StanSkoroszytu`, what a later write needs); sync 2 = the used range of each selected sheet and its
 * first 7 000 rows (values, valueTypes, numberFormat). A sheet whose used range goes beyond them costs one
 * more sync per further block, each sized by the bytes a row of the first block took (issue 8 §2: every
 * response ≤ 4 MB, under Excel on the web's 5 MB limit; a row of `Wnioski` is ≈ 0.5 KiB with values,
 * value types and number formats). Excel refuses a response above 5 MB, and its size is known only once
 * built: a refused block is asked again with half the rows.
 */
import type { ArkuszSnapshot, Komorka, ZeszytSnapshot } from '../../core';
import { wstawBlok } from './komorki';
import { kodExcela } from './bledy';

export const WIERSZE_W_BLOKU = 7_000;
/** what a further block may bring back (bytes of JSON), under the 4 MB goal */
export const LIMIT_ODPOWIEDZI = 3.5 * 1024 * 1024;

export type Widocznosc = 'widoczny' | 'ukryty' | 'bardzoUkryty';

export interface InfoArkusza {
  nazwa: string;
  id: string;
  widocznosc: Widocznosc;
  pozycja: number;
}

/** A cell's fill as Excel reports it (`pattern` 'None' = no fill; `color` is then '#FFFFFF'). */
export interface Wypelnienie {
  kolor: string;
  wzor: string;
}

/** What a write needs to know beforehand: the sheets, and the add-in's event setting it suspends and restores. */
export interface StanSkoroszytu {
  arkusze: InfoArkusza[];
  zdarzenia: boolean;
  system1904: boolean;
}

export interface OdczytZeszytu {
  zeszyt: ZeszytSnapshot;
  stan: StanSkoroszytu;
  /** fills of the used range, rows/columns as in `wiersze`, for the sheets asked in `zWypelnieniem` */
  wypelnienia: Map<string, Wypelnienie[][]>;
  /** WB-1.10: values beyond column IV, not read (sheet, A1 range) */
  dalekie: { arkusz: string; adres: string }[];
  /** the sheets of `zOchrona` that are protected */
  chronione: string[];
}

export interface OpcjeOdczytu {
  /** sheets whose cell fills are loaded too (ExcelApi 1.9 getCellProperties) */
  zWypelnieniem?: readonly string[];
  /** sheets (any letter case) whose protection is loaded too (`chronione` of the result), with no sync of its own */
  zOchrona?: readonly string[];
  /** more loads queued into the same sync as the contents, once the sheets are known */
  dolacz?: (stan: StanSkoroszytu) => void;
}

const WIDOCZNOSC: Record<string, Widocznosc> = { Visible: 'widoczny', Hidden: 'ukryty', VeryHidden: 'bardzoUkryty' };

/** Queues the loads of `StanSkoroszytu`; the returned function reads them after the sync. */
function kolejkujStan(ctx: Excel.RequestContext): () => StanSkoroszytu {
  const arkusze = ctx.workbook.worksheets.load('items/name,items/id,items/visibility,items/position');
  const rt = ctx.runtime.load('enableEvents');
  // DATE(1904;1;1) is 0 in the 1904 date system and 1462 in the 1900 one (WB-1.7)
  const data1904 = ctx.workbook.functions.date(1904, 1, 1).load('value');
  return () => ({
    arkusze: arkusze.items.map((a) => ({
      nazwa: a.name,
      id: a.id,
      widocznosc: WIDOCZNOSC[a.visibility] ?? 'widoczny',
      pozycja: a.position,
    })),
    zdarzenia: rt.enableEvents,
    system1904: data1904.value === 0,
  });
}

/** One sync: the sheets and settings (for a write that does not read first, e.g. a template). */
export async function wczytajStan(ctx: Excel.RequestContext): Promise<StanSkoroszytu> {
  const stan = kolejkujStan(ctx);
  await ctx.sync();
  return stan();
}

/** `wybor` gets every sheet name (in tab order) and returns the sheets whose contents are needed. */
export async function czytajZeszyt(
  ctx: Excel.RequestContext,
  wybor: (nazwy: readonly string[]) => readonly string[],
  opcje: OpcjeOdczytu = {},
): Promise<OdczytZeszytu> {
  const stan = await wczytajStan(ctx);
  const { arkusze: info, system1904 } = stan;
  const wybrane = new Set(wybor(info.map((a) => a.nazwa)));
  const zWypelnieniem = new Set(opcje.zWypelnieniem ?? []);

  const czytane = info.filter((a) => wybrane.has(a.nazwa));
  const zOchrona = new Set((opcje.zOchrona ?? []).map((n) => n.toLowerCase()));
  const kolejkuj = (wierszy: number) => {
    const k = {
      kolejka: czytane.map((a) => ({
        a,
        blok: kolejkujArkusz(ctx.workbook.worksheets.getItem(a.id), zWypelnieniem.has(a.nazwa), wierszy),
      })),
      ochrona: info
        .filter((a) => zOchrona.has(a.nazwa.toLowerCase()))
        .map((a) => ({ a, p: ctx.workbook.worksheets.getItem(a.id).protection.load('protected') })),
    };
    opcje.dolacz?.(stan);
    return k;
  };
  let { kolejka, ochrona } = kolejkuj(WIERSZE_W_BLOKU);
  for (let wierszy = WIERSZE_W_BLOKU; ;) {
    try {
      await ctx.sync();
      break;
    } catch (e) {
      // long texts or many columns: the same loads again with half the rows (one more sync each time)
      if (!zaDuzaOdpowiedz(e) || wierszy === 1) throw e;
      wierszy = Math.ceil(wierszy / 2);
      ({ kolejka, ochrona } = kolejkuj(wierszy));
    }
  }

  const wypelnienia = new Map<string, Wypelnienie[][]>();
  const snap: ArkuszSnapshot[] = [];
  const dalekie: OdczytZeszytu['dalekie'] = [];
  for (const { a, blok } of kolejka) {
    const adres = dalekieKomorki(blok);
    if (adres) dalekie.push({ arkusz: a.nazwa, adres });
    const { wiersze, tla } = await dokonczArkusz(ctx, blok, system1904);
    snap.push({ nazwa: a.nazwa, wiersze, widocznosc: a.widocznosc });
    if (tla) wypelnienia.set(a.nazwa, tla);
  }
  const chronione = ochrona.filter((x) => x.p.protected).map((x) => x.a.nazwa);
  return { zeszyt: { arkusze: snap }, stan, wypelnienia, dalekie, chronione };
}

export interface KolejkaArkusza {
  arkusz: Excel.Worksheet;
  uzywany: Excel.Range;
  pierwszy: Excel.Range;
  /** rows 1…`wierszy` are in the first block */
  wierszy: number;
  tla: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  /** values beyond column `MAKS_KOLUMN` (a stray cell far to the right), not read: null object when none */
  daleko: Excel.Range;
}

/**
 * WB-1.10: tables are read over their first 256 columns (A…IV, wider than any sheet of the programme), so a
 * stray value far to the right (XFD7) cannot make every block 16 384 columns wide; such a value is named
 * (`dalekieKomorki`) instead of being read.
 */
export const MAKS_KOLUMN = 256;
const WSZYSTKIE_WIERSZE = 1_048_576;

/** Excel refuses a response above 5 MB (issue 8 §2); its size is known only once it is built */
function zaDuzaOdpowiedz(e: unknown): boolean {
  return kodExcela(e) === 'ResponsePayloadSizeLimitExceeded';
}

const WLASCIWOSCI_BLOKU = 'values,valueTypes,numberFormat,rowIndex,columnIndex';
const TLO: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true } } };

/** Rows [od, od + ile) of the first `MAKS_KOLUMN` columns, shrunk to the cells holding values (null object when none). */
function blokDanych(arkusz: Excel.Worksheet, od: number, ile: number): Excel.Range {
  return arkusz.getRangeByIndexes(od, 0, ile, MAKS_KOLUMN).getUsedRangeOrNullObject(true);
}

/** Queues the used range's size, its first block (rows 1…`wierszy`, columns A…IV, values only) and the far-away check. */
export function kolejkujArkusz(
  arkusz: Excel.Worksheet,
  zWypelnieniem: boolean,
  wierszy = WIERSZE_W_BLOKU,
): KolejkaArkusza {
  const uzywany = arkusz.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
  // fills are read over the whole values block, as before (an empty block has no cell properties to ask)
  const pierwszy = zWypelnieniem
    ? uzywany.getIntersection(arkusz.getRangeByIndexes(0, 0, wierszy, MAKS_KOLUMN))
    : blokDanych(arkusz, 0, wierszy);
  pierwszy.load(WLASCIWOSCI_BLOKU);
  const daleko = arkusz
    .getRangeByIndexes(0, MAKS_KOLUMN, WSZYSTKIE_WIERSZE, 16_384 - MAKS_KOLUMN)
    .getUsedRangeOrNullObject(true)
    .load('address');
  return { arkusz, uzywany, pierwszy, wierszy, tla: zWypelnieniem ? pierwszy.getCellProperties(TLO) : null, daleko };
}

/** WB-1.10: the address of the values beyond column IV that were not read (`'Wnioski'!XFD7`), or null. */
export function dalekieKomorki(k: KolejkaArkusza): string | null {
  return k.daleko.isNullObject ? null : k.daleko.address.slice(k.daleko.address.lastIndexOf('!') + 1);
}

/** After the sync of `kolejkujArkusz`: converts the first block, then loads further blocks one sync each. */
export async function dokonczArkusz(
  ctx: Excel.RequestContext,
  k: KolejkaArkusza,
  system1904: boolean,
): Promise<{ wiersze: Komorka[][]; tla: Wypelnienie[][] | null }> {
  const wiersze: Komorka[][] = [];
  const tla: Wypelnienie[][] | null = k.tla ? [] : null;
  const dodaj = (blok: Excel.Range, wlasciwosci: Excel.CellProperties[][] | null) => {
    if (blok.isNullObject) return;
    wstawBlok(wiersze, blok.rowIndex, blok.columnIndex, blok.values, blok.valueTypes, blok.numberFormat, system1904);
    if (tla && wlasciwosci)
      wlasciwosci.forEach((w, r) => {
        const wiersz: Wypelnienie[] = (tla[blok.rowIndex + r] = []);
        w.forEach((p, c) => (wiersz[blok.columnIndex + c] = naWypelnienie(p)));
      });
  };
  dodaj(k.pierwszy, k.tla ? k.tla.value : null);
  const u = k.uzywany;
  const koniec = u.rowIndex + u.rowCount;
  const szerokosc = Math.min(u.columnIndex + u.columnCount, MAKS_KOLUMN) - u.columnIndex;
  let wBloku = wierszyWBloku(k.pierwszy, k.tla ? k.tla.value : null);
  for (let od = Math.max(k.wierszy, u.rowIndex); od < koniec && szerokosc > 0;) {
    const ile = Math.min(wBloku, koniec - od);
    const blok = (
      tla ? k.arkusz.getRangeByIndexes(od, u.columnIndex, ile, szerokosc) : blokDanych(k.arkusz, od, ile)
    ).load(WLASCIWOSCI_BLOKU);
    const wl = tla ? blok.getCellProperties(TLO) : null;
    try {
      await ctx.sync();
    } catch (e) {
      if (!zaDuzaOdpowiedz(e) || ile === 1) throw e;
      wBloku = Math.ceil(ile / 2); // longer texts further down: half the rows, one more sync
      continue;
    }
    dodaj(blok, wl ? wl.value : null);
    od += ile;
  }
  return { wiersze, tla };
}

/** rows per further block: as many as fit in `LIMIT_ODPOWIEDZI` at the first block's bytes per row */
function wierszyWBloku(blok: Excel.Range, tla: Excel.CellProperties[][] | null): number {
  if (blok.isNullObject) return WIERSZE_W_BLOKU;
  const wierszy = blok.values.length;
  if (wierszy === 0) return WIERSZE_W_BLOKU;
  const bajty =
    JSON.stringify(blok.values).length +
    JSON.stringify(blok.valueTypes).length +
    JSON.stringify(blok.numberFormat).length +
    (tla ? JSON.stringify(tla).length : 0);
  return Math.max(1, Math.floor(LIMIT_ODPOWIEDZI / Math.max(1, bajty / wierszy)));
}

function naWypelnienie(p: Excel.CellProperties): Wypelnienie {
  return { kolor: p.format?.fill?.color ?? '#FFFFFF', wzor: p.format?.fill?.pattern ?? 'None' };
}
