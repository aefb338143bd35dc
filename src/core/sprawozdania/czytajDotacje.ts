/**
 * CS-R.2 `Dotacje` (WB-1.2): one row per school. Blocking: REGON unreadable, invalid or repeated;
 * `Kwota dotacji` unreadable or ≤ 0. Variant, pupils and name problems are non-blocking `błąd`.
 */
import type { ArkuszSnapshot } from '../zeszyt/model';
import { adresPola, czytajTabele, pole, type Tabela, type WierszTabeli } from '../zeszyt/czytnik';
import { odczytajKwote, odczytajLiczbeCalkowita, odczytajSlownik, odczytajTekst, type Odczyt } from '../komorki/odczyt';
import { uwaga, type Uwaga } from '../uwagi';
import type { Grosze } from '../kwota';
import type { Wariant } from '../kwalifikacja/typy';
import { WARIANT } from '../wnioski/slowniki';
import { czytajRegon } from './identyfikatory';
import { KD } from './schemat';
import { dolacz } from '../tablice/dolacz';

export interface SzkolaDotacji {
  regon: string;
  nazwa: string;
  wariant: Wariant | null;
  uczniowie: number | null;
  G: Grosze;
  /** A1 address of the row's REGON cell */
  adres: string;
}

export function czytajDotacje(a: ArkuszSnapshot, uwagi: Uwaga[]): { szkoly: SzkolaDotacji[]; odmowa: Uwaga | null } {
  const t = czytajTabele(
    a,
    Object.values(KD).map((naglowek) => ({ naglowek, wymagana: true })),
  );
  if (t.odmowa) return { szkoly: [], odmowa: t.odmowa };
  dolacz(uwagi, t.uwagi);
  const szkoly: SzkolaDotacji[] = [];
  const widziane = new Map<string, string>();
  for (const w of t.wiersze) {
    const blad = <T>(h: string, r: Odczyt<T>, regula: string, blokujaca: boolean): T | null => {
      if (r.ok) return r.v;
      uwagi.push(uwaga(a.nazwa, adresPola(t, w, h), 'błąd', regula, `${h}: ${r.pl}.`, `${h}: ${r.en}.`, { blokujaca }));
      return null;
    };
    const adres = adresPola(t, w, KD.regon);
    let regon = blad(KD.regon, czytajRegon(pole(t, w, KD.regon)), 'CS-10.4', true);
    if (regon !== null && widziane.has(regon)) {
      uwagi.push(
        uwaga(
          a.nazwa,
          adres,
          'błąd',
          'CS-R.2',
          `REGON ${regon} występuje w „Dotacje” dwukrotnie (także w ${widziane.get(regon)}).`,
          `REGON ${regon} appears twice in "Dotacje" (also in ${widziane.get(regon)}).`,
          { blokujaca: true },
        ),
      );
      regon = null;
    } else if (regon !== null) widziane.set(regon, adres);
    const G = kwotaDodatnia(t, w, a.nazwa, uwagi);
    const nazwa = blad(KD.nazwa, odczytajTekst(pole(t, w, KD.nazwa)), 'CS-R.2', false);
    const wariant = blad(KD.wariant, odczytajSlownik(pole(t, w, KD.wariant), WARIANT), 'CS-R.2', false);
    const ru = odczytajLiczbeCalkowita(pole(t, w, KD.uczniowie));
    const uczniowie = blad(
      KD.uczniowie,
      ru.ok && ru.v < 1 ? { ok: false, pusta: false, pl: `${ru.v} < 1`, en: `${ru.v} < 1` } : ru,
      'CS-5.1',
      false,
    );
    if (regon !== null && G !== null) szkoly.push({ regon, nazwa: nazwa ?? '', wariant, uczniowie, G, adres });
  }
  return { szkoly, odmowa: null };
}

function kwotaDodatnia(t: Tabela, w: WierszTabeli, arkusz: string, uwagi: Uwaga[]): Grosze | null {
  const r = odczytajKwote(pole(t, w, KD.kwota));
  const adres = adresPola(t, w, KD.kwota);
  if (r.ok && r.v > 0) return r.v;
  const [pl, en] = r.ok
    ? [`kwota musi być większa od zera (${r.v / 100})`, `the amount must be above zero (${r.v / 100})`]
    : [r.pl, r.en];
  uwagi.push(uwaga(arkusz, adres, 'błąd', 'CS-R.2', `${KD.kwota}: ${pl}.`, `${KD.kwota}: ${en}.`, { blokujaca: true }));
  return null;
}
