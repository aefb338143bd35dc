/**
 * Charts: `worksheet.charts.add(type, range, seriesBy)`, `chart.title.text`, `chart.setPosition`
 * (ExcelApi 1.1), `chart.series.getItemAt(i)` (1.1), `series.setXAxisValues` / `setValues` and
 * `chart.series.add(name)` (1.7). Nothing is drawn: each chart is recorded on its sheet
 * (`FakeExcel.wykresy(nazwa)`) so tests can check type, source ranges, title and position.
 */
import type ExcelJS from 'exceljs';
import { BladFake } from './bledy';
import type { Kontekst } from './kontekst';
import { adresCelu, celZAdresu, type Cel, type FakeRange } from './zakres';
import { odczytaj } from './komorki';

/** Excel.ChartType values the fake accepts (others are refused, so a typo never passes). */
const TYPY = new Set([
  'ColumnClustered',
  'ColumnStacked',
  'ColumnStacked100',
  'BarClustered',
  'BarStacked',
  'Line',
  'LineMarkers',
  'LineStacked',
  'Pie',
  'Area',
  'AreaStacked',
  'XYScatter',
]);

export interface SeriaFake {
  /** the series name (header text), or null */
  nazwa: string | null;
  /** A1 range of the values on the chart's sheet ('B4:B15'), or `'Arkusz'!B4:B15` when on another sheet */
  wartosci: string | null;
  /** A1 range of the category (x-axis) values, null = Excel's default 1, 2, 3 … */
  osX: string | null;
}

export interface WykresFake {
  typ: string;
  /** the range given to `charts.add` */
  zrodlo: string;
  serieWg: string;
  tytul: string | null;
  /** top-left cell given to `setPosition`, null = Excel's default placement */
  polozenie: string | null;
  koniec: string | null;
  serie: SeriaFake[];
}

/** Charts of every sheet, kept beside the ExcelJS workbook (ExcelJS itself has no charts). */
export type RejestrWykresow = WeakMap<ExcelJS.Worksheet, WykresFake[]>;

function wersja(ctx: Kontekst, wymagana: string, co: string): void {
  const [a, b] = ctx.host.wersja.split('.').map(Number);
  const [x, y] = wymagana.split('.').map(Number);
  if (a < x || (a === x && b < y))
    throw new BladFake('ApiNotFound', `${co} needs ExcelApi ${wymagana}; this host supports ${ctx.host.wersja}.`);
}

function adresWzgledny(c: Cel, arkusz: ExcelJS.Worksheet): string {
  return c.ws === arkusz ? adresCelu(c) : `'${c.ws.name}'!${adresCelu(c)}`;
}

/** Excel's reading of a source range by columns: a text first row names the series, the rest are values. */
function serieZeZrodla(c: Cel, arkusz: ExcelJS.Worksheet, wg: string, s1904: boolean): SeriaFake[] {
  const tekst = (r: number, k: number) => {
    const x = c.ws.findCell(r + 1, k + 1);
    const o = x ? odczytaj(x, s1904) : null;
    return o && o.typ === 'String' ? String(o.wartosc) : null;
  };
  const poKolumnach = wg !== 'Rows';
  const ile = poKolumnach ? c.nc : c.nr;
  const naglowki = Array.from({ length: ile }, (_, i) => (poKolumnach ? tekst(c.r0, c.c0 + i) : tekst(c.r0 + i, c.c0)));
  const zNaglowkiem = naglowki.every((n) => n !== null) && (poKolumnach ? c.nr : c.nc) > 1;
  return naglowki.map((n, i) => {
    const v: Cel = poKolumnach
      ? { ws: c.ws, r0: c.r0 + (zNaglowkiem ? 1 : 0), c0: c.c0 + i, nr: c.nr - (zNaglowkiem ? 1 : 0), nc: 1 }
      : { ws: c.ws, r0: c.r0 + i, c0: c.c0 + (zNaglowkiem ? 1 : 0), nr: 1, nc: c.nc - (zNaglowkiem ? 1 : 0) };
    return { nazwa: zNaglowkiem ? n : null, wartosci: adresWzgledny(v, arkusz), osX: null };
  });
}

export class FakeChartSeries {
  constructor(
    private readonly ctx: Kontekst,
    private readonly seria: () => { s: SeriaFake; arkusz: ExcelJS.Worksheet },
  ) {}

  setXAxisValues(zrodlo: FakeRange): void {
    this.ctx.zapis({ setXAxisValues: 'range' }, () => {
      wersja(this.ctx, '1.7', 'ChartSeries.setXAxisValues');
      const { s, arkusz } = this.seria();
      s.osX = adresWzgledny(zrodlo.wymagany(), arkusz);
    });
  }

  setValues(zrodlo: FakeRange): void {
    this.ctx.zapis({ setValues: 'range' }, () => {
      wersja(this.ctx, '1.7', 'ChartSeries.setValues');
      const { s, arkusz } = this.seria();
      s.wartosci = adresWzgledny(zrodlo.wymagany(), arkusz);
    });
  }
}

