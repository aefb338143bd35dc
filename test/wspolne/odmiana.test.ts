/** Polish plural forms from Intl.PluralRules('pl') (issue 7, item 5). */
import { ile, odmiana } from '../../src/core/tekst/odmiana';

describe('odmiana: Polish plural forms', () => {
  test('1, 2, 5, 12, 22, 112 (and 0, 4, 14, 21, 24, 104, 1002)', () => {
    const wnioski = (n: number) => ile(n, 'wniosek', 'wnioski', 'wniosków');
    expect([1, 2, 5, 12, 22, 112].map(wnioski)).toEqual([
      '1 wniosek',
      '2 wnioski',
      '5 wniosków',
      '12 wniosków',
      '22 wnioski',
      '112 wniosków',
    ]);
    const szkoly = (n: number) => odmiana(n, 'szkoła', 'szkoły', 'szkół');
    expect([0, 4, 14, 21, 24, 104, 1002].map(szkoly)).toEqual([
      'szkół',
      'szkoły',
      'szkół',
      'szkół',
      'szkoły',
      'szkoły',
      'szkoły',
    ]);
  });

  test('agrees with the rule it replaces (2–4 except 12–14 → few) for 0 … 10 000', () => {
    for (let n = 0; n <= 10_000; n++) {
      const stara = n === 1 ? 'j' : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 'k' : 'w';
      expect(odmiana(n, 'j', 'k', 'w')).toBe(stara);
    }
  });
});
