/**
 * CS-U.1 `Umowy dotacji` (written by `kwalifikuj`): one row per running body with at least one school
 * whose current decision is `zakwalifikowana`, ready for mail merge. Body key: its valid normalised
 * `TERYT organu`, else its name (WB-1.3); rows of the same name without a TERYT join that name's TERYT.
 * Bodies in the order of their first `Wnioski` row; schools in draw order (row order without a draw).
 */
import type { ZapisArkusza, ZapisKomorki } from '../zeszyt/model';
import { FORMAT_DATA, liczba, naglowek, tekst, zl } from '../zeszyt/formaty';
import { serialZDaty } from '../komorki/daty';
import { normalizuj } from '../tekst/normalizuj';
import type { Grosze } from '../kwota';
import type { Program } from '../program/definicja';
import type { DecyzjaWniosku } from '../kwalifikacja';
import type { WierszWniosku } from '../wojewodztwo/wiersze';
import { wgKlucza } from '../tablice/wgKlucza';
import { listaWKomorce } from '../tekst/lista';

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

/** A body of `umowyDotacji` while its schools are gathered. */
interface Organ {
  organ: string;
  teryt: string | null;
  szkoly: DecyzjaWniosku[];
  wklad: Grosze;
}

export function umowyDotacji(
  wiersze: readonly WierszWniosku[],
  decyzje: ReadonlyArray<DecyzjaWniosku | null>,
): Umowa[] {
  const normy = new Map<string, string>(); // bodies repeat: each name is normalised once
  const nazwy = wiersze.map((w) => {
    let n = normy.get(w.organ);
    if (n === undefined) normy.set(w.organ, (n = normalizuj(w.organ)));
    return n;
  });
  const terytNazwy = new Map<string, string>();
  wiersze.forEach((w, i) => {
    if (w.teryt && !terytNazwy.has(nazwy[i])) terytNazwy.set(nazwy[i], w.teryt);
  });
  // a body by its TERYT, else by its name; in the order of its first row
  const poTeryt = new Map<string, Organ>();
  const poNazwie = new Map<string, Organ>();
  const organy: Organ[] = [];
  const zakwalifikowane: Array<{ d: DecyzjaWniosku; o: Organ }> = [];
  for (let i = 0; i < wiersze.length; i++) {
    const w = wiersze[i];
    const t = w.teryt ?? terytNazwy.get(nazwy[i]);
    const mapa = t ? poTeryt : poNazwie;
    const klucz = t ?? nazwy[i];
    let o = mapa.get(klucz);
    if (!o) {
      mapa.set(klucz, (o = { organ: w.organ, teryt: t ?? null, szkoly: [], wklad: 0 }));
      organy.push(o);
    }
    const d = decyzje[w.indeks];
    if (d && d.decyzja === 'zakwalifikowana') {
      o.wklad += w.wklad ?? 0;
      zakwalifikowane.push({ d, o });
    }
  }
  // the qualified schools in draw order (row order without a position), each to its body
  const porzadek = wgKlucza(
    zakwalifikowane,
    (x) => x.d.pozycja ?? wiersze.length + 1, // after every position (a draw numbers at most the rows)
    (x) => x.d.indeks,
  );
  for (const { d, o } of porzadek) o.szkoly.push(d);
  const umowy: Umowa[] = [];
  for (const o of organy) {
    if (o.szkoly.length === 0) continue;
    const u: Umowa = {
      organ: o.organ,
      teryt: o.teryt,
      regony: [],
      kwota: 0,
      wariantI: 0,
      wariantII: 0,
      wklad: o.wklad,
    };
    for (const d of o.szkoly) {
      const g = d.wsparcie ?? 0;
      u.regony.push(d.regon);
      u.kwota += g;
      if (d.wariant === 'I') u.wariantI += g;
      else if (d.wariant === 'II') u.wariantII += g;
    }
    umowy.push(u);
  }
  return umowy;
}

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
        // WB-1.9: one cell holds about 2 000 REGONs; a body with more schools (only in stress data) gets the first
        // ones and `… (+N)`: the full list is `Zakwalifikowane` by `Organ prowadzący`
        tekst(listaWKomorce(u.regony)),
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
