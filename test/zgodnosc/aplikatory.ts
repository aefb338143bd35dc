/**
 * The write-plan appliers under test, as one list: each takes the bytes of a workbook and a `PlanZapisu`
 * and returns the bytes of the workbook after the plan. A new applier (the CLI's streaming writer) is one
 * more entry here; every plan of plany.ts is then checked against the first applier of the list.
 */
import type { PlanZapisu } from '../../src/core/zeszyt/model';
import { czytajStan } from '../../src/core/zeszyt/wlasnosc';
import { czytajZeszyt } from '../../src/cli/exceljs/czytaj';
import { wczytajExcelJS } from '../../src/cli/exceljs/plik';
import { zastosujPlan } from '../../src/cli/exceljs/zapisz';
import { wczytajStan } from '../../src/addin/office/odczyt';
import { zapiszPlan } from '../../src/addin/office/zapis';
import { zastosujPlanDoBajtow } from '../../src/cli/strumien/zastosuj';
import { utworzFakeExcel } from '../fakehost';

export interface Aplikator {
  nazwa: string;
  /** whether it writes templates too (`szablon` uses ExcelJS; the streaming writer writes operations' plans) */
  szablony: boolean;
  zastosuj(wejscie: Buffer, plan: PlanZapisu): Promise<Buffer>;
}

async function bajty(wb: { xlsx: { writeBuffer(): Promise<ArrayBuffer> } }): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** the CLI: ExcelJS workbook loaded as the CLI loads it, `zastosujPlan`, saved */
const exceljs: Aplikator = {
  nazwa: 'CLI (ExcelJS)',
  szablony: true,
  async zastosuj(wejscie, plan) {
    const wb = await wczytajExcelJS(wejscie, 'wejscie.xlsx');
    zastosujPlan(wb, plan);
    return bajty(wb);
  },
};

/** the add-in: its Office.js adapter (`zapiszPlan`) on the fake Excel host, owned sheets as the add-in reads them */
const dodatek: Aplikator = {
  nazwa: 'dodatek (Office.js na fałszywym hoście)',
  szablony: true,
  async zastosuj(wejscie, plan) {
    const wb = await wczytajExcelJS(wejscie, 'wejscie.xlsx');
    const wlasne = czytajStan(czytajZeszyt(wb, { arkusze: 'wszystkie' }).zeszyt)?.arkusze ?? [];
    const fx = utworzFakeExcel(wb);
    await fx.host.run(async (ctx) => zapiszPlan(ctx, plan, { wlasne, stan: await wczytajStan(ctx) }));
    return bajty(wb);
  },
};

/** the CLI's streaming merging writer (what `kwalifikuj` and the other operations use) */
const strumien: Aplikator = { nazwa: 'CLI (zapis strumieniowy)', szablony: false, zastosuj: zastosujPlanDoBajtow };

export const APLIKATORY: readonly Aplikator[] = [exceljs, dodatek, strumien];
