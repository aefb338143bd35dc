/**
 * Applying a `PlanZapisu` (WB-3.1, WB-3.3). Each planned sheet is built under a temporary hidden name,
 * then swapped in (old owned sheet deleted, new one renamed and put in its place), so a failure leaves
 * the old sheets whole. Only sheets in the owned list are ever deleted or replaced; a planned name taken
 * by any other sheet refuses the whole plan before anything is written.
 *
 * Syncs: one per portion of ≤ 4 MB (the first also suspends calculation and events and adds the hidden
 * sheets; the last also re-reads the sheet list for a fresh ownership check), plus one for layout, swap
 * and restore — `porcje + 1`, given the `StanSkoroszytu` read just before.
 */
import { type PlanZapisu, type ZapisArkusza, ARKUSZ_STANU } from '../../core';
import type { Postep } from './operacje';
import type { InfoArkusza, StanSkoroszytu } from './odczyt';
import { danePorcji, LIMIT_PORCJI, podzielNaPorcje, prostokatyStylu, type Kawalek } from './porcje';
import { nalozStyl, sformatujKolumny, ustawWysokosci, wykonczArkusz } from './wykonczenie';
import { bladExcela, nazwyZajete } from './bledy';
import { oddajSterowanie } from './host';

export interface OpcjeZapisu {
  /** WB-3.1: names of the sheets the add-in owns (from `_cyfrowa_szkola`); `_cyfrowa_szkola` itself always is */
  wlasne: readonly string[];
  /** read in the same `Excel.run` just before (sheet list, calculation mode, events) */
  stan: StanSkoroszytu;
  postep?: Postep;
}

export interface WynikZapisu {
  zapisane: string[];
  synchronizacje: number;
  porcje: number;
}

const male = (s: string) => s.toLowerCase();
/** room in each portion for the few fixed operations sent with it (settings, sheet adds) */
const ZAPAS = 16 * 1024;

/** Planned names that exist but are not owned (Excel sheet names are case-insensitive). */
export function kolizje(
  arkusze: readonly ZapisArkusza[],
  wlasne: readonly string[],
  istniejace: readonly string[],
): string[] {
  const w = new Set([...wlasne, ARKUSZ_STANU].map(male));
  const jest = new Map(istniejace.map((n) => [male(n), n]));
  return arkusze.flatMap((a) => {
    const n = jest.get(male(a.nazwa));
    return n !== undefined && !w.has(male(n)) ? [n] : [];
  });
}

function nazwyTymczasowe(ile: number, istniejace: readonly InfoArkusza[]): string[] {
  const zajete = new Set(istniejace.map((a) => male(a.nazwa)));
  const nazwy: string[] = [];
  for (let i = 1; nazwy.length < ile; i++) if (!zajete.has(male(`_cs_nowy_${i}`))) nazwy.push(`_cs_nowy_${i}`);
  return nazwy;
}

function zapiszKawalek(s: Excel.Worksheet, a: ZapisArkusza, k: Kawalek): void {
  const { wartosci, formaty } = danePorcji(a, k);
  const zakres = s.getRangeByIndexes(k.wiersz0, 0, k.wierszy, k.kolumn);
  zakres.numberFormat = formaty; // first: a text cell is already `@` when its value arrives (WB-3.3)
  zakres.values = wartosci;
  for (const p of prostokatyStylu(a, k)) nalozStyl(s, p);
  ustawWysokosci(s, a, k.wiersz0, k.wiersz0 + k.wierszy);
}

