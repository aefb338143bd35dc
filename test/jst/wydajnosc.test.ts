/** WB-1.9 scale: large JST tables are processed (no quadratic steps, no growing fractions); speed goals live in npm run bench. */
import { diagnozuj, monitoruj, wskazniki } from '../../src/core/jst';
import { arkuszSzkol, NAGLOWKI_MONITORINGU, NAGLOWKI_PLANU, SP1 } from './dane';
import { arkusz, arkuszPlanu, KONTEKST, zeszyt, type Wartosc } from './pomoc';

/** `Plan strategiczny` with actions D0 … D(n−1), each from `od` to `do_`. */
const planDzialan = (n: number, od: string, do_: string): Wartosc[][] => [
  NAGLOWKI_PLANU,
  ...Array.from({ length: n }, (_, i): Wartosc[] => ['C', `D${i}`, 'X', od, do_, 1000, 'KPO', 'W', 0, 10, '', '']),
];

describe('scale', () => {
  test('JST-1 5 000 schools (more than any JST runs) are diagnosed', () => {
    const w = diagnozuj(
      zeszyt(
        arkuszSzkol(
          Array.from({ length: 5_000 }, (_, i) => ({
            ...SP1,
            nazwa: `S${i}`,
            regon: '',
            mbps: 300.125,
            etaty: 0.3333,
          })),
        ),
      ),
      KONTEKST,
    );
    expect(w.status).toBe('ok');
  });

  test('JST-4 200 actions × 12 months and JST-5 30 000 participants are processed', () => {
    const plan = planDzialan(200, '2024-01-01', '2024-12-31');
    const mon: Wartosc[][] = [NAGLOWKI_MONITORINGU];
    for (let i = 0; i < 200; i++)
      for (let m = 1; m <= 12; m++) mon.push([`D${i}`, `2024-${String(m).padStart(2, '0')}`, m * 8, m, 80, '']);
    expect(monitoruj(zeszyt(arkusz('Plan strategiczny', plan), arkusz('Monitoring', mon)), KONTEKST).status).toBe('ok');
    const u: Wartosc[][] = [
      [
        'Identyfikator',
        'Płeć',
        'JST',
        'TERYT JST',
        'Rola',
        'Rozpoczęcie wsparcia',
        'Ukończył szkolenia',
        'Podniósł kompetencje',
        'JST objęta doradztwem',
      ],
    ];
    for (let i = 0; i < 30_000; i++)
      u.push([
        `U${i % 20_000}`,
        i % 3 ? 'K' : 'M',
        'G',
        '1401011',
        'kadra operacyjna',
        '2024-05-05',
        'TAK',
        'TAK',
        'TAK',
      ]);
    const w = wskazniki(
      zeszyt(arkusz('Uczestnicy', u), arkusz('Budżet projektu', [['Zadanie', 'Data', 'Kwota (zł)']])),
      KONTEKST,
    );
    expect(w.status).toBe('ok');
  });

  test('JST-4 WB-1.9 monitoring rows in 300 months (a mistyped year): the dashboard shows the first 120 and says so', () => {
    const plan = planDzialan(3, '2000-01-01', '2999-12-31');
    const mon: Wartosc[][] = [NAGLOWKI_MONITORINGU];
    for (let i = 0; i < 300; i++)
      mon.push(['D0', `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 1, 1, 1, '']);
    const w = monitoruj(zeszyt(arkusz('Plan strategiczny', plan), arkusz('Monitoring', mon)), KONTEKST);
    expect(w.status).toBe('ok');
    expect(w.uwagi.find((u) => u.regula === 'JST-4' && /^Pulpit pokazuje/.test(u.komunikat))?.komunikat).toBe(
      'Pulpit pokazuje 120 pierwszych miesięcy z wierszami monitoringu; pominięto 180 dalszych — sprawdź lata w kolumnie „Miesiąc”.',
    );
    const pulpit = arkuszPlanu(w.plan?.arkusze, 'Pulpit monitoringu');
    const miesiace = pulpit.wiersze.filter((r) => r[0] && /^\d{4}-\d{2}$/.test(String(r[0].v)));
    expect(miesiace).toHaveLength(120);
    expect(miesiace[119][0]?.v).toBe('2009-12');
  });
});
