/**
 * CS-U.1 `Umowy dotacji` (written by `kwalifikuj`): one row per running body with at least one school
 * whose current decision is `zakwalifikowana`, ready for mail merge. Body key: its valid normalised
 * `TERYT organu`, else its name (WB-1.3); rows of the same name without a TERYT join that name's TERYT.
 * Bodies in the order of their first `Wnioski` row; schools in draw order (row order without a draw).
 */
import type { ZapisArkusza, ZapisKomorki } from '../zeszyt/model';
import type { Tabela } from '../zeszyt/czytnik';
import { pole } from '../zeszyt/czytnik';
import { FORMAT_DATA, liczba, naglowek, tekst, zl } from '../zeszyt/formaty';
import { odczytajIdentyfikator } from '../komorki/odczyt';
import { serialZDaty } from '../komorki/daty';
import { problemTeryt } from '../identyfikatory';
import { normalizuj } from '../tekst/normalizuj';
import type { Grosze } from '../kwota';
import type { Program } from '../program/definicja';
import type { DecyzjaWniosku } from '../kwalifikacja';
import type { WierszWniosku } from '../wojewodztwo/wiersze';
import { K } from '../wojewodztwo/kolumny';
import { lista } from '../jst/lista';

export const ARKUSZ_UMOW = 'Umowy dotacji';

export interface Umowa {
  organ: string;
  teryt: string | null;
  regony: string[];
  kwota: Grosze;
  wariantI: Grosze;
  wariantII: Grosze;
  wklad: Grosze;
}

/** The valid TERYT of each data row (by `indeks`), read from the `Wnioski` table. */
export function terytyWierszy(t: Tabela): Array<string | null> {
  return t.wiersze.map((w) => {
    const o = odczytajIdentyfikator(pole(t, w, K.teryt), 'TERYT');
    return o.ok && problemTeryt(o.v) === null ? o.v : null;
  });
}

export function umowyDotacji(
  wiersze: readonly WierszWniosku[],
  teryty: ReadonlyArray<string | null>,
  decyzje: ReadonlyMap<number, DecyzjaWniosku>,
): Umowa[] {
  const terytNazwy = new Map<string, string>();
  const normy = new Map<string, string>(); // bodies repeat: each name is normalised once
  const nazwy = wiersze.map((w) => {
    let n = normy.get(w.organ);
    if (n === undefined) normy.set(w.organ, (n = normalizuj(w.organ)));
    return n;
  });
  wiersze.forEach((w, i) => {
    const t = teryty[w.indeks];
    if (t && !terytNazwy.has(nazwy[i])) terytNazwy.set(nazwy[i], t);
  });
  // a body by its TERYT, else by its name; in the order of its first row
  type Organ = { organ: string; teryt: string | null; szkoly: Array<{ w: WierszWniosku; d: DecyzjaWniosku }> };
  const poTeryt = new Map<string, Organ>();
  const poNazwie = new Map<string, Organ>();
  const organy: Organ[] = [];
  for (let i = 0; i < wiersze.length; i++) {
    const w = wiersze[i];
    const t = teryty[w.indeks] ?? terytNazwy.get(nazwy[i]);
    const mapa = t ? poTeryt : poNazwie;
    const klucz = t ?? nazwy[i];
    let o = mapa.get(klucz);
    if (!o) {
      mapa.set(klucz, (o = { organ: w.organ, teryt: t ?? null, szkoly: [] }));
      organy.push(o);
    }
    const d = decyzje.get(w.indeks);
    if (d && d.decyzja === 'zakwalifikowana') o.szkoly.push({ w, d });
  }
  const porzadek = (a: { w: WierszWniosku; d: DecyzjaWniosku }, b: typeof a) =>
    (a.d.pozycja ?? Infinity) - (b.d.pozycja ?? Infinity) || a.w.indeks - b.w.indeks;
  return organy
    .filter((o) => o.szkoly.length > 0)
    .map((o) => {
      const szkoly = [...o.szkoly].sort(porzadek);
      const suma = (f: (s: (typeof szkoly)[number]) => Grosze) => szkoly.reduce((s, x) => s + f(x), 0);
      return {
        organ: o.organ,
        teryt: o.teryt,
        regony: szkoly.map((s) => s.d.regon),
        kwota: suma((s) => s.d.wsparcie ?? 0),
        wariantI: suma((s) => (s.d.wariant === 'I' ? (s.d.wsparcie ?? 0) : 0)),
        wariantII: suma((s) => (s.d.wariant === 'II' ? (s.d.wsparcie ?? 0) : 0)),
        wklad: suma((s) => s.w.wklad ?? 0),
      };
    });
}

/**
 * WB-1.9: an Excel cell holds 32 767 characters — about 2 000 REGONs; a body with more schools (only in
 * stress data) gets the first ones and `… (+N)`: the full list is `Zakwalifikowane` by `Organ prowadzący`.
 */
export const MAKS_ZNAKOW_REGONOW = 32_000;
const regonySzkol = (regony: readonly string[]): string =>
  lista(regony, Number.POSITIVE_INFINITY, ', ', MAKS_ZNAKOW_REGONOW);

export function arkuszUmow(umowy: readonly Umowa[], program: Program): ZapisArkusza {
  const termin: ZapisKomorki = { v: serialZDaty(program.terminy.wydatkowanieDotacji), fmt: FORMAT_DATA };
  const suma = (f: (u: Umowa) => Grosze) => umowy.reduce((s, u) => s + f(u), 0);
  const b = { pogrubienie: true };
  return {
    nazwa: ARKUSZ_UMOW,
    wiersze: [
      [
        'Lp.',
        'Organ prowadzący',
        'TERYT organu',
        'Liczba szkół',
        'Szkoły (REGON)',
        'Kwota dotacji (zł)',
        'W tym wariant I (zł)',
        'W tym wariant II (zł)',
        'Wkład własny (zł)',
        'Termin wykorzystania dotacji',
      ].map(naglowek),
      ...umowy.map((u, i) => [
        liczba(i + 1),
        tekst(u.organ),
        tekst(u.teryt ?? ''),
        liczba(u.regony.length),
        tekst(regonySzkol(u.regony)),
        zl(u.kwota),
        zl(u.wariantI),
        zl(u.wariantII),
        zl(u.wklad),
        termin,
      ]),
      [
        null,
        tekst('Razem', b),
        null,
        liczba(
          umowy.reduce((s, u) => s + u.regony.length, 0),
          b,
        ),
        null,
        zl(
          suma((u) => u.kwota),
          b,
        ),
        zl(
          suma((u) => u.wariantI),
          b,
        ),
        zl(
          suma((u) => u.wariantII),
          b,
        ),
        zl(
          suma((u) => u.wklad),
          b,
        ),
        null,
      ],
    ],
    szerokosciKolumn: [6, 40, 12, 10, 40, 18, 18, 18, 18, 16],
    zamrozenie: { wiersze: 1, kolumny: 0 },
    wydruk: { orientacja: 'pozioma', powtarzaneWiersze: [1, 1], dopasujDoSzerokosci: true },
  };
}
