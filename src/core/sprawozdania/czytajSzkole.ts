/**
 * CS-R.1 reading of `Sprawozdanie szkoły` (WB-1.1): blocking labels (REGON, pupils, variant), the sheet
 * missing or a label twice → blocking; every other value missing or out of range → non-blocking `błąd`
 * at its cell (its tasks show `brak danych`); late date → CS-17.1, `NIE` on CS-6.3 duties → `ostrzeżenie`.
 */
import type { ZeszytSnapshot } from '../zeszyt/model';
import { brakArkusza, czytajEtykiety, znajdzArkusz, type DefinicjaEtykiety } from '../zeszyt/czytnik';
import {
  czyPusta,
  odczytajDate,
  odczytajLiczbeCalkowita,
  odczytajLiczbeSkalowana,
  odczytajSlownik,
  odczytajTekst,
} from '../komorki/odczyt';
import { dataIso, porownajDaty } from '../komorki/daty';
import { maBlokujace, uwaga, type Uwaga } from '../uwagi';
import type { DataKalendarzowa, Program } from '../program/definicja';
import { wielkoscSzkoly } from '../program/reguly';
import type { Wariant, Wielkosc } from '../kwalifikacja/typy';
import { WARIANT } from '../wnioski/slowniki';
import { czytajTakNie, poleEtykiety, wZakresie, type Czytnik } from './pola';
import { czytajRegon, czytajTeryt } from './identyfikatory';
import type { WartosciZadan } from './zadania';
import { ARKUSZ_SPRAWOZDANIA_SZKOLY, ES } from './schemat';

export interface SprawozdanieSzkoly {
  arkusz: string;
  nazwa: string | null;
  regon: string;
  teryt: string | null;
  uczniowie: number;
  wielkosc: Wielkosc;
  wariant: Wariant;
  data: DataKalendarzowa | null;
  wartosci: WartosciZadan;
}

export type OdczytSzkoly = { dane: SprawozdanieSzkoly; uwagi: Uwaga[] } | { dane: null; uwagi: Uwaga[] };

const POZA_NIEBLOKUJACYMI: ReadonlySet<string> = new Set([
  ES.regon,
  ES.uczniowie,
  ES.wariant,
  ES.wypozyczone,
  ES.zasady,
  ES.tryb,
  ES.dataZamowienia,
]);
const NIEBLOKUJACE = Object.values(ES).filter((e) => !POZA_NIEBLOKUJACYMI.has(e));

const DEFINICJE: DefinicjaEtykiety[] = [
  { etykieta: ES.regon, wymagana: true },
  { etykieta: ES.uczniowie, wymagana: true },
  { etykieta: ES.wariant, wymagana: true },
  ...NIEBLOKUJACE.map((etykieta) => ({ etykieta, wymagana: true, blokujaca: false })),
  { etykieta: ES.wypozyczone, wymagana: false },
  { etykieta: ES.zasady, wymagana: false },
  { etykieta: ES.tryb, wymagana: false },
  { etykieta: ES.dataZamowienia, wymagana: false },
];

const calkowita = (min: number, max: number | null, gornaNazwa = ''): Czytnik<number> =>
  wZakresie(odczytajLiczbeCalkowita, (v) =>
    v < min || (max !== null && v > max)
      ? [
          `${v} poza zakresem ${min}…${max ?? '∞'}${gornaNazwa ? ` (${gornaNazwa})` : ''}`,
          `${v} out of range ${min}…${max ?? '∞'}${gornaNazwa ? ` (${gornaNazwa})` : ''}`,
        ]
      : null,
  );

