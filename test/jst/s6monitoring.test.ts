/** S6 (scenarios.md) monitoring part, and JST-3/JST-4 unit cases. */
import { monitoruj } from '../../src/core/jst';
import type { MonitoringJson } from '../../src/core/jst/monitoring/json';
import { postepPlanowany } from '../../src/core/jst/monitoring/status';
import { liczbaJson } from '../../src/core/rational';
import { arkuszMonitoringuTest, arkuszPlanuTest } from './dane';
import { arkuszPlanu, KONTEKST, szukaj, wartosci, zeszyt } from './pomoc';

const AKCJA = { nazwa: 'Szkolenia nauczycieli', od: '2024-01-01', do: '2024-06-30', budzet: 50_000 };
const MIESIACE = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07'];
const POSTEP = [10, 20, 25, 40, 80, 95, 95];

function uruchom(wydatki: number[]) {
  const z = zeszyt(
    arkuszPlanuTest([AKCJA]),
    arkuszMonitoringuTest(MIESIACE.map((m, i) => [AKCJA.nazwa, m, POSTEP[i], wydatki[i]])),
  );
  const w = monitoruj(z, KONTEKST);
  return { w, j: w.json as MonitoringJson };
}

describe('S6 monitoring', () => {
  const { w, j } = uruchom([8000, 8000, 8000, 8000, 8000, 8000, 0]); // 48 000 by June

  test('JST-4 S6 runs with no errors', () => {
    expect(w.status).toBe('ok');
    expect(szukaj(w.uwagi, { waga: 'błąd' })).toEqual([]);
  });

  test('JST-4 S6 action of 182 days; planned progress 17,03 / 32,97 / 50,00 / 66,48 / 83,52 / 100 %', () => {
    expect(postepPlanowany({ y: 2024, m: 1, d: 1 }, { y: 2024, m: 6, d: 30 }, { y: 2024, m: 6 }).z).toBe(182);
    expect(j.statusy.map((s) => s.postepPlanowany)).toEqual([
      '17.03',
      '32.97',
      '50.00',
      '66.48',
      '83.52',
      '100.00',
      '100.00',
    ]);
  });

  test('JST-4 S6 actual 10/20/25/40/80/95 % → green/amber/amber/red/green/green; July 95 % → red (past its end)', () => {
    expect(j.statusy.map((s) => s.status)).toEqual([
      'zielony',
      'bursztynowy',
      'bursztynowy',
      'czerwony',
      'zielony',
      'zielony',
      'czerwony',
    ]);
    expect(j.statusy.map((s) => s.poTerminie)).toEqual([false, false, false, false, false, false, true]);
  });

  test('JST-4 S6 cumulative spending 52 000 zł in June → June amber', () => {
    const r = uruchom([8000, 8000, 8000, 8000, 8000, 12_000, 0]);
    const czerwiec = r.j.statusy.find((s) => s.miesiac === '2024-06')!;
    expect(czerwiec).toMatchObject({
      wydatkiNarastajaco: '52000.00',
      przekroczenieBudzetu: true,
      status: 'bursztynowy',
    });
    expect(r.j.statusy.find((s) => s.miesiac === '2024-05')!.status).toBe('zielony');
  });

  test('JST-4 S6 dashboard: per-month counts, spending vs plan, chart range', () => {
    expect(j.miesiace.map((m) => [m.miesiac, m.zielone, m.bursztynowe, m.czerwone])).toEqual([
      ['2024-01', 1, 0, 0],
      ['2024-02', 0, 1, 0],
      ['2024-03', 0, 1, 0],
      ['2024-04', 0, 0, 1],
      ['2024-05', 1, 0, 0],
      ['2024-06', 1, 0, 0],
      ['2024-07', 0, 0, 1],
    ]);
    // planned cumulative spending = 50 000 × 31/182 = 8 516,48 (half up)
    expect(j.miesiace[0].planWydatkowNarastajaco).toBe('8516.48');
    expect(j.miesiace[5].planWydatkowNarastajaco).toBe('50000.00');
    expect(j.miesiace[5].wydatkiNarastajaco).toBe('48000.00');
    expect(arkuszPlanu(w.plan?.arkusze, 'Pulpit monitoringu')?.wykresy?.map((x) => [x.zakresDanych, x.typ])).toEqual([
      ['A3:D10', 'kolumnowySkumulowany'],
      ['A3:A10,G3:H10', 'liniowy'],
    ]);
    const p = wartosci(arkuszPlanu(w.plan?.arkusze, 'Pulpit monitoringu'));
    expect(p[2].slice(0, 4)).toEqual(['Miesiąc', 'Zielone', 'Bursztynowe', 'Czerwone']);
    expect(p[3].slice(0, 4)).toEqual(['2024-01', 1, 0, 0]);
    expect(p[9].slice(0, 4)).toEqual(['2024-07', 0, 0, 1]);
  });
});

