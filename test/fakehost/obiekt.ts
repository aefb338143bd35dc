/** Base of every proxy: `load()` queues a read; reading a property that was not loaded throws. */
import { niezaladowana } from './bledy';
import type { Kontekst } from './kontekst';

/** 'a,b' | ['a','b'] | { select: 'a,b' } → ['a','b'] (spaces dropped) */
export function listaWlasciwosci(opcje?: string | string[] | { select?: string }): string[] {
  const tekst = Array.isArray(opcje) ? opcje.join(',') : typeof opcje === 'string' ? opcje : (opcje?.select ?? '');
  return tekst
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export abstract class Obiekt {
  protected readonly zaladowane = new Map<string, unknown>();

  constructor(protected readonly ctx: Kontekst) {}

  get context(): Kontekst {
    return this.ctx;
  }

  load(opcje?: string | string[] | { select?: string }): this {
    const lista = listaWlasciwosci(opcje);
    this.ctx.odczyt(() => this.zaladujTeraz(lista));
    return this;
  }

  /** runs inside a sync: captures the values as they are at this point of the batch */
  zaladujTeraz(lista: readonly string[]): void {
    const wartosci = lista.map((p) => [p, this.pobierz(p)] as const);
    if (this.zaladowane.get('isNullObject') === true) return;
    for (const [p, v] of wartosci) this.zaladowane.set(p, v);
  }

  protected wez<T>(nazwa: string): T {
    if (!this.zaladowane.has(nazwa)) throw niezaladowana(nazwa);
    return this.zaladowane.get(nazwa) as T;
  }

  protected abstract pobierz(wlasciwosc: string): unknown;
}
