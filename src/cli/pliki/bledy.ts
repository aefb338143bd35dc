/** WB-4: every `errno` of the file system as a clear message naming the file (never "Błąd wewnętrzny"). */
import { BladCli, t } from '../tekst';

const OPISY: Record<string, [string, string]> = {
  ENOENT: ['nie istnieje', 'does not exist'],
  EACCES: ['brak uprawnień', 'permission denied'],
  EPERM: ['operacja niedozwolona (uprawnienia)', 'operation not permitted'],
  EROFS: ['system plików tylko do odczytu', 'read-only file system'],
  ENOSPC: ['brak miejsca na dysku', 'no space left on the disk'],
  EDQUOT: ['przekroczony przydział miejsca na dysku', 'disk quota exceeded'],
  ENAMETOOLONG: ['nazwa pliku za długa dla systemu plików', 'file name too long for the file system'],
  EISDIR: ['to jest katalog', 'is a directory'],
  ENOTDIR: ['część ścieżki nie jest katalogiem', 'a component of the path is not a directory'],
  EMFILE: ['za dużo otwartych plików', 'too many open files'],
  ENFILE: ['za dużo otwartych plików w systemie', 'too many open files in the system'],
  EIO: ['błąd wejścia/wyjścia dysku', 'disk input/output error'],
  EXDEV: ['plik tymczasowy i docelowy na różnych dyskach', 'temporary and target file on different devices'],
  ELOOP: ['zapętlone dowiązania symboliczne', 'symbolic link loop'],
  EBUSY: ['plik zajęty przez inny program', 'file busy (used by another program)'],
  ETXTBSY: ['plik zajęty przez inny program', 'file busy (used by another program)'],
  EEXIST: ['już istnieje', 'already exists'],
  EFBIG: ['plik za duży dla systemu plików', 'file too large for the file system'],
};

/** A file-system error as a BladCli naming the file and what was being done; other errors pass through. */
export function bladPliku(e: unknown, plik: string, czynnosc: 'odczyt' | 'zapis'): unknown {
  const kod = (e as NodeJS.ErrnoException)?.code;
  if (typeof kod !== 'string' || !/^E[A-Z]+$/.test(kod)) return e;
  const [pl, en] = OPISY[kod] ?? [`błąd systemu plików ${kod}`, `file-system error ${kod}`];
  return new BladCli(
    czynnosc === 'odczyt'
      ? t(`Nie można odczytać pliku ${plik}: ${pl}.`, `Cannot read ${plik}: ${en}.`)
      : t(`Nie można zapisać pliku ${plik}: ${pl}.`, `Cannot write ${plik}: ${en}.`),
  );
}