export class FakeChart {
  readonly title: { text: string };
  readonly series: { getItemAt(i: number): FakeChartSeries; add(name?: string): FakeChartSeries };
  /** set when `charts.add` runs inside the sync */
  private zapisany: { w: WykresFake; arkusz: ExcelJS.Worksheet } | null = null;

  constructor(private readonly ctx: Kontekst) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the get/set accessor objects below need the instance; arrows cannot be accessors
    const wykres = this;
    this.title = {
      set text(t: string) {
        ctx.zapis({ title: t }, () => (wykres.biezacy().w.tytul = t));
      },
      get text(): string {
        throw new BladFake('NotImplemented', 'Reading chart titles is outside the fake host subset.');
      },
    };
    this.series = {
      getItemAt: (i) =>
        new FakeChartSeries(ctx, () => {
          const { w, arkusz } = this.biezacy();
          if (!w.serie[i])
            throw new BladFake('ItemNotFound', `The chart has no series at index ${i} (it has ${w.serie.length}).`);
          return { s: w.serie[i], arkusz };
        }),
      add: (name) => {
        const nowa: { s?: SeriaFake } = {};
        ctx.zapis({ addSeries: name ?? null }, () => {
          wersja(ctx, '1.7', 'ChartSeriesCollection.add');
          nowa.s = { nazwa: name ?? null, wartosci: null, osX: null };
          this.biezacy().w.serie.push(nowa.s);
        });
        return new FakeChartSeries(ctx, () => ({ s: nowa.s!, arkusz: this.biezacy().arkusz }));
      },
    };
  }

  ustaw(w: WykresFake, arkusz: ExcelJS.Worksheet): void {
    this.zapisany = { w, arkusz };
  }

  delete(): void {
    this.ctx.zapis({ deleteChart: true }, () => {
      const { w, arkusz } = this.biezacy();
      const lista = this.ctx.host.wykresy.get(arkusz) ?? [];
      if (!lista.includes(w)) throw new BladFake('ItemNotFound', 'The chart does not exist.');
      this.ctx.host.wykresy.set(
        arkusz,
        lista.filter((x) => x !== w),
      );
    });
  }

  private biezacy(): { w: WykresFake; arkusz: ExcelJS.Worksheet } {
    if (!this.zapisany) throw new BladFake('InvalidObjectPath', 'The chart was not created.');
    return this.zapisany;
  }

  setPosition(start: FakeRange | string, koniec?: FakeRange | string): void {
    const a = (x: FakeRange | string) => (typeof x === 'string' ? x : 'range');
    this.ctx.zapis({ setPosition: [a(start), koniec === undefined ? null : a(koniec)] }, () => {
      const { w, arkusz } = this.biezacy();
      const adres = (x: FakeRange | string) => adresCelu(typeof x === 'string' ? celZAdresu(arkusz, x) : x.wymagany());
      w.polozenie = adres(start).split(':')[0];
      w.koniec = koniec === undefined ? null : adres(koniec).split(':')[0];
    });
  }
}

export class FakeChartCollection {
  private elementy: FakeChart[] | null = null;

  constructor(
    private readonly ctx: Kontekst,
    private readonly arkusz: () => ExcelJS.Worksheet,
  ) {}

  /** `load('items/…')`: the charts of the sheet as they are when the load runs */
  load(_opcje?: unknown): this {
    this.ctx.odczyt(() => {
      const ws = this.arkusz();
      this.elementy = (this.ctx.host.wykresy.get(ws) ?? []).map((w) => {
        const c = new FakeChart(this.ctx);
        c.ustaw(w, ws);
        return c;
      });
    });
    return this;
  }

  get items(): FakeChart[] {
    if (!this.elementy)
      throw new BladFake(
        'PropertyNotLoaded',
        "The property 'items' is not available. Call load and context.sync() first.",
      );
    return this.elementy;
  }

  add(typ: string, zrodlo: FakeRange, serieWg: string = 'Auto'): FakeChart {
    const wykres = new FakeChart(this.ctx);
    this.ctx.zapis({ addChart: typ, seriesBy: serieWg }, () => {
      if (!TYPY.has(typ)) throw new BladFake('InvalidArgument', `Chart type ${typ} is not in the fake host subset.`);
      const ws = this.arkusz();
      if (this.ctx.host.chronione.has(ws.name))
        throw new BladFake('AccessDenied', `The chart you're trying to add is on a protected sheet (${ws.name}).`);
      const c = zrodlo.wymagany();
      const w: WykresFake = {
        typ,
        zrodlo: adresWzgledny(c, ws),
        serieWg,
        tytul: null,
        polozenie: null,
        koniec: null,
        serie: serieZeZrodla(c, ws, serieWg, !!this.ctx.host.wb.properties.date1904),
      };
      const lista = this.ctx.host.wykresy.get(ws) ?? [];
      lista.push(w);
      this.ctx.host.wykresy.set(ws, lista);
      wykres.ustaw(w, ws);
    });
    return wykres;
  }
}
