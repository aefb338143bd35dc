/** WB-3.1: one check of every write plan in the core, before any host applies it; declared operations. */
import { dostepnySzablon, OPERACJE, szablon, wykonaj } from '../../src/core/operacje';
import { arkuszeOperacji } from '../../src/core/deklaracje';
import { ARKUSZE_WEJSCIOWE_JST, ARKUSZE_WYNIKOWE_JST } from '../../src/core/jst';
import type { RodzajSzablonu } from '../../src/core/api';
import { bladListy, bladNazwyArkusza, sprawdzPlan } from '../../src/core/zeszyt/sprawdzPlan';
import type { ZapisArkusza } from '../../src/core/zeszyt/model';
import { zeszytS2, ZIARNO_S2 } from '../pomoc/s2';

const K = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' as const };
const arkusz = (nazwa: string, extra: Partial<ZapisArkusza> = {}): ZapisArkusza => ({ nazwa, wiersze: [], ...extra });

describe('WB-3.1 write plan check', () => {
  test("sheet names: Excel's 31 characters, no \\ / ? * [ ] :, no apostrophe at either end, not empty", () => {
    expect(bladNazwyArkusza('x'.repeat(31))).toBeNull();
    expect(bladNazwyArkusza('Podział środków — wynik')).toBeNull();
    expect(bladNazwyArkusza("Szkoła 'Orzeł' 2")).toBeNull();
    for (const zla of ['x'.repeat(32), '', ' ', "'Wyniki", "Wyniki'", ...'\\/?*[]:'.split('').map((c) => `a${c}b`)])
      expect(bladNazwyArkusza(zla)).not.toBeNull();
  });

  test('dropdown values: no comma or quote (one rule for the CLI and the add-in), at most 255 characters', () => {
    expect(bladListy(['TAK', 'NIE'])).toBeNull();
    expect(bladListy(['a,b'])?.pl).toMatch(/przecinek/);
    expect(bladListy(['a"b'])?.en).toMatch(/quote/);
    expect(bladListy(Array.from({ length: 60 }, (_, i) => `wartość${i}`))?.en).toMatch(/255/);
  });

  test('cell texts over 32 767 characters, duplicate and undeclared sheets are blocking findings', () => {
    const u = sprawdzPlan(
      {
        arkusze: [
          arkusz('Protokół', { wiersze: [[{ v: 'x'.repeat(32_768) }]] }),
          arkusz('protokół'),
          arkusz('Moje', { walidacje: [{ zakres: 'A1', lista: ['a,b'] }] }),
          arkusz('_cyfrowa_szkola'),
        ],
      },
      ['Protokół'],
    );
    expect(u.every((x) => x.regula === 'WB-3.1' && x.blokujaca)).toBe(true);
    expect(u.map((x) => x.arkusz)).toEqual(['Protokół', 'protokół', 'Moje', 'Moje']);
  });

  test("WB-1.9 Excel's grid: more than 16 384 columns in a row or 1 048 576 rows → a blocking finding naming the sheet", () => {
    const szeroki = arkusz('Pulpit monitoringu', { wiersze: [[], Array.from({ length: 16_385 }, () => null)] });
    const dlugi = arkusz('Długi', { wiersze: Array.from({ length: 1_048_577 }, () => []) });
    const zmieszczony = arkusz('Pełny', { wiersze: [Array.from({ length: 16_384 }, () => null)] });
    const u = sprawdzPlan({ arkusze: [szeroki, dlugi, zmieszczony] });
    expect(u.map((x) => [x.arkusz, x.komunikat])).toEqual([
      ['Pulpit monitoringu', 'Plan zapisu: wiersz 2 ma 16385 kolumn (Excel dopuszcza 16384) — nic nie zapisano.'],
      ['Długi', 'Plan zapisu: arkusz ma 1048577 wierszy (Excel dopuszcza 1048576) — nic nie zapisano.'],
    ]);
  });

  test('every template passes the check (szablon() refuses one that would not)', () => {
    const rodzaje: RodzajSzablonu[] = [
      'wojewodztwo',
      'wniosek-dyrektora',
      'wniosek-organu',
      'podzial-srodkow',
      'diagnoza-jst',
      'plan-jst',
      'monitoring-jst',
      'projekt-fers',
    ];
    for (const r of rodzaje.filter(dostepnySzablon)) expect(sprawdzPlan({ arkusze: szablon(r) })).toEqual([]);
  });
});

describe('declared operations', () => {
  test('kwalifikuj reads only Parametry, Wnioski, its own output sheets and the state sheet', () => {
    expect(arkuszeOperacji('kwalifikuj')).toEqual([
      'Parametry',
      'Wnioski',
      'Protokół',
      'Wykaz wniosków',
      'Zakwalifikowane',
      'Niezakwalifikowane',
      'Odrzucone formalnie',
      'Do publikacji — wariant I', // WB-3.4
      'Do publikacji — wariant II',
      'Przebieg kwalifikacji',
      'Informacja dla ministra',
      'Umowy dotacji',
      'Terminy',
      'Uwagi',
      '_cyfrowa_szkola',
    ]);
    expect(arkuszeOperacji('waliduj')).toBe('wszystkie');
  });

  test('the JST declarations name the sheets the JST module reads and writes', () => {
    for (const o of ['diagnozuj', 'monitoruj', 'wskazniki'] as const) {
      const d = OPERACJE[o];
      expect(d.czyta !== 'wszystkie' && [...d.czyta.wymagane, ...d.czyta.opcjonalne]).toEqual([
        ...ARKUSZE_WEJSCIOWE_JST[o],
      ]);
      expect([...d.pisze, 'Uwagi']).toEqual([...ARKUSZE_WYNIKOWE_JST[o]]);
    }
  });

  test('the runner hides undeclared sheets and its plan writes only declared ones', () => {
    const z = zeszytS2({ reczna: false, ziarno: ZIARNO_S2 });
    const obce = { nazwa: 'Moje notatki', wiersze: [[{ t: 's' as const, v: '=nie czytać' }]] };
    const w = wykonaj('kwalifikuj', { arkusze: [...z.arkusze, obce] }, K);
    expect(w.status).toBe('ok');
    const pisze = new Set([...OPERACJE.kwalifikuj.pisze, 'Uwagi', '_cyfrowa_szkola']);
    expect(w.plan!.arkusze.every((a) => pisze.has(a.nazwa))).toBe(true);
  });
});
