/**
 * Reading the workbook into a `ZeszytSnapshot` in a number of syncs that does not grow with the rows:
 * sync 1 = every sheet's name, id, visibility, position, the date system, the calculation mode and
 * whether events are on (`StanSkoroszytu`, what a later write needs); sync 2 = the used range of
 * each selected sheet and its first 20 000 rows (values, valueTypes, numberFormat). A sheet whose used
 * range goes beyond 20 000 rows costs one more sync per further 20 000-row block.
 */
import type { ArkuszSnapshot, Komorka, ZeszytSnapshot } from '../../core';
import { wstawBlok } from './komorki';

export const WIERSZE_W_BLOKU = 20_000;

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

/** What a write needs to know beforehand: the sheets, and the settings it suspends and restores. */
export interface StanSkoroszytu {
  arkusze: InfoArkusza[];
  trybObliczen: Excel.CalculationMode | 'Automatic' | 'AutomaticExceptTables' | 'Manual';
  zdarzenia: boolean;
  system1904: boolean;
}

export interface OdczytZeszytu {
  zeszyt: ZeszytSnapshot;
  stan: StanSkoroszytu;
  /** fills of the used range, rows/columns as in `wiersze`, for the sheets asked in `zWypelnieniem` */
  wypelnienia: Map<string, Wypelnienie[][]>;
}

export interface OpcjeOdczytu {
  /** sheets whose cell fills are loaded too (ExcelApi 1.9 getCellProperties) */
  zWypelnieniem?: readonly string[];
  /** more loads queued into the same sync as the contents, once the sheets are known */
  dolacz?: (stan: StanSkoroszytu) => void;
}

const WIDOCZNOSC: Record<string, Widocznosc> = { Visible: 'widoczny', Hidden: 'ukryty', VeryHidden: 'bardzoUkryty' };

/** Queues the loads of `StanSkoroszytu`; the returned function reads them after the sync. */
function kolejkujStan(ctx: Excel.RequestContext): () => StanSkoroszytu {
  const arkusze = ctx.workbook.worksheets.load('items/name,items/id,items/visibility,items/position');
  const app = ctx.workbook.application.load('calculationMode');
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
    trybObliczen: app.calculationMode,
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

  const kolejka = info
    .filter((a) => wybrane.has(a.nazwa))
    .map((a) => ({ a, blok: kolejkujArkusz(ctx.workbook.worksheets.getItem(a.id), zWypelnieniem.has(a.nazwa)) }));
  opcje.dolacz?.(stan);
  await ctx.sync();

  const wypelnienia = new Map<string, Wypelnienie[][]>();
  const snap: ArkuszSnapshot[] = [];
  for (const { a, blok } of kolejka) {
    const { wiersze, tla } = await dokonczArkusz(ctx, blok, system1904);
    snap.push({ nazwa: a.nazwa, wiersze, widocznosc: a.widocznosc });
    if (tla) wypelnienia.set(a.nazwa, tla);
  }
  return { zeszyt: { arkusze: snap }, stan, wypelnienia };
}

export interface KolejkaArkusza {
  arkusz: Excel.Worksheet;
  uzywany: Excel.Range;
  pierwszy: Excel.Range;
  tla: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

const WLASCIWOSCI_BLOKU = 'values,valueTypes,numberFormat,rowIndex,columnIndex';
const TLO: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true } } };

/** Queues the used range's size and its first block (used range ∩ rows 1…20 000). */
export function kolejkujArkusz(arkusz: Excel.Worksheet, zWypelnieniem: boolean): KolejkaArkusza {
  // getUsedRange (not …OrNullObject) returns A1 for a blank sheet, so the intersection is never null-chained
  const uzywany = arkusz.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
  const pierwszy = uzywany.getIntersection(arkusz.getRangeByIndexes(0, 0, WIERSZE_W_BLOKU, 16384));
  pierwszy.load(WLASCIWOSCI_BLOKU);
  return { arkusz, uzywany, pierwszy, tla: zWypelnieniem ? pierwszy.getCellProperties(TLO) : null };
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
  for (let od = WIERSZE_W_BLOKU; od < koniec; od += WIERSZE_W_BLOKU) {
    const start = Math.max(od, u.rowIndex);
    const ile = Math.min(od + WIERSZE_W_BLOKU, koniec) - start;
    if (ile <= 0) continue;
    const blok = k.arkusz.getRangeByIndexes(start, u.columnIndex, ile, u.columnCount).load(WLASCIWOSCI_BLOKU);
    const wl = tla ? blok.getCellProperties(TLO) : null;
    await ctx.sync();
    dodaj(blok, wl ? wl.value : null);
  }
  return { wiersze, tla };
}

function naWypelnienie(p: Excel.CellProperties): Wypelnienie {
  return { kolor: p.format?.fill?.color ?? '#FFFFFF', wzor: p.format?.fill?.pattern ?? 'None' };
}
