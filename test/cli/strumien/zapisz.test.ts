/**
 * WB-3.1 WB-3.3: the merging writer gives the owned sheets the same values, formats and validations
 * as the ExcelJS writer, copies every part it does not own byte for byte, and a rerun replaces
 * exactly the previously owned parts.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { wykonaj } from '../../../src/core/operacje';
import type { PlanZapisu, ZeszytSnapshot } from '../../../src/core/zeszyt/model';
import { czytajPakiet } from '../../../src/cli/strumien/czytaj';
import { zastosujPlanDoBajtow } from '../../../src/cli/strumien/zastosuj';
import { Archiwum } from '../../../src/cli/pakiet/archiwum';
import { wczytajExcelJS } from '../../../src/cli/exceljs/plik';
import { czytajZeszyt } from '../../../src/cli/exceljs/czytaj';
import { zastosujPlan } from '../../../src/cli/exceljs/zapisz';

const KATALOG = path.join(__dirname, '../../../examples');
const KONTEKST = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' as const };

async function plan(buf: Buffer, op: 'kwalifikuj' | 'diagnozuj' = 'kwalifikuj'): Promise<PlanZapisu> {
  const z = (await czytajPakiet(buf)).zeszyt;
  const w = wykonaj(op, z, KONTEKST);
  if (!w.plan) throw new Error(`no plan: ${w.status}`);
  return w.plan;
}

function gesto(z: ZeszytSnapshot): unknown {
  return z.arkusze.map((a) => ({
    nazwa: a.nazwa,
    widocznosc: a.widocznosc,
    wiersze: Array.from(a.wiersze, (w) => (w ? Array.from(w, (k) => k ?? null) : null)),
  }));
}

async function excelJsWynik(buf: Buffer, p: PlanZapisu): Promise<Buffer> {
  const wb = await wczytajExcelJS(buf, 'x.xlsx');
  zastosujPlan(wb, p);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function surowe(buf: Buffer): Map<string, Buffer> {
  const a = new Archiwum(buf);
  return new Map(a.kolejnosc.map((n) => [n, Buffer.from(a.surowe(a.wpisy.get(n)!))]));
}

describe('WB-3.1 merging writer', () => {
  const wejscie = fs.readFileSync(path.join(KATALOG, 'wojewodztwo-mazowieckie.xlsx'));

  test('WB-3.3 owned sheets: same values and number formats as the ExcelJS writer; read back by ExcelJS too', async () => {
    const p = await plan(wejscie);
    const nasz = await zastosujPlanDoBajtow(wejscie, p);
    const ich = await excelJsWynik(wejscie, p);
    const naszOdczyt = (await czytajPakiet(nasz)).zeszyt;
    expect(gesto(naszOdczyt)).toEqual(gesto((await czytajPakiet(ich)).zeszyt));
    // ExcelJS opens our file and sees the same
    expect(gesto(czytajZeszyt(await wczytajExcelJS(nasz, 'nasz.xlsx')).zeszyt)).toEqual(gesto(naszOdczyt));
    // validations of the owned sheets, as ExcelJS sees them
    const wb1 = new ExcelJS.Workbook();
    await wb1.xlsx.load(nasz as unknown as ArrayBuffer);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(ich as unknown as ArrayBuffer);
    for (const z of p.arkusze) {
      const dv = (wb: ExcelJS.Workbook): unknown =>
        (wb.getWorksheet(z.nazwa) as unknown as { dataValidations: { model: unknown } }).dataValidations.model;
      expect(dv(wb1)).toEqual(dv(wb2));
      expect(wb1.getWorksheet(z.nazwa)!.pageSetup.printTitlesRow).toEqual(
        wb2.getWorksheet(z.nazwa)!.pageSetup.printTitlesRow,
      );
    }
  });

  test('WB-3.1 a plan with template features (a formula cell, input cells, a number rule) is refused, not written without them', async () => {
    const p = await plan(wejscie);
    const zFormula: PlanZapisu = {
      arkusze: p.arkusze.map((a, i) =>
        i === 0 ? { ...a, wiersze: [...a.wiersze, [null, { v: 2, formula: 'ROUND(1.5,0)' }]] } : a,
      ),
    };
    await expect(zastosujPlanDoBajtow(wejscie, zFormula)).rejects.toThrow(/template features/);
    const zPolami: PlanZapisu = { arkusze: [{ ...p.arkusze[0], polaWejsciowe: ['B2'] }, ...p.arkusze.slice(1)] };
    await expect(zastosujPlanDoBajtow(wejscie, zPolami)).rejects.toThrow(/template features/);
    const zRegula: PlanZapisu = {
      arkusze: [
        { ...p.arkusze[0], walidacje: [{ zakres: 'B2:B3', rodzaj: 'calkowita', min: 0 }] },
        ...p.arkusze.slice(1),
      ],
    };
    await expect(zastosujPlanDoBajtow(wejscie, zRegula)).rejects.toThrow(/template features/);
  });

  test('WB-3.1 every part the tool does not own is byte-identical (compressed bytes); a rerun replaces only owned parts', async () => {
    const p = await plan(wejscie);
    const raz = await zastosujPlanDoBajtow(wejscie, p);
    const przed = surowe(wejscie);
    const po = surowe(raz);
    const scalane = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];
    for (const [n, b] of przed) if (!scalane.includes(n) && po.has(n)) expect(po.get(n)!.equals(b)).toBe(true);
    for (const n of przed.keys()) expect(po.has(n)).toBe(true);
    const dwa = await zastosujPlanDoBajtow(raz, await plan(raz));
    const po2 = surowe(dwa);
    expect([...po2.keys()].sort()).toEqual([...po.keys()].sort());
    // styles are reused, not appended again
    expect(po2.get('xl/styles.xml')!.equals(po.get('xl/styles.xml')!)).toBe(true);
    expect(gesto((await czytajPakiet(dwa)).zeszyt)).toEqual(gesto((await czytajPakiet(raz)).zeszyt));
  });

  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => fs.existsSync(p));
  (soffice ? test : test.skip)(
    'WB-3.1 the merged output opens in LibreOffice headless (converted to PDF without error)',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-lo-'));
      const plik = path.join(dir, 'wynik.xlsx');
      fs.writeFileSync(plik, await zastosujPlanDoBajtow(wejscie, await plan(wejscie)));
      const r = spawnSync(
        soffice as string,
        ['--headless', `-env:UserInstallation=file://${dir}/profil`, '--convert-to', 'pdf', '--outdir', dir, plik],
        { encoding: 'utf8', timeout: 170_000 },
      );
      expect(r.status).toBe(0);
      expect(fs.statSync(path.join(dir, 'wynik.pdf')).size).toBeGreaterThan(1000);
      fs.rmSync(dir, { recursive: true, force: true });
    },
    180_000,
  );
});
