/**
 * WB-2 template builders: table and label–value sheets with headers, formats and frozen header rows, and
 * (WB-2.0) a title and instruction, one input-cell style, formulas for computed columns, and a data
 * validation with a Polish prompt and error message on every cell with a vocabulary, number, date or
 * length rule.
 */
import type { Walidacja, ZapisArkusza, ZapisKomorki } from './model';
import { literaKolumny } from '../komorki/adres';
import { FORMAT_DATA, FORMAT_LICZBA, FORMAT_ZL, naglowek, tekst } from './formaty';

/** Rows that get dropdowns/formats in an empty template. */
export const WIERSZE_SZABLONU = 1000;

/** WB-2.0: a number, date or length rule of a cell (bounds inclusive; dates `RRRR-MM-DD`). */
export interface RegulaPola {
  rodzaj: 'calkowita' | 'dziesietna' | 'data' | 'dlugoscTekstu';
  min?: number | string;
  max?: number | string;
}

/** Dates a template accepts (the programmes run 2012–2030; a typo such as 2102 is refused). */
const DATY: RegulaPola = { rodzaj: 'data', min: '2000-01-01', max: '2099-12-31' };

export interface KolumnaSzablonu {
  naglowek: string;
  szerokosc?: number;
  /** dropdown values (WB-2 vocabularies) */
  lista?: readonly string[];
  /** number format of the column's data rows (e.g. FORMAT_ZL) */
  format?: string;
  /** WB-2.0: a number, date or length rule; default from the format (zł ≥ 0, whole ≥ 0, date) */
  regula?: RegulaPola;
  /** WB-2.0: what to type, for the input prompt (default: from the rule) */
  podpowiedz?: string;
  /**
   * WB-2.0: a computed column — the formula of Excel row `r` (no `=`), returning `""` while its inputs
   * are blank; its cells are not input cells. A data row's given value becomes the cached value.
   */
  formula?: (r: number) => string;
  /** a column the template fills and the user does not (e.g. the 16 TERYT codes): not an input cell */
  staly?: boolean;
}

/** WB-2.0: the title block of a template sheet. */
export interface NaglowekSzablonu {
  tytul: string;
  /** where and how to fill the sheet, one or two sentences */
  instrukcja: string;
}

const liczbaPl = (x: number | string) => (typeof x === 'number' ? String(x).replace('.', ',') : x);

function domyslnaRegula(format: string | undefined): RegulaPola | undefined {
  if (format === FORMAT_ZL) return { rodzaj: 'dziesietna', min: 0 };
  if (format === FORMAT_LICZBA) return { rodzaj: 'calkowita', min: 0 };
  if (format === FORMAT_DATA) return DATY;
  return undefined;
}

function opisReguly(r: RegulaPola): string {
  const zakres =
    r.min !== undefined && r.max !== undefined
      ? `od ${liczbaPl(r.min)} do ${liczbaPl(r.max)}`
      : r.min !== undefined
        ? `nie mniej niż ${liczbaPl(r.min)}`
        : `nie więcej niż ${liczbaPl(r.max!)}`;
  switch (r.rodzaj) {
    case 'calkowita':
      return `liczba całkowita ${zakres}`;
    case 'dziesietna':
      return `liczba (najwyżej 2 miejsca po przecinku) ${zakres}`;
    case 'data':
      return `data RRRR-MM-DD ${zakres}`;
    case 'dlugoscTekstu':
      return `tekst o długości ${zakres} znaków`;
  }
}

const dopisek = (h: string | undefined) => (h ? ` (${h})` : '');

/** Excel limits: prompt/error title ≤ 32 characters, message ≤ 255. */
const tytulKomunikatu = (s: string) => (s.length > 32 ? `${s.slice(0, 31)}…` : s);
const trescKomunikatu = (s: string) => (s.length > 255 ? `${s.slice(0, 254)}…` : s);

/**
 * WB-2.0: the validation of one field (or none when it has no rule), with a Polish prompt and error.
 * `pole` names the field in the texts.
 */
export function walidacjaPola(
  zakres: string,
  pole: string,
  p: { lista?: readonly string[]; regula?: RegulaPola; podpowiedz?: string },
): Walidacja | null {
  const tytul = tytulKomunikatu(pole);
  if (p.lista) {
    const wartosci = p.lista.join(', ');
    return {
      zakres,
      lista: [...p.lista],
      podpowiedz: { tytul, tresc: trescKomunikatu(`Wybierz z listy: ${wartosci}.${dopisek(p.podpowiedz)}`) },
      blad: { tytul: 'Wartość spoza listy', tresc: trescKomunikatu(`„${pole}”: dozwolone są tylko: ${wartosci}.`) },
    };
  }
  if (!p.regula) return null;
  const opis = opisReguly(p.regula);
  return {
    zakres,
    rodzaj: p.regula.rodzaj,
    ...(p.regula.min !== undefined ? { min: p.regula.min } : {}),
    ...(p.regula.max !== undefined ? { max: p.regula.max } : {}),
    podpowiedz: { tytul, tresc: trescKomunikatu(`Wpisz: ${opis}.${dopisek(p.podpowiedz)}`) },
    blad: { tytul: 'Niepoprawna wartość', tresc: trescKomunikatu(`„${pole}”: wymagana ${opis}.`) },
  };
}

