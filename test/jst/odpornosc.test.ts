/**
 * Bad input in every JST sheet gives located findings and never a crash (WB-1.4, S4 in spirit): random
 * cells under the right headers, for each reader, with fast-check.
 */
import fc from 'fast-check';
import { diagnozuj, monitoruj, wskazniki } from '../../src/core/jst';
import type { Komorka, ZeszytSnapshot } from '../../src/core/zeszyt/model';
import type { WynikOperacji } from '../../src/core/api';
import { KOLUMNY_SZKOL } from '../../src/core/jst/diagnoza/szkoly';
import { KOLUMNY_REGUL } from '../../src/core/jst/diagnoza/czytajReguly';
import { KOLUMNY_PLANU } from '../../src/core/jst/plan/plan';
import { KOLUMNY_MONITORINGU } from '../../src/core/jst/monitoring/monitoring';
import { KOLUMNY_UCZESTNIKOW } from '../../src/core/jst/projekt/uczestnicy';
import { KOLUMNY_BUDZETU } from '../../src/core/jst/projekt/budzetProjektu';
import { ID_PARAMETROW, ID_REGUL } from '../../src/core/jst/diagnoza/reguly';
import { ADMINISTROWANIE, PRIORYTETY, ROLE, TYPY_SZKOL, ZADANIA, ZRODLA } from '../../src/core/jst/slowniki';
import { KONTEKST } from './pomoc';

const SLOWA = [
  ...TYPY_SZKOL,
  ...ADMINISTROWANIE,
  ...PRIORYTETY,
  ...ROLE,
  ...ZADANIA,
  ...ZRODLA,
  ...ID_REGUL,
  ...ID_PARAMETROW,
  'TAK',
  'NIE',
  'K',
  'M',
  'tak',
  ' NIE ',
  'Działanie 1',
  'Działanie 2',
  'U-1',
  'U-2',
];

