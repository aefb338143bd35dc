/**
 * Applying a `PlanZapisu` (WB-3.1, WB-3.3). Every planned sheet is built in a hidden temporary sheet, in
 * portions; one final sync then copies each into its existing owned sheet (which keeps its identity, so user
 * formulas such as `=Zakwalifikowane!H5` keep working) or renames it into place (`podmiana.ts`). Only
 * sheets in the owned list are ever written; a planned name taken by any other sheet refuses the plan.
 *
 * A failure at any sync leaves the previous content or the new one, never a mix and never nothing, and the
 * message says which: before the final sync nothing owned was touched (the temporary sheets are deleted);
 * after a failed final sync the workbook is looked at once — when the copies ran, the new content stands;
 * otherwise the final sync is sent once more, and if that fails too the temporary sheets are deleted.
 *
 * Syncs: one per portion of ≤ 4 MB (the first also adds the temporary sheets; the last also reads the sheet
 * list, the targets' protection and charts, and — with `wejscie` — the inputs again), plus the final one:
 * `porcje + 1`, given the `StanSkoroszytu` read just before. No global setting is changed: calculation is
 * suspended per request (`suspendApiCalculationUntilNextSync`, ExcelApi 1.6), screen updating for the
 * final one (ExcelApi 1.9); only this add-in's own events are switched off while it writes.
 */
import { type PlanZapisu, type ZapisArkusza, ARKUSZ_STANU } from '../../core';
import type { Postep } from './operacje';
import type { InfoArkusza, StanSkoroszytu } from './odczyt';
import { danePorcji, LIMIT_PORCJI, podzielNaPorcje, prostokatyStylu, type Kawalek } from './porcje';
import { nalozStyl, sformatujKolumny, ustawWysokosci } from './wykonczenie';
import { BladDodatku, bladExcela, nazwyZajete } from './bledy';
import { oddajSterowanie } from './host';
import { kolejkujPodmiane, stanPodmiany, type Cel } from './podmiana';
import { kolejkujPonownyOdczyt, type PonownyOdczyt, type WejscieZapisu } from './ponownyOdczyt';

