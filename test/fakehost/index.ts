/**
 * A fake Excel host for tests without Excel: the subset of the Excel JavaScript API that the add-in's
 * adapter uses (see README.md), backed by an ExcelJS workbook. No Node-only module is used, so it can
 * also run inside a browser bundle.
 */
import type ExcelJS from 'exceljs';
import type { HostExcel, OpcjeUruchomienia } from '../../src/addin/office/host';
import { BladFake } from './bledy';
import { Obiekt } from './obiekt';
import { Kontekst, zglosZmiane, type SkladSynchronizacji, type StanHosta } from './kontekst';
import { FakeWorksheetCollection } from './arkusz';
import { celZAdresu } from './zakres';
import { doKomorki, serialDaty } from './komorki';
import type { WykresFake } from './wykresy';
import { owinKontekst } from './owijka';
import type { Obserwator } from './protokol';
import { uruchomGlobalnie, ustawEdycje } from './edycja';

export { LIMIT_ZADANIA, type SkladSynchronizacji } from './kontekst';
export { BladFake } from './bledy';
export type { WykresFake, SeriaFake } from './wykresy';
export type { Obserwator, Wezel } from './protokol';

class FakeApplication extends Obiekt {
  protected pobierz(p: string): unknown {
    if (p === 'calculationMode') return this.ctx.host.trybObliczen;
    throw new BladFake('NotImplemented', `Application.${p} is outside the fake host subset.`);
  }
  get calculationMode(): string {
    return this.wez('calculationMode');
  }
  set calculationMode(v: string) {
    this.ctx.zapis({ calculationMode: v }, () => (this.ctx.host.trybObliczen = v));
  }
  /** ExcelApi 1.6: for this request only; the application's calculation mode is untouched */
  suspendApiCalculationUntilNextSync(): void {
    wymagaj(this.ctx, '1.6', 'suspendApiCalculationUntilNextSync');
    this.ctx.zapis({ suspendApiCalculationUntilNextSync: true }, () => undefined);
    this.ctx.wstrzymanie.obliczenia = true;
  }
  /** ExcelApi 1.9: for this request only */
  suspendScreenUpdatingUntilNextSync(): void {
    wymagaj(this.ctx, '1.9', 'suspendScreenUpdatingUntilNextSync');
    this.ctx.zapis({ suspendScreenUpdatingUntilNextSync: true }, () => undefined);
    this.ctx.wstrzymanie.ekran = true;
  }
}

/** A method the host's ExcelApi version lacks is not there at all (a TypeError-like ApiNotFound at the call). */
function wymagaj(ctx: Kontekst, wersja: string, co: string): void {
  const [a, b] = ctx.host.wersja.split('.').map(Number);
  const [x, y] = wersja.split('.').map(Number);
  if (a < x || (a === x && b < y))
    throw new BladFake('ApiNotFound', `${co} needs ExcelApi ${wersja}; this host supports ${ctx.host.wersja}.`);
}

class FakeRuntime extends Obiekt {
  protected pobierz(p: string): unknown {
    if (p === 'enableEvents') return this.ctx.host.zdarzenia;
    throw new BladFake('NotImplemented', `Runtime.${p} is outside the fake host subset.`);
  }
  get enableEvents(): boolean {
    return this.wez('enableEvents');
  }
  set enableEvents(v: boolean) {
    this.ctx.zapis({ enableEvents: v }, () => (this.ctx.host.zdarzenia = v));
  }
}

/** `workbook.functions.date` only (the adapter's 1900/1904 probe). */
class FakeFunctionResult extends Obiekt {
  constructor(
    ctx: Kontekst,
    private readonly oblicz: () => number,
  ) {
    super(ctx);
  }
  protected pobierz(p: string): unknown {
    if (p === 'value') return this.oblicz();
    throw new BladFake('NotImplemented', `FunctionResult.${p} is outside the fake host subset.`);
  }
  get value(): number {
    return this.wez('value');
  }
}

export class FakeRequestContext extends Kontekst {
  readonly workbook: {
    worksheets: FakeWorksheetCollection;
    application: FakeApplication;
    functions: { date(y: number, m: number, d: number): FakeFunctionResult };
  };
  readonly runtime: FakeRuntime;

  constructor(host: StanHosta) {
    super(host);
    const s1904 = () => !!host.wb.properties.date1904;
    this.workbook = {
      worksheets: new FakeWorksheetCollection(this),
      application: new FakeApplication(this),
      functions: { date: (y, m, d) => new FakeFunctionResult(this, () => serialDaty(y, m, d, s1904())) },
    };
    this.runtime = new FakeRuntime(this);
  }
}

/** A typed `RRRR-MM-DD` that is a real calendar date (else Excel keeps the text). */
function dataWpisana(t: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? d : null;
}

export interface OpcjeFake {
  /** highest ExcelApi version reported by isSetSupported (default 1.18: notes available) */
  wersja?: string;
  /** sheets that refuse cell writes with AccessDenied */
  chronione?: string[];
}

