/** JST-1 + JST-2 on a workbook: read `Szkoły JST` and `Reguły diagnozy`, compute, evaluate the rules. */
import type { ZeszytSnapshot } from '../../zeszyt/model';
import { brakArkusza, znajdzArkusz } from '../../zeszyt/czytnik';
import { uwaga, type Uwaga } from '../../uwagi';
import { odmowaDlugosci } from '../../wynikOperacji';
import { ARKUSZ_SZKOL, czytajSzkoly } from './szkoly';
import { ARKUSZ_REGUL, czytajReguly } from './czytajReguly';
import { domyslneReguly, type RegulyDiagnozy } from './reguly';
import { diagnozuj1, type Diagnoza } from './wskazniki';
import { rekomendacje, type WynikReguly } from './rekomendacje';
import { dolacz } from '../../tablice/dolacz';

export interface PrzebiegDiagnozy {
  uwagi: Uwaga[];
  /** WB-1.9 refusal */
  odmowa: Uwaga | null;
  /** null when blocked (missing sheet or header, duplicated header) */
  wynik: { diagnoza: Diagnoza; rekomendacje: WynikReguly[]; reguly: RegulyDiagnozy } | null;
}

export function przebiegDiagnozy(z: ZeszytSnapshot): PrzebiegDiagnozy {
  const aSzkol = znajdzArkusz(z, ARKUSZ_SZKOL);
  const aRegul = znajdzArkusz(z, ARKUSZ_REGUL);
  const dlugi = odmowaDlugosci([aSzkol, aRegul]);
  if (dlugi) return { uwagi: [], odmowa: dlugi, wynik: null };
  if (!aSzkol) return { uwagi: [brakArkusza(ARKUSZ_SZKOL)], odmowa: null, wynik: null };
  const szkoly = czytajSzkoly(aSzkol);
  const uwagi = [...szkoly.uwagi];
  let reguly = domyslneReguly();
  if (aRegul) {
    const r = czytajReguly(aRegul);
    if (r.odmowa) return { uwagi, odmowa: r.odmowa, wynik: null };
    dolacz(uwagi, r.uwagi);
    reguly = r.reguly;
  } else {
    // decision: the rules sheet is optional — its absence means the spec's defaults
    uwagi.push(
      uwaga(
        ARKUSZ_REGUL,
        null,
        'informacja',
        'JST-2',
        `Brak arkusza „${ARKUSZ_REGUL}” — użyto reguł i parametrów domyślnych.`,
        `Sheet "${ARKUSZ_REGUL}" is missing — the default rules and parameters are used.`,
      ),
    );
  }
  if (szkoly.odmowa) return { uwagi, odmowa: szkoly.odmowa, wynik: null };
  if (uwagi.some((u) => u.blokujaca)) return { uwagi, odmowa: null, wynik: null };
  const diagnoza = diagnozuj1(szkoly.szkoly, reguly.parametry);
  return { uwagi, odmowa: null, wynik: { diagnoza, rekomendacje: rekomendacje(diagnoza, reguly), reguly } };
}
