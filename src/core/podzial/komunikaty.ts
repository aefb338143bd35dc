/** Part A problems (CS-9.1) as located, bilingual findings. */
import { kwotaPl, kwotaEn, type Grosze } from '../kwota';
import { uwaga, type Uwaga } from '../uwagi';
import type { ProblemPodzialu } from './algorytm';

/** B ≤ 0 or B not a whole multiple of u (CS-9.1 inputs) — blocking, at the amount's cell. */
export function uwagaKwoty(p: ProblemPodzialu, arkusz: string, adres: string, kwota: Grosze, jednostka: string): Uwaga {
  if (p.kod === 'kwotaNiedodatnia')
    return uwaga(
      arkusz,
      adres,
      'błąd',
      'CS-9.1',
      `Kwota krajowa musi być większa od zera (jest ${kwotaPl(kwota)}).`,
      `The national sum must be greater than zero (it is ${kwotaEn(kwota)}).`,
      { blokujaca: true },
    );
  return uwaga(
    arkusz,
    adres,
    'błąd',
    'CS-9.1',
    `Kwota krajowa ${kwotaPl(kwota)} nie jest wielokrotnością jednostki zaokrąglenia ${jednostka}.`,
    `The national sum ${kwotaEn(kwota)} is not a whole multiple of the rounding unit ${jednostka}.`,
    { blokujaca: true },
  );
}

/** ΣW = 0 (CS-9.1a) — blocking, on the `Województwa` sheet. */
export function uwagaSumyWag(arkusz: string): Uwaga {
  return uwaga(
    arkusz,
    null,
    'błąd',
    'CS-9.1a',
    'Suma wag województw wynosi 0 (żadne województwo nie ma szkół) — nie ma czego dzielić proporcjonalnie.',
    'The voivodeships’ weights sum to 0 (no voivodeship has any school) — nothing to split in proportion.',
    { blokujaca: true },
  );
}

/** A voivodeship with zero schools gets nothing (CS-9.1, step 4) — a warning at its TERYT cell. */
export function uwagaBrakuSzkol(arkusz: string, adres: string | null, teryt: string, nazwa: string): Uwaga {
  return uwaga(
    arkusz,
    adres,
    'ostrzeżenie',
    'CS-9.1',
    `Województwo ${teryt} ${nazwa} ma 0 szkół — otrzyma 0,00 zł.`,
    `Voivodeship ${teryt} ${nazwa} has 0 schools — it gets 0.00 PLN.`,
  );
}
