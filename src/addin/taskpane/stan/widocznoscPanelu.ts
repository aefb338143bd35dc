/**
 * Whether the task pane is on screen (issue 8 §7, GUIDE "work only when the pane is shown"). With the shared
 * runtime (SharedRuntime 1.1) this page also runs hidden — custom functions and ribbon commands start it when
 * a workbook opens — and the pane appears later: `Office.addin.onVisibilityModeChanged` says so, and the
 * page's own visibility (`document.visibilityState`) covers hosts without it.
 */
import { useEffect, useState } from 'react';

let widoczny: boolean | null = null;
const sluchacze = new Set<(w: boolean) => void>();

function ustaw(w: boolean): void {
  if (w === widoczny) return;
  widoczny = w;
  for (const f of sluchacze) f(w);
}

function zacznij(): boolean {
  if (widoczny !== null) return widoczny;
  widoczny = document.visibilityState !== 'hidden';
  document.addEventListener('visibilitychange', () => ustaw(document.visibilityState !== 'hidden'));
  try {
    if (Office.context.requirements.isSetSupported('SharedRuntime', '1.1'))
      void Office.addin
        .onVisibilityModeChanged((a) => ustaw(String(a.visibilityMode) === 'Taskpane'))
        .catch(() => undefined);
  } catch {
    // no shared runtime: the page is the pane itself
  }
  return widoczny;
}

export function sluchajWidocznosciPanelu(f: (widoczny: boolean) => void): () => void {
  zacznij();
  sluchacze.add(f);
  return () => sluchacze.delete(f);
}

/** Resolves once the pane is on screen (at once when it already is). */
export function gdyPanelWidoczny(): Promise<void> {
  if (zacznij()) return Promise.resolve();
  return new Promise((ok) => {
    const koniec = sluchajWidocznosciPanelu((w) => {
      if (!w) return;
      koniec();
      ok();
    });
  });
}

export function useWidocznoscPanelu(): boolean {
  const [w, setW] = useState(zacznij);
  useEffect(() => sluchajWidocznosciPanelu(setW), []);
  return w;
}
