/**
 * Live validation (issue 8 §3): a `worksheets.onChanged` handler (ExcelApi 1.9) collects the user's own
 * changes (`source` = `Local`; a co-author's `Remote` change writes nothing — its rows are re-read with
 * the next local pass, so the cached workbook stays true). After a quiet period one pass costs two
 * syncs: (1) only the changed rows (all the columns the cache knows), the note state of the changed
 * cells and our rules of the sheets that may carry highlights; the cached workbook then holds every
 * row, so rules across rows (CS-10.4 duplicates) see the key columns of all rows without reading them;
 * (2) the highlight changes: only sheets whose highlights changed get their rules rewritten. Batches
 * run with `delayForCellEdit` and are retried after `InvalidOperationInCellEditMode` (a host without
 * the option). Sorting, inserted or deleted rows and large pastes move cells: they get a full Sprawdź.
 * Newly flagged cells outside the changed rows get the colour at once, their note at the next Sprawdź.
 */
import type { Komorka, Uwaga, ZeszytSnapshot } from '../../core';
import type { HostExcel } from './host';
import type { Sesja } from './sesja';
import { wstawBlok } from './komorki';
import {
  type Oznaczenie,
  type ZnanaNotatka,
  Porcjowanie,
  czyNaszaNotatka,
  klucz,
  kolejkujFormaty,
  kolejkujNotatkiCelow,
  kolejkujSpis,
  oznaczeniaZUwag,
} from './oznaczenia';
import { komorkiProstokata, prostokatA1, type Prostokat } from './adresy';
import { bladExcela, type BladDodatku } from './bledy';

/** changed cells looked up for notes per pass (a large paste is highlighted with colours only) */
const MAKS_KOMOREK_ZMIANY = 500;
/** rows re-read per pass; a larger change is validated by a full Sprawdź */
const MAKS_WIERSZY_ZMIANY = 1000;
/** attempts of a pass refused because the user is editing a cell */
const PROBY = 20;

export interface UstawieniaNaZywo {
  host: HostExcel;
  sesja: Sesja;
  waliduj: (z: ZeszytSnapshot) => Uwaga[];
  /** may this sheet carry highlights (an input sheet that was read) */
  dozwolony: (arkusz: string) => boolean;
  notatki: boolean;
  opoznienieMs: number;
  /** pause before retrying a pass refused during cell edit */
  przerwaMs?: number;
  /** a full Sprawdź, for changes that move cells */
  pelne: () => Promise<Uwaga[]>;
  naZmiane: (uwagi: Uwaga[]) => void;
  naBlad: (e: BladDodatku) => void;
}

interface Zmiany {
  adresy: string[];
  /** rows or cells inserted or deleted: addresses no longer mean the cached rows */
  struktura: boolean;
}

