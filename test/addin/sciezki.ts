/**
 * The same operation along the two hosts' paths, in-process (WB-3.2: the add-in writes exactly what the
 * CLI writes): the CLI's — ExcelJS snapshot, `wykonaj`, `zastosujPlan`, saved and re-read as the file
 * the CLI would leave — and the add-in's — the adapter on the fake host, read back through Office.js.
 */
import type ExcelJS from 'exceljs';
import type { Operacja, WynikOperacji } from '../../src/core/api';
import type { ZeszytSnapshot } from '../../src/core/zeszyt/model';
import type { DataKalendarzowa } from '../../src/core/program/definicja';
import { wykonaj } from '../../src/core/operacje';
import { czytajZeszyt } from '../../src/cli/exceljs/czytaj';
import { zastosujPlan } from '../../src/cli/exceljs/zapisz';
import { wczytajExcelJS } from '../../src/cli/exceljs/plik';
import { utworzDodatek, type DodatekExcel } from '../../src/addin/office/dodatek';
import { RDZEN } from '../../src/addin/office/rdzen';
import { utworzFakeExcel, type FakeExcel } from '../fakehost';
import { wypelnienie } from '../fakehost/komorki';
import { arkusz, czytajPrzezHost, komorki, wlasne } from './arkusze';

export type OperacjaZapisu = Exclude<Operacja, 'waliduj'>;

export const DZIS: DataKalendarzowa = { y: 2012, m: 5, d: 10 };

export interface Wynik {
  wynik: WynikOperacji;
  /** the whole workbook after the run */
  zeszyt: ZeszytSnapshot;
  /** the workbook itself (for formats and fills) */
  wb: ExcelJS.Workbook;
}

export async function sciezkaCli(operacja: OperacjaZapisu, wb: ExcelJS.Workbook, dzis = DZIS): Promise<Wynik> {
  const wynik = wykonaj(operacja, czytajZeszyt(wb, { arkusze: 'wszystkie' }).zeszyt, { dzis, jezyk: 'pl' });
  if (wynik.plan) zastosujPlan(wb, wynik.plan);
  const plik = await wczytajExcelJS(Buffer.from(await wb.xlsx.writeBuffer()), 'wynik.xlsx');
  return { wynik, zeszyt: czytajZeszyt(plik, { arkusze: 'wszystkie' }).zeszyt, wb: plik };
}

/** WB-3.3 look of every styled cell: number format (text `@`), fill, bold */
function wyglad(ws: ExcelJS.Worksheet): Record<string, string> {
  const out: Record<string, string> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      const fmt = c.numFmt && c.numFmt !== 'General' ? c.numFmt : '';
      const tlo = wypelnienie(c).color;
      const w = `${fmt}|${tlo === '#FFFFFF' ? '' : tlo}|${c.font?.bold ? 'b' : ''}`;
      if (w !== '||') out[c.address] = w;
    }),
  );
  return out;
}

export interface Dodatek {
  fx: FakeExcel;
  dodatek: DodatekExcel;
}

export function naHoscie(wb: ExcelJS.Workbook, dzis = DZIS): Dodatek {
  const fx = utworzFakeExcel(wb);
  return { fx, dodatek: utworzDodatek(RDZEN, fx.host, { dzis: () => dzis }) };
}

export async function sciezkaDodatku(
  operacja: OperacjaZapisu,
  wb: ExcelJS.Workbook,
  dzis = DZIS,
): Promise<Wynik & Dodatek> {
  const d = naHoscie(wb, dzis);
  const wynik = await d.dodatek.wykonaj(operacja);
  return { ...d, wynik, zeszyt: await czytajPrzezHost(d.fx), wb };
}

/**
 * WB-3.2: same sheet names in the same order, same JSON, same owned sheets, and every owned sheet cell
 * for cell (type, value, number format), visibility and look (format codes, fills — the `Harmonogram`
 * bars —, bold). Returns the owned names and the cells compared.
 */
export async function porownajSciezki(
  operacja: OperacjaZapisu,
  plik: () => Promise<ExcelJS.Workbook>,
  dzis = DZIS,
): Promise<{ nazwy: string[]; komorek: number }> {
  const cli = await sciezkaCli(operacja, await plik(), dzis);
  const dod = await sciezkaDodatku(operacja, await plik(), dzis);
  expect(dod.wynik.status).toBe(cli.wynik.status);
  expect(dod.wynik.json).toEqual(cli.wynik.json);
  expect(dod.zeszyt.arkusze.map((a) => a.nazwa)).toEqual(cli.zeszyt.arkusze.map((a) => a.nazwa));
  const nazwy = wlasne(cli.zeszyt);
  expect(wlasne(dod.zeszyt)).toEqual(nazwy);
  let komorek = 0;
  for (const n of nazwy) {
    const [a, b] = [arkusz(dod.zeszyt, n), arkusz(cli.zeszyt, n)];
    const kb = komorki(b);
    komorek += Object.keys(kb).length;
    expect({ arkusz: n, widocznosc: a.widocznosc, komorki: komorki(a) }).toEqual({
      arkusz: n,
      widocznosc: b.widocznosc,
      komorki: kb,
    });
    expect({ arkusz: n, wyglad: wyglad(dod.wb.getWorksheet(n)!) }).toEqual({
      arkusz: n,
      wyglad: wyglad(cli.wb.getWorksheet(n)!),
    });
  }
  return { nazwy, komorek };
}
