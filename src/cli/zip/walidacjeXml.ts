/**
 * Data validations straight from a sheet's XML (the main `<dataValidations>` and the Excel 2010
 * `<x14:dataValidations>` extension, which ExcelJS does not keep): what ExcelJS's reader damages is
 * rebuilt from them (src/cli/exceljs/plik.ts), and tests compare them.
 */
import { atrybuty, dekodujXml } from './xml';

const MAKS_WIERSZ = 1_048_576;
const MAKS_KOLUMNA = 16_384;

/** [first column, first row, last column, last row], 1-based inclusive */
export type Prostokat = [number, number, number, number];

export interface WalidacjaXml {
  /** every setting that matters, defaults filled in, as one comparable string */
  podpis: string;
  prostokaty: Prostokat[];
  sqref: string;
  /** the element's attributes and formula texts as stored (decoded) */
  atrybuty: Map<string, string>;
  formuly: string[];
  /** from the Excel 2010 extension list (`x14:dataValidation`), which ExcelJS ignores */
  rozszerzenie: boolean;
}

const DOMYSLNE: Record<string, string> = {
  type: 'none',
  operator: 'between',
  allowBlank: '0',
  showDropDown: '0',
  showInputMessage: '0',
  showErrorMessage: '0',
  errorStyle: 'stop',
  errorTitle: '',
  error: '',
  promptTitle: '',
  prompt: '',
};
const BEZ_OPERATORA = new Set(['none', 'any', 'list', 'custom']);

function wartoscLogiczna(v: string): string {
  return v === '1' || v === 'true' ? '1' : '0';
}

function kolumna(litery: string): number {
  let n = 0;
  for (const c of litery.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/** `A1`, `$A$1:$C$9`, `B:B`, `3:5` → rectangles; null for a token that is not a range. */
function prostokatZakresu(token: string): Prostokat | null {
  const czesci = token.replace(/\$/g, '').toUpperCase().split(':');
  if (czesci.length > 2) return null;
  const punkty = czesci.map((p) => /^([A-Z]{0,3})(\d*)$/.exec(p));
  if (punkty.some((p) => !p || (!p[1] && !p[2]))) return null;
  const [a, b] = [punkty[0]!, punkty[punkty.length - 1]!];
  const k1 = a[1] ? kolumna(a[1]) : 1;
  const k2 = b[1] ? kolumna(b[1]) : MAKS_KOLUMNA;
  const w1 = a[2] ? Number(a[2]) : 1;
  const w2 = b[2] ? Number(b[2]) : MAKS_WIERSZ;
  return [Math.min(k1, k2), Math.min(w1, w2), Math.max(k1, k2), Math.max(w1, w2)];
}

function surowaFormula(wnetrze: string, n: 1 | 2): string | null {
  const m = new RegExp(`<(?:[\\w.-]+:)?formula${n}\\b[^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?formula${n}>`).exec(wnetrze);
  if (!m) return null;
  const f = /<(?:[\w.-]+:)?f\b[^>]*>([\s\S]*?)<\//.exec(m[1]);
  return dekodujXml((f ? f[1] : m[1]).trim());
}

function formula(tekst: string | null): string {
  if (tekst === null) return '';
  // Numbers are compared as numbers (ExcelJS turns date limits into Dates and back).
  return tekst !== '' && Number.isFinite(Number(tekst)) ? String(Math.round(Number(tekst) * 1e9) / 1e9) : tekst;
}

export function walidacjeZXml(xml: string): WalidacjaXml[] {
  const wynik: WalidacjaXml[] = [];
  const re = /<((?:[\w.-]+:)?)dataValidation\b([^>]*?)(\/?)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const a = atrybuty(m[2]);
    let wnetrze = '';
    if (m[3] !== '/') {
      const koniec = xml.indexOf(`</${m[1]}dataValidation>`, re.lastIndex);
      wnetrze = koniec < 0 ? '' : xml.slice(re.lastIndex, koniec);
    }
    const pola = { ...DOMYSLNE };
    for (const k of Object.keys(DOMYSLNE)) {
      const v = a.get(k);
      if (v !== undefined)
        pola[k] = ['allowBlank', 'showDropDown', 'showInputMessage', 'showErrorMessage'].includes(k)
          ? wartoscLogiczna(v)
          : v;
    }
    if (pola.type === 'any') pola.type = 'none';
    if (BEZ_OPERATORA.has(pola.type)) pola.operator = '';
    if (pola.type === 'none') pola.allowBlank = '0';
    const sqrefXm = /<(?:[\w.-]+:)?sqref\b[^>]*>([\s\S]*?)<\//.exec(wnetrze);
    const sqref = (a.get('sqref') ?? (sqrefXm ? dekodujXml(sqrefXm[1]) : '')).trim();
    const prostokaty = sqref
      .split(/\s+/)
      .filter(Boolean)
      .map(prostokatZakresu)
      .filter((p): p is Prostokat => p !== null);
    const f1 = surowaFormula(wnetrze, 1);
    const f2 = surowaFormula(wnetrze, 2);
    const podpis = JSON.stringify([
      pola.type,
      pola.operator,
      formula(f1),
      formula(f2),
      pola.allowBlank,
      pola.showDropDown,
      pola.showInputMessage,
      pola.showErrorMessage,
      pola.errorStyle,
      pola.errorTitle,
      pola.error,
      pola.promptTitle,
      pola.prompt,
    ]);
    const formuly = f1 === null ? [] : f2 === null ? [f1] : [f1, f2];
    wynik.push({ podpis, prostokaty, sqref, atrybuty: a, formuly, rozszerzenie: m[1] === 'x14:' || !a.has('sqref') });
  }
  return wynik;
}