export function czytajSprawozdanieSzkoly(z: ZeszytSnapshot, program: Program): OdczytSzkoly {
  const a = znajdzArkusz(z, ARKUSZ_SPRAWOZDANIA_SZKOLY);
  if (!a) return { dane: null, uwagi: [brakArkusza(ARKUSZ_SPRAWOZDANIA_SZKOLY, 'CS-R.1')] };
  const e = czytajEtykiety(a, DEFINICJE, 'CS-R.1');
  const uwagi = [...e.uwagi];
  const pole = <T>(etykieta: string, c: Czytnik<T>, regula = 'CS-R.1', blokujaca = false) =>
    poleEtykiety(e, etykieta, c, uwagi, { regula, blokujaca });

  const regon = pole(ES.regon, czytajRegon, 'CS-10.4', true);
  const uczniowie = pole(ES.uczniowie, calkowita(1, null), 'CS-5.1', true);
  const wariant = pole(ES.wariant, (k) => odczytajSlownik(k, WARIANT), 'CS-R.1', true);
  const nazwa = pole(ES.nazwa, odczytajTekst);
  const teryt = pole(ES.teryt, czytajTeryt, 'CS-10.4');
  const data = pole(ES.data, odczytajDate);
  const T = pole(ES.nauczyciele, calkowita(1, null));
  const wSieciach = pole(ES.wSieciach, calkowita(0, T, T === null ? '' : 'T'));
  const wartosci: WartosciZadan = {
    nauczyciele: T,
    ekoordWyznaczony: pole(ES.ekoordWyznaczony, czytajTakNie),
    ekoordPrzeszkolony: pole(ES.ekoordPrzeszkolony, czytajTakNie),
    wsparcie: pole(ES.wsparcie, czytajTakNie),
    przeszkoleni: pole(ES.przeszkoleni, calkowita(0, T, T === null ? '' : 'T')),
    wSieciach,
    spotkania: pole(ES.spotkania, calkowita(0, wSieciach, ES.wSieciach)),
    lekcje: pole(ES.lekcje, calkowita(0, null)),
    scenariusze: pole(ES.scenariusze, calkowita(0, null)),
    projekty: pole(ES.projekty, calkowita(0, null)),
    godziny: pole(ES.godziny, (k) => odczytajLiczbeSkalowana(k, 2)),
    wypozyczone: null,
    zasady: null,
  };
  if (wartosci.godziny !== null && wartosci.godziny < 0) {
    wartosci.godziny = null;
    uwagi.push(
      uwaga(
        a.nazwa,
        e.wartosci.get(ES.godziny)!.adres,
        'błąd',
        'CS-R.1',
        `${ES.godziny}: wartość ujemna.`,
        `${ES.godziny}: negative value.`,
      ),
    );
  }
  // variant II values are required of a variant II report, and read when given in any (CS-R.3a: `Dotacje` counts)
  const podane = (et: string) => {
    const w = e.wartosci.get(et);
    return !!w && !czyPusta(w.komorka);
  };
  if (wariant === 'II')
    for (const et of [ES.wypozyczone, ES.zasady])
      if (!e.wartosci.has(et))
        uwagi.push(
          uwaga(
            a.nazwa,
            null,
            'błąd',
            'CS-R.1',
            `Wariant II: brak etykiety „${et}”.`,
            `Variant II: label "${et}" is missing.`,
          ),
        );
  if (wariant === 'II' || podane(ES.wypozyczone)) wartosci.wypozyczone = pole(ES.wypozyczone, calkowita(0, null));
  if (wariant === 'II' || podane(ES.zasady)) wartosci.zasady = pole(ES.zasady, czytajTakNie);
  for (const et of [ES.szkolenieTechniczne, ES.obsluga]) {
    const v = pole(et, czytajTakNie);
    if (v === 'NIE')
      uwagi.push(
        uwaga(
          a.nazwa,
          e.wartosci.get(et)!.adres,
          'ostrzeżenie',
          'CS-6.3',
          `${et}: NIE — organ prowadzący zapewnia szkolenie techniczne i obsługę sprzętu (CS-6.3).`,
          `${et}: NIE — the running body provides technical training and equipment service (CS-6.3).`,
        ),
      );
  }
  const dataZamowienia = e.wartosci.get(ES.dataZamowienia);
  if (dataZamowienia && !czyPusta(dataZamowienia.komorka)) pole(ES.dataZamowienia, odczytajDate); // reported only
  const termin = program.terminy.sprawozdanieSzkoly;
  if (data && porownajDaty(data, termin) > 0)
    uwagi.push(
      uwaga(
        a.nazwa,
        e.wartosci.get(ES.data)!.adres,
        'ostrzeżenie',
        'CS-17.1',
        `Sprawozdanie szkoły z ${dataIso(data)} — po terminie ${dataIso(termin)} (CS-17.1).`,
        `School report dated ${dataIso(data)} — after the deadline ${dataIso(termin)} (CS-17.1).`,
      ),
    );
  const wielkosc = uczniowie === null ? null : wielkoscSzkoly(uczniowie, program);
  if (regon === null || uczniowie === null || wariant === null || wielkosc === null || maBlokujace(uwagi))
    return { dane: null, uwagi };
  return {
    dane: { arkusz: a.nazwa, nazwa, regon, teryt, uczniowie, wielkosc, wariant, data, wartosci },
    uwagi,
  };
}
