/**
 * The `Szkoły` table of a running body's application (WB-2): the `Wnioski` columns from `Nazwa szkoły`
 * to `Wkład własny (zł)`, each row checked by the shared per-school rules (szkola.ts); in an organ's
 * application a request above the cap is a `błąd` (CS-5.2); duplicates (CS-10.4).
 */
import { pole, type Tabela } from '../zeszyt/czytnik';
import type { Program } from '../program/definicja';
import type { Grosze } from '../kwota';
import type { Uwaga } from '../uwagi';
import type { Wariant, WariantZastepczy, Wielkosc } from '../kwalifikacja/typy';
import { S } from './schemat';
import type { Polozenie, TypSzkoly } from './slowniki';
import {
  duplikatyRegon,
  miejscePola,
  sprawdzPolozenie,
  sprawdzRegon,
  sprawdzTekstWymagany,
  sprawdzTypSzkoly,
  sprawdzUczniow,
  sprawdzWariant,
  sprawdzWariantZastepczy,
  sprawdzWklad,
  sprawdzWnioskowana,
  type Miejsce,
} from './szkola';
import { dolacz } from '../tablice/dolacz';

export interface WierszSzkoly {
  /** 1-based Excel row */
  wiersz: number;
  nazwa: string | null;
  regon: string | null;
  regonCyfry: string | null;
  typSzkoly: TypSzkoly | null;
  polozenie: Polozenie | null;
  uczniowie: number | null;
  wielkosc: Wielkosc | null;
  limit: Grosze | null;
  wariant: Wariant | null;
  wariantZastepczy: WariantZastepczy | null;
  wnioskowana: Grosze | null;
  wklad: Grosze | null;
  /** where each column's cell is (for CS-11.2 findings) */
  miejsca: Record<keyof typeof S, Miejsce>;
}

export function czytajSzkoly(t: Tabela, program: Program): { szkoly: WierszSzkoly[]; uwagi: Uwaga[] } {
  const uwagi: Uwaga[] = [];
  const szkoly = t.wiersze.map((w): WierszSzkoly => {
    const miejsca = Object.fromEntries(
      (Object.keys(S) as Array<keyof typeof S>).map((klucz) => [klucz, miejscePola(t, w, S[klucz])]),
    ) as Record<keyof typeof S, Miejsce>;
    const k = (klucz: keyof typeof S) => pole(t, w, S[klucz]);
    const zbierz = <T>(s: { wartosc: T | null; uwagi: readonly Uwaga[] }): T | null => {
      dolacz(uwagi, s.uwagi);
      return s.wartosc;
    };
    const nazwa = zbierz(sprawdzTekstWymagany(k('nazwa'), miejsca.nazwa, S.nazwa));
    const r = sprawdzRegon(k('regon'), miejsca.regon);
    const regon = zbierz(r);
    const typSzkoly = zbierz(sprawdzTypSzkoly(k('typ'), miejsca.typ));
    const polozenie = zbierz(sprawdzPolozenie(k('polozenie'), miejsca.polozenie));
    const rozmiar = zbierz(sprawdzUczniow(k('uczniowie'), miejsca.uczniowie, program));
    const wariant = zbierz(sprawdzWariant(k('wariant'), miejsca.wariant));
    const wariantZastepczy = zbierz(sprawdzWariantZastepczy(k('wariantZastepczy'), miejsca.wariantZastepczy, wariant));
    const kw = zbierz(
      sprawdzWnioskowana(k('wnioskowana'), miejsca.wnioskowana, rozmiar?.wielkosc ?? null, 'wniosek', program),
    );
    // CS-4.3: in an organ's application the support is the amount requested
    const wklad = zbierz(sprawdzWklad(k('wklad'), miejsca.wklad, kw?.wnioskowana ?? null, program));
    return {
      wiersz: w.wiersz0 + 1,
      nazwa,
      regon,
      regonCyfry: r.cyfry,
      typSzkoly,
      polozenie,
      uczniowie: rozmiar?.uczniowie ?? null,
      wielkosc: rozmiar?.wielkosc ?? null,
      limit: rozmiar?.limit ?? null,
      wariant,
      wariantZastepczy,
      wnioskowana: kw?.wnioskowana ?? null,
      wklad,
      miejsca,
    };
  });
  // CS-10.4: the same REGON twice → błąd on both rows
  dolacz(uwagi, duplikatyRegon(szkoly.map((s) => ({ regon: s.regonCyfry, miejsce: s.miejsca.regon }))));
  return { szkoly, uwagi };
}
