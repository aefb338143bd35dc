/**
 * The pane's watch on the workbook (issue 9 §5, issue 8 §3): `worksheets.onChanged` tells which sheets
 * changed, whether or not live validation is on, so the sections showing them can go stale and refresh
 * when shown. It writes nothing and reads no cells: per burst of changes (events within 300 ms) one
 * small sync maps sheet ids to their current names (a sheet may have been renamed; ~50 B a sheet).
 * Co-authors' changes count too: the pane shows what is in the workbook.
 */
import type { HostExcel } from './host';

const SERIA_MS = 300;

export async function obserwujZmiany(
  host: HostExcel,
  naZmiane: (arkusze: string[], czas: number) => void,
): Promise<() => Promise<void>> {
  const nazwy = new Map<string, string>();
  const wczytajNazwy = () =>
    host.run(
      async (ctx) => {
        const a = ctx.workbook.worksheets.load('items/id,items/name');
        await ctx.sync();
        nazwy.clear();
        for (const x of a.items) nazwy.set(x.id, x.name);
      },
      undefined,
      { poEdycjiKomorki: true },
    );
  let czekajace: string[] = [];
  let zaplanowane = false;
  let czas = 0;
  const zglos = async (): Promise<void> => {
    zaplanowane = false;
    const ids = [...new Set(czekajace)];
    czekajace = [];
    await wczytajNazwy().catch(() => undefined);
    naZmiane(
      ids.map((id) => nazwy.get(id)).filter((n): n is string => n !== undefined),
      czas,
    );
  };
  let obsluga: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
  await host.run(async (ctx) => {
    obsluga = ctx.workbook.worksheets.onChanged.add((a) => {
      czekajace.push(a.worksheetId);
      if (!zaplanowane) {
        zaplanowane = true;
        czas = performance.now(); // when the burst began (monotonic): a read started later already saw it
        setTimeout(() => void zglos(), SERIA_MS); // one report for a burst of events
      }
      return Promise.resolve();
    });
    await ctx.sync();
  });
  return async () => {
    const o = obsluga;
    obsluga = null;
    if (o)
      await host.run(async (ctx) => {
        o.remove();
        await ctx.sync();
      }, o.context as Excel.RequestContext);
  };
}
