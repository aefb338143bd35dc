/** JST-3: plan checks, Harmonogram, Budżet planu (pro-rata split by days, largest remainder). */
import { monitoruj } from '../../src/core/jst';
import type { MonitoringJson } from '../../src/core/jst/monitoring/json';
import { podzielNaLata } from '../../src/core/jst/plan/budzetPlanu';
import { arkuszPlanuTest, arkuszSzkol, NAGLOWKI_PLANU, SP1, SP2, SP3 } from './dane';
import { arkusz, arkuszPlanu, KONTEKST, szukaj, zeszyt } from './pomoc';

const d = (y: number, m: number, dd: number) => ({ y, m, d: dd });

describe('JST-3 plan', () => {
  test('JST-3 Koniec before Początek, negative budget, missing indicator values → located errors; no crash', () => {
    const a = arkusz('Plan strategiczny', [
      NAGLOWKI_PLANU,
      ['Cel', 'A', 'X', '2024-06-01', '2024-01-01', 1000, 'budżet JST', 'W', 0, 1, '', 'k'],
      ['Cel', 'B', 'X', '2024-01-01', '2024-02-01', -5, 'budżet JST', 'W', 0, 1, '', 'k'],
      ['Cel', 'C', 'X', '2024-01-01', '2024-02-01', 5, 'budżet JST', '', null, 1, '', 'k'],
    ]);
    const w = monitoruj(zeszyt(a), KONTEKST);
    expect(w.status).toBe('ok');
    const b = szukaj(w.uwagi, { arkusz: 'Plan strategiczny', waga: 'błąd' });
    expect(b.map((u) => [u.komorka, u.regula])).toEqual([
      ['E2', 'JST-3'],
      ['F3', 'JST-3'],
      ['H4', 'JST-3'],
    ]);
    expect(b[2].komunikat).toContain('„Wskaźnik”, „Wartość bazowa”');
    const j = w.json as MonitoringJson;
    expect(j.budzetPlanu.razem).toBe('5.00'); // only C has usable dates, budget and source
  });

  test('JST-3 every triggered high-priority recommendation must be addressed → one warning listing the others', () => {
    const plan = arkuszPlanuTest([
      { nazwa: 'Światłowód', od: '2024-01-01', do: '2024-06-30', budzet: 1000, rek: 'R-LACZE' },
      { nazwa: 'Laptopy', od: '2024-01-01', do: '2024-06-30', budzet: 1000, rek: 'R-SPRZET; R-WYMIANA' },
    ]);
    const w = monitoruj(zeszyt(arkuszSzkol([SP1, SP2, SP3]), plan), KONTEKST);
    const j = w.json as MonitoringJson;
    expect(j.pokrycieRekomendacji).toEqual({
      sprawdzone: true,
      wymagane: ['R-LACZE', 'R-SPRZET', 'R-IT', 'R-BEZPIECZENSTWO', 'R-WYKLUCZENIE'],
      nieuwzglednione: ['R-IT', 'R-BEZPIECZENSTWO', 'R-WYKLUCZENIE'],
    });
    const o = szukaj(w.uwagi, { regula: 'JST-3', waga: 'ostrzeżenie' });
    expect(o).toHaveLength(1);
    expect(o[0].komunikat).toMatch(/R-IT .*R-BEZPIECZENSTWO .*R-WYKLUCZENIE/);
    expect(o[0].komunikat).not.toContain('R-WIFI'); // medium priority
  });

  test('JST-3 an unknown recommendation id → located warning', () => {
    const w = monitoruj(
      zeszyt(arkuszPlanuTest([{ nazwa: 'A', od: '2024-01-01', do: '2024-01-31', budzet: 1, rek: 'R-LACZE, R-XYZ' }])),
      KONTEKST,
    );
    expect(szukaj(w.uwagi, { komorka: 'K2', waga: 'ostrzeżenie' })[0].komunikat).toContain('R-XYZ');
    expect((w.json as MonitoringJson).dzialania[0].rekomendacje).toEqual(['R-LACZE']);
  });

  test('JST-3 pro-rata split by days in each calendar year, in grosze, largest remainder', () => {
    // 2024-07-01 … 2025-06-30: 184 + 181 = 365 days; 100 000,00 zł → 50 410,96 (184/365) and 49 589,04
    expect(podzielNaLata(10_000_000, d(2024, 7, 1), d(2025, 6, 30))).toEqual([
      { rok: 2024, dni: 184, kwota: 5_041_096 },
      { rok: 2025, dni: 181, kwota: 4_958_904 },
    ]);
    // three years: 2023-12-31 … 2025-01-01 = 1 + 366 + 1 days; 1 000,00 zł: floors 271 / 99 456 / 271
    // (remainders ,739 / ,52 / ,739) → the two missing grosze go to 2023 and 2025
    const p = podzielNaLata(100_000, d(2023, 12, 31), d(2025, 1, 1));
    expect(p.map((x) => x.kwota)).toEqual([272, 99_456, 272]);
    expect(p.reduce((s, x) => s + x.kwota, 0)).toBe(100_000);
  });

  test('JST-3 equal parts → the earlier year gets the remainder grosz', () => {
    // 2023-12-31 … 2024-01-01: one day in each year
    expect(podzielNaLata(1, d(2023, 12, 31), d(2024, 1, 1)).map((x) => x.kwota)).toEqual([1, 0]);
    expect(podzielNaLata(3, d(2023, 12, 31), d(2024, 1, 1)).map((x) => x.kwota)).toEqual([2, 1]);
  });

  test('JST-3 Budżet planu: year × source, totals; Harmonogram: months as columns, bars by fill', () => {
    const plan = arkuszPlanuTest([
      { nazwa: 'A', od: '2024-11-15', do: '2025-02-10', budzet: 10_000, zrodlo: 'KPO', cel: 'C1' },
      { nazwa: 'B', od: '2025-01-01', do: '2025-01-31', budzet: 500.5, zrodlo: 'fundusze UE', cel: 'C2' },
    ]);
    const w = monitoruj(zeszyt(plan), KONTEKST);
    const j = w.json as MonitoringJson;
    // A: 47 days in 2024 (15.11–31.12), 41 in 2025 → 10 000 × 47/88 = 5 340,909… → 5 340,91; 4 659,09
    expect(j.dzialania[0].podzialNaLata).toEqual([
      { rok: 2024, dni: 47, kwota: '5340.91' },
      { rok: 2025, dni: 41, kwota: '4659.09' },
    ]);
    expect(j.budzetPlanu.lata.map((l) => [l.rok, l.zrodla['KPO'], l.zrodla['fundusze UE'], l.razem])).toEqual([
      [2024, '5340.91', '0.00', '5340.91'],
      [2025, '4659.09', '500.50', '5159.59'],
    ]);
    expect(j.budzetPlanu.razem).toBe('10500.50');
    const h = arkuszPlanu(w.plan!.arkusze, 'Harmonogram');
    expect(h.wiersze[0].slice(7).map((k) => k?.v)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    const paski = (r: number) => h.wiersze[r].slice(7).map((k) => k?.tlo ?? null);
    expect(paski(1).map(Boolean)).toEqual([true, true, true, true]);
    expect(paski(2).map(Boolean)).toEqual([false, false, true, false]);
    expect(paski(1)[0]).not.toBe(paski(2)[2]); // one colour per goal
  });

  test('JST-3 without `Plan strategiczny` → blocked; without `Monitoring` → schedule and budget only', () => {
    expect(monitoruj(zeszyt(), KONTEKST).status).toBe('zablokowane');
    const w = monitoruj(
      zeszyt(arkuszPlanuTest([{ nazwa: 'A', od: '2024-01-01', do: '2024-01-31', budzet: 1 }])),
      KONTEKST,
    );
    expect(w.status).toBe('ok');
    expect(w.plan!.arkusze.map((a) => a.nazwa)).toEqual([
      'Harmonogram',
      'Budżet planu',
      'Pulpit monitoringu',
      'Uwagi',
      '_cyfrowa_szkola',
    ]);
  });
});
