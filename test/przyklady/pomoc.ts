/** Reading the committed examples/ files the way the CLI does (ExcelJS → snapshot). */
import * as ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import * as path from 'path';
import type { Kontekst } from '../../src/core/api';
import type { ZeszytSnapshot } from '../../src/core/zeszyt/model';
import { czytajZeszyt } from '../../src/cli/exceljs/czytaj';

export const KATALOG = path.resolve(__dirname, '..', '..', 'examples');
export const K: Kontekst = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' };

export const readme = (): string => readFileSync(path.join(KATALOG, 'README.md'), 'utf8');

export async function czytajPrzyklad(nazwa: string): Promise<ZeszytSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(KATALOG, nazwa));
  return czytajZeszyt(wb).zeszyt;
}

export type JsonKwalifikacji = {
  wnioski: Array<{
    regon: string | null;
    decyzja: string;
    wariant: string | null;
    kwotaWsparcia: string | null;
    krok: string | null;
    pozycjaLosowania: number | null;
    brakujacaKwota: string | null;
    powod: string | null;
  }>;
  podsumowanie: {
    zakwalifikowane: number;
    kwotaPrzyznana: string;
    niewykorzystane: string;
    I: { niewykorzystane: string | null };
    II: { niewykorzystane: string | null };
  };
  parametry: { kolejnoscReczna: boolean; ziarno: string | null };
};