export interface FakeExcel {
  host: HostExcel;
  stan: StanHosta;
  /** syncs so far */
  readonly synchronizacje: number;
  /** request payload of each sync so far, in bytes */
  readonly ladunki: readonly number[];
  /** writes and loads of each sync so far (a sync with no write is a read) */
  readonly sklad: readonly SkladSynchronizacji[];
  /** the native charts on a sheet (by name), as recorded by `charts.add` and its follow-ups */
  wykresy(arkusz: string): WykresFake[];
  /** forgets the counters (between the steps of a test) */
  zeruj(): void;
  /** replays every call and sync elsewhere (null: off); test/officejs passes Microsoft's serializer */
  obserwuj(o: Obserwator | null): void;
  /** a user typing into a cell: Excel's parsing of typed text, then `onChanged` if events are on
   *  (`Remote`: the edit of a co-author, as Excel reports it) */
  wpisz(arkusz: string, adres: string, wartosc: string | number | boolean | null, zrodlo?: 'Local' | 'Remote'): void;
  /** the user enters (true) or leaves cell-edit mode; `ignorujOpoznienie`: a host without `delayForCellEdit` */
  edycjaKomorki(wlacz: boolean, ignorujOpoznienie?: boolean): void;
  /** `globalThis.Excel` / `globalThis.Office` for code that uses the globals (browser bundle) */
  zainstalujGlobalnie(): void;
}

export function utworzFakeExcel(wb: ExcelJS.Workbook, opcje: OpcjeFake = {}): FakeExcel {
  const stan: StanHosta = {
    wb,
    wersja: opcje.wersja ?? '1.18',
    trybObliczen: 'Automatic',
    zdarzenia: true,
    obslugi: new Set(),
    chronione: new Set(opcje.chronione ?? []),
    aktywny: null,
    zaznaczenie: null,
    ladunki: [],
    sklad: [],
    wykresy: new WeakMap(),
    niewyslane: 0,
    obserwator: null,
    przedSynchronizacja: null,
    wstrzymaneObliczenia: 0,
    wstrzymanyEkran: 0,
  };
  const run = async <T>(
    batch: (ctx: Excel.RequestContext) => Promise<T>,
    kontekst?: Excel.RequestContext,
    opcjeRun?: OpcjeUruchomienia,
  ): Promise<T> => {
    const ctx = (kontekst as unknown as FakeRequestContext | undefined) ?? new FakeRequestContext(stan);
    if (opcjeRun?.poEdycjiKomorki) ctx.poEdycjiKomorki = true;
    try {
      return await batch(owinKontekst(ctx, ctx.model, () => stan.obserwator) as unknown as Excel.RequestContext);
    } finally {
      stan.niewyslane += ctx.oczekujace;
    }
  };
  const obsluguje = (wersja: string) => {
    const [a, b] = stan.wersja.split('.').map(Number);
    const [x, y] = wersja.split('.').map(Number);
    return a > x || (a === x && b >= y);
  };
  const host: HostExcel = { run, obsluguje };
  return {
    host,
    stan,
    get synchronizacje() {
      return stan.ladunki.length;
    },
    get ladunki() {
      return stan.ladunki;
    },
    get sklad() {
      return stan.sklad;
    },
    wykresy(arkusz) {
      const ws = stan.wb.worksheets.find((w) => w.name === arkusz);
      return ws ? (stan.wykresy.get(ws) ?? []) : [];
    },
    zeruj() {
      stan.ladunki = [];
      stan.sklad = [];
      stan.wstrzymaneObliczenia = 0;
      stan.wstrzymanyEkran = 0;
    },
    obserwuj(o) {
      stan.obserwator = o;
    },
    edycjaKomorki(wlacz, ignorujOpoznienie = false) {
      ustawEdycje(stan, wlacz, ignorujOpoznienie);
    },
    wpisz(arkusz, adres, wartosc, zrodlo = 'Local') {
      const ws = stan.wb.worksheets.find((w) => w.name === arkusz);
      if (!ws) throw new Error(`no sheet ${arkusz}`);
      const c = celZAdresu(ws, adres);
      const cell = ws.getCell(c.r0 + 1, c.c0 + 1);
      const data = typeof wartosc === 'string' && cell.numFmt !== '@' ? dataWpisana(wartosc) : null;
      if (data) {
        // Excel turns a typed ISO date into a date serial and gives a General cell a date format
        cell.value = data;
        if (!cell.numFmt || cell.numFmt === 'General') cell.numFmt = 'yyyy-mm-dd';
      } else cell.value = doKomorki(wartosc, cell.numFmt);
      if (stan.zdarzenia) zglosZmiane(stan, ws, adres, { source: zrodlo });
    },
    zainstalujGlobalnie() {
      const g = globalThis as unknown as Record<string, unknown>;
      g.Excel = {
        run: (a: unknown, b?: unknown) => uruchomGlobalnie(run, a, b),
      };
      g.Office = {
        onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }),
        context: { requirements: { isSetSupported: (_: string, v: string) => obsluguje(v) } },
        actions: { associate: () => undefined },
      };
    },
  };
}
