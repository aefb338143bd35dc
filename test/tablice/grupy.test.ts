import { doGrupy } from '../../src/core/tablice/grupy';

test('doGrupy: groups keep insertion order and grow in place (linear, no copy per addition)', () => {
  const m = new Map<string, number[]>();
  for (const [k, v] of [
    ['a', 1],
    ['b', 2],
    ['a', 3],
  ] as const)
    doGrupy(m, k, v);
  expect([...m]).toEqual([
    ['a', [1, 3]],
    ['b', [2]],
  ]);
  const a = m.get('a');
  doGrupy(m, 'a', 4);
  expect(m.get('a')).toBe(a);
});