const komorka: fc.Arbitrary<Komorka> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer({ min: -5, max: 2000 }).map((v): Komorka => ({ t: 'n', v })),
  fc.double().map((v): Komorka => ({ t: 'n', v })),
  fc.double({ min: 0, max: 1, noNaN: true }).map((v): Komorka => ({ t: 'n', v, fmt: '0.00%' })),
  fc.constantFrom(...SLOWA).map((v): Komorka => ({ t: 's', v })),
  fc.string({ maxLength: 12 }).map((v): Komorka => ({ t: 's', v })),
  fc
    .constantFrom(
      '2024-01',
      '2024-13',
      '2024-06-31',
      '15.03.2024',
      '1 000,50',
      '90.000,00',
      '12,345',
      '-3',
      '100 %',
      '1401011',
      '14-01-01-1',
      '0',
      '#DIV/0!',
      '   ',
    )
    .map((v): Komorka => ({ t: 's', v })),
  fc.boolean().map((v): Komorka => ({ t: 'b', v })),
  fc
    .record({
      y: fc.integer({ min: 1, max: 9999 }),
      m: fc.integer({ min: 0, max: 13 }),
      d: fc.integer({ min: 0, max: 32 }),
    })
    .map((x): Komorka => ({ t: 'd', ...x })),
  fc
    .record({
      y: fc.integer({ min: 2023, max: 2026 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map((x): Komorka => ({ t: 'd', ...x })),
  fc.constantFrom('#N/A', '#VALUE!', '#REF!').map((v): Komorka => ({ t: 'e', v })),
);

/** a table: the headers (shuffled, sometimes one dropped or duplicated) + random rows */
function tabela(naglowki: string[]): fc.Arbitrary<Komorka[][]> {
  return fc
    .tuple(
      fc.shuffledSubarray(naglowki, { minLength: naglowki.length, maxLength: naglowki.length }),
      fc.constantFrom('pelne', 'pelne', 'pelne', 'pelne', 'bez', 'dwa'),
      fc.array(fc.array(komorka, { minLength: naglowki.length, maxLength: naglowki.length + 2 }), { maxLength: 12 }),
      fc.integer({ min: 0, max: 2 }),
    )
    .map(([h, wariant, wiersze, przesuniecie]) => {
      const nag = wariant === 'bez' ? h.slice(1) : wariant === 'dwa' ? [...h, h[0]] : h;
      const puste: Komorka[][] = Array.from({ length: przesuniecie }, () => []);
      return [...puste, nag.map((v): Komorka => ({ t: 's', v })), ...wiersze];
    });
}

const naglowki = (k: { naglowek: string }[]) => k.map((x) => x.naglowek);

function sprawdz(w: WynikOperacji, oczekiwane: string[]): void {
  expect(['ok', 'zablokowane', 'odmowa']).toContain(w.status);
  expect(() => JSON.stringify(w.json)).not.toThrow();
  for (const u of w.uwagi) {
    expect(u.komunikat.length).toBeGreaterThan(0);
    expect(u.message.length).toBeGreaterThan(0);
    expect(u.regula).toMatch(/^(JST|WB|CS)-/);
    if (u.komorka !== null) {
      expect(u.komorka).toMatch(/^[A-Z]+\d+$/);
      expect(u.arkusz).not.toBeNull();
    }
    if (u.wiersz !== undefined) expect(u.komorka).not.toBeNull();
  }
  if (w.status === 'ok')
    expect(w.plan!.arkusze.map((a) => a.nazwa)).toEqual([...oczekiwane, 'Uwagi', '_cyfrowa_szkola']);
  else expect(w.plan).toBeNull();
}

const ark = (nazwa: string, wiersze: Komorka[][]) => ({ nazwa, wiersze });
const OPCJE = { numRuns: 200 };

describe('bad input never crashes (fast-check)', () => {
  test('JST-1 random cells in `Szkoły JST` and `Reguły diagnozy` → located findings, no crash', () => {
    fc.assert(
      fc.property(tabela(naglowki(KOLUMNY_SZKOL)), tabela(naglowki(KOLUMNY_REGUL)), fc.boolean(), (s, r, zRegulami) => {
        const z: ZeszytSnapshot = {
          arkusze: [ark('Szkoły JST', s), ...(zRegulami ? [ark('Reguły diagnozy', r)] : [])],
        };
        sprawdz(diagnozuj(z, KONTEKST), ['Diagnoza JST', 'Objaśnienia diagnozy', 'Rekomendacje']);
      }),
      OPCJE,
    );
  });

  test('JST-3 JST-4 random cells in `Plan strategiczny`, `Monitoring`, `Parametry monitoringu` → located findings, no crash', () => {
    const etykiety = fc.array(
      fc.tuple(
        fc.constantFrom('Próg zielony (punkty procentowe)', 'Próg bursztynowy (punkty procentowe)', 'inne'),
        komorka,
      ),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(tabela(naglowki(KOLUMNY_PLANU)), tabela(naglowki(KOLUMNY_MONITORINGU)), etykiety, (p, m, e) => {
        const z: ZeszytSnapshot = {
          arkusze: [
            ark('Plan strategiczny', p),
            ark('Monitoring', m),
            ark(
              'Parametry monitoringu',
              e.map(([a, b]) => [{ t: 's', v: a }, b]),
            ),
          ],
        };
        sprawdz(monitoruj(z, KONTEKST), ['Harmonogram', 'Budżet planu', 'Pulpit monitoringu']);
      }),
      OPCJE,
    );
  });

  test('JST-3 JST-4 monitoring rows that name real actions with random months, progress and spending', () => {
    const plan: Komorka[][] = [
      naglowki(KOLUMNY_PLANU).map((v): Komorka => ({ t: 's', v })),
      ['C', 'Działanie 1', 'X', '2024-01-01', '2024-06-30', 50000, 'KPO', 'W', 0, 10, 'R-IT', 'k'].map((v): Komorka =>
        typeof v === 'number' ? { t: 'n', v } : { t: 's', v },
      ),
      ['C', 'Działanie 2', 'X', '2023-11-15', '2025-02-28', 1000.5, 'inne', 'W', 5, 1, '', ''].map((v): Komorka =>
        typeof v === 'number' ? { t: 'n', v } : { t: 's', v },
      ),
    ];
    const wiersz = fc
      .tuple(fc.constantFrom('Działanie 1', 'Działanie 2', 'działanie  1'), komorka, komorka, komorka, komorka)
      .map(([a, ...r]): Komorka[] => [{ t: 's', v: a }, ...r]);
    fc.assert(
      fc.property(fc.array(wiersz, { maxLength: 30 }), (w) => {
        const z: ZeszytSnapshot = {
          arkusze: [
            ark('Plan strategiczny', plan),
            ark('Monitoring', [naglowki(KOLUMNY_MONITORINGU).map((v): Komorka => ({ t: 's', v })), ...w]),
          ],
        };
        const r = monitoruj(z, KONTEKST);
        sprawdz(r, ['Harmonogram', 'Budżet planu', 'Pulpit monitoringu']);
        expect(r.status).toBe('ok');
      }),
      OPCJE,
    );
  });

  test('JST-5 JST-6 random cells in `Uczestnicy`, `Budżet projektu`, `Plan zadania × rok` → located findings, no crash', () => {
    const macierz = tabela(['Zadanie', 'Rok 2023', 'Rok 2024', 'Rok 2025', 'Rok 2026']);
    fc.assert(
      fc.property(
        tabela(naglowki(KOLUMNY_UCZESTNIKOW)),
        tabela(naglowki(KOLUMNY_BUDZETU)),
        macierz,
        fc.boolean(),
        (u, b, m, zMacierza) => {
          const z: ZeszytSnapshot = {
            arkusze: [
              ark('Uczestnicy', u),
              ark('Budżet projektu', b),
              ...(zMacierza ? [ark('Plan zadania × rok', m)] : []),
            ],
          };
          sprawdz(wskazniki(z, KONTEKST), ['Wskaźniki projektu', 'Budżet projektu — rozliczenie']);
        },
      ),
      OPCJE,
    );
  });

  test('JST-1 input cells are never changed (the snapshot is not mutated)', () => {
    fc.assert(
      fc.property(tabela(naglowki(KOLUMNY_SZKOL)), (s) => {
        const z: ZeszytSnapshot = { arkusze: [ark('Szkoły JST', s)] };
        const kopia = JSON.stringify(z);
        diagnozuj(z, KONTEKST);
        monitoruj(z, KONTEKST);
        expect(JSON.stringify(z)).toBe(kopia);
      }),
      { numRuns: 50 },
    );
  });
});
