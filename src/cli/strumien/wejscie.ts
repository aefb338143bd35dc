/** The CLI's input: the package streamed into the snapshot, every failure a located message (WB-1.9, WB-1.10). */
import { BladCli, t } from '../tekst';
import { BladPakietu } from '../pakiet/archiwum';
import { toPlikOle } from '../pliki/wejscie';
import { Przekroczenie } from './arkusz';
import { czytajPakiet, type OdczytStrumieniowy, type OpcjeStrumienia } from './czytaj';

export async function czytajWejscie(buf: Buffer, plik: string, opcje: OpcjeStrumienia): Promise<OdczytStrumieniowy> {
  if (toPlikOle(buf))
    throw new BladCli(
      t(
        `${plik} to plik w starym formacie .xls albo zaszyfrowany hasłem; zapisz go w Excelu jako .xlsx bez hasła.`,
        `${plik} is an old .xls file or password-protected; save it from Excel as .xlsx without a password.`,
      ),
    );
  try {
    return await czytajPakiet(buf, opcje);
  } catch (e) {
    if (e instanceof Przekroczenie) throw new BladCli(t(e.pl, e.en));
    if (e instanceof BladPakietu)
      throw new BladCli(
        e.czesc === null
          ? t(`${plik} nie jest poprawnym plikiem .xlsx (${e.pl}).`, `${plik} is not a valid .xlsx file (${e.en}).`)
          : t(`${plik}: ${e.pl}.`, `${plik}: ${e.en}.`),
      );
    if (e instanceof RangeError)
      throw new BladCli(
        t(`${plik}: plik zbyt duży lub uszkodzony (WB-1.10).`, `${plik}: file too large or damaged (WB-1.10).`),
      );
    throw e;
  }
}
