/**
 * Issue 3 sync budget on the example workbook: reads take the same number of syncs for 607 and 6 000
 * applications; a run takes ≤ 4 + ⌈payload / 4 MB⌉ syncs; no request over 5 MB (Excel on the web's limit).
 */
import type ExcelJS from 'exceljs';
import { LIMIT_ZADANIA } from '../fakehost';
import { wojewodztwo, WNIOSKI_PRZYKLADU } from './przyklady';
import { naHoscie } from './sciezki';
import { budzet, czytajPrzezHost, MB, type Budzet } from './arkusze';

const ROZMIARY = [WNIOSKI_PRZYKLADU, 6000];
const zeszyty = new Map<number, ExcelJS.Workbook>();
const pomiary = new Map<number, { odczyt: Budzet; sprawdz: Budzet; kwalifikuj: Budzet }>();

beforeAll(async () => {
  for (const n of ROZMIARY) zeszyty.set(n, await wojewodztwo(n));
});

test.each(ROZMIARY)('issue 3 budget: read, Sprawdź and kwalifikuj of %i applications', async (n) => {
  const { fx, dodatek } = naHoscie(zeszyty.get(n)!);
  fx.zeruj();
  await czytajPrzezHost(fx);
  const odczyt = budzet(fx);

  fx.zeruj();
  await dodatek.sprawdz();
  const sprawdz = budzet(fx);

  fx.zeruj();
  const t0 = Date.now();
  const wynik = await dodatek.kwalifikuj();
  const ms = Date.now() - t0;
  expect(wynik.status).toBe('ok');
  const kw = budzet(fx);
  expect(kw.synchronizacje).toBeLessThanOrEqual(kw.budzet);
  expect(kw.najwiekszy).toBeLessThanOrEqual(LIMIT_ZADANIA);
  expect(sprawdz.najwiekszy).toBeLessThanOrEqual(LIMIT_ZADANIA);
  pomiary.set(n, { odczyt, sprawdz, kwalifikuj: kw });
  console.log(
    `${n} wniosków: odczyt ${odczyt.synchronizacje} synchr.; Sprawdź ${sprawdz.synchronizacje} (odczyty ${sprawdz.odczyty}, ładunek ${MB(sprawdz.ladunek)}); ` +
      `kwalifikuj ${kw.synchronizacje} synchr. (odczyty ${kw.odczyty}, budżet ${kw.budzet}), ładunek ${MB(kw.ladunek)}, największy ${MB(kw.najwiekszy)}, ${ms} ms na fałszywym hoście`,
  );
});

test('issue 3: the read syncs do not grow with the rows (607 vs 6 000 applications)', () => {
  const [a, b] = ROZMIARY.map((n) => pomiary.get(n)!);
  expect(a && b).toBeTruthy();
  expect(b.odczyt.synchronizacje).toBe(a.odczyt.synchronizacje);
  expect(b.sprawdz.odczyty).toBe(a.sprawdz.odczyty);
  expect(b.kwalifikuj.odczyty).toBe(a.kwalifikuj.odczyty);
  expect(a.kwalifikuj.odczyty).toBe(2);
});
