/**
 * The proxy between the adapter and the fake objects (issue 8 §2, §8): every property read, set, method
 * call and load goes to the fake object unchanged and is also told to the request model (`protokol.ts`)
 * and to the observer, if any; what a load or a value result brings back is measured as the response.
 * Reads of loaded values are not requests and pass straight through.
 */
import type { ModelZadania, Obserwator, Wezel } from './protokol';
import { listaWlasciwosci } from './obiekt';
import { FakeRange } from './zakres';

const SUROWY = Symbol('surowy');
const WEZEL = Symbol('wezel');

type Obj = Record<string | symbol, unknown>;

/** what the proxies of one context share */
interface Srodowisko {
  model: ModelZadania;
  /** the fake context: it measures the response of what was loaded */
  odpowiedz(odczyt: () => unknown): void;
  obserwator: () => Obserwator | null;
  kontekst: object;
}

function surowy(x: unknown): unknown {
  return x !== null && typeof x === 'object' && (x as Obj)[SUROWY] ? (x as Obj)[SUROWY] : x;
}

function wezelArg(x: unknown): Wezel | null {
  return x !== null && typeof x === 'object' && (x as Obj)[WEZEL] ? ((x as Obj)[WEZEL] as () => Wezel)() : null;
}

/** a fake method's result that is a value (`ClientResult`), not an object: `{ value }` only */
function jestWynikiem(x: object): boolean {
  const k = Object.keys(x);
  return k.length === 1 && k[0] === 'value' && Object.getPrototypeOf(x) === Object.prototype;
}

const obiekt = (x: unknown): x is object => x !== null && typeof x === 'object' && !Array.isArray(x);

function owin(cel: object, wezel: () => Wezel, s: Srodowisko): object {
  const dzieci = new Map<string, { raw: unknown; proxy: object }>();
  const proxy: object = new Proxy(cel, {
    get(t, p) {
      if (p === SUROWY) return t;
      if (p === WEZEL) return wezel;
      if (typeof p === 'symbol') return Reflect.get(t, p);
      if (p === 'context') return s.kontekst;
      if (p === 'onChanged') return Reflect.get(t, p);
      if (p === 'load') return (opcje?: string | string[] | { select?: string }) => zaladuj(t, proxy, opcje);
      if (p === 'items') return elementy(t);
      const v: unknown = Reflect.get(t, p);
      if (typeof v === 'function') return (...a: unknown[]) => wywolaj(t, p, v as (...x: unknown[]) => unknown, a);
      if (!obiekt(v)) return v;
      const jest = dzieci.get(p);
      if (jest && jest.raw === v) return jest.proxy;
      const w = jest ? (jest.proxy as Obj)[WEZEL] : jednorazowo(() => s.model.nowy(wezel(), 4, p, null, false));
      const dziecko = owin(v, w as () => Wezel, s);
      if (!jest) s.obserwator()?.nowy((w as () => Wezel)(), p, []);
      dzieci.set(p, { raw: v, proxy: dziecko });
      return dziecko;
    },
    set(t, p, v) {
      (t as Obj)[p] = surowy(v);
      if (typeof p === 'string') {
        s.model.akcja(wezel(), 'ustaw', p, [v], []);
        s.obserwator()?.ustaw(wezel(), p, v);
      }
      return true;
    },
  });

  function zaladuj(t: object, ja: object, opcje?: string | string[] | { select?: string }): object {
    const lista = listaWlasciwosci(opcje);
    (t as { load(o: unknown): unknown }).load(opcje);
    const wybor = lista.map((p) => p.replace(/^items\//, ''));
    s.model.akcja(wezel(), 'zapytanie', '', wybor, []);
    const zbior = lista.some((p) => p.startsWith('items/'));
    s.obserwator()?.zaladuj(wezel(), lista);
    s.odpowiedz(() =>
      zbior
        ? { value: ((t as Obj).items as Obj[]).map((e) => Object.fromEntries(wybor.map((p) => [p, e[p]]))) }
        : Object.fromEntries(wybor.map((p) => [p, (t as Obj)[p]])),
    );
    return ja;
  }

  function elementy(t: object): object[] {
    const lista = (t as Obj).items as object[];
    return lista.map((e) => {
      const klucz = () => {
        try {
          return (e as Obj).id as string;
        } catch {
          return (e as Obj).name as string;
        }
      };
      const w = jednorazowo(() => {
        const n = s.model.nowy(wezel(), 5, 'getItem', [klucz()], false);
        s.obserwator()?.nowy(n, 'getItem', [klucz()]);
        return n;
      });
      return owin(e, w, s);
    });
  }

  function wywolaj(t: object, p: string, f: (...x: unknown[]) => unknown, a: unknown[]): unknown {
    const wynik = f.apply(t, a.map(surowy));
    const wezly = a.map(wezelArg);
    const dane = a.map((x, i) => wezly[i]?.id ?? x);
    const sciezki = wezly.filter((x): x is Wezel => x !== null);
    const argObs = a.map((x, i) => wezly[i] ?? x);
    if (wynik === t) return proxy;
    if (obiekt(wynik) && !(wynik instanceof Promise)) {
      if (jestWynikiem(wynik)) {
        s.model.akcja(wezel(), 'metoda', p, dane, sciezki);
        s.obserwator()?.wynik(wezel(), p, argObs);
        s.odpowiedz(() => (wynik as Obj).value);
        return wynik;
      }
      const n = s.model.nowy(wezel(), p === 'getItem' ? 5 : 3, p, dane, wynik instanceof FakeRange);
      s.obserwator()?.nowy(n, p, argObs);
      return owin(wynik, () => n, s);
    }
    s.model.akcja(wezel(), 'metoda', p, dane, sciezki);
    s.obserwator()?.wywolaj(wezel(), p, argObs);
    return wynik;
  }

  return proxy;
}

function jednorazowo<T>(f: () => T): () => T {
  let x: { v: T } | null = null;
  return () => (x ??= { v: f() }).v;
}

/**
 * The context the adapter gets: `workbook` is the root path, `runtime` is `workbook._Runtime` (as in
 * Office.js), `sync()` asks the observer first (the real serializer records its request), then syncs.
 */
export function owinKontekst<T extends object>(
  ctx: T & { workbook: object; runtime: object; sync(): Promise<void>; odpowiedz(o: () => unknown): void },
  model: ModelZadania,
  obserwator: () => Obserwator | null,
): T {
  const s: Srodowisko = { model, obserwator, kontekst: ctx, odpowiedz: (o) => ctx.odpowiedz(o) };
  const korzen = owin(ctx.workbook, () => model.korzen, s);
  const runtime = jednorazowo(() => {
    const w = model.nowy(model.korzen, 4, '_Runtime', null, false);
    obserwator()?.nowy(w, 'runtime', []);
    return owin(ctx.runtime, () => w, s);
  });
  const proxy = new Proxy(ctx, {
    get(t, p) {
      if (p === 'workbook') return korzen;
      if (p === 'runtime') return runtime();
      if (p === 'sync')
        return async () => {
          await obserwator()?.przedSync(model.korzen);
          try {
            await t.sync();
          } finally {
            obserwator()?.poSync();
          }
        };
      return Reflect.get(t, p);
    },
  });
  s.kontekst = proxy;
  return proxy;
}