export class WalidacjaNaZywo {
  private obsluga: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
  private zmiany = new Map<string, Zmiany>();
  /** co-authors' changes: re-read (never written for) with the next local pass */
  private zalegle = new Map<string, Zmiany>();
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
    this.zalegle.clear();
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
    const lokalna = (a.source ?? 'Local') === 'Local';
    const cel = lokalna ? this.zmiany : this.zalegle;
    const z = cel.get(a.worksheetId) ?? { adresy: [], struktura: false };
    z.adresy.push(a.address);
    z.struktura ||= (a.changeType ?? 'RangeEdited') !== 'RangeEdited';
    cel.set(a.worksheetId, z);
    if (!lokalna) return Promise.resolve();
    if (this.zegar) clearTimeout(this.zegar);
    this.zegar = setTimeout(() => {
      this.zegar = null;
      this.zaplanuj();
    }, this.u.opoznienieMs);
    return Promise.resolve();
  }

  private zaplanuj(): void {
    const zmiany = this.zmiany;
    for (const [id, z] of this.zalegle) {
      const l = zmiany.get(id) ?? { adresy: [], struktura: false };
      zmiany.set(id, { adresy: [...l.adresy, ...z.adresy], struktura: l.struktura || z.struktura });
    }
    this.zmiany = new Map();
    this.zalegle = new Map();
    this.praca = this.praca
      .then(() => this.zPonowieniem(zmiany))
      .catch((e: unknown) => this.u.naBlad(bladExcela(e, 'walidacja na żywo')));
  }

  /** a pass refused during cell edit (a host that ignores `delayForCellEdit`) waits and runs again */
  private async zPonowieniem(zmiany: Map<string, Zmiany>): Promise<void> {
    for (let proba = 1; ; proba++) {
      try {
        return await this.przetworz(zmiany);
      } catch (e) {
        if (bladExcela(e, 'walidacja na żywo').kod !== 'edycjaKomorki' || proba >= PROBY) throw e;
        await new Promise((r) => setTimeout(r, this.u.przerwaMs ?? 500));
      }
    }
  }

  private async przetworz(zmiany: Map<string, Zmiany>): Promise<void> {
    const { sesja } = this.u;
    const zeszyt = sesja.zeszyt;
    if (!zeszyt) return;
    const arkusze = [...zmiany.entries()]
      .map(([id, z]) => ({ nazwa: sesja.nazwyWgId.get(id), z, p: z.adresy.map(prostokatA1) }))
      .filter((x) => x.nazwa !== undefined && zeszyt.arkusze.some((a) => a.nazwa === x.nazwa)) as Array<{
      nazwa: string;
      z: Zmiany;
      p: Array<Prostokat | null>;
    }>;
    if (arkusze.length === 0) return;
    const wierszy = arkusze.reduce((n, a) => n + a.p.reduce((m, p) => m + (p ? p.wiersz1 - p.wiersz0 + 1 : 0), 0), 0);
    if (wierszy > MAKS_WIERSZY_ZMIANY || arkusze.some((a) => a.z.struktura || a.p.includes(null))) {
      this.u.naZmiane(await this.u.pelne());
      return;
    }
    const wynik = await this.u.host.run(
      async (ctx) => {
        // sync 1: the changed rows, the note state of the changed cells, our rules
        const bloki = arkusze.flatMap(({ nazwa, p }) => {
          const ws = ctx.workbook.worksheets.getItem(nazwa);
          const szer = szerokosc(zeszyt, nazwa);
          return (p as Prostokat[]).map((r) => ({
            nazwa,
            r: ws
              .getRangeByIndexes(r.wiersz0, 0, r.wiersz1 - r.wiersz0 + 1, Math.max(szer, r.kolumna1 + 1))
              .load('values,valueTypes,numberFormat,rowIndex,columnIndex'),
          }));
        });
        const zmienione = this.u.notatki ? komorkiZmienione(arkusze, this.u.dozwolony) : [];
        const notatki = zmienione.map((x) => ({
          ...x,
          n: ctx.workbook.worksheets.getItem(x.arkusz).notes.getItemOrNullObject(x.komorka).load('content'),
        }));
        const zOznaczeniami = zeszyt.arkusze.map((a) => a.nazwa).filter(this.u.dozwolony);
        const spis = kolejkujSpis(ctx, zOznaczeniami, false);
        await ctx.sync();

        for (const { nazwa, r } of bloki) podmienWiersze(zeszyt, nazwa, r, sesja.system1904);
        const uwagi = this.u.waliduj(zeszyt);
        const docelowe = oznaczeniaZUwag(uwagi, this.u.dozwolony);
        const cele = new Map(docelowe.map((o) => [klucz(o.arkusz, o.komorka), o]));
        const inne = arkuszeZeZmiana(sesja.cele, cele);

        // sync 2: rewrite the rules of sheets whose highlights changed; notes of the changed cells
        const porcje = new Porcjowanie(ctx);
        let zapisow = 0;
        for (const { arkusz, cf } of spis().formaty)
          if (inne.has(arkusz)) {
            cf.delete();
            zapisow++;
          }
        zapisow += await kolejkujFormaty(
          ctx,
          docelowe.filter((o) => inne.has(o.arkusz)),
          porcje,
        );
        const znane = new Map<string, ZnanaNotatka>();
        for (const x of notatki)
          if (!x.n.isNullObject)
            znane.set(klucz(x.arkusz, x.komorka), {
              n: x.n,
              nasza: czyNaszaNotatka(x.n.content),
              tresc: x.n.content,
            });
        const sprawdzone = new Set(zmienione.map((x) => klucz(x.arkusz, x.komorka)));
        zapisow += await kolejkujNotatkiCelow(
          ctx,
          docelowe,
          znane,
          (o) => sprawdzone.has(klucz(o.arkusz, o.komorka)),
          porcje,
        );
        if (zapisow > 0) await ctx.sync(); // an edit that changes no highlight costs one sync
        return { uwagi, cele };
      },
      undefined,
      { poEdycjiKomorki: true },
    );
    sesja.cele = wynik.cele;
    this.u.naZmiane(wynik.uwagi);
  }
}

/** columns the cache knows for a sheet (the widest row) */
function szerokosc(z: ZeszytSnapshot, nazwa: string): number {
  const a = z.arkusze.find((s) => s.nazwa === nazwa)!;
  let n = 1;
  for (const w of a.wiersze) if (w && w.length > n) n = w.length;
  return n;
}

/** Replaces the cached rows of a re-read block (a row that became empty is dropped). */
function podmienWiersze(z: ZeszytSnapshot, nazwa: string, r: Excel.Range, system1904: boolean): void {
  const i = z.arkusze.findIndex((s) => s.nazwa === nazwa);
  const wiersze: Komorka[][] = z.arkusze[i].wiersze.slice();
  for (let k = 0; k < r.values.length; k++) wiersze[r.rowIndex + k] = undefined as unknown as Komorka[];
  wstawBlok(wiersze, r.rowIndex, r.columnIndex, r.values, r.valueTypes, r.numberFormat, system1904);
  let dlugosc = wiersze.length;
  while (dlugosc > 0 && wiersze[dlugosc - 1] === undefined) dlugosc--;
  wiersze.length = dlugosc;
  z.arkusze[i] = { ...z.arkusze[i], wiersze };
}

/** sheets whose set of highlighted cells or colours differs */
function arkuszeZeZmiana(byly: ReadonlyMap<string, Oznaczenie>, sa: ReadonlyMap<string, Oznaczenie>): Set<string> {
  const wynik = new Set<string>();
  for (const [k, o] of sa) if (byly.get(k)?.kolor !== o.kolor) wynik.add(o.arkusz);
  for (const [k, o] of byly) if (!sa.has(k)) wynik.add(o.arkusz);
  return wynik;
}

function komorkiZmienione(
  arkusze: ReadonlyArray<{ nazwa: string; p: ReadonlyArray<Prostokat | null> }>,
  dozwolony: (a: string) => boolean,
): Array<{ arkusz: string; komorka: string }> {
  const wynik: Array<{ arkusz: string; komorka: string }> = [];
  for (const a of arkusze) {
    if (!dozwolony(a.nazwa)) continue;
    for (const p of a.p) {
      const komorki = p ? komorkiProstokata(p, MAKS_KOMOREK_ZMIANY - wynik.length) : null;
      for (const komorka of komorki ?? []) wynik.push({ arkusz: a.nazwa, komorka });
    }
  }
  return wynik;
}
