import { sprawozdanie } from '../../src/core/sprawozdania';
import { przykladOrganuS8, przykladSzkolyS8 } from '../../src/core/sprawozdania/przyklady';
import { K, arkuszPlanu, zeszytZ } from './pomoc';

describe('S8 school report (CS-R.1, CS-7.1)', () => {
  const w = sprawozdanie(zeszytZ(przykladSzkolyS8()), K);

  test('S8 CS-R.1: tasks Z1…Z9 as in the scenario, 7 of 9, W1 TAK, no finding', () => {
    expect(w.status).toBe('ok');
    const j = w.json as {
      zadania: unknown[];
      spelnione: number;
      liczbaZadan: number;
      wypozyczanie: string;
      uwagi: unknown[];
    };
    expect(j.zadania).toEqual([
      { id: 'Z1', wymagane: 'TAK', osiagniete: 'TAK', spelnione: 'TAK' },
      { id: 'Z2', wymagane: 'TAK', osiagniete: 'TAK', spelnione: 'TAK' },
      { id: 'Z3', wymagane: '2', osiagniete: '2', spelnione: 'TAK' },
      { id: 'Z4', wymagane: '4', osiagniete: '4', spelnione: 'TAK' },
      { id: 'Z5', wymagane: '4', osiagniete: '3', spelnione: 'NIE' },
      { id: 'Z6', wymagane: '4', osiagniete: '4', spelnione: 'TAK' },
      { id: 'Z7', wymagane: '6', osiagniete: '5', spelnione: 'NIE' },
      { id: 'Z8', wymagane: '4', osiagniete: '4', spelnione: 'TAK' },
      { id: 'Z9', wymagane: '6', osiagniete: '6.5', spelnione: 'TAK' },
    ]);
    expect(j.spelnione).toBe(7);
    expect(j.liczbaZadan).toBe(9);
    expect(j.wypozyczanie).toBe('TAK');
    expect(w.uwagi).toEqual([]);
    expect(w.podsumowanie[0]).toBe('Zadania §7 spełnione: 7 z 9');
  });

  test('S8 CS-R.1: the owned sheet `Ocena realizacji zadań` carries the summary line', () => {
    const a = arkuszPlanu(w.plan, 'Ocena realizacji zadań');
    const teksty = a.wiersze.flat().map((k) => (k && k.t === 's' ? k.v : ''));
    expect(teksty).toContain('Zadania §7 spełnione: 7 z 9');
    expect(teksty).toContain('CS-R.1-W1');
  });
});

describe('S8 settlement (CS-R.2, CS-R.2a, CS-R.2b, CS-16.1)', () => {
  const w = sprawozdanie(zeszytZ(przykladOrganuS8()), K);
  type J = { szkoly: Array<Record<string, string | null>>; razem: Record<string, string | null> };
  const j = w.json as J;

  test('S8 CS-R.2b: school A — E 88 000,00, Z 88 000,00, D 52 000,00 = 44 000,00 + 8 000,00 + 0,00, 30.16 %', () => {
    expect(w.status).toBe('ok');
    expect(j.szkoly[0]).toEqual({
      regon: '140000023',
      wariant: 'II',
      G: '140000.00',
      S: '96000.00',
      W: '38000.00',
      E: '88000.00',
      Z: '88000.00',
      D: '52000.00',
      niewydane: '44000.00',
      ponad50: '8000.00',
      ponizej20: '0.00',
      udzialWkladu: '30.16',
    });
  });

  test('S8 CS-R.2b: school B — Z 60 000,00 (4·W), D 30 000,00 = 15 000,00 + 0,00 + 15 000,00, 20.00 %', () => {
    expect(j.szkoly[1]).toEqual({
      regon: '140000030',
      wariant: 'I',
      G: '90000.00',
      S: '75000.00',
      W: '15000.00',
      E: '75000.00',
      Z: '60000.00',
      D: '30000.00',
      niewydane: '15000.00',
      ponad50: '0.00',
      ponizej20: '15000.00',
      udzialWkladu: '20.00',
    });
  });

  test('S8 CS-R.2b: Razem sums the columns; its own share is ΣW / ΣV = 26.37 %', () => {
    expect(j.razem).toEqual({
      G: '230000.00',
      S: '171000.00',
      W: '53000.00',
      E: '163000.00',
      Z: '148000.00',
      D: '82000.00',
      niewydane: '59000.00',
      ponad50: '8000.00',
      ponizej20: '15000.00',
      udzialWkladu: '26.37',
    });
  });

  test('S8 CS-R.2a CS-16.1: the point-15 line dated 2013-01-15 is a non-blocking błąd, listed as not counted', () => {
    const bledy = w.uwagi.filter((u) => u.waga === 'błąd');
    expect(bledy).toHaveLength(1);
    expect(bledy[0]).toMatchObject({ regula: 'CS-16.1', arkusz: 'Wydatki', komorka: 'I9', wiersz: 9 });
    expect(bledy[0].blokujaca).toBeUndefined();
    const n = arkuszPlanu(w.plan, 'Wydatki nieuwzględnione');
    expect(n.wiersze).toHaveLength(2);
    expect(n.wiersze[1].slice(0, 6)).toEqual([
      { t: 's', v: 'Wydatki!9' },
      { t: 's', v: '140000023' },
      { t: 's', v: 'dotacja' },
      { t: 's', v: '2013-01-15' },
      expect.objectContaining({ t: 'n', v: 12000 }),
      { t: 's', v: 'CS-16.1' },
    ]);
  });

  test('S8 CS-R.2 §18 pkt 1: `Zestawienie wydatków` per catalogue point, Razem 224 000,00', () => {
    const z = arkuszPlanu(w.plan, 'Zestawienie wydatków');
    const wiersze = z.wiersze.slice(1).map((r) => r.map((k) => (k && (k.t === 'n' || k.t === 's') ? k.v : null)));
    expect(wiersze.map((r) => [r[0], r[2], r[3], r[4], r[5]])).toEqual([
      [1, 58, 145000, 145000, 0],
      [3, 1, 30000, 0, 30000],
      [4, 4, 4000, 4000, 0],
      [7, 3, 24000, 16000, 8000],
      [8, 2, 6000, 6000, 0],
      [12, 1, 15000, 0, 15000],
      ['Razem', 69, 224000, 171000, 53000],
    ]);
  });

  test('S8 CS-R.2: `Rozliczenie dotacji` has the schools, the subtotals per variant and Razem', () => {
    const r = arkuszPlanu(w.plan, 'Rozliczenie dotacji');
    const a = r.wiersze.map((x) => (x[0] && x[0].t === 's' ? x[0].v : null));
    expect(a.slice(0, 6)).toEqual([
      'REGON szkoły',
      '140000023',
      '140000030',
      'Razem wariant I',
      'Razem wariant II',
      'Razem',
    ]);
    expect(r.wiersze[5][8]).toMatchObject({ v: 82000 });
  });
});
