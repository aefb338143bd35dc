/**
 * WB-4: the output written by merging to a temporary file beside the target, verified by streaming
 * with `--w-miejscu` (the input must be writable; its permissions and group are kept), then renamed
 * over the target. The temporary file never survives: removed on errors and signals, and cleaned by
 * the next run if the process was killed.
 */
import { planWSystemie1904, type PlanZapisu } from '../../core';
import { constants, promises as fs } from 'node:fs';
import { BladCli, t } from '../tekst';
import { bladPliku } from '../pliki/bledy';
import { BladPakietu } from '../pakiet/archiwum';
import type { Zapisany } from '../pakiet/zapisArchiwum';
import { nowyTymczasowy, sprzatnijStare, usunTymczasowy, zwolnij } from '../pliki/tymczasowe';
import { zastosujPlanPakietu } from './zastosuj';
import { zweryfikujPakiet } from './weryfikuj';
import type { OdczytStrumieniowy } from './czytaj';

export interface ZapisWyniku {
  odczyt: OdczytStrumieniowy;
  plan: PlanZapisu;
  /** absolute path of the output (the input itself with `--w-miejscu`) */
  cel: string;
  wMiejscu: boolean;
  /** absolute path of the input and the name the user gave */
  wejscie: string;
  nazwaWejscia: string;
  przedWeryfikacja?: () => void;
  poZapisieTymczasowym?: (sciezka: string) => Promise<void> | void;
}

const BLOK = 1 << 20;

/** Pieces gathered into ~1 MiB writes; gives what each new part holds (for the verification). */
async function zapiszDoPliku(tmp: string, tryb: number, z: ZapisWyniku): Promise<ReadonlyMap<string, Zapisany>> {
  const h = await fs.open(tmp, 'wx', tryb);
  try {
    let bufor: Buffer[] = [];
    let dl = 0;
    const oproznij = async (): Promise<void> => {
      if (!dl) return;
      const b = Buffer.concat(bufor, dl);
      bufor = [];
      dl = 0;
      let i = 0;
      while (i < b.length) i += (await h.write(b, i, b.length - i)).bytesWritten;
    };
    const zapisane = await zastosujPlanPakietu(z.odczyt.archiwum, z.plan, async (b) => {
      bufor.push(b);
      dl += b.length;
      if (dl >= BLOK) await oproznij();
    });
    await oproznij();
    await h.sync();
    return zapisane;
  } finally {
    await h.close();
  }
}

export async function zapiszWynik(zapis: ZapisWyniku): Promise<void> {
  // WB-1.7: the plan's date serials are in the 1900 system; a 1904 workbook gets them shifted
  const z = zapis.odczyt.struktura.date1904 ? { ...zapis, plan: planWSystemie1904(zapis.plan) } : zapis;
  await sprzatnijStare(z.cel);
  let staty: import('node:fs').Stats | null = null;
  if (z.wMiejscu) {
    try {
      staty = await fs.stat(z.cel);
      await fs.access(z.cel, constants.W_OK);
    } catch (e) {
      const kod = (e as NodeJS.ErrnoException).code;
      if (kod === 'EACCES' || kod === 'EPERM' || kod === 'EROFS')
        throw new BladCli(
          t(
            `Plik ${z.nazwaWejscia} jest tylko do odczytu — nie zastępuję go (--w-miejscu). Zapisz wynik do osobnego pliku (-o).`,
            `${z.nazwaWejscia} is read-only — not replacing it (--w-miejscu). Write the result to a separate file (-o).`,
          ),
        );
      throw bladPliku(e, z.nazwaWejscia, 'odczyt');
    }
    if ((staty.mode & 0o222) === 0)
      throw new BladCli(
        t(
          `Plik ${z.nazwaWejscia} jest tylko do odczytu — nie zastępuję go (--w-miejscu). Zapisz wynik do osobnego pliku (-o).`,
          `${z.nazwaWejscia} is read-only — not replacing it (--w-miejscu). Write the result to a separate file (-o).`,
        ),
      );
  }
  const tmp = nowyTymczasowy(z.cel);
  try {
    let zapisane: ReadonlyMap<string, Zapisany>;
    try {
      zapisane = await zapiszDoPliku(tmp, staty ? staty.mode & 0o777 : 0o666, z);
    } catch (e) {
      // a part the reader did not need ([Content_Types].xml, styles.xml …) may be the damaged one
      if (e instanceof BladPakietu) throw new BladCli(t(`${z.nazwaWejscia}: ${e.pl}.`, `${z.nazwaWejscia}: ${e.en}.`));
      throw bladPliku(e, z.cel, 'zapis');
    }
    if (z.wMiejscu && staty) {
      z.przedWeryfikacja?.();
      await z.poZapisieTymczasowym?.(tmp);
      const problemy = await zweryfikujPakiet(z.odczyt, await fs.readFile(tmp), z.plan, zapisane);
      if (problemy.length)
        throw new BladCli(
          t(
            `Weryfikacja zapisanej kopii nie powiodła się — plik ${z.nazwaWejscia} pozostał bez zmian:\n${problemy.map((p) => `  - ${p.pl}`).join('\n')}\nUżyj -o, aby zapisać wynik do osobnego pliku.`,
            `Verification of the written copy failed — ${z.nazwaWejscia} was left unchanged:\n${problemy.map((p) => `  - ${p.en}`).join('\n')}\nUse -o to write the result to a separate file.`,
          ),
        );
      const teraz = await fs.readFile(z.wejscie).catch((e) => {
        throw bladPliku(e, z.nazwaWejscia, 'odczyt');
      });
      if (!teraz.equals(z.odczyt.archiwum.bajty))
        throw new BladCli(
          t(
            `Plik ${z.nazwaWejscia} zmienił się w trakcie pracy — nie zastępuję go.`,
            `${z.nazwaWejscia} changed while it was being processed — not replacing it.`,
          ),
        );
      await fs.chmod(tmp, staty.mode & 0o7777).catch(() => undefined);
      await fs.chown(tmp, staty.uid, staty.gid).catch(() => undefined);
    }
    try {
      await fs.rename(tmp, z.cel);
    } catch (e) {
      throw bladPliku(e, z.cel, 'zapis');
    }
    zwolnij(tmp);
  } finally {
    await usunTymczasowy(tmp);
  }
}
