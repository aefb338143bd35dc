/**
 * The one add-in instance of the shared runtime (task pane and ribbon commands run in the same page).
 * The core is loaded on first use, as its own chunk, so the task pane's initial bundle stays small.
 */
import type { Uwaga } from '../../core';
import { utworzDodatek, type DodatekExcel } from './dodatek';
import { hostOffice } from './host';

let obietnica: Promise<DodatekExcel> | null = null;

/** The add-in instance; a failed load (e.g. the core's chunk not fetched) is forgotten, so the next call tries again. */
export function dodatek(): Promise<DodatekExcel> {
  obietnica ??= import(/* webpackChunkName: "rdzen" */ './rdzen')
    .then(({ RDZEN }) =>
      // live-validation errors reach the pane, not only the console
      utworzDodatek(RDZEN, hostOffice(), { naBlad: (e) => oglos({ rodzaj: 'blad', komunikat: e.komunikat }) }),
    )
    .catch((e: unknown) => {
      obietnica = null;
      throw e;
    });
  return obietnica;
}

/** What a ribbon command did, for the task pane to show (the pane may open later: the last one is kept). */
export type Wiadomosc =
  | { rodzaj: 'uwagi'; uwagi: Uwaga[] }
  | { rodzaj: 'oznaczenia'; przywrocone: number }
  | { rodzaj: 'blad'; komunikat: string };

const sluchacze = new Set<(w: Wiadomosc) => void>();
let ostatnia: Wiadomosc | null = null;

export function sluchajPolecen(f: (w: Wiadomosc) => void): () => void {
  sluchacze.add(f);
  if (ostatnia) f(ostatnia);
  return () => sluchacze.delete(f);
}

export function oglos(w: Wiadomosc): void {
  ostatnia = w;
  for (const f of sluchacze) f(w);
}
