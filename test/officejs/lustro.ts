/**
 * The fake host behind Microsoft's serializer (issue 8 §2): an observer of the fake host that replays
 * every call of the adapter on a real `Excel.RequestContext` of `@microsoft/office-js` (one per `run`)
 * and, at each sync, records the request body Excel would receive, next to the fake host's own payload
 * and its estimate of Excel's response (the JSON of what the sync loaded).
 */
import type { FakeExcel, Obserwator, Wezel } from '../fakehost';
import { kontekstNagrywajacy } from './biblioteka';

export interface Synchronizacja {
  /** bytes of the request body built by Office.js (0: nothing sent) */
  zadanie: number;
  /** bytes the fake host counted for the same sync */
  model: number;
  /** estimated bytes of Excel's response (the fake host's: loaded values as JSON) */
  odpowiedz: number;
}

export interface Lustro {
  synchronizacje: Synchronizacja[];
  /** calls that Office.js could not replay (names), none expected */
  nieodtworzone: string[];
  zeruj(): void;
  wylacz(): void;
}

type Obj = Record<string, unknown>;

/** `Excel.RequestContext` of each fake context (by the model's root path) */
export function lustro(fx: FakeExcel): Lustro {
  const konteksty = new Map<Wezel, { ctx: Excel.RequestContext; zadania: number[] }>();
  const realne = new Map<Wezel, Obj | null>();
  let biezacy: { ctx: Excel.RequestContext; zadania: number[] } | null = null;
  const wynik: Lustro = {
    synchronizacje: [],
    nieodtworzone: [],
    zeruj() {
      wynik.synchronizacje = [];
      wynik.nieodtworzone = [];
    },
    wylacz: () => fx.obserwuj(null),
  };

  const korzenOf = (w: Wezel): Wezel => (w.rodzic ? korzenOf(w.rodzic) : w);
  const kontekst = (korzen: Wezel) => {
    let k = konteksty.get(korzen);
    if (!k) {
      const zadania: number[] = [];
      k = { ctx: kontekstNagrywajacy(zadania), zadania };
      konteksty.set(korzen, k);
      realne.set(korzen, k.ctx.workbook as unknown as Obj);
    }
    biezacy = k;
    return k;
  };
  const realny = (w: Wezel): Obj | null => {
    if (!w.rodzic) return kontekst(w) && (realne.get(w) ?? null);
    return realne.get(w) ?? null;
  };
  const arg = (x: unknown) => (x !== null && typeof x === 'object' && 'typ' in x ? realny(x as Wezel) : x);
  const probuj = (co: string, f: () => void) => {
    try {
      f();
    } catch (e) {
      wynik.nieodtworzone.push(`${co}: ${(e as Error).message}`);
    }
  };

  const obserwator: Obserwator = {
    nowy(w, klucz, argumenty) {
      kontekst(korzenOf(w));
      const r = w.rodzic ? realny(w.rodzic) : null;
      let obiekt: Obj | null = null;
      probuj(klucz, () => {
        if (!r) throw new Error('brak rodzica');
        if (klucz === 'runtime') obiekt = (biezacy!.ctx as unknown as Obj).runtime as Obj;
        else if (w.typ === 4) obiekt = r[klucz] as Obj;
        else obiekt = (r[klucz] as (...a: unknown[]) => Obj)(...argumenty.map(arg));
        if (!obiekt) throw new Error('brak');
      });
      realne.set(w, obiekt);
    },
    ustaw(w, nazwa, wartosc) {
      const r = realny(w);
      probuj(nazwa, () => {
        if (!r) throw new Error('brak');
        r[nazwa] = wartosc;
      });
    },
    wywolaj(w, nazwa, argumenty) {
      const r = realny(w);
      probuj(nazwa, () => (r![nazwa] as (...a: unknown[]) => unknown)(...argumenty.map(arg)));
    },
    zaladuj(w, wlasciwosci) {
      const r = realny(w);
      probuj(`load ${wlasciwosci.join(',')}`, () => (r!.load as (o: string) => unknown)(wlasciwosci.join(',')));
    },
    wynik(w, nazwa, argumenty) {
      const r = realny(w);
      probuj(nazwa, () => (r![nazwa] as (...a: unknown[]) => unknown)(...argumenty.map(arg)));
    },
    async przedSync(korzen) {
      const k = kontekst(korzen);
      const przed = k.zadania.length;
      await k.ctx.sync();
      const zadanie = k.zadania.length > przed ? k.zadania[k.zadania.length - 1] : 0;
      wynik.synchronizacje.push({ zadanie, model: 0, odpowiedz: 0 });
    },
    poSync() {
      const s = wynik.synchronizacje[wynik.synchronizacje.length - 1];
      const f = fx.sklad[fx.sklad.length - 1];
      s.model = f?.ladunek ?? 0;
      s.odpowiedz = f?.odpowiedz ?? 0;
    },
  };
  fx.obserwuj(obserwator);
  return wynik;
}