export interface OpcjeZapisu {
  /** WB-3.1: names of the sheets the add-in owns (from `_cyfrowa_szkola`); `_cyfrowa_szkola` itself always is */
  wlasne: readonly string[];
  /** read in the same `Excel.run` just before (sheet list, events) */
  stan: StanSkoroszytu;
  postep?: Postep;
  /** the inputs the plan was computed from: read again with the last portion, a change refuses the write */
  wejscie?: WejscieZapisu;
  /** `isSetSupported('ExcelApi', …)`, asked before suspending screen updating (ExcelApi 1.9) */
  obsluguje?: (wersjaExcelApi: string) => boolean;
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

/** the temporary sheets' names: `_cs_nowy_<n>` */
const POZOSTALOSC = /^_cs_nowy_\d+$/i;

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

/** What the workbook holds after a failure, said in the message. */
export type Skutek = 'poprzedni' | 'nowy' | 'nieznany';
const ZDANIE: Record<Skutek, string> = {
  poprzedni: 'Poprzednia zawartość arkuszy wynikowych została zachowana bez zmian.',
  nowy: 'Nowa zawartość arkuszy wynikowych została jednak zapisana w całości.',
  nieznany:
    'Nie udało się sprawdzić, czy arkusze wynikowe zostały zmienione — uruchom operację ponownie, aby mieć pewność.',
};

export function zeSkutkiem(e: unknown, skutek: Skutek, coRobiono = 'zapis arkuszy'): BladDodatku {
  const b = bladExcela(e, coRobiono);
  const tekst = b.komunikat.replace(/ — nic nie zapisano\.$/, '.');
  return new BladDodatku(b.kod, `${tekst} ${ZDANIE[skutek]}`, b.arkusze, b.przyczyna ?? e);
}

export async function zapiszPlan(
  ctx: Excel.RequestContext,
  plan: PlanZapisu,
  opcje: OpcjeZapisu,
): Promise<WynikZapisu> {
  const { stan } = opcje;
  const obsluguje = opcje.obsluguje ?? (() => false);
  const odmowa = kolizje(
    plan.arkusze,
    opcje.wlasne,
    stan.arkusze.map((a) => a.nazwa),
  );
  if (odmowa.length > 0) throw nazwyZajete(odmowa);
  const porcje = podzielNaPorcje(plan.arkusze, LIMIT_PORCJI - ZAPAS);
  const tymczasowe = nazwyTymczasowe(plan.arkusze.length, stan.arkusze);
  let synchronizacje = 0;
  const app = ctx.workbook.application;
  const sync = async () => {
    synchronizacje++;
    await ctx.sync();
  };
  const arkusze = ctx.workbook.worksheets;
  // the owned sheets the plan will replace, as they were when the run read the workbook
  const wgNazwyPrzed = new Map(stan.arkusze.map((a) => [male(a.nazwa), a]));
  const stareId = plan.arkusze.map((a) => wgNazwyPrzed.get(male(a.nazwa))?.id ?? null);
  const nowe: Excel.Worksheet[] = [];
  const tymcz: Tymczasowe = { nazwy: tymczasowe, idy: null };
  let cele: Cel[] | null = null;
  try {
    ctx.runtime.enableEvents = false;
    // hidden temporary sheets an earlier run could not delete (Excel unreachable until its end) go now
    for (const a of stan.arkusze)
      if (POZOSTALOSC.test(a.nazwa) && a.widocznosc !== 'widoczny') arkusze.getItem(a.id).delete();
    tymczasowe.forEach((n, i) => {
      const s = arkusze.add(n);
      s.visibility = 'Hidden';
      sformatujKolumny(s, plan.arkusze[i]);
      nowe.push(s.load('id'));
    });
    let swieze: Excel.WorksheetCollection | null = null;
    let ochrona: Map<string, { chroniony: Excel.WorksheetProtection; wykresy: Excel.ChartCollection }> = new Map();
    let ponowny: PonownyOdczyt | null = null;
    for (let i = 0; i < porcje.length; i++) {
      if (i > 0) await oddajSterowanie();
      app.suspendApiCalculationUntilNextSync();
      for (const k of porcje[i].kawalki) zapiszKawalek(nowe[k.arkusz], plan.arkusze[k.arkusz], k);
      if (i === porcje.length - 1) {
        swieze = arkusze.load('items/name,items/id');
        ochrona = new Map(
          stareId.flatMap((id) => {
            if (!id) return [];
            const s = arkusze.getItem(id);
            return [[id, { chroniony: s.protection.load('protected'), wykresy: s.charts.load('items/name') }]];
          }),
        );
        if (opcje.wejscie) ponowny = kolejkujPonownyOdczyt(ctx, opcje.wejscie);
      }
      await sync();
      if (i === 0) tymcz.idy = new Set(nowe.map((s) => s.id));
      opcje.postep?.((i + 1) / (porcje.length + 1), 'Zapisywanie arkuszy');
    }
    const idyNowych = tymcz.idy!;
    const teraz = swieze!.items.filter((s) => !idyNowych.has(s.id)).map((s) => ({ nazwa: s.name, id: s.id }));
    const pozniej = kolizje(
      plan.arkusze,
      opcje.wlasne,
      teraz.map((a) => a.nazwa),
    );
    if (pozniej.length > 0) throw nazwyZajete(pozniej);
    const zmieniony = ponowny
      ? await ponowny.zmieniony(
          teraz.map((a) => a.nazwa),
          stan.system1904,
        )
      : null;
    if (zmieniony !== null)
      throw new BladDodatku(
        'inny',
        `Dane arkusza „${zmieniony}” zmieniły się w trakcie zapisu wyników, więc wyniki mogłyby ich nie odpowiadać (CS-Z3.F). Uruchom operację ponownie.`,
        [zmieniony],
      );
    const wgNazwy = new Map(teraz.map((a) => [male(a.nazwa), a]));
    cele = plan.arkusze.map((a, i) => {
      const s = wgNazwy.get(male(a.nazwa));
      const o = s ? ochrona.get(s.id) : undefined;
      return {
        a,
        nowy: nowe[i],
        nowyId: nowe[i].id,
        stary: s ? { nazwa: s.nazwa, id: s.id, wykresy: o ? o.wykresy.items : [] } : null,
      };
    });
    const chronione = cele.filter((c) => c.stary && ochrona.get(c.stary.id)?.chroniony.protected);
    if (chronione.length > 0)
      throw new BladDodatku(
        'chroniony',
        `Arkusz ${chronione.map((c) => `„${c.a.nazwa}”`).join(', ')} jest chroniony, a dodatek chce zapisać w nim nowe wyniki. Wyłącz ochronę (Recenzja → Nie chroń arkusza) i uruchom ponownie.`,
        chronione.map((c) => c.a.nazwa),
      );
    await podmien(ctx, cele, stan, obsluguje);
    synchronizacje++;
    opcje.postep?.(1, 'Zapisano');
    return { zapisane: plan.arkusze.map((a) => a.nazwa), synchronizacje, porcje: porcje.length };
  } catch (e) {
    throw zeSkutkiem(e, await napraw(ctx, tymcz, cele, stan, obsluguje));
  }
}

/** The final sync: the copies and renames, the settings back. */
async function podmien(
  ctx: Excel.RequestContext,
  cele: readonly Cel[],
  stan: StanSkoroszytu,
  obsluguje: (wersja: string) => boolean,
): Promise<void> {
  ctx.workbook.application.suspendApiCalculationUntilNextSync();
  if (obsluguje('1.9')) ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
  kolejkujPodmiane(ctx.workbook.worksheets, cele);
  ctx.runtime.enableEvents = stan.zdarzenia;
  await ctx.sync();
}

/** Which sheets are this run's temporary ones (by id once the first sync returned them, else by name). */
interface Tymczasowe {
  nazwy: readonly string[];
  idy: Set<string> | null;
}

/**
 * Error path: makes the workbook either as before or as after. `cele` is null when the failure came
 * before the final sync (nothing owned was touched).
 */
async function napraw(
  ctx: Excel.RequestContext,
  tymczasowe: Tymczasowe,
  cele: readonly Cel[] | null,
  stan: StanSkoroszytu,
  obsluguje: (wersja: string) => boolean,
): Promise<Skutek> {
  try {
    if (cele) {
      const lista = ctx.workbook.worksheets.load('items/id');
      // a repeated final request deletes the charts there are now (the failed one may have deleted some)
      const wykresy = cele.map((c) =>
        c.stary ? ctx.workbook.worksheets.getItem(c.stary.id).charts.load('items/name') : null,
      );
      await ctx.sync();
      cele = cele.map((c, i) => (c.stary ? { ...c, stary: { ...c.stary, wykresy: wykresy[i]!.items } } : c));
      const idy = new Set(lista.items.map((s) => s.id));
      if (stanPodmiany(cele, idy) === 'nowy') {
        for (const c of cele) if (c.stary && idy.has(c.nowyId)) ctx.workbook.worksheets.getItem(c.nowyId).delete();
        ctx.runtime.enableEvents = stan.zdarzenia;
        await ctx.sync();
        return 'nowy';
      }
      try {
        await podmien(ctx, cele, stan, obsluguje); // every step of it can be repeated
        return 'nowy';
      } catch {
        // e.g. a name a co-author took: the renames come first, so no owned sheet was touched
      }
    }
    await usunTymczasowe(ctx, tymczasowe, stan);
    return 'poprzedni';
  } catch {
    return cele ? 'nieznany' : 'poprzedni';
  }
}

/**
 * Deletes this run's temporary sheets, also those already renamed into place. Without their ids (the first
 * sync failed), a sheet counts as ours only if it has a temporary name, did not exist before the run, and is
 * hidden (they are hidden in the request that adds them) — never a co-author's sheet of the same name.
 */
async function usunTymczasowe(ctx: Excel.RequestContext, t: Tymczasowe, stan: StanSkoroszytu): Promise<void> {
  const lista = ctx.workbook.worksheets.load('items/id,items/name,items/visibility');
  await ctx.sync();
  const bylo = new Set(stan.arkusze.map((a) => a.id));
  const nazwy = new Set(t.nazwy.map(male));
  const nasz = (s: Excel.Worksheet) =>
    t.idy ? t.idy.has(s.id) : nazwy.has(male(s.name)) && !bylo.has(s.id) && s.visibility !== 'Visible';
  for (const s of lista.items) if (nasz(s)) s.delete();
  ctx.runtime.enableEvents = stan.zdarzenia;
  await ctx.sync();
}
