import { KWOTA_S3, LICZBY_S3, kwotaWojewodztwa, udzialWojewodztwa } from '../../src/core/podzial';

const liczby = (): number[][] => LICZBY_S3.map((r) => [...r]);

describe('custom-function helpers (CS-9.1)', () => {
  test('CS-9.1a udzialWojewodztwa: W_v / ΣW reduced (02 → 128 700 / 19 501 ×1/100)', () => {
    expect(udzialWojewodztwa(liczby(), '02')).toEqual({ licznik: 1287n, mianownik: 19501n });
    expect(udzialWojewodztwa(liczby(), '2')).toEqual({ licznik: 1287n, mianownik: 19501n });
  });

  test('S3 CS-9.1c kwotaWojewodztwa: unit 1 gr and 1 000 zł', () => {
    expect(kwotaWojewodztwa(KWOTA_S3, liczby(), '02')).toBe(290_385_108);
    expect(kwotaWojewodztwa(KWOTA_S3, liczby(), '16')).toBe(108_527_768);
    expect(kwotaWojewodztwa(KWOTA_S3, liczby(), '06', 100_000)).toBe(289_200_000);
    expect(kwotaWojewodztwa(KWOTA_S3, liczby(), '14', 100_000)).toBe(618_700_000);
  });

  test('CS-9.1 invalid input throws: shape, TERYT, negative or fractional count, ΣW = 0, B not a multiple of u', () => {
    expect(() => kwotaWojewodztwa(KWOTA_S3, liczby().slice(1), '02')).toThrow(/16 wierszy/);
    expect(() => kwotaWojewodztwa(KWOTA_S3, liczby(), '03')).toThrow(/TERYT/);
    const zle = liczby();
    zle[3][1] = -1;
    expect(() => udzialWojewodztwa(zle, '02')).toThrow(/≥ 0/);
    zle[3][1] = 1.5;
    expect(() => kwotaWojewodztwa(KWOTA_S3, zle, '02')).toThrow(/≥ 0/);
    const zera = liczby().map(() => [0, 0, 0]);
    expect(() => udzialWojewodztwa(zera, '02')).toThrow(/CS-9.1a/);
    expect(() => kwotaWojewodztwa(KWOTA_S3, zera, '02')).toThrow(/CS-9.1a/);
    expect(() => kwotaWojewodztwa(KWOTA_S3 + 1, liczby(), '02', 100)).toThrow(/wielokrotnością/);
  });
});
