/**
 * Reading and checking a voivodeship workbook (`Parametry`, `Wnioski`) up to the point where the
 * qualification may run: WB-1 reading, WB-5.1 proposal, WB-5.2 entries, WB-5.3 blocking, CS-Z3.R state.
 */
import type { ZeszytSnapshot } from '../zeszyt/model';
import type { Program } from '../program/definicja';
import { brakArkusza, czytajTabele, zaDlugiTekst, znajdzArkusz, type Tabela } from '../zeszyt/czytnik';
import { czytajStan } from '../zeszyt/wlasnosc';
import { uwaga, type Uwaga } from '../uwagi';
import { czytajStanZamrozony, type StanZamrozony } from '../kwalifikacja';
import { ARKUSZ_PARAMETRY, czytajParametry, type Parametry } from './parametry';
import { ARKUSZ_WNIOSKI, KOLUMNY_WNIOSKOW, K } from './kolumny';
import { CzytnikWierszy, type Ocena, type WierszWniosku } from './wiersze';
import { duplikaty, ocenaEfektywna } from './ocena';
import { miejscePola, uwagaW } from '../wnioski/szkola';
import { dolacz } from '../tablice/dolacz';

export const KLUCZ_STANU = 'kwalifikacja';

export interface Przygotowanie {
  odmowa: Uwaga | null;
  uwagi: Uwaga[];
  parametry: Parametry | null;
  tabela: Tabela | null;
  wiersze: WierszWniosku[];
  /** effective evaluations used for the run and the fingerprint (CS-Z3.F) */
  oceny: Ocena[];
  stan: StanZamrozony | null;
}

export function przygotuj(z: ZeszytSnapshot, program: Program): Przygotowanie {
  const wynik: Przygotowanie = {
    odmowa: null,
    uwagi: [],
    parametry: null,
    tabela: null,
    wiersze: [],
    oceny: [],
    stan: null,
  };
  const ap = znajdzArkusz(z, ARKUSZ_PARAMETRY);
  const aw = znajdzArkusz(z, ARKUSZ_WNIOSKI);
  for (const a of [ap, aw]) {
    const dl = a && zaDlugiTekst(a);
    if (dl) return { ...wynik, odmowa: dl };
  }
  if (!ap) wynik.uwagi.push(brakArkusza(ARKUSZ_PARAMETRY));
  if (!aw) wynik.uwagi.push(brakArkusza(ARKUSZ_WNIOSKI));
  if (ap) {
    const p = czytajParametry(ap, program);
    wynik.parametry = p.parametry;
    dolacz(wynik.uwagi, p.uwagi);
  }
  if (!aw) return wynik;
  const t = czytajTabele(aw, KOLUMNY_WNIOSKOW);
  if (t.odmowa) return { ...wynik, odmowa: t.odmowa };
  wynik.tabela = t;
  dolacz(wynik.uwagi, t.uwagi);
  if (t.wierszNaglowka0 < 0) return wynik;

  const stanTekst = czytajStan(z)?.dane[KLUCZ_STANU];
  if (stanTekst) {
    wynik.stan = czytajStanZamrozony(stanTekst);
    if (!wynik.stan)
      wynik.uwagi.push(
        uwaga(
          '_cyfrowa_szkola',
          null,
          'ostrzeżenie',
          'CS-Z3.R',
          'Zapisany stan protokołu jest nieczytelny — zostanie pominięty.',
          'The stored protocol state is unreadable — it is ignored.',
        ),
      );
  }

  // rows that took part in the protocol's qualification (formally positive then)
  const wProtokole = new Set(wynik.stan?.wnioski.map((w) => w.regon) ?? []);
  const czytnik = new CzytnikWierszy(t, wynik.parametry?.teryt ?? null, program);
  for (const tw of t.wiersze) {
    const wiersz = czytnik.czytaj(tw, wynik.uwagi);
    wynik.wiersze.push(wiersz);
    let ocena = ocenaEfektywna(t, wiersz, wynik.uwagi);
    if (wiersz.rezygnacja && !(wiersz.regon && wProtokole.has(wiersz.regon))) {
      // CS-Z3.R: nothing to resign from (no protocol, or the row was not in it) → błąd, negative, not drawn;
      // the same rule before and after the protocol keeps the fingerprint of the protocol's inputs stable
      const pl =
        'Rezygnacja wniosku, który nie brał udziału w kwalifikacji (nie ma protokołu albo wniosek nie był w nim oceniony pozytywnie) — bez skutku; wniosek nie bierze udziału w losowaniu.';
      const en =
        'A resignation of an application that took no part in a qualification (no protocol, or not formally positive in it) — no effect; the application is not drawn.';
      const bl = uwagaW(miejscePola(t, tw, K.rezygnacja), 'błąd', 'CS-Z3.R', pl, en);
      wynik.uwagi.push(bl);
      wiersz.bledyFormalne = [...wiersz.bledyFormalne, bl];
      ocena = 'negatywna';
    }
    wynik.oceny.push(ocena);
  }
  dolacz(wynik.uwagi, duplikaty(t, wynik.wiersze));
  return wynik;
}
