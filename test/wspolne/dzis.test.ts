/** One "today in Europe/Warsaw" for every host (issue 7, item 5): around midnight and the DST changes. */
import { dataWWarszawie } from '../../src/core/dzis';
import { dzisWarszawa } from '../../src/cli/dzis';

const w = (iso: string) => dataWWarszawie(new Date(iso));

describe('dataWWarszawie: the calendar date in Europe/Warsaw of an instant', () => {
  test('winter (CET, UTC+1): 23:00 UTC is already the next day', () => {
    expect(w('2012-01-15T22:59:59.999Z')).toEqual({ y: 2012, m: 1, d: 15 });
    expect(w('2012-01-15T23:00:00Z')).toEqual({ y: 2012, m: 1, d: 16 });
  });

  test('summer (CEST, UTC+2): 22:00 UTC is already the next day', () => {
    expect(w('2012-05-09T21:59:59Z')).toEqual({ y: 2012, m: 5, d: 9 });
    expect(w('2012-05-09T22:00:00Z')).toEqual({ y: 2012, m: 5, d: 10 });
  });

  test('the DST changes (last Sunday of March and of October) and the new year', () => {
    // 2024-03-31 02:00 CET → 03:00 CEST: that day starts at 23:00 UTC of the 30th, the next at 22:00 UTC
    expect(w('2024-03-30T22:59:00Z')).toEqual({ y: 2024, m: 3, d: 30 });
    expect(w('2024-03-30T23:00:00Z')).toEqual({ y: 2024, m: 3, d: 31 });
    expect(w('2024-03-31T21:59:00Z')).toEqual({ y: 2024, m: 3, d: 31 });
    expect(w('2024-03-31T22:00:00Z')).toEqual({ y: 2024, m: 4, d: 1 });
    // 2024-10-27 03:00 CEST → 02:00 CET: that day starts at 22:00 UTC of the 26th, the next at 23:00 UTC
    expect(w('2024-10-26T22:00:00Z')).toEqual({ y: 2024, m: 10, d: 27 });
    expect(w('2024-10-27T22:59:00Z')).toEqual({ y: 2024, m: 10, d: 27 });
    expect(w('2024-10-27T23:00:00Z')).toEqual({ y: 2024, m: 10, d: 28 });
    expect(w('2025-12-31T23:00:00Z')).toEqual({ y: 2026, m: 1, d: 1 });
    expect(w('2024-02-28T23:30:00Z')).toEqual({ y: 2024, m: 2, d: 29 });
  });

  test('CLI: CS_DZIS=RRRR-MM-DD overrides the clock; otherwise the core function', () => {
    const chwila = new Date('2012-04-30T22:30:00Z');
    expect(dzisWarszawa({}, chwila)).toEqual({ y: 2012, m: 5, d: 1 });
    expect(dzisWarszawa({ CS_DZIS: '2012-05-10' }, chwila)).toEqual({ y: 2012, m: 5, d: 10 });
    expect(dzisWarszawa({ CS_DZIS: 'jutro' }, chwila)).toEqual({ y: 2012, m: 5, d: 1 });
  });
});
