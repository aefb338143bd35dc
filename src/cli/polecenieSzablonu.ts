/** `szablon <rodzaj> -o <plik.xlsx>` (WB-4): a new workbook with the template's sheets, written atomically. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Polecenie } from './argumenty';
import type { Zaleznosci } from './zaleznosci';
import { BladCli, t } from './tekst';
import type { Wyjscie, WeWy } from './wejscieWyjscie';
import { sciezkaDoWypisania, sprawdzCel } from './sciezki';
import { usunCicho, zamien, zapiszTymczasowy } from './exceljs/plik';
import { nowyZeszyt, zastosujPlan } from './exceljs/zapisz';

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
  const wb = nowyZeszyt();
  zastosujPlan(wb, { arkusze });
  const tmp = await zapiszTymczasowy(wb, cel);
  try {
    await zamien(tmp, cel);
  } finally {
    await usunCicho(tmp);
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
