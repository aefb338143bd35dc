/**
 * Cell-edit mode: while the user is typing in a cell, Excel refuses a batch with
 * `InvalidOperationInCellEditMode`, unless it was run with `delayForCellEdit: true` — then the request
 * waits until the user leaves the cell. `ignorujOpoznienie` models a host that ignores the option.
 */
import { BladFake } from './bledy';
import type { Kontekst, StanHosta } from './kontekst';

interface TrybEdycji {
  wlaczony: boolean;
  ignorujOpoznienie: boolean;
  czekajace: Array<() => void>;
}

const tryby = new WeakMap<StanHosta, TrybEdycji>();

function tryb(host: StanHosta): TrybEdycji {
  let t = tryby.get(host);
  if (!t) tryby.set(host, (t = { wlaczony: false, ignorujOpoznienie: false, czekajace: [] }));
  return t;
}

/** enters (or leaves) cell-edit mode; leaving lets every delayed request through */
export function ustawEdycje(host: StanHosta, wlacz: boolean, ignorujOpoznienie = false): void {
  const t = tryb(host);
  t.wlaczony = wlacz;
  t.ignorujOpoznienie = ignorujOpoznienie;
  if (!wlacz) for (const f of t.czekajace.splice(0)) f();
}

/** called at the start of every sync */
export async function przedSynchronizacja(ctx: Kontekst): Promise<void> {
  const t = tryb(ctx.host);
  if (!t.wlaczony) return;
  if (ctx.poEdycjiKomorki && !t.ignorujOpoznienie) return new Promise((r) => t.czekajace.push(r));
  throw new BladFake(
    'InvalidOperationInCellEditMode',
    'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  );
}

type Uruchom = (
  batch: never,
  kontekst?: Excel.RequestContext,
  opcje?: { poEdycjiKomorki?: boolean },
) => Promise<unknown>;

/** `Excel.run(batch)`, `Excel.run(context, batch)` and `Excel.run({ delayForCellEdit }, batch)` as globals. */
export function uruchomGlobalnie(run: Uruchom, a: unknown, b?: unknown): Promise<unknown> {
  if (typeof a === 'function') return run(a as never);
  const o = a as { sync?: unknown; delayForCellEdit?: boolean };
  if (typeof o.sync === 'function') return run(b as never, a as Excel.RequestContext);
  return run(b as never, undefined, { poEdycjiKomorki: o.delayForCellEdit === true });
}
