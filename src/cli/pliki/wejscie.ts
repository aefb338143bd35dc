/** The input file's bytes, read once (WB-4: a missing or unreadable file is a clear message, exit 2). */
import { promises as fs } from 'node:fs';
import { BladCli, t } from '../tekst';

export async function czytajBajty(plik: string): Promise<Buffer> {
  try {
    const s = await fs.stat(plik);
    if (!s.isFile()) throw new BladCli(t(`${plik} nie jest plikiem.`, `${plik} is not a file.`));
    return await fs.readFile(plik);
  } catch (e) {
    if (e instanceof BladCli) throw e;
    const kod = (e as NodeJS.ErrnoException).code;
    if (kod === 'ENOENT') throw new BladCli(t(`Nie ma pliku ${plik}.`, `File ${plik} does not exist.`));
    if (kod === 'EACCES' || kod === 'EPERM')
      throw new BladCli(t(`Brak uprawnień do odczytu pliku ${plik}.`, `No permission to read ${plik}.`));
    throw new BladCli(
      t(`Nie można odczytać pliku ${plik}: ${(e as Error).message}`, `Cannot read ${plik}: ${(e as Error).message}`),
    );
  }
}

/** OLE2 compound file: an old .xls or a password-protected (encrypted) .xlsx. */
export function toPlikOle(buf: Buffer): boolean {
  return buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1;
}
