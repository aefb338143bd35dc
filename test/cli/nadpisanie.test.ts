/**
 * WB-4 files are sacred: an existing file is overwritten only when `_cyfrowa_szkola` records that the
 * tool wrote it whole as the output of the same operation (mode `kopia`) and the values of its
 * non-owned sheets are unchanged since; `--w-miejscu` never turns the user's workbook into an output;
 * `szablon` never overwrites; `--nadpisz` overrides explicitly; a read-only file is always refused.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { uruchom, type Zaleznosci } from '../../src/cli/uruchom';
import { dostepnaOperacja, dostepnySzablon, szablon, wykonaj } from '../../src/core/operacje';
import { czytajStan, planWlasny, rekordWyniku, zRekordemWyniku } from '../../src/core/zeszyt/wlasnosc';
import { czytajPakiet } from '../../src/cli/strumien/czytaj';
import { falszywe, katalogTymczasowy, przechwyc, sha256, zapiszWejscie } from './pomocnicze';

const PRZYKLAD = path.join(__dirname, '../../examples/s2-mazowieckie.xlsx');
const rdzen = { wykonaj, szablon, dostepnaOperacja, dostepnySzablon };

let dir: string;
beforeEach(() => {
  dir = katalogTymczasowy();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[], deps: Zaleznosci = falszywe()): Promise<{ kod: number; blad: string }> {
  const c = przechwyc(dir);
  const kod = await uruchom([...argv, '--json'], c.io, deps);
  const j = JSON.parse(c.out() || '{}');
  return { kod, blad: String(j.blad ?? '') };
}

async function rekord(plik: string) {
  const o = await czytajPakiet(fs.readFileSync(plik), { arkusze: [] });
  return rekordWyniku(czytajStan(o.zeszyt));
}

describe('WB-4 overwrite only what the tool wrote as the output of the same operation', () => {
  test('WB-4 kwalifikuj master.xlsx --w-miejscu, then szablon plan-jst -o master.xlsx → exit 2, master intact', async () => {
    fs.copyFileSync(PRZYKLAD, path.join(dir, 'master.xlsx'));
    expect((await cli(['kwalifikuj', 'master.xlsx', '--w-miejscu'], rdzen)).kod).toBe(0);
    expect(await rekord(path.join(dir, 'master.xlsx'))).toMatchObject({ operacja: 'kwalifikuj', tryb: 'w-miejscu' });
    const przed = sha256(path.join(dir, 'master.xlsx'));
    const r = await cli(['szablon', 'plan-jst', '-o', 'master.xlsx'], rdzen);
    expect(r.kod).toBe(2);
    expect(r.blad).toMatch(/master\.xlsx już istnieje.*nigdy nie nadpisuje/s);
    expect(sha256(path.join(dir, 'master.xlsx'))).toBe(przed);
  });

  test('WB-4 kwalifikuj woj.xlsx -o master.xlsx refuses a master rewritten in place (--w-miejscu), naming file and reason', async () => {
    fs.copyFileSync(PRZYKLAD, path.join(dir, 'master.xlsx'));
    fs.copyFileSync(PRZYKLAD, path.join(dir, 'woj.xlsx'));
    expect((await cli(['kwalifikuj', 'master.xlsx', '--w-miejscu'], rdzen)).kod).toBe(0);
    const przed = sha256(path.join(dir, 'master.xlsx'));
    const r = await cli(['kwalifikuj', 'woj.xlsx', '-o', 'master.xlsx'], rdzen);
    expect(r.kod).toBe(2);
    expect(r.blad).toContain(path.join(dir, 'master.xlsx'));
    expect(r.blad).toMatch(/zmieniony w miejscu \(--w-miejscu, polecenie kwalifikuj\)/);
    expect(r.blad).toMatch(/--nadpisz/);
    expect(sha256(path.join(dir, 'master.xlsx'))).toBe(przed);
    expect(fs.readdirSync(dir).sort()).toEqual(['master.xlsx', 'woj.xlsx']);
  });

  test('WB-4 the output of the same operation is replaced (the default name and -o); its record says kopia', async () => {
    fs.copyFileSync(PRZYKLAD, path.join(dir, 'woj.xlsx'));
    expect((await cli(['kwalifikuj', 'woj.xlsx'], rdzen)).kod).toBe(0);
    const r = await rekord(path.join(dir, 'woj.protokol.xlsx'));
    expect(r).toMatchObject({ operacja: 'kwalifikuj', tryb: 'kopia', odcisk: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await cli(['kwalifikuj', 'woj.xlsx'], rdzen)).kod).toBe(0);
    expect((await rekord(path.join(dir, 'woj.protokol.xlsx')))?.odcisk).toBe(r?.odcisk);
  });

  test('WB-4 an output re-saved by another program without edits is still ours; one whose values were edited is not (--nadpisz overrides)', async () => {
    const wej = path.join(dir, 'woj.xlsx');
    await zapiszWejscie(wej);
    expect((await cli(['kwalifikuj', 'woj.xlsx', '-o', 'wynik.xlsx'])).kod).toBe(0);
    const wynik = path.join(dir, 'wynik.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(wynik);
    await wb.xlsx.writeFile(wynik); // different bytes, same values
    expect((await cli(['kwalifikuj', 'woj.xlsx', '-o', 'wynik.xlsx'])).kod).toBe(0);

    await wb.xlsx.readFile(wynik);
    wb.getWorksheet('Wnioski')!.getCell('B2').value = 'SP nr 1 — poprawiona przez zespół';
    await wb.xlsx.writeFile(wynik);
    const przed = sha256(wynik);
    const r = await cli(['kwalifikuj', 'woj.xlsx', '-o', 'wynik.xlsx']);
    expect(r.kod).toBe(2);
    expect(r.blad).toMatch(/wartości w jego arkuszach zmieniono po zapisaniu/);
    expect(sha256(wynik)).toBe(przed);
    expect((await cli(['kwalifikuj', 'woj.xlsx', '-o', 'wynik.xlsx', '--nadpisz'])).kod).toBe(0);
    expect(sha256(wynik)).not.toBe(przed);
  });

  test('WB-4 the output of another operation, a user workbook with a bare _cyfrowa_szkola sheet and a read-only output are refused', async () => {
    await zapiszWejscie(path.join(dir, 'woj.xlsx'));
    expect((await cli(['podziel', 'woj.xlsx', '-o', 'inny.xlsx'])).kod).toBe(0);
    let r = await cli(['kwalifikuj', 'woj.xlsx', '-o', 'inny.xlsx']);
    expect(r.kod).toBe(2);
    expect(r.blad).toMatch(/to wynik polecenia podziel, nie kwalifikuj/);

    await zapiszWejscie(path.join(dir, 'moj.xlsx'), (wb) => {
      const s = wb.addWorksheet('_cyfrowa_szkola');
      s.state = 'veryHidden';
      s.getCell('A1').value = 'Cyfrowa szkoła — stan dodatku (nie edytować)';
    });
    r = await cli(['kwalifikuj', 'woj.xlsx', '-o', 'moj.xlsx']);
    expect(r.kod).toBe(2);
    expect(r.blad).toMatch(/nie jest zapisany jako plik wynikowy polecenia/);

    expect((await cli(['kwalifikuj', 'woj.xlsx', '-o', 'ro.xlsx'])).kod).toBe(0);
    fs.chmodSync(path.join(dir, 'ro.xlsx'), 0o444);
    const przed = sha256(path.join(dir, 'ro.xlsx'));
    r = await cli(['kwalifikuj', 'woj.xlsx', '-o', 'ro.xlsx', '--nadpisz']);
    expect(r.kod).toBe(2);
    expect(r.blad).toMatch(/jest tylko do odczytu/);
    expect(sha256(path.join(dir, 'ro.xlsx'))).toBe(przed);
  });

  test('WB-4 --nadpisz does not apply to szablon (a template never overwrites)', async () => {
    const r = await cli(['szablon', 'wojewodztwo', '-o', 'x.xlsx', '--nadpisz'], rdzen);
    expect(r.kod).toBe(2);
    expect(r.blad).toMatch(/Szablon nigdy nie nadpisuje/);
  });

  test('WB-4 every new plan drops the previous write record: an add-in run in place leaves no "kopia" behind', () => {
    const stan = planWlasny({ arkusze: [] }, [{ nazwa: 'Wynik', wiersze: [] }]);
    const zapisany = zRekordemWyniku(
      { arkusze: stan.arkusze },
      { operacja: 'kwalifikuj', tryb: 'kopia', odcisk: 'ab' },
    );
    const snapshot = {
      arkusze: zapisany.arkusze.map((a) => ({
        nazwa: a.nazwa,
        wiersze: a.wiersze.map((w) => w.map((k) => (k ? { t: 's' as const, v: String(k.v) } : null))),
      })),
    };
    expect(rekordWyniku(czytajStan(snapshot))).toEqual({ operacja: 'kwalifikuj', tryb: 'kopia', odcisk: 'ab' });
    const ponownie = planWlasny(snapshot, [{ nazwa: 'Wynik', wiersze: [] }]);
    const po = {
      arkusze: ponownie.arkusze.map((a) => ({
        nazwa: a.nazwa,
        wiersze: a.wiersze.map((w) => w.map((k) => (k ? { t: 's' as const, v: String(k.v) } : null))),
      })),
    };
    expect(rekordWyniku(czytajStan(po))).toBeNull();
  });
});
