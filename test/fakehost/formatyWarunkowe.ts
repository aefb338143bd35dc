/**
 * Conditional formats (ExcelApi 1.6; `RangeAreas` and `ConditionalFormat.getRanges` 1.9): custom-formula
 * rules with a fill. Each rule is recorded per sheet with the set of cells it applies to, so a user's sort
 * or row insert (`uzytkownik.ts`) can move it with the cells, as Excel does. Nothing is evaluated: a rule
 * is only recorded (the adapter's tests look at which cells carry which rule).
 */
import type ExcelJS from 'exceljs';
import { BladFake } from './bledy';
import { Obiekt, listaWlasciwosci } from './obiekt';
import type { Kontekst } from './kontekst';
import { adresProstokata } from './kontekst';
import { celZAdresu, type Cel } from './zakres';

export interface FormatWarunkowyFake {
  id: string;
  typ: string;
  /** the custom rule's formula as set (null until set) */
  formula: string | null;
  /** fill colour of the format (null until set) */
  kolor: string | null;
  /** cells the rule applies to: row * 16 384 + column (0-based) */
  komorki: Set<number>;
}

const KOLUMN = 16384;
const TYPY = new Set([
  'Custom',
  'DataBar',
  'ColorScale',
  'IconSet',
  'TopBottom',
  'PresetCriteria',
  'ContainsText',
  'CellValue',
]);
const rejestr = new WeakMap<ExcelJS.Worksheet, FormatWarunkowyFake[]>();
let licznik = 0;

/** The rules of a sheet, highest priority first (tests and user actions read and change this list). */
export function formatyWarunkowe(ws: ExcelJS.Worksheet): FormatWarunkowyFake[] {
  let lista = rejestr.get(ws);
  if (!lista) rejestr.set(ws, (lista = []));
  return lista;
}

/** A1 addresses ('D5', 'D7:D9') of the cells a rule applies to: vertical runs, column by column. */
export function obszaryKomorek(komorki: ReadonlySet<number>): string[] {
  const posortowane = [...komorki].sort((a, b) => (a % KOLUMN) - (b % KOLUMN) || a - b);
  const wynik: string[] = [];
  for (let i = 0; i < posortowane.length;) {
    const c = posortowane[i] % KOLUMN;
    const r0 = Math.floor(posortowane[i] / KOLUMN);
    let n = 1;
    while (i + n < posortowane.length && posortowane[i + n] === posortowane[i] + n * KOLUMN) n++;
    wynik.push(adresProstokata(r0, c, n, 1));
    i += n;
  }
  return wynik;
}

function komorkiObszarow(obszary: readonly Cel[]): Set<number> {
  const s = new Set<number>();
  for (const o of obszary)
    for (let r = 0; r < o.nr; r++) for (let k = 0; k < o.nc; k++) s.add((o.r0 + r) * KOLUMN + o.c0 + k);
  return s;
}

function przecina(f: FormatWarunkowyFake, obszary: readonly Cel[]): boolean {
  for (const x of f.komorki) {
    const r = Math.floor(x / KOLUMN);
    const c = x % KOLUMN;
    if (obszary.some((o) => r >= o.r0 && r < o.r0 + o.nr && c >= o.c0 && c < o.c0 + o.nc)) return true;
  }
  return false;
}

/** `Worksheet.getRanges(address)` and `ConditionalFormat.getRanges()`: several areas of one sheet. */
export class FakeRangeAreas extends Obiekt {
  /** `adres`: the address the request carries (measured with the write that uses it) */
  constructor(
    ctx: Kontekst,
    private readonly obszary: () => Cel[],
    private readonly adres = '',
  ) {
    super(ctx);
  }

  protected pobierz(p: string): unknown {
    const o = this.obszary();
    switch (p) {
      case 'address':
        return o.map((c) => `'${c.ws.name}'!${adresProstokata(c.r0, c.c0, c.nr, c.nc)}`).join(',');
      case 'areaCount':
        return o.length;
      case 'cellCount':
        return o.reduce((n, c) => n + c.nr * c.nc, 0);
      default:
        throw new BladFake('NotImplemented', `RangeAreas.${p} is outside the fake host subset.`);
    }
  }

  get address(): string {
    return this.wez('address');
  }
  get areaCount(): number {
    return this.wez('areaCount');
  }
  get cellCount(): number {
    return this.wez('cellCount');
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.ctx, this.obszary, this.adres);
  }
}

