import * as path from 'path';
import { brakujaceIdy, idRegul, nazwyTestow } from '../scripts/reguly';

describe('every rule id of the spec is named by a test (README of the spec)', () => {
  test('rule ids of cyfrowa-szkola-rules.md, qualification-algorithm.md, workbook-formats.md, jst-digital-development.md, reports-and-settlement.md', () => {
    const ids = idRegul();
    expect(ids.length).toBeGreaterThan(60);
    const brak = brakujaceIdy(ids, nazwyTestow(path.resolve(__dirname)));
    expect(brak).toEqual([]);
  });

  test('the matcher tells CS-4.3 from CS-4.30 and CS-9.1 from CS-9.1a', () => {
    expect(brakujaceIdy(['CS-4.3'], ['CS-4.30 x'])).toEqual(['CS-4.3']);
    expect(brakujaceIdy(['CS-9.1'], ['CS-9.1a x'])).toEqual(['CS-9.1']);
    expect(brakujaceIdy(['CS-9.1a'], ['x CS-9.1a y'])).toEqual([]);
    expect(brakujaceIdy(['WB-1'], ['WB-1.4 only'])).toEqual(['WB-1']);
  });
});
