/** Custom functions (namespace CS): values, #VALUE!/#N/A with messages, and their generated metadata. */
import { createHash } from 'crypto';
import * as path from 'path';
import { cyfraKontrolnaRegon } from '../../src/core/identyfikatory';

class BladFunkcji extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}
(globalThis as unknown as Record<string, unknown>).CustomFunctions = {
  Error: BladFunkcji,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
};

import * as F from '../../src/addin/functions/funkcje';

const SIO: number[][] = Array.from({ length: 16 }, (_, i) => [100 + i, 50 + 2 * i, 10 + i]);

function blad(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    return e as BladFunkcji;
  }
  throw new Error('no error');
}

test('CS-5.1 / CS-5.2: WIELKOSC_SZKOLY and LIMIT_WSPARCIA at the thresholds', () => {
  expect([1, 100, 101, 300, 301].map((n) => F.wielkoscSzkoly(n))).toEqual([
    'mała',
    'mała',
    'średnia',
    'średnia',
    'duża',
  ]);
  expect([100, 101, 301].map((n) => F.limitWsparcia(n))).toEqual([90000, 140000, 200000]);
  expect(F.wielkoscSzkoly('80,0')).toBe('mała');
  expect(blad(() => F.wielkoscSzkoly(0))).toMatchObject({
    code: '#VALUE!',
    message: expect.stringContaining('CS-5.1'),
  });
  expect(blad(() => F.limitWsparcia(12.5))).toMatchObject({
    code: '#VALUE!',
    message: expect.stringContaining('liczba uczniów'),
  });
  expect(blad(() => F.wielkoscSzkoly(''))).toMatchObject({ code: '#N/A' });
});

test('CS-4.3 / CS-4.4: MIN_WKLAD_WLASNY and CZY_WKLAD_WYSTARCZA are exact to the grosz', () => {
  expect(F.minWkladWlasny(90000)).toBe(22500);
  expect(F.minWkladWlasny(90000.01)).toBe(22500.01);
  expect(F.minWkladWlasny('90 000,00 zł')).toBe(22500);
  expect(F.minWkladWlasny(90000, [[30000], [''], [5000]])).toBe(35000);
  expect(F.czyWkladWystarcza(90000, 22500)).toBe(true);
  expect(F.czyWkladWystarcza(90000, 22499.99)).toBe(false);
  expect(F.czyWkladWystarcza(90000.01, 22500)).toBe(false);
  expect(blad(() => F.minWkladWlasny(0.1 + 0.2))).toMatchObject({
    code: '#VALUE!',
    message: expect.stringContaining('2 miejsca'),
  });
  expect(blad(() => F.czyWkladWystarcza(90000, -1))).toMatchObject({ code: '#VALUE!' });
  expect(blad(() => F.czyWkladWystarcza(90000, ''))).toMatchObject({ code: '#N/A' });
});

test('CS-10.4 / WB-1.6: CZY_REGON_POPRAWNY normalises numbers and text', () => {
  const r9 = `12345678${cyfraKontrolnaRegon('12345678')}`;
  const r14 = `${r9}1234${cyfraKontrolnaRegon(`${r9}1234`)}`;
  expect(F.czyRegonPoprawny(r9)).toBe(true);
  expect(F.czyRegonPoprawny(r14)).toBe(true);
  expect(F.czyRegonPoprawny(`${r9.slice(0, 3)} ${r9.slice(3, 6)}-${r9.slice(6)}`)).toBe(true);
  const zZerem = `01234567${cyfraKontrolnaRegon('01234567')}`;
  expect(F.czyRegonPoprawny(Number(zZerem))).toBe(true);
  expect(F.czyRegonPoprawny(`${r9.slice(0, 8)}${(Number(r9[8]) + 1) % 10}`)).toBe(false);
  expect(F.czyRegonPoprawny('12345A789')).toBe(false);
  expect(blad(() => F.czyRegonPoprawny(''))).toMatchObject({ code: '#N/A' });
});

