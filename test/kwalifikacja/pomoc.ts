/** Shared fixtures for the CS-Z3 tests (scenarios.md S2, S4, S5). */
import type {
  ParametryKwalifikacji,
  WniosekDoKwalifikacji,
  WariantZastepczy,
  Wielkosc,
  Wariant,
} from '../../src/core/kwalifikacja';

export const zl = (z: number): number => Math.round(z * 100); // test helper only (src/core never does this)

type Wiersz = [
  regon: string,
  wielkosc: Wielkosc,
  v1: Wariant,
  v2: WariantZastepczy,
  wnioskowana: number,
  r: number,
  los: number,
];

/** scenarios.md S2: REGON, size, variant, fallback, requested (zł), r (zł), manual draw. */
export const S2: Wiersz[] = [
  ['140000017', 'mała', 'I', 'II', 90000, 90000, 3],
  ['140000023', 'średnia', 'I', 'odstąpienie', 140000, 140000, 1],
  ['140000030', 'duża', 'I', 'II', 200000, 200000, 5],
  ['140000046', 'mała', 'II', 'I', 60000, 60000, 2],
  ['140000052', 'średnia', 'II', 'odstąpienie', 140000, 140000, 7],
  ['140000069', 'mała', 'I', 'II', 85000, 85000, 4],
  ['140000075', 'duża', 'I', 'odstąpienie', 215000, 200000, 6],
  ['140000081', 'średnia', 'II', 'I', 120000, 120000, 8],
];

export const ZIARNO_S2 = '2012-05-10 losowanie 7-13-22';

export function wnioskiS2(reczna = true): WniosekDoKwalifikacji[] {
  return S2.map(([regon, wielkosc, v1, v2, , r, los], indeks) => ({
    indeks,
    regon,
    wielkosc,
    v1,
    v2,
    r: zl(r),
    ...(reczna ? { pozycjaReczna: los } : {}),
  }));
}

export function parametry(over: Partial<ParametryKwalifikacji> = {}): ParametryKwalifikacji {
  return {
    kwota: zl(600000),
    udzialWariantuISetne: null,
    podzial: 'wg wnioskowanych kwot',
    sio: null,
    ziarno: null,
    kolejnoscReczna: true,
    ...over,
  };
}

/** Decision of one REGON. */
export function po<T extends { regon: string }>(lista: readonly T[], regon: string): T {
  const d = lista.find((x) => x.regon === regon);
  if (!d) throw new Error(`no ${regon}`);
  return d;
}
