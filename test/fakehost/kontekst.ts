/**
 * The request context: loads and writes are queued and run, in order, only at `sync()`, as in Office.js.
 * Each sync is counted and its payload measured (the Office.js request body, `protokol.ts`); above 5 MB
 * the request is refused with `RequestPayloadSizeLimitExceeded` and nothing of it is applied.
 */
import type ExcelJS from 'exceljs';
import { BladFake } from './bledy';
import { adres } from '../../src/core/komorki/adres';
import type { RejestrWykresow } from './wykresy';
import { ModelZadania, rozmiarOdpowiedzi, type Obserwator } from './protokol';
import { przedSynchronizacja } from './edycja';

export function idArkusza(ws: ExcelJS.Worksheet): string {
  return `{fake-${ws.id}}`;
}

export function adresProstokata(r0: number, c0: number, nr: number, nc: number): string {
  const a = adres(r0, c0);
  const b = adres(r0 + nr - 1, c0 + nc - 1);
  return a === b ? a : `${a}:${b}`;
}

/** Calls every registered `worksheets.onChanged` handler with WorksheetChangedEventArgs. */
export function zglosZmiane(
  host: StanHosta,
  ws: ExcelJS.Worksheet,
  adresZmiany: string,
  { source = 'Local', changeType = 'RangeEdited' }: { source?: 'Local' | 'Remote'; changeType?: string } = {},
): void {
  const args = {
    worksheetId: idArkusza(ws),
    address: adresZmiany,
    changeType,
    source,
    type: 'WorksheetChanged',
  } as unknown as Excel.WorksheetChangedEventArgs;
  for (const h of [...host.obslugi]) setTimeout(() => void h(args), 0);
}

export const LIMIT_ZADANIA = 5 * 1024 * 1024;

export type Obsluga = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>;

/** The simulated Excel application behind every context. */
export interface StanHosta {
  wb: ExcelJS.Workbook;
  /** highest ExcelApi version this host claims (`isSetSupported`) */
  wersja: string;
  trybObliczen: string;
  zdarzenia: boolean;
  obslugi: Set<Obsluga>;
  /** sheets whose cells refuse writes (like a protected sheet) */
  chronione: Set<string>;
  aktywny: number | null;
  zaznaczenie: string | null;
  /** one entry per sync: the request payload in bytes */
  ladunki: number[];
  /** one entry per sync: how many writes and loads it carried (a sync without writes is a read) */
  sklad: SkladSynchronizacji[];
  /** charts of each sheet (ExcelJS has none) */
  wykresy: RejestrWykresow;
  /** operations queued but never synced, summed over finished `run`s */
  niewyslane: number;
  /** sees every call and sync (test/officejs replays them on Microsoft's serializer) */
  obserwator: Obserwator | null;
  /** called before each sync with its index (0-based since `zeruj`): throw = the request fails and nothing of it applies; a change to `wb` = a co-author's edit */
  przedSynchronizacja: ((nr: number) => void) | null;
  /** syncs whose request suspended calculation (`suspendApiCalculationUntilNextSync`) / screen updating */
  wstrzymaneObliczenia: number;
  wstrzymanyEkran: number;
}

export interface SkladSynchronizacji {
  ladunek: number;
  zapisow: number;
  odczytow: number;
  /** estimated bytes of Excel's response: the JSON of what the sync loaded (issue 8 §2) */
  odpowiedz: number;
}

export class Kontekst {
  private kolejka: Array<() => void> = [];
  private zapisow = 0;
  /** the Office.js request being built (issue 8 §2: the payload is the real request body's size) */
  readonly model = new ModelZadania();
  /** what the loads of this request bring back, read after they ran (Excel's response) */
  private odpowiedzi: Array<() => unknown> = [];
  /** `suspendApiCalculationUntilNextSync` / `suspendScreenUpdatingUntilNextSync` queued in this request */
  wstrzymanie = { obliczenia: false, ekran: false };
  /** `Excel.run({ delayForCellEdit: true }, …)`: a sync waits out the user's cell edit */
  poEdycjiKomorki = false;

  constructor(readonly host: StanHosta) {}

  /** queues a write (`dane` describes it; its size in the request is measured by `model`) */
  zapis(_dane: unknown, op: () => void): void {
    this.zapisow++;
    this.kolejka.push(op);
  }

  /** a loaded result that Excel's response will carry (`protokol.ts` measures it after the sync) */
  odpowiedz(odczyt: () => unknown): void {
    this.odpowiedzi.push(odczyt);
  }

  /** queues a load (its result is captured when it runs, i.e. after earlier queued writes) */
  odczyt(op: () => void): void {
    this.kolejka.push(op);
  }

  arkuszZAdresu(adres: string): ExcelJS.Worksheet {
    return arkuszZAdresu(this.host.wb, adres);
  }

  /** `onChanged` after a values write, when events are enabled (handlers run as macrotasks) */
  zmiana(c: { ws: ExcelJS.Worksheet; r0: number; c0: number; nr: number; nc: number }): void {
    if (!this.host.zdarzenia || this.host.obslugi.size === 0) return;
    zglosZmiane(this.host, c.ws, adresProstokata(c.r0, c.c0, c.nr, c.nc));
  }

  get oczekujace(): number {
    return this.kolejka.length;
  }

  async sync(): Promise<void> {
    await przedSynchronizacja(this);
    const ops = this.kolejka;
    const ladunek = this.model.rozmiar();
    const zapisow = this.zapisow;
    const odpowiedzi = this.odpowiedzi;
    const wstrzymanie = this.wstrzymanie;
    this.kolejka = [];
    this.odpowiedzi = [];
    this.model.zamknij();
    this.zapisow = 0;
    this.wstrzymanie = { obliczenia: false, ekran: false };
    const nr = this.host.ladunki.length;
    this.host.ladunki.push(ladunek);
    const sklad: SkladSynchronizacji = { ladunek, zapisow, odczytow: ops.length - zapisow, odpowiedz: 0 };
    this.host.sklad.push(sklad);
    await Promise.resolve();
    if (ladunek > LIMIT_ZADANIA)
      throw new BladFake(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size (${ladunek} bytes) has exceeded the limit (${LIMIT_ZADANIA} bytes).`,
      );
    this.host.przedSynchronizacja?.(nr);
    if (wstrzymanie.obliczenia) this.host.wstrzymaneObliczenia++;
    if (wstrzymanie.ekran) this.host.wstrzymanyEkran++;
    try {
      for (const op of ops) op(); // a failing operation stops the batch; earlier ones stay applied
    } finally {
      sklad.odpowiedz = rozmiarOdpowiedzi(odpowiedzi);
    }
    if (sklad.odpowiedz > LIMIT_ZADANIA)
      throw new BladFake(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size (${sklad.odpowiedz} bytes) has exceeded the limit (${LIMIT_ZADANIA} bytes).`,
      );
  }
}

/** Resolves the sheet of an address like `'Wnioski'!H7` or `Wnioski!H7`. */
export function arkuszZAdresu(wb: ExcelJS.Workbook, adres: string): ExcelJS.Worksheet {
  const i = adres.lastIndexOf('!');
  const nazwa =
    i < 0
      ? ''
      : adres
          .slice(0, i)
          .replace(/^'(.*)'$/, '$1')
          .replace(/''/g, "'");
  const ws = wb.worksheets.find((w) => w.name.toLowerCase() === nazwa.toLowerCase());
  if (!ws) throw new BladFake('ItemNotFound', `Sheet of ${adres} does not exist.`);
  return ws;
}
