/** Test helpers for the CLI: temp dirs, captured streams, fake operations, small workbooks. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import * as ExcelJS from 'exceljs';
import type { Kontekst, Operacja, WynikOperacji } from '../../src/core/api';
import type { ZapisArkusza, ZeszytSnapshot } from '../../src/core/zeszyt/model';
import { uwaga, type Uwaga } from '../../src/core/uwagi';
import { uwagiJson } from '../../src/core/zeszyt/arkuszUwag';
import { planWlasny } from '../../src/core/zeszyt/wlasnosc';
import { FORMAT_ZL, tekst } from '../../src/core/zeszyt/formaty';
import type { Zaleznosci } from '../../src/cli/uruchom';
import type { WeWy } from '../../src/cli/wejscieWyjscie';

export function katalogTymczasowy(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cs-cli-'));
}

export function sha256(plik: string): string {
  return createHash('sha256').update(fs.readFileSync(plik)).digest('hex');
}

export interface Przechwycone {
  io: WeWy;
  out: () => string;
  err: () => string;
}

export function przechwyc(cwd: string, env: Record<string, string> = {}, tty = false): Przechwycone {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s), isTTY: tty, columns: 100 },
      env: { CS_DZIS: '2012-05-10', ...env },
      cwd,
    },
    out: () => out,
    err: () => err,
  };
}

function wynik(status: WynikOperacji['status'], uwagi: Uwaga[], extra: Partial<WynikOperacji> = {}): WynikOperacji {
  const dane = status === 'ok' ? {} : null;
  return {
    status,
    uwagi,
    plan: null,
    dane,
    json: status === 'ok' ? {} : uwagiJson(uwagi),
    podsumowanie: [],
    ...extra,
  } as WynikOperacji;
}

export const UWAGA_OSTRZEZENIE = uwaga(
  'Wnioski',
  'H7',
  'ostrzeżenie',
  'CS-5.2',
  'Kwota powyżej limitu — obniżona.',
  'Amount above the cap — capped.',
);
export const UWAGA_BLAD = uwaga(
  'Wnioski',
  'C3',
  'błąd',
  'CS-4.3',
  'Za mały wkład własny.',
  'Own contribution too small.',
);
export const UWAGA_BLOKUJACA = uwaga(
  'Parametry',
  null,
  'błąd',
  'WB-5.3',
  'Brak kwoty środków.',
  'The amount is missing.',
  { blokujaca: true },
);

/** The owned sheets of the fake `kwalifikuj`: a text that looks like a formula, money, a dropdown. */
export function arkuszeWyniku(z: ZeszytSnapshot): ZapisArkusza[] {
  const wnioski = z.arkusze.find((a) => a.nazwa === 'Wnioski');
  return [
    {
      nazwa: 'Wynik',
      wiersze: [
        [tekst('Nazwa', { pogrubienie: true, tlo: 'D9E1F2' }), tekst('Kwota (zł)', { pogrubienie: true })],
        [tekst('=HYPERLINK("http://example.com","x")'), { v: 90000.5, fmt: FORMAT_ZL }],
        [tekst('+48 123'), { v: wnioski?.wiersze.length ?? 0 }],
      ],
      szerokosciKolumn: [30, 18],
      zamrozenie: { wiersze: 1, kolumny: 0 },
      wydruk: { orientacja: 'pozioma', powtarzaneWiersze: [1, 1], dopasujDoSzerokosci: true },
      walidacje: [{ zakres: 'C2:C10', lista: ['TAK', 'NIE'] }],
      scalenia: ['D1:E1'],
    },
  ];
}

export interface OpcjeFalszywych {
  status?: WynikOperacji['status'];
  uwagi?: Uwaga[];
  rzuc?: Error;
}

/** Fake operations (injected instead of the core registry). */
export function falszywe(
  o: OpcjeFalszywych = {},
  extra: Partial<Zaleznosci> = {},
): Zaleznosci & { wywolania: Array<{ op: Operacja; z: ZeszytSnapshot; k: Kontekst }> } {
  const wywolania: Array<{ op: Operacja; z: ZeszytSnapshot; k: Kontekst }> = [];
  return {
    wywolania,
    wykonaj(op, z, k) {
      wywolania.push({ op, z, k });
      k.postep?.(0.5, 'test');
      if (o.rzuc) throw o.rzuc;
      const uwagi = o.uwagi ?? [UWAGA_OSTRZEZENIE];
      const status = o.status ?? 'ok';
      if (status !== 'ok') return wynik(status, uwagi, status === 'odmowa' ? { json: { blad: 'x' } } : {});
      if (op === 'waliduj') return wynik('ok', uwagi);
      const plan = planWlasny(z, arkuszeWyniku(z), { meta: { operacja: op } });
      if (plan.uwagi.length) return wynik('zablokowane', plan.uwagi);
      return wynik('ok', uwagi, {
        plan: { arkusze: plan.arkusze },
        json: { algorytm: 'test', arkusze: z.arkusze.length },
        podsumowanie: ['Podsumowanie testowe.'],
      });
    },
    szablon: (rodzaj) => [
      {
        nazwa: 'Parametry',
        wiersze: [[tekst('Rodzaj'), tekst(rodzaj)]],
        walidacje: [{ zakres: 'B2', lista: ['a', 'b'] }],
      },
    ],
    ...extra,
  };
}

/** A small input workbook: `Parametry`, `Wnioski` with a dropdown, a hidden sheet. */
export async function zapiszWejscie(plik: string, zmien?: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const p = wb.addWorksheet('Parametry');
  p.addRow(['Województwo', 'mazowieckie']);
  p.addRow(['Kwota środków (zł)', 5764000]);
  p.getCell('B2').numFmt = FORMAT_ZL;
  const w = wb.addWorksheet('Wnioski');
  w.addRow(['Lp.', 'Nazwa szkoły', 'Wariant', 'Data wniosku organu', 'Udział']);
  w.addRow([1, 'SP nr 1', 'I', new Date(Date.UTC(2012, 4, 10)), 0.8]);
  w.addRow([2, '=SUMA(A1)', 'II', null, 0.25]);
  w.getCell('D2').numFmt = 'yyyy-mm-dd';
  w.getCell('E2').numFmt = '0%';
  w.getCell('E3').numFmt = '0.00%';
  (w as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
    'C2:C100',
    { type: 'list', allowBlank: true, formulae: ['"I,II"'] },
  );
  const u = wb.addWorksheet('Ukryty');
  u.state = 'hidden';
  u.getCell('A1').value = 'tajne';
  zmien?.(wb);
  await wb.xlsx.writeFile(plik);
}

export async function wczytaj(plik: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(plik);
  return wb;
}

export function plikiWKatalogu(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}
