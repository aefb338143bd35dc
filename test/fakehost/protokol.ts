/**
 * What Office.js really sends (issue 8 §2): a model of the Rich API request body that Microsoft's client
 * library builds for a batch — `{"AutoKeepReference":…,"Actions":[…],"ObjectPaths":{…}}` — so the fake
 * host's payload is the real request's size, not only the written values. The fake context is wrapped in
 * a proxy that sees every call of the adapter: each object reached (property, method, `getItem`, `items`)
 * is an object path with an instantiate action, ranges are kept by reference (`_KeepReference`, then a
 * reference id in later requests, as inside `Excel.run`), each property set, method call and load is one
 * action, and the last action using a path lists it (`L`). Calibrated against `@microsoft/office-js`
 * (test/officejs/); an observer (`Obserwator`) can replay the same calls elsewhere (the real serializer).
 */

/** one object path of the model */
export interface Wezel {
  id: number;
  rodzic: Wezel | null;
  /** 1 root, 3 method, 4 property, 5 indexer (`getItem`) */
  typ: 1 | 3 | 4 | 5;
  nazwa: string;
  argumenty: readonly unknown[] | null;
  /** a range: kept by reference across syncs (`_KeepReference`), a short reference path afterwards */
  referencja: boolean;
  /** created by a method (e.g. `worksheets.add`): addressed by its id after its first request */
  zMetody: boolean;
  /** request number in which the path was created */
  zadanie: number;
}

/** Sees the same calls as the model, with the model's nodes (test/officejs replays them on Office.js). */
export interface Obserwator {
  nowy(w: Wezel, klucz: string, argumenty: readonly unknown[]): void;
  ustaw(w: Wezel, nazwa: string, wartosc: unknown): void;
  wywolaj(w: Wezel, nazwa: string, argumenty: readonly unknown[]): void;
  zaladuj(w: Wezel, wlasciwosci: readonly string[]): void;
  /** a method whose result is a value (`ClientResult`, e.g. `getCellProperties`) */
  wynik(w: Wezel, nazwa: string, argumenty: readonly unknown[]): void;
  /** before the fake sync of the context whose root path is `korzen` */
  przedSync(korzen: Wezel): Promise<void>;
  poSync(): void;
}

/** Excel's reference ids and worksheet ids are GUIDs in braces */
const GUID = 38;
const cyfry = (n: number) => String(n).length;
const duza = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Akcja {
  tekst: number;
  sciezki: Wezel[];
}

/** The request being built and the paths that exist (one per fake `Kontekst`). */
export class ModelZadania {
  private licznik = 1;
  readonly korzen: Wezel = {
    id: 1,
    rodzic: null,
    typ: 1,
    nazwa: '',
    argumenty: null,
    referencja: false,
    zMetody: false,
    zadanie: 0,
  };
  private numer = 0;
  private akcje: Akcja[] = [];
  private obecne = new Set<Wezel>();
  private autoKeep = false;

  private nastepny(): number {
    return ++this.licznik;
  }

  private sciezkaBajty(w: Wezel): number {
    const teraz = w.zadanie === this.numer;
    if (!teraz && w.referencja) return 60 + cyfry(w.id) * 2 + GUID; // {"Id":…,"ObjectPathType":6,"Name":"{…}","ArgumentInfo":{}}
    if (!teraz && w.zMetody) return 80 + cyfry(w.id) * 2 + GUID + cyfry(w.rodzic?.id ?? 0);
    let n = 42 + cyfry(w.id) * 2 + w.nazwa.length; // "id":{"Id":id,"ObjectPathType":t,"Name":"…"},
    if (w.rodzic) n += 22 + cyfry(w.rodzic.id);
    if (w.argumenty) n += 30 + dlugoscJson(w.argumenty);
    return n;
  }

  /** makes sure `w` (and what it hangs on) is instantiated in the current request */
  private obecny(w: Wezel): void {
    if (this.obecne.has(w)) return;
    const ref = w.zadanie !== this.numer && (w.referencja || w.zMetody);
    if (w.rodzic && !ref) this.obecny(w.rodzic);
    this.obecne.add(w);
    this.akcje.push({ tekst: 48 + cyfry(this.nastepny()) + cyfry(w.id), sciezki: [w] });
  }