test('CS-Z3.1: KLUCZ_LOSOWANIA = SHA-256(seed|REGON), lowercase hex', () => {
  const oczekiwany = createHash('sha256').update('71322|123456785', 'utf8').digest('hex');
  expect(F.kluczLosowania(71322, '123456785')).toBe(oczekiwany);
  expect(F.kluczLosowania('  71322 ', 123456785)).toBe(oczekiwany);
  expect(F.kluczLosowania('ziarno żółć', '123456785')).toBe(
    createHash('sha256').update('ziarno żółć|123456785', 'utf8').digest('hex'),
  );
  expect(blad(() => F.kluczLosowania('', '123456785'))).toMatchObject({ code: '#N/A' });
});

test('CS-9.1: UDZIAL_WOJEWODZTWA and KWOTA_WOJEWODZTWA (largest remainder, Σ = B)', () => {
  const rowne = Array.from({ length: 16 }, () => [1, 0, 0]);
  expect(F.udzialWojewodztwa(rowne, 14)).toBe(6.25);
  expect(F.udzialWojewodztwa(rowne, 'mazowieckie')).toBe(6.25);
  const B = 200_000_000.01;
  const suma = ['02', '04', '06', '08', '10', '12', '14', '16', '18', '20', '22', '24', '26', '28', '30', '32'].reduce(
    (s, t) => s + Math.round(F.kwotaWojewodztwa(B, SIO, t) * 100),
    0,
  );
  expect(suma).toBe(Math.round(B * 100));
  expect(F.kwotaWojewodztwa(1_000_000, rowne, '02', '1 000 zł') % 1000).toBe(0);
  expect(F.kwotaWojewodztwa(1_000_000, rowne, '02', 1000)).toBe(F.kwotaWojewodztwa(1_000_000, rowne, '02', '1000 zł'));
  expect(blad(() => F.kwotaWojewodztwa(1_000_000.5, rowne, '02', '1 zł'))).toMatchObject({
    code: '#VALUE!',
    message: expect.stringContaining('wielokrotnością'),
  });
  expect(blad(() => F.udzialWojewodztwa(rowne, 15))).toMatchObject({ code: '#N/A' });
  expect(blad(() => F.udzialWojewodztwa(rowne.slice(1), 14))).toMatchObject({
    code: '#VALUE!',
    message: expect.stringContaining('16 wierszy'),
  });
  expect(
    blad(() =>
      F.udzialWojewodztwa(
        Array.from({ length: 16 }, () => [0, 0, 0]),
        14,
      ),
    ),
  ).toMatchObject({ code: '#VALUE!' });
});

test('the generated functions.json metadata: Polish names and help, optional parameters', async () => {
  // the same generator the webpack plugin runs
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { generateCustomFunctionsMetadata } = require('custom-functions-metadata') as {
    generateCustomFunctionsMetadata(f: string[], b: boolean): Promise<{ metadataJson: string; errors: string[] }>;
  };
  const wynik = await generateCustomFunctionsMetadata(
    [path.join(__dirname, '../../src/addin/functions/funkcje.ts')],
    true,
  );
  expect(wynik.errors).toEqual([]);
  const meta = JSON.parse(wynik.metadataJson) as {
    functions: Array<{
      id: string;
      name: string;
      description: string;
      parameters: Array<{ name: string; optional?: boolean; dimensionality?: string }>;
    }>;
  };
  expect(meta.functions.map((f) => f.id)).toEqual([
    'WIELKOSC_SZKOLY',
    'LIMIT_WSPARCIA',
    'MIN_WKLAD_WLASNY',
    'CZY_WKLAD_WYSTARCZA',
    'CZY_REGON_POPRAWNY',
    'KLUCZ_LOSOWANIA',
    'UDZIAL_WOJEWODZTWA',
    'KWOTA_WOJEWODZTWA',
  ]);
  const kwota = meta.functions.find((f) => f.id === 'KWOTA_WOJEWODZTWA')!;
  expect(kwota.parameters.map((p) => [p.name, !!p.optional, p.dimensionality ?? 'scalar'])).toEqual([
    ['kwota', false, 'scalar'],
    ['liczby_16x3', false, 'matrix'],
    ['teryt', false, 'scalar'],
    ['jednostka', true, 'scalar'],
  ]);
  expect(kwota.description).toContain('największych reszt');
});
