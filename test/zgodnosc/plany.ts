/**
 * Every write plan the product makes, on the committed examples: each operation's plan (and the plan of
 * the add-in's `Sprawdź`, which writes `Uwagi`) and each template of `szablon`, into the workbook it is
 * written to (an example, or a new workbook with one empty sheet for a template). Second runs write over
 * their own earlier sheets (WB-3.1: owned sheets replaced in place, `Uwagi` keeping other operations' rows).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Kontekst, Operacja, RodzajSzablonu } from '../../src/core/api';
import type { PlanZapisu } from '../../src/core/zeszyt/model';
import { szablon, wykonaj } from '../../src/core/operacje';
import { czytajZeszyt } from '../../src/cli/exceljs/czytaj';
import { wczytajExcelJS } from '../../src/cli/exceljs/plik';
import { RDZEN } from '../../src/addin/office/rdzen';
import ExcelJS from 'exceljs';
import { zastosujPlan } from '../../src/cli/exceljs/zapisz';

const PRZYKLADY = path.resolve(__dirname, '..', '..', 'examples');
const CS: Kontekst = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' };
/** after the JST examples' monitoring year and the project's start dates */
const JST: Kontekst = { dzis: { y: 2026, m: 1, d: 15 }, jezyk: 'pl' };

export interface PlanDoSprawdzenia {
  nazwa: string;
  wejscie: Buffer;
  plan: PlanZapisu;
}

const OPERACJE: Array<[Exclude<Operacja, 'waliduj'>, string, Kontekst]> = [
  ['kwalifikuj', 'wojewodztwo-mazowieckie.xlsx', CS],
  ['kwalifikuj', 's2-mazowieckie.xlsx', CS],
  ['kwalifikuj', 's2-losowanie.xlsx', CS],
  ['podziel', 'podzial-srodkow.xlsx', CS],
  ['diagnozuj', 'gmina-jst.xlsx', JST],
  ['monitoruj', 'gmina-jst.xlsx', JST],
  ['wskazniki', 'projekt-fers.xlsx', JST],
];

/** the add-in's `Sprawdź` writes the findings sheet `Uwagi` (the CLI's `waliduj` writes nothing) */
const SPRAWDZ: Array<[string, Kontekst]> = [
  ['wojewodztwo-mazowieckie.xlsx', CS],
  ['s4-bledne-dane.xlsx', CS],
  ['wniosek-organu.xlsx', CS],
  ['gmina-jst.xlsx', JST],
];

export const SZABLONY: RodzajSzablonu[] = [
  'wojewodztwo',
  'wniosek-dyrektora',
  'wniosek-organu',
  'podzial-srodkow',
  'diagnoza-jst',
  'plan-jst',
  'monitoring-jst',
  'projekt-fers',
];

/** a later run on a workbook that already holds an earlier run's owned sheets */
const DRUGIE: Array<[Exclude<Operacja, 'waliduj'>, Exclude<Operacja, 'waliduj'>, string, Kontekst]> = [
  ['kwalifikuj', 'kwalifikuj', 's2-mazowieckie.xlsx', CS],
  ['diagnozuj', 'monitoruj', 'gmina-jst.xlsx', JST],
];

async function zBajtow(wejscie: Buffer, plik: string) {
  const zeszyt = czytajZeszyt(await wczytajExcelJS(wejscie, plik), { arkusze: 'wszystkie' }).zeszyt;
  return { wejscie, zeszyt };
}

async function przyklad(plik: string) {
  return zBajtow(await fs.readFile(path.join(PRZYKLADY, plik)), plik);
}

/** a new workbook as a user has it before adding a template: one empty sheet */
async function pustyZeszyt(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Arkusz1');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function planyOperacji(): Promise<PlanDoSprawdzenia[]> {
  const wynik: PlanDoSprawdzenia[] = [];
  for (const [operacja, plik, k] of OPERACJE) {
    const { wejscie, zeszyt } = await przyklad(plik);
    const w = wykonaj(operacja, zeszyt, k);
    if (!w.plan) throw new Error(`${operacja} ${plik}: ${w.status}, no plan`);
    wynik.push({ nazwa: `${operacja} ${plik}`, wejscie, plan: w.plan });
  }
  for (const [pierwsza, druga, plik, k] of DRUGIE) {
    const { wejscie: bajty, zeszyt: z0 } = await przyklad(plik);
    const wb = await wczytajExcelJS(bajty, plik);
    zastosujPlan(wb, wykonaj(pierwsza, z0, k).plan!);
    const { wejscie, zeszyt } = await zBajtow(Buffer.from(await wb.xlsx.writeBuffer()), plik);
    const w = wykonaj(druga, zeszyt, k);
    if (!w.plan) throw new Error(`${druga} after ${pierwsza} ${plik}: ${w.status}, no plan`);
    wynik.push({ nazwa: `${druga} po ${pierwsza} ${plik}`, wejscie, plan: w.plan });
  }
  for (const [plik, k] of SPRAWDZ) {
    const { wejscie, zeszyt } = await przyklad(plik);
    const plan = RDZEN.planUwag(zeszyt, wykonaj('waliduj', zeszyt, k).uwagi, k, 'waliduj');
    if (!plan) throw new Error(`Sprawdź ${plik}: no plan`);
    wynik.push({ nazwa: `Sprawdź (waliduj) ${plik}`, wejscie, plan });
  }
  return wynik;
}

export async function planySzablonow(): Promise<PlanDoSprawdzenia[]> {
  const wejscie = await pustyZeszyt();
  return SZABLONY.map((rodzaj) => ({ nazwa: `szablon ${rodzaj}`, wejscie, plan: { arkusze: szablon(rodzaj) } }));
}
