/** File I/O of workbooks: input bytes read once, ExcelJS load from those bytes, atomic writes (temp + rename). */
import * as ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { BladCli, t } from '../tekst';
import { przegladnij, type Przeglad } from '../zip/przeglad';
import { mapaNaprawyFormatow, naprawFormaty } from './formaty';
import { odbudujWalidacje } from './walidacje';

const BEZ_LIMITOW = { wierszy: Infinity, komorek: Infinity, komorekWalidacji: Infinity };

/**
 * Loads with ExcelJS from the bytes already read, then repairs what ExcelJS's reader damages: the
 * exact number-format codes and the data-validation ranges, from the pre-scan of the same bytes.
 */
export async function wczytajExcelJS(buf: Buffer, plik: string, przeglad?: Przeglad): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    const p = przeglad ?? (await przegladnij(buf, BEZ_LIMITOW));
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    naprawFormaty(wb, mapaNaprawyFormatow(p.struktura.formatyLiczb));
    const wgNazwy = new Map(p.arkusze.map((a) => [a.nazwa, a]));
    for (const ws of wb.worksheets) {
      const w = wgNazwy.get(ws.name)?.walidacje;
      if (w) odbudujWalidacje(ws, w);
    }
  } catch (e) {
    throw new BladCli(
      t(
        `Nie udało się odczytać skoroszytu ${plik}: ${(e as Error).message}`,
        `Could not read workbook ${plik}: ${(e as Error).message}`,
      ),
    );
  }
  return wb;
}

/** Writes the workbook to a new temporary file next to `cel` (same directory, so the rename is atomic). */
export async function zapiszTymczasowy(wb: ExcelJS.Workbook, cel: string): Promise<string> {
  const tmp = path.join(
    path.dirname(cel),
    `.${path.basename(cel)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    // fast DEFLATE (level 1): ExcelJS packs with a pure-JS deflate, and the protocol sheets add many cells
    await wb.xlsx.writeFile(tmp, { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } });
    const uchwyt = await fs.open(tmp, 'r+');
    try {
      await uchwyt.sync();
    } finally {
      await uchwyt.close();
    }
  } catch (e) {
    await usunCicho(tmp);
    const kod = (e as NodeJS.ErrnoException).code;
    if (kod === 'EACCES' || kod === 'EPERM' || kod === 'EROFS')
      throw new BladCli(
        t(
          `Brak uprawnień do zapisu w katalogu ${path.dirname(cel)}.`,
          `No permission to write in ${path.dirname(cel)}.`,
        ),
      );
    if (kod === 'ENOSPC') throw new BladCli(t('Brak miejsca na dysku.', 'No space left on the disk.'));
    throw e;
  }
  return tmp;
}

export async function zamien(tmp: string, cel: string, tryb?: number): Promise<void> {
  if (tryb !== undefined) await fs.chmod(tmp, tryb & 0o7777).catch(() => undefined);
  await fs.rename(tmp, cel);
}

export async function usunCicho(p: string): Promise<void> {
  await fs.unlink(p).catch(() => undefined);
}
