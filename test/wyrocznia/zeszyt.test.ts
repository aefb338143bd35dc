/**
 * The oracle against the whole `kwalifikuj` operation (workbook snapshot in, WB-4.1 JSON out) for the
 * seed and the one-list manual order; the same harness carries the basket comparison (koszyki.test.ts).
 */
import fc from 'fast-check';
import { wojewodztwoWZeszycieArb, zgodnyZeszyt } from './przezZeszyt';

test('CS-Z3.0–CS-Z3.8 CS-5.2 WB-4.1 WB-5.1 oracle = the kwalifikuj operation through the workbook (seed and one-list order, formally negative rows among them)', () => {
  fc.assert(
    fc.property(wojewodztwoWZeszycieArb(['ziarno', 'jedna lista']), (w) => {
      zgodnyZeszyt(w);
    }),
    { numRuns: 150 },
  );
});