/** WB-2.0: the title and instruction rows (title bold, instruction wrapped and merged over the table). */
function wierszeTytulu(n: NaglowekSzablonu): ZapisKomorki[][] {
  return [[tekst(n.tytul, { pogrubienie: true })], [tekst(n.instrukcja, { kolorTekstu: '595959', zawijaj: true })]];
}

/**
 * A table template: an optional title block (WB-2.0: title, instruction, blank row), then the header
 * row, frozen; validations, formats and the input style on the next WIERSZE_SZABLONU rows (or as many
 * as there are data rows). Readers find the header row by its labels (WB-1.2).
 */
export function arkuszTabeli(
  nazwa: string,
  kolumny: readonly KolumnaSzablonu[],
  dane: ZapisKomorki[][] = [],
  tytul?: NaglowekSzablonu,
): ZapisArkusza {
  const przed = tytul ? [...wierszeTytulu(tytul), []] : [];
  const wNaglowka = przed.length + 1; // Excel row of the header
  const pierwszy = wNaglowka + 1;
  const ostatni = wNaglowka + WIERSZE_SZABLONU;
  const walidacje: Walidacja[] = [];
  const polaWejsciowe: string[] = [];
  kolumny.forEach((k, i) => {
    const l = literaKolumny(i);
    const zakres = `${l}${pierwszy}:${l}${ostatni}`;
    if (k.formula) return;
    if (!k.staly) polaWejsciowe.push(zakres);
    const w = walidacjaPola(zakres, k.naglowek, {
      lista: k.lista,
      regula: k.regula ?? domyslnaRegula(k.format),
      podpowiedz: k.podpowiedz,
    });
    if (w) walidacje.push(w);
  });
  const obliczane = kolumny.flatMap((k, i) => (k.formula ? [{ i, f: k.formula, fmt: k.format }] : []));
  const wiersze: ZapisKomorki[][] = dane.map((w) => [...w]);
  if (obliczane.length > 0)
    for (let r = 0; r < Math.max(WIERSZE_SZABLONU, dane.length); r++) {
      const w = (wiersze[r] ??= kolumny.map(() => null));
      for (const { i, f, fmt } of obliczane) {
        const dana = w[i];
        w[i] = { ...(fmt ? { fmt } : {}), ...(dana ?? {}), v: dana?.v ?? '', formula: f(wNaglowka + 1 + r) };
      }
    }
  const szerokosci = kolumny.map((k) => k.szerokosc ?? Math.max(12, Math.min(40, k.naglowek.length + 2)));
  return {
    nazwa,
    wiersze: [...przed, kolumny.map((k) => naglowek(k.naglowek)), ...wiersze],
    szerokosciKolumn: szerokosci,
    zamrozenie: { wiersze: wNaglowka, kolumny: 0 },
    walidacje,
    polaWejsciowe,
    formatyKolumn: kolumny.map((k) => k.format ?? null),
    ...(tytul ? { scalenia: [`A2:${literaKolumny(Math.max(0, kolumny.length - 1))}2`] } : {}),
  };
}

export interface EtykietaSzablonu {
  etykieta: string;
  lista?: readonly string[];
  /** a pre-filled value */
  wartosc?: ZapisKomorki;
  /** a hint in column C (also the input prompt) */
  podpowiedz?: string;
  /** WB-2.0: a number, date or length rule of the value */
  regula?: RegulaPola;
}

/**
 * A label–value template (WB-1.1): an optional title block (WB-2.0; the title and instruction are
 * unknown labels to the reader, which ignores them), then labels in column A, values in B (input
 * cells), hints in C.
 */
export function arkuszEtykiet(
  nazwa: string,
  etykiety: readonly EtykietaSzablonu[],
  tytul?: NaglowekSzablonu,
): ZapisArkusza {
  const przed = tytul ? [...wierszeTytulu(tytul), []] : [];
  const walidacje: Walidacja[] = [];
  const wiersze = etykiety.map((e, i) => {
    const w = walidacjaPola(`B${przed.length + i + 1}`, e.etykieta, e);
    if (w) walidacje.push(w);
    return [
      tekst(e.etykieta, { pogrubienie: true }),
      e.wartosc ?? null,
      e.podpowiedz ? tekst(e.podpowiedz, { kolorTekstu: '595959' }) : null,
    ];
  });
  const polaWejsciowe = etykiety.length ? [`B${przed.length + 1}:B${przed.length + etykiety.length}`] : [];
  return {
    nazwa,
    wiersze: [...przed, ...wiersze],
    szerokosciKolumn: [42, 30, 60],
    walidacje,
    polaWejsciowe,
    ...(tytul ? { scalenia: ['A2:C2'] } : {}),
  };
}