/** `getRanges('A1,B2:B4')` on `ws` (ExcelApi 1.9). */
export function obszaryZAdresu(ctx: Kontekst, ws: () => ExcelJS.Worksheet, adres: string): FakeRangeAreas {
  wersja19(ctx, 'getRanges');
  return new FakeRangeAreas(
    ctx,
    () => {
      const arkusz = ws();
      return adres.split(',').map((a) => celZAdresu(arkusz, a.trim()));
    },
    adres,
  );
}

function wersja19(ctx: Kontekst, co: string): void {
  const [a, b] = ctx.host.wersja.split('.').map(Number);
  if (a < 1 || (a === 1 && b < 9))
    throw new BladFake('ApiNotFound', `${co} needs ExcelApi 1.9; this host supports ${ctx.host.wersja}.`);
}

/** The conditional formats that intersect a range (or range areas), as `Range.conditionalFormats`. */
export class FakeConditionalFormatCollection extends Obiekt {
  private elementy: FakeConditionalFormat[] | null = null;

  constructor(
    ctx: Kontekst,
    private readonly obszary: () => Cel[],
    private readonly adres = '',
  ) {
    super(ctx);
  }

  private lista(): { ws: ExcelJS.Worksheet; formaty: FormatWarunkowyFake[]; obszary: Cel[] } {
    const obszary = this.obszary();
    if (obszary.length === 0) throw new BladFake('ItemNotFound', 'The range does not exist.');
    const ws = obszary[0].ws;
    return { ws, formaty: formatyWarunkowe(ws), obszary };
  }

  override load(opcje?: string | string[] | { select?: string }): this {
    const wlasciwosci = listaWlasciwosci(opcje).map((p) => p.replace(/^items\//, ''));
    this.ctx.odczyt(() => {
      const { ws, formaty, obszary } = this.lista();
      this.elementy = formaty
        .filter((f) => przecina(f, obszary))
        .map((f) => {
          const x = new FakeConditionalFormat(this.ctx, () => ({ ws, f }));
          x.zaladujTeraz(wlasciwosci);
          return x;
        });
    });
    return this;
  }

  protected pobierz(): unknown {
    return undefined;
  }

  get items(): FakeConditionalFormat[] {
    if (!this.elementy)
      throw new BladFake(
        'PropertyNotLoaded',
        "The property 'items' is not available. Call load and context.sync() first.",
      );
    return this.elementy;
  }

  add(typ: string): FakeConditionalFormat {
    let nowy: { ws: ExcelJS.Worksheet; f: FormatWarunkowyFake } | null = null;
    const cf = new FakeConditionalFormat(this.ctx, () => nowy);
    this.ctx.zapis({ conditionalFormats: 'add', typ, adres: this.adres }, () => {
      if (!TYPY.has(typ)) throw new BladFake('InvalidArgument', `Unknown conditional format type ${typ}.`);
      const { ws, formaty, obszary } = this.lista();
      if (this.ctx.host.chronione.has(ws.name))
        throw new BladFake('AccessDenied', `The sheet ${ws.name} is protected.`);
      const f: FormatWarunkowyFake = {
        id: `{cf-${++licznik}}`,
        typ,
        formula: null,
        kolor: null,
        komorki: komorkiObszarow(obszary),
      };
      formaty.unshift(f); // a new rule takes the first priority, as in Excel
      nowy = { ws, f };
    });
    return cf;
  }

  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.ctx, () => {
      const x = this.znajdz(id);
      if (!x) throw new BladFake('ItemNotFound', `No conditional format ${id}.`);
      return x;
    });
  }

  getItemOrNullObject(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.ctx, () => this.znajdz(id), true);
  }

  private znajdz(id: string): { ws: ExcelJS.Worksheet; f: FormatWarunkowyFake } | null {
    const { ws, formaty, obszary } = this.lista();
    const f = formaty.find((x) => x.id === id && przecina(x, obszary));
    return f ? { ws, f } : null;
  }
}

type Cf = { ws: ExcelJS.Worksheet; f: FormatWarunkowyFake };

/** One conditional format: `id`, `type`, `custom.rule.formula`, `custom.format.fill.color`, `delete()`, `getRanges()`. */
export class FakeConditionalFormat extends Obiekt {
  private x: Cf | null | undefined;
  readonly custom: FakeCustom;
  readonly customOrNullObject: FakeCustom;

  constructor(
    ctx: Kontekst,
    private readonly szukaj: () => Cf | null,
    private readonly mozeBycNull = false,
  ) {
    super(ctx);
    this.custom = new FakeCustom(this, 'custom');
    this.customOrNullObject = new FakeCustom(this, 'customOrNullObject');
  }