  /** a new object path (property, method, indexer) under `rodzic` */
  nowy(rodzic: Wezel, typ: 3 | 4 | 5, nazwa: string, argumenty: readonly unknown[] | null, referencja: boolean): Wezel {
    this.obecny(rodzic);
    const w: Wezel = {
      id: this.nastepny(),
      rodzic,
      typ,
      nazwa: typ === 5 ? '' : duza(nazwa),
      argumenty,
      referencja,
      zMetody: typ === 3,
      zadanie: this.numer,
    };
    this.obecne.add(w);
    this.akcje.push({ tekst: 48 + cyfry(this.nastepny()) + cyfry(w.id), sciezki: [w] });
    if (referencja) {
      this.autoKeep = true;
      const keep = this.nastepny();
      this.akcje.push({ tekst: 95 + cyfry(keep) + cyfry(w.id), sciezki: [w] });
      this.akcje.push({ tekst: 48 + cyfry(this.nastepny()) + cyfry(w.id), sciezki: [w] });
    }
    return w;
  }

  /** a set-property (4), method (3) or query (2) action; `dane` is what goes in its arguments */
  akcja(w: Wezel, rodzaj: 'ustaw' | 'metoda' | 'zapytanie', nazwa: string, dane: readonly unknown[], sciezki: Wezel[]) {
    this.obecny(w);
    for (const s of sciezki) this.obecny(s);
    const id = this.nastepny();
    let n = 46 + cyfry(id) + cyfry(w.id);
    if (rodzaj === 'zapytanie')
      n += 26 + dlugoscJson(dane); // "QueryInfo":{"Select":[…]}
    else {
      n += duza(nazwa).length + 28 + dlugoscJson(dane); // "ArgumentInfo":{"Arguments":[…]}
      if (sciezki.length > 0) n += 28 + dane.length * 2 + sciezki.reduce((s, x) => s + cyfry(x.id), 0);
    }
    this.akcje.push({ tekst: n, sciezki: [w, ...sciezki] });
  }

  /** bytes of the request as built so far (0 when it has no action: Office.js sends nothing) */
  rozmiar(): number {
    if (this.akcje.length === 0) return 0;
    // `L`: each path is listed once, on the last action that uses it or a path below it
    const widziane = new Set<Wezel>();
    let n = 50 + (this.autoKeep ? 4 : 5);
    for (let i = this.akcje.length - 1; i >= 0; i--) {
      const a = this.akcje[i];
      let l = 0;
      for (const s of a.sciezki)
        for (let x: Wezel | null = s; x && !widziane.has(x); x = this.rodzicW(x)) {
          widziane.add(x);
          l += cyfry(x.id) + 1;
        }
      n += a.tekst + 1 + (l > 0 ? l + 6 : 0);
    }
    for (const s of widziane) n += this.sciezkaBajty(s);
    return n;
  }

  private rodzicW(x: Wezel): Wezel | null {
    const ref = x.zadanie !== this.numer && (x.referencja || x.zMetody);
    return ref ? null : x.rodzic;
  }

  /** after a sync: a new request starts */
  zamknij(): void {
    this.numer++;
    this.akcje = [];
    this.obecne = new Set();
    this.autoKeep = false;
  }
}

export function dlugoscJson(x: unknown): number {
  const s = JSON.stringify(x, (_k, v: unknown) => (v === undefined ? null : v));
  if (s === undefined) return 4;
  let n = s.length;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) n += s.charCodeAt(i) > 0x7ff ? 2 : 1;
  return n;
}

/** Excel's response, estimated: each loaded result as JSON in `{"ActionId":…,"Value":…}` */
export function rozmiarOdpowiedzi(odczyty: ReadonlyArray<() => unknown>): number {
  let n = 0;
  for (const o of odczyty)
    try {
      n += 30 + dlugoscJson(o());
    } catch {
      n += 30; // a null object or a load that did not run: a short result
    }
  return n;
}
