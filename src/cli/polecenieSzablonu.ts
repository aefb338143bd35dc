/** `szablon <rodzaj> -o <plik.xlsx>` (WB-4): a new workbook with the template's sheets, written atomically. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Polecenie } from './argumenty';
import type { Zaleznosci } from './zaleznosci';
import { BladCli, t } from './tekst';
import type { Wyjscie, WeWy } from './wejscieWyjscie';
import { sciezkaDoWypisania, sprawdzCel } from './sciezki';
import { bladPliku } from './pliki/bledy';
import { nowyTymczasowy, sprzatnijStare, usunTymczasowy } from './pliki/tymczasowe';

export async function polecenieSzablonu(
  pol: Extract<Polecenie, { rodzaj: 'szablon' }>,
  io: WeWy,
  deps: Zaleznosci,
  wy: Wyjscie,
): Promise<number> {
  if (deps.dostepnySzablon && !deps.dostepnySzablon(pol.szablon))
    throw new BladCli(
      t(
        `Szablon „${pol.szablon}” nie jest jeszcze dostępny w tej wersji.`,
        `Template "${pol.szablon}" is not available in this version yet.`,
      ),
    );
  const cel = path.resolve(io.cwd, pol.wynik);
  // WB-4: `szablon` never overwrites an existing file (not even one this tool wrote)
  if (
    await fs.stat(cel).then(
      () => true,
      () => false,
    )
  )
    throw new BladCli(
      t(
        `Plik ${pol.wynik} już istnieje — szablon nigdy nie nadpisuje pliku. Podaj inną nazwę w -o.`,
        `${pol.wynik} already exists — a template never overwrites a file. Give another name with -o.`,
      ),
    );
  await sprawdzCel(cel);
  const arkusze = deps.szablon(pol.szablon);
  // ExcelJS writes the template features (formulas, rules, prompts); loaded only here, so no other
  // command pays for it at start-up
  const { nowyZeszyt, zastosujPlan } = await import('./exceljs/zapisz');
  const wb = nowyZeszyt();
  zastosujPlan(wb, { arkusze });
  await sprzatnijStare(cel);
  const tmp = nowyTymczasowy(cel);
  try {
    try {
      await wb.xlsx.writeFile(tmp);
      // the template is complete before it gets its name (WB-4: never a partial file)
      const h = await fs.open(tmp, 'r+');
      await h.sync().finally(() => h.close());
      // a link fails when a file of that name appeared meanwhile (a template never overwrites); file
      // systems without links get a rename, the name having been checked just before
      await fs.link(tmp, cel).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'EEXIST') throw e;
        return fs.rename(tmp, cel);
      });
    } catch (e) {
      throw bladPliku(e, cel, 'zapis');
    }
  } finally {
    await usunTymczasowy(tmp);
  }
  const nazwy = arkusze.map((a) => a.nazwa);
  const gdzie = sciezkaDoWypisania(cel, io.cwd);
  wy.tekst(
    t(
      `Zapisano szablon „${pol.szablon}”: ${gdzie} (arkusze: ${nazwy.join(', ')}).`,
      `Template "${pol.szablon}" written: ${gdzie} (sheets: ${nazwy.join(', ')}).`,
    ),
  );
  wy.obiekt({ plik: cel, szablon: pol.szablon, arkusze: nazwy });
  return 0;
}
