/**
 * WB-1.9 within the spec's limits nothing may crash: spreading more than about 125 000 elements into one
 * call (`push(...x)`, `Math.max(...x)`) overflows the call stack. The 100 000-application bench workbook
 * crashed the CLI so ("Maximum call stack size exceeded": 250 000 row heights of the trace sheet).
 */
import { dolacz, najwieksza } from '../../../src/core';
import { xmlArkusza } from '../../../src/cli/strumien/zapiszArkusz';
import { RejestrStylow, STYLE_MINIMALNE } from '../../../src/cli/strumien/style';
import type { ZapisArkusza } from '../../../src/core';

const N = 300_000;

test('WB-1.9 dolacz and najwieksza take any number of elements (300 000)', () => {
  const duzo = Array.from({ length: N }, (_, i) => i);
  expect(() => [].push(...(duzo as never[]))).toThrow(/call stack/);
  expect(dolacz([-1], duzo)).toHaveLength(N + 1);
  expect(najwieksza(0, duzo)).toBe(N - 1);
  expect(najwieksza(7, [])).toBe(7);
});

test('WB-1.9 WB-3.2 the streaming writer writes a sheet with 300 000 explicit row heights', () => {
  const z: ZapisArkusza = {
    nazwa: 'Przebieg kwalifikacji',
    wiersze: Array.from({ length: N }, (_, i) => [{ v: `wiersz ${i + 1}` }]),
    wysokosciWierszy: [{ wysokosc: 30, wiersze: Array.from({ length: N }, (_, i) => i + 1) }],
  };
  let dlugosc = 0;
  for (const kawalek of xmlArkusza(z, new RejestrStylow('xl/styles.xml', STYLE_MINIMALNE))) dlugosc += kawalek.length;
  expect(dlugosc).toBeGreaterThan(N * 40);
});
