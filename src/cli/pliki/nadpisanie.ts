/**
 * WB-4 files are sacred: an existing output is overwritten only when its `_cyfrowa_szkola` records that
 * this tool wrote the whole file as the output of the same operation (mode `kopia`) and the values of
 * its non-owned sheets still have the digest recorded then — never a file rewritten in place, a
 * template, a user workbook that merely has a sheet of that name, or a read-only file. `--nadpisz`
 * overrides the ownership rule explicitly (a read-only file stays refused).
 */
import { constants, promises as fs, type Stats } from 'node:fs';
import { ARKUSZ_STANU, czytajStan, type Operacja, type PlanZapisu, rekordWyniku, zRekordemWyniku } from '../../core';
import { BladCli, t, type Tekst } from '../tekst';
import { bladPliku } from './bledy';
import { czytajPakiet, type OdczytStrumieniowy } from '../strumien/czytaj';
import { odciskNiewlasnych } from '../strumien/odcisk';

const male = (n: string): string => n.toLowerCase();

/** The plan with the record of this write (WB-4): `w-miejscu` never makes the input an output. */
export async function planZRekordem(
  plan: PlanZapisu,
  operacja: Operacja,
  wMiejscu: boolean,
  odczyt: OdczytStrumieniowy,
): Promise<PlanZapisu> {
  if (wMiejscu) return zRekordemWyniku(plan, { operacja, tryb: 'w-miejscu', odcisk: '' });
  const wlasne = new Set(
    [...(czytajStan(odczyt.zeszyt)?.arkusze ?? []), ...plan.arkusze.map((a) => a.nazwa)].map(male),
  );
  return zRekordemWyniku(plan, { operacja, tryb: 'kopia', odcisk: await odciskNiewlasnych(odczyt, wlasne) });
}

/** Why the existing file `cel` is not an output this operation may replace; null when it is. */
export async function powodOdmowy(cel: string, operacja: Operacja): Promise<Tekst | null> {
  const bajty = await fs.readFile(cel).catch((e) => {
    throw bladPliku(e, cel, 'odczyt');
  });
  let odczyt: OdczytStrumieniowy;
  try {
    odczyt = await czytajPakiet(bajty, { arkusze: [] });
  } catch {
    return t('to nie jest plik .xlsx zapisany przez to narzędzie', 'it is not an .xlsx file written by this tool');
  }
  const stan = czytajStan(odczyt.zeszyt);
  if (!stan)
    return t(
      `nie został utworzony przez to narzędzie (brak arkusza ${ARKUSZ_STANU})`,
      `it was not written by this tool (no ${ARKUSZ_STANU} sheet)`,
    );
  const r = rekordWyniku(stan);
  if (r?.tryb === 'w-miejscu')
    return t(
      `to skoroszyt zmieniony w miejscu (--w-miejscu, polecenie ${r.operacja ?? '?'}), a nie plik wynikowy`,
      `it is a workbook rewritten in place (--w-miejscu, command ${r.operacja ?? '?'}), not an output file`,
    );
  if (r?.tryb === 'szablon') return t('to szablon do wypełnienia', 'it is a template to fill in');
  if (!r || r.tryb !== 'kopia' || !r.odcisk || !r.operacja)
    return t(
      'nie jest zapisany jako plik wynikowy polecenia (np. zmieniony przez dodatek)',
      "it is not recorded as a command's output file (e.g. the add-in changed it)",
    );
  if (r.operacja !== operacja)
    return t(`to wynik polecenia ${r.operacja}, nie ${operacja}`, `it is the output of ${r.operacja}, not ${operacja}`);
  const odcisk = await odciskNiewlasnych(odczyt, new Set(stan.arkusze.map(male)));
  if (odcisk !== r.odcisk)
    return t(
      'wartości w jego arkuszach zmieniono po zapisaniu (np. w Excelu)',
      'values in its sheets were edited after it was written (e.g. in Excel)',
    );
  return null;
}

/** WB-4: refuses (exit 2, naming the file and the reason) to replace an existing file that is not ours to replace. */
export async function sprawdzNadpisanie(
  cel: string,
  staty: Stats,
  operacja: Operacja,
  nadpisz: boolean,
): Promise<void> {
  const tylkoDoOdczytu =
    (staty.mode & 0o222) === 0 ||
    (await fs.access(cel, constants.W_OK).then(
      () => false,
      () => true,
    ));
  const powod = tylkoDoOdczytu
    ? t('jest tylko do odczytu', 'it is read-only')
    : nadpisz
      ? null
      : await powodOdmowy(cel, operacja);
  if (!powod) return;
  const zastrzezenie = tylkoDoOdczytu
    ? t('', '')
    : t(' albo — jeśli na pewno — dodaj --nadpisz', ' or — if you are sure — add --nadpisz');
  throw new BladCli(
    t(
      `Plik ${cel} już istnieje i nie zostanie nadpisany: ${powod.pl}. Podaj inną nazwę w -o, usuń ten plik${zastrzezenie.pl}.`,
      `File ${cel} already exists and will not be overwritten: ${powod.en}. Give another name with -o, delete that file${zastrzezenie.en}.`,
    ),
  );
}
