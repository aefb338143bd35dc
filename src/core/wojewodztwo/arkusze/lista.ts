/** WB-3.2 lists grouped by variant with `Razem wariant …` subtotal rows and `Lp.` over the whole sheet. */
import type { ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { liczba, naglowek, tekst, zl } from '../../zeszyt/formaty';
import type { Grosze } from '../../kwota';

export interface GrupaListy<T> {
  /** subtotal label, e.g. `Razem wariant I` */
  razem: string;
  wiersze: T[];
}

export interface KolumnaListy<T> {
  naglowek: string;
  szerokosc: number;
  komorka: (t: T) => ZapisKomorki;
  /** money columns summed in the subtotal rows */
  suma?: (t: T) => Grosze | null;
}

/** Column 0 is `Lp.`; the subtotal label goes into column 1. */
export function arkuszListy<T>(
  nazwa: string,
  kolumny: readonly KolumnaListy<T>[],
  grupy: readonly GrupaListy<T>[],
): ZapisArkusza {
  const wiersze: ZapisKomorki[][] = [[naglowek('Lp.'), ...kolumny.map((k) => naglowek(k.naglowek))]];
  let lp = 0;
  for (const g of grupy) {
    if (g.wiersze.length === 0) continue;
    for (const t of g.wiersze) wiersze.push([liczba(++lp), ...kolumny.map((k) => k.komorka(t))]);
    wiersze.push([
      null,
      ...kolumny.map((k, i) => {
        if (i === 0) return tekst(g.razem, { pogrubienie: true });
        if (!k.suma) return null;
        let s = 0;
        for (const t of g.wiersze) s += k.suma(t) ?? 0;
        return zl(s, { pogrubienie: true });
      }),
    ]);
  }
  return {
    nazwa,
    wiersze,
    szerokosciKolumn: [6, ...kolumny.map((k) => k.szerokosc)],
    zamrozenie: { wiersze: 1, kolumny: 0 },
    wydruk: { orientacja: 'pozioma', powtarzaneWiersze: [1, 1], dopasujDoSzerokosci: true },
  };
}

export const pusteLubTekst = (s: string | null | undefined): ZapisKomorki =>
  s === null || s === undefined || s === '' ? null : tekst(s);