export async function zapiszPlan(
  ctx: Excel.RequestContext,
  plan: PlanZapisu,
  opcje: OpcjeZapisu,
): Promise<WynikZapisu> {
  const { stan } = opcje;
  const odmowa = kolizje(
    plan.arkusze,
    opcje.wlasne,
    stan.arkusze.map((a) => a.nazwa),
  );
  if (odmowa.length > 0) throw nazwyZajete(odmowa);
  const porcje = podzielNaPorcje(plan.arkusze, LIMIT_PORCJI - ZAPAS);
  const tymczasowe = nazwyTymczasowe(plan.arkusze.length, stan.arkusze);
  let synchronizacje = 0;
  const sync = async () => {
    synchronizacje++;
    await ctx.sync();
  };
  const arkusze = ctx.workbook.worksheets;
  let zawieszone = false;
  try {
    ctx.workbook.application.calculationMode = 'Manual';
    ctx.runtime.enableEvents = false;
    zawieszone = true;
    const nowe = tymczasowe.map((n, i) => {
      const s = arkusze.add(n);
      s.visibility = 'Hidden';
      sformatujKolumny(s, plan.arkusze[i]);
      return s;
    });
    let swieze: Excel.WorksheetCollection | null = null;
    for (let i = 0; i < porcje.length; i++) {
      if (i > 0) await oddajSterowanie();
      for (const k of porcje[i].kawalki) zapiszKawalek(nowe[k.arkusz], plan.arkusze[k.arkusz], k);
      if (i === porcje.length - 1) swieze = arkusze.load('items/name,items/id,items/position');
      await sync();
      opcje.postep?.((i + 1) / (porcje.length + 1), 'Zapisywanie arkuszy');
    }
    const tymcz = new Set(tymczasowe.map(male));
    const teraz = swieze!.items
      .filter((s) => !tymcz.has(male(s.name)))
      .map((s) => ({ nazwa: s.name, id: s.id, pozycja: s.position }));
    const pozniej = kolizje(
      plan.arkusze,
      opcje.wlasne,
      teraz.map((a) => a.nazwa),
    );
    if (pozniej.length > 0) throw nazwyZajete(pozniej);

    const wgNazwy = new Map(teraz.map((a) => [male(a.nazwa), a]));
    const zamiany = plan.arkusze.map((a, i) => ({ a, nowy: nowe[i], stary: wgNazwy.get(male(a.nazwa)) }));
    zamiany.forEach(({ a, nowy }) => {
      wykonczArkusz(nowy, a);
      nowy.visibility =
        a.widocznosc === 'bardzoUkryty' ? 'VeryHidden' : a.widocznosc === 'ukryty' ? 'Hidden' : 'Visible';
    });
    for (const z of zamiany) if (z.stary) arkusze.getItem(z.stary.id).delete();
    for (const z of zamiany) z.nowy.name = z.a.nazwa;
    // ascending old positions: each insertion lands exactly where its old sheet was
    const naMiejsce = zamiany.filter((z) => z.stary).sort((x, y) => x.stary!.pozycja - y.stary!.pozycja);
    for (const z of naMiejsce) z.nowy.position = z.stary!.pozycja;
    przywroc(ctx, stan);
    await sync();
    zawieszone = false;
    opcje.postep?.(1, 'Zapisano');
    return { zapisane: plan.arkusze.map((a) => a.nazwa), synchronizacje, porcje: porcje.length };
  } catch (e) {
    await sprzatnij(ctx, tymczasowe, zawieszone ? stan : null);
    throw bladExcela(e, 'zapis arkuszy');
  }
}

function przywroc(ctx: Excel.RequestContext, stan: StanSkoroszytu): void {
  ctx.workbook.application.calculationMode = stan.trybObliczen;
  ctx.runtime.enableEvents = stan.zdarzenia;
}

/** Error path, best effort: deletes the hidden sheets still under temporary names, restores settings. */
async function sprzatnij(
  ctx: Excel.RequestContext,
  tymczasowe: readonly string[],
  stan: StanSkoroszytu | null,
): Promise<void> {
  try {
    const arkusze = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    const tymcz = new Set(tymczasowe.map(male));
    for (const s of arkusze.items) if (tymcz.has(male(s.name))) s.delete();
    if (stan) przywroc(ctx, stan);
    await ctx.sync();
  } catch {
    // the original error is what the user needs to see
  }
}
