/**
 * Live validation (issue §3): a `worksheets.onChanged` handler (ExcelApi 1.9) collects changed sheets
 * and addresses, and after a quiet period re-reads only the changed sheets, re-validates the cached
 * workbook and updates the highlights — two syncs per change: (1) the sheet's used range + saved fills
 * + note look-ups for the changed cells, (2) the highlight changes. A sheet beyond 20 000 rows costs one
 * more sync per further block. Newly invalid cells outside the changed range get a fill; their note
 * follows at the next `Sprawdź` (their note state was not looked up).
 */
import type { Uwaga } from '../../core';
import type { HostExcel } from './host';
import type { Sesja } from './sesja';
import { dokonczArkusz, kolejkujArkusz } from './odczyt';
import {
  doSprawdzeniaNotatek,
  klucz,
  kolejkujKopie,
  kolejkujNotatki,
  kolejkujOznaczenia,
  oznaczeniaZUwag,
} from './oznaczenia';
import { komorkiProstokata, prostokatA1 } from './adresy';
import { bladExcela, type BladDodatku } from './bledy';

/** changed cells looked up for notes per pass (a large paste is highlighted with fills only) */
const MAKS_KOMOREK_ZMIANY = 500;

export interface UstawieniaNaZywo {
  host: HostExcel;
  sesja: Sesja;
  waliduj: (z: NonNullable<Sesja['zeszyt']>) => Uwaga[];
  /** may this sheet carry highlights (an input sheet that was read) */
  dozwolony: (arkusz: string) => boolean;
  notatki: boolean;
  opoznienieMs: number;
  naZmiane: (uwagi: Uwaga[]) => void;
  naBlad: (e: BladDodatku) => void;
}

export class WalidacjaNaZywo {
  private obsluga: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
  private zmiany = new Map<string, string[]>();
  private zegar: ReturnType<typeof setTimeout> | null = null;
  private praca: Promise<void> = Promise.resolve();

  constructor(private readonly u: UstawieniaNaZywo) {}

  async wlacz(): Promise<void> {
    if (this.obsluga) return;
    await this.u.host.run(async (ctx) => {
      this.obsluga = ctx.workbook.worksheets.onChanged.add((a) => this.zdarzenie(a));
      await ctx.sync();
    });
  }

  async wylacz(): Promise<void> {
    if (this.zegar) clearTimeout(this.zegar);
    this.zegar = null;
    this.zmiany.clear();
    const o = this.obsluga;
    this.obsluga = null;
    if (o)
      await this.u.host.run(async (ctx) => {
        o.remove();
        await ctx.sync();
      }, o.context as Excel.RequestContext);
    await this.praca;
  }

  /** resolves when every pending change has been processed (tests, and before a full `Sprawdź`) */
  async ustabilizuj(): Promise<void> {
    if (this.zegar) {
      clearTimeout(this.zegar);
      this.zegar = null;
      this.zaplanuj();
    }
    await this.praca;
  }

  private zdarzenie(a: Excel.WorksheetChangedEventArgs): Promise<void> {
    const lista = this.zmiany.get(a.worksheetId) ?? [];
    lista.push(a.address);
    this.zmiany.set(a.worksheetId, lista);
    if (this.zegar) clearTimeout(this.zegar);
    this.zegar = setTimeout(() => {
      this.zegar = null;
      this.zaplanuj();
    }, this.u.opoznienieMs);
    return Promise.resolve();
  }

  private zaplanuj(): void {
    const zmiany = this.zmiany;
    this.zmiany = new Map();
    this.praca = this.praca
      .then(() => this.przetworz(zmiany))
      .catch((e: unknown) => this.u.naBlad(bladExcela(e, 'walidacja na żywo')));
  }

  private async przetworz(zmiany: Map<string, string[]>): Promise<void> {
    const { sesja } = this.u;
    const zeszyt = sesja.zeszyt;
    if (!zeszyt) return;
    const czytane = new Set(zeszyt.arkusze.map((a) => a.nazwa));
    const arkusze = [...zmiany.entries()]
      .map(([id, adresy]) => ({ id, nazwa: sesja.nazwyWgId.get(id), adresy }))
      .filter(
        (x): x is { id: string; nazwa: string; adresy: string[] } => x.nazwa !== undefined && czytane.has(x.nazwa),
      );
    if (arkusze.length === 0) return;
    await this.u.host.run(async (ctx) => {
      const kolejki = arkusze.map((a) => ({ a, k: kolejkujArkusz(ctx.workbook.worksheets.getItem(a.id), false) }));
      const kopie = kolejkujKopie(ctx, sesja.rejestr);
      const zmienione = this.u.notatki ? komorkiZmienione(arkusze, this.u.dozwolony) : [];
      const doSprawdzenia = this.u.notatki ? [...zmienione, ...doSprawdzeniaNotatek(sesja.rejestr, [])] : [];
      const notatki = this.u.notatki ? kolejkujNotatki(ctx, doSprawdzenia) : null;
      await ctx.sync();
      for (const { a, k } of kolejki) {
        const { wiersze } = await dokonczArkusz(ctx, k, sesja.system1904);
        const i = zeszyt.arkusze.findIndex((s) => s.nazwa === a.nazwa);
        zeszyt.arkusze[i] = { ...zeszyt.arkusze[i], wiersze };
      }
      const uwagi = this.u.waliduj(zeszyt);
      const docelowe = oznaczeniaZUwag(uwagi, this.u.dozwolony);
      sesja.rejestr = kolejkujOznaczenia(ctx, sesja.rejestr, docelowe, {
        kopie: kopie(),
        notatki: notatki
          ? { sprawdzone: new Set(doSprawdzenia.map((x) => klucz(x.arkusz, x.komorka))), istniejace: notatki() }
          : null,
      });
      await ctx.sync();
      this.u.naZmiane(uwagi);
    });
  }
}

function komorkiZmienione(
  arkusze: ReadonlyArray<{ nazwa: string; adresy: string[] }>,
  dozwolony: (a: string) => boolean,
): Array<{ arkusz: string; komorka: string }> {
  const wynik: Array<{ arkusz: string; komorka: string }> = [];
  for (const a of arkusze) {
    if (!dozwolony(a.nazwa)) continue;
    for (const adres of a.adresy) {
      const p = prostokatA1(adres);
      const komorki = p ? komorkiProstokata(p, MAKS_KOMOREK_ZMIANY - wynik.length) : null;
      if (komorki) wynik.push(...komorki.map((komorka) => ({ arkusz: a.nazwa, komorka })));
    }
  }
  return wynik;
}