describe('JST-4 unit cases', () => {
  test('JST-4 an action past its end at 90 % is red', () => {
    const z = zeszyt(arkuszPlanuTest([AKCJA]), arkuszMonitoringuTest([[AKCJA.nazwa, '2024-08', 90, 0]]));
    const j = monitoruj(z, KONTEKST).json as MonitoringJson;
    expect(j.statusy[0]).toMatchObject({
      postepPlanowany: '100.00',
      postep: '90.00',
      poTerminie: true,
      status: 'czerwony',
    });
  });

  test('JST-4 past its end at 100 % is green', () => {
    const z = zeszyt(arkuszPlanuTest([AKCJA]), arkuszMonitoringuTest([[AKCJA.nazwa, '2024-08', 100, 0]]));
    expect((monitoruj(z, KONTEKST).json as MonitoringJson).statusy[0].status).toBe('zielony');
  });

  test('JST-4 spending over budget makes a green month amber, a red month stays red', () => {
    const z = zeszyt(
      arkuszPlanuTest([AKCJA]),
      arkuszMonitoringuTest([
        [AKCJA.nazwa, '2024-01', 20, 50_000.01],
        [AKCJA.nazwa, '2024-02', 5, 0],
      ]),
    );
    const j = monitoruj(z, KONTEKST).json as MonitoringJson;
    expect(j.statusy.map((s) => [s.status, s.przekroczenieBudzetu])).toEqual([
      ['bursztynowy', true],
      ['czerwony', true],
    ]);
  });

  test('JST-4 thresholds are parameters (sheet Parametry monitoringu)', () => {
    const par = {
      nazwa: 'Parametry monitoringu',
      wiersze: [
        [
          { t: 's' as const, v: 'Próg zielony (punkty procentowe)' },
          { t: 'n' as const, v: 5 },
        ],
        [
          { t: 's' as const, v: 'Próg bursztynowy (punkty procentowe)' },
          { t: 'n' as const, v: 15 },
        ],
      ],
    };
    const z = zeszyt(
      arkuszPlanuTest([AKCJA]),
      arkuszMonitoringuTest([
        [AKCJA.nazwa, '2024-01', 11, 0],
        [AKCJA.nazwa, '2024-02', 12, 0],
      ]),
      par,
    );
    const j = monitoruj(z, KONTEKST).json as MonitoringJson;
    // Jan plan 17,03: 11 < 12,03 → amber (≥ 2,03); Feb plan 32,97: 12 < 17,97 → red
    expect(j.statusy.map((s) => s.status)).toEqual(['bursztynowy', 'czerwony']);
    expect(j.parametry).toMatchObject({ progZielony: '5.00', progBursztynowy: '15.00' });
  });

  test('JST-4 planned progress is exact: boundary equal to planned − 10 is green', () => {
    // 10-day action 2024-01-22 … 2024-01-31 → Jan 100 %; 90 = 100 − 10 → green
    const z = zeszyt(
      arkuszPlanuTest([{ ...AKCJA, od: '2024-01-22', do: '2024-01-31' }]),
      arkuszMonitoringuTest([[AKCJA.nazwa, '2024-01', 90, 0]]),
    );
    expect((monitoruj(z, KONTEKST).json as MonitoringJson).statusy[0].status).toBe('zielony');
    const p = postepPlanowany({ y: 2024, m: 1, d: 15 }, { y: 2024, m: 3, d: 10 }, { y: 2023, m: 12 });
    expect(liczbaJson(p.procent)).toBe('0.00');
  });

  test('JST-4 a duplicate (action, month) row and an unknown action are located errors', () => {
    const z = zeszyt(
      arkuszPlanuTest([AKCJA]),
      arkuszMonitoringuTest([
        [AKCJA.nazwa, '2024-01', 10, 0],
        [AKCJA.nazwa, '2024-01', 15, 0],
        ['Nieznane', '2024-01', 10, 0],
      ]),
    );
    const w = monitoruj(z, KONTEKST);
    expect(w.status).toBe('ok');
    const b = szukaj(w.uwagi, { waga: 'błąd', arkusz: 'Monitoring' });
    expect(b.map((u) => u.komorka)).toEqual(['B3', 'A4']);
  });

  test('JST-4 missing monitoring rows in active months → one warning per action', () => {
    const z = zeszyt(
      arkuszPlanuTest([AKCJA]),
      arkuszMonitoringuTest([
        [AKCJA.nazwa, '2024-01', 10, 0],
        [AKCJA.nazwa, '2024-03', 50, 0],
      ]),
    );
    const w = monitoruj(z, KONTEKST);
    const o = szukaj(w.uwagi, { regula: 'JST-4', waga: 'ostrzeżenie' });
    expect(o).toHaveLength(1);
    expect(o[0].komunikat).toContain('2024-02');
  });
});
