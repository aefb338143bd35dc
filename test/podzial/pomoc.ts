/** Test helpers: snapshots built directly as ZeszytSnapshot objects. */
import type { ArkuszSnapshot, Komorka, ZapisArkusza, ZeszytSnapshot } from '../../src/core/zeszyt/model';
import { WOJEWODZTWA } from '../../src/core/program/definicja';
import { LICZBY_S3 } from '../../src/core/podzial';

export const s = (v: string): Komorka => ({ t: 's', v });
export const n = (v: number): Komorka => ({ t: 'n', v });

export const NAGLOWKI = ['TERYT', 'Województwo', 'Liczba szkół małych', 'Liczba szkół średnich', 'Liczba szkół dużych'];

/** The S3 rows of `Województwa` (TERYT as text, counts as numbers). */
export function wierszeS3(): Komorka[][] {
  return WOJEWODZTWA.map((w, i) => [s(w.teryt), s(w.nazwa), ...LICZBY_S3[i].map(n)]);
}

export function zeszyt(
  opcje: { kwota?: Komorka; jednostka?: Komorka; wiersze?: Komorka[][]; parametry?: Komorka[][] } = {},
): ZeszytSnapshot {
  const parametry: Komorka[][] = opcje.parametry ?? [
    [s('Kwota krajowa (zł)'), opcje.kwota === undefined ? n(44_000_000) : opcje.kwota],
    [s('Jednostka zaokrąglenia'), opcje.jednostka ?? null],
  ];
  return {
    arkusze: [
      { nazwa: 'Podział środków', wiersze: parametry },
      { nazwa: 'Województwa', wiersze: [NAGLOWKI.map(s), ...(opcje.wiersze ?? wierszeS3())] },
    ],
  };
}

/** What a host would read back from written sheets (numbers keep their format code). */
export function jakoSnapshot(arkusze: ZapisArkusza[]): ZeszytSnapshot {
  const arkusz = (a: ZapisArkusza): ArkuszSnapshot => ({
    nazwa: a.nazwa,
    wiersze: a.wiersze.map((w) =>
      w.map((k): Komorka => {
        if (!k) return null;
        if (typeof k.v === 'string') return { t: 's', v: k.v };
        if (typeof k.v === 'number') return k.fmt ? { t: 'n', v: k.v, fmt: k.fmt } : { t: 'n', v: k.v };
        return { t: 'b', v: k.v };
      }),
    ),
  });
  return { arkusze: arkusze.map(arkusz) };
}

export const KONTEKST = { dzis: { y: 2012, m: 5, d: 1 }, jezyk: 'pl' as const };
