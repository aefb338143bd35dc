/** WB-3.2 `Uwagi` per operation: a run replaces only its own operation's rows, along the CLI's and the add-in's paths. */
import { wczytajPrzyklad } from './przyklady';
import { naHoscie, sciezkaCli } from './sciezki';
import { arkusz, czytajPrzezHost } from './arkusze';
import type { ArkuszSnapshot, ZeszytSnapshot } from '../../src/core/zeszyt/model';
import { tekstKomorki } from '../../src/core/komorki/odczyt';

/** `Uwagi` rows as text, by operation */
function uwagiWg(z: ZeszytSnapshot): Record<string, string[][]> {
  const a: ArkuszSnapshot = arkusz(z, 'Uwagi');
  expect(a.wiersze[0].map((k) => tekstKomorki(k))).toEqual([
    'Operacja',
    'Arkusz',
    'Komórka',
    'Waga',
    'Reguła',
    'Komunikat',
  ]);
  const wg: Record<string, string[][]> = {};
  for (const w of a.wiersze.slice(1)) {
    const t = [0, 1, 2, 3, 4, 5].map((i) => tekstKomorki(w?.[i]));
    (wg[t[0]] ??= []).push(t);
  }
  return wg;
}

test('WB-3.2 `diagnozuj` then `monitoruj` on examples/gmina-jst.xlsx (CLI path): the diagnosis’s findings stay in `Uwagi`', async () => {
  const po1 = await sciezkaCli('diagnozuj', await wczytajPrzyklad('gmina-jst.xlsx'));
  expect(po1.wynik.status).toBe('ok');
  const diagnoza = uwagiWg(po1.zeszyt);
  expect(diagnoza.diagnozuj?.length ?? 0).toBe(po1.wynik.uwagi.length);
  expect(po1.wynik.uwagi.length).toBeGreaterThan(0);

  const po2 = await sciezkaCli('monitoruj', po1.wb);
  expect(po2.wynik.status).toBe('ok');
  const oba = uwagiWg(po2.zeszyt);
  expect(oba.diagnozuj).toEqual(diagnoza.diagnozuj);
  expect(oba.monitoruj?.length ?? 0).toBe(po2.wynik.uwagi.length);
  // running the diagnosis again replaces its own rows only (no duplicates)
  const po3 = await sciezkaCli('diagnozuj', po2.wb);
  const znow = uwagiWg(po3.zeszyt);
  expect(znow.diagnozuj).toEqual(diagnoza.diagnozuj);
  expect(znow.monitoruj).toEqual(oba.monitoruj);
});

test('WB-3.2 WB-5.3 a blocked monitoring run in the add-in keeps the qualification’s findings and writes only its own rows', async () => {
  const { fx, dodatek } = naHoscie(await wczytajPrzyklad('wojewodztwo-mazowieckie.xlsx'));
  const k = await dodatek.kwalifikuj();
  expect(k.status).toBe('ok');
  const przed = uwagiWg(await czytajPrzezHost(fx));
  expect(przed.kwalifikuj).toHaveLength(k.uwagi.length);

  const m = await dodatek.wykonaj('monitoruj'); // the voivodeship workbook has no monitoring sheets
  expect(m.status).toBe('zablokowane');
  const po = uwagiWg(await czytajPrzezHost(fx));
  expect(po.kwalifikuj).toEqual(przed.kwalifikuj);
  expect(po.monitoruj).toHaveLength(m.uwagi.length);
  expect(Object.keys(po)).toEqual(['kwalifikuj', 'monitoruj']);
});