  /** the rule (resolved once, at its first use inside a sync) */
  cf(zapis = false): Cf {
    if (this.x === undefined || this.x === null) this.x = this.szukaj();
    if (!this.x) throw new BladFake('ItemNotFound', 'The conditional format does not exist.');
    if (!formatyWarunkowe(this.x.ws).includes(this.x.f))
      throw new BladFake('ItemNotFound', 'The conditional format has been deleted.');
    if (zapis && this.ctx.host.chronione.has(this.x.ws.name))
      throw new BladFake('AccessDenied', `The sheet ${this.x.ws.name} is protected.`);
    return this.x;
  }

  zapisz(dane: unknown, op: (x: Cf) => void): void {
    this.ctx.zapis(dane, () => op(this.cf(true)));
  }

  /** loads paths like `id`, `type`, `custom/rule/formula`, `customOrNullObject/rule/formula` */
  protected pobierz(p: string): unknown {
    if (this.mozeBycNull) {
      if (this.x === undefined) this.x = this.szukaj();
      this.zaladowane.set('isNullObject', this.x === null);
      if (this.x === null) return undefined;
    }
    const { f } = this.cf();
    if (p === 'id') return f.id;
    if (p === 'type') return f.typ;
    if (p === 'priority') return formatyWarunkowe(this.cf().ws).indexOf(f);
    const m = /^(custom|customOrNullObject)\/rule\/formula$/.exec(p);
    if (m) {
      if (f.typ !== 'Custom') {
        if (m[1] === 'custom') throw new BladFake('InvalidOperation', 'The conditional format is not a custom one.');
        this.zaladowane.set('customOrNullObject/isNullObject', true);
        return null;
      }
      if (m[1] === 'customOrNullObject') this.zaladowane.set('customOrNullObject/isNullObject', false);
      return f.formula;
    }
    throw new BladFake('NotImplemented', `ConditionalFormat.${p} is outside the fake host subset.`);
  }

  wartosc<T>(p: string): T {
    return this.wez(p);
  }

  get isNullObject(): boolean {
    return this.wez('isNullObject');
  }
  get id(): string {
    return this.wez('id');
  }
  get type(): string {
    return this.wez('type');
  }

  delete(): void {
    this.zapisz({ delete: 'conditionalFormat' }, ({ ws, f }) => {
      const lista = formatyWarunkowe(ws);
      lista.splice(lista.indexOf(f), 1);
    });
  }

  getRanges(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const { ws, f } = this.cf();
      return obszaryKomorek(f.komorki).map((a) => celZAdresu(ws, a));
    });
  }
}

class FakeCustom {
  readonly rule: { formula: string; load(p?: string): void };
  readonly format: { fill: { color: string } };

  constructor(
    private readonly cf: FakeConditionalFormat,
    private readonly sciezka: 'custom' | 'customOrNullObject',
  ) {
    const wlasna = (): FormatWarunkowyFake => {
      const { f } = cf.cf(true);
      if (f.typ !== 'Custom') throw new BladFake('InvalidOperation', 'The conditional format is not a custom one.');
      return f;
    };
    this.rule = {
      set formula(v: string) {
        cf.zapisz({ formula: v }, () => {
          if (!v.startsWith('=')) throw new BladFake('InvalidArgument', 'A conditional format formula starts with =.');
          wlasna().formula = v;
        });
      },
      get formula(): string {
        return cf.wartosc(`${sciezka}/rule/formula`);
      },
      load: () => void cf.load(`${sciezka}/rule/formula`),
    };
    this.format = {
      fill: {
        set color(v: string) {
          cf.zapisz({ fill: v }, () => (wlasna().kolor = v.toUpperCase()));
        },
        get color(): string {
          throw new BladFake('NotImplemented', 'Reading a conditional format fill is outside the fake host subset.');
        },
      },
    };
  }

  get isNullObject(): boolean {
    return this.cf.wartosc(`${this.sciezka}/isNullObject`);
  }
}

/** The fill colour shown on a cell by the first rule (highest priority) whose formula passes `filtr`. */
export function kolorFormatu(
  ws: ExcelJS.Worksheet,
  adres: string,
  filtr: (f: FormatWarunkowyFake) => boolean = () => true,
): string | null {
  const c = celZAdresu(ws, adres);
  const x = c.r0 * KOLUMN + c.c0;
  return formatyWarunkowe(ws).find((f) => f.komorki.has(x) && filtr(f))?.kolor ?? null;
}
