/** WB-1.9 scale: large JST tables are processed (no quadratic steps, no growing fractions); speed goals live in npm run bench. */
import { diagnozuj, monitoruj, wskazniki } from '../../src/core/jst';
import { arkuszSzkol, NAGLOWKI_MONITORINGU, NAGLOWKI_PLANU, SP1 } from './dane';
import { arkusz, KONTEKST, zeszyt, type Wartosc } from './pomoc';

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
    const plan: Wartosc[][] = [
      NAGLOWKI_PLANU,
      ...Array.from({ length: 200 }, (_, i): Wartosc[] => [
        'C',
        `D${i}`,
        'X',
        '2024-01-01',
        '2024-12-31',
        1000,
        'KPO',
        'W',
        0,
        10,
        '',
        '',
      ]),
    ];
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
});
