/**
 * `Wniosek dyrektora` label values (WB-2, CS-10.2): identification, pupils and size (CS-5.1), forecasts,
 * ICT tools, variant (CS-8.1), request (CS-5.2/5.3), dates (CS-10.1). Missing labels are reported by
 * czytajEtykiety; here only values of present labels are checked.
 */
import type { Komorka } from '../zeszyt/model';
import type { Etykiety } from '../zeszyt/czytnik';
import { czyPusta, odczytajDate, odczytajLiczbeCalkowita, odczytajTekst } from '../komorki/odczyt';
import { dataIso, porownajDaty } from '../komorki/daty';
import type { DataKalendarzowa, Program } from '../program/definicja';
import { emailPoprawny } from '../identyfikatory';
import type { Grosze } from '../kwota';
import type { Uwaga } from '../uwagi';
import type { Wariant, WariantZastepczy, Wielkosc } from '../kwalifikacja/typy';
import { E } from './schemat';
import type { Polozenie, TypSzkoly } from './slowniki';
import {
  bladOdczytu,
  dopisz,
  miejsceEtykiety,
  sprawdzPolozenie,
  sprawdzRegon,
  sprawdzTekstWymagany,
  sprawdzTypSzkoly,
  sprawdzUczniow,
  sprawdzWariant,
  sprawdzWariantZastepczy,
  sprawdzWnioskowana,
  uwagaW,
  type Miejsce,
  type Sprawdzenie,
} from './szkola';
import { dolacz } from '../tablice/dolacz';

export interface DaneWnioskuDyrektora {
  nazwaSzkoly: string | null;
  adres: string | null;
  telefon: string | null;
  email: string | null;
  /** valid normalised REGON */
  regon: string | null;
  /** normalised digits even when invalid (for matching and display) */
  regonCyfry: string | null;
  typSzkoly: TypSzkoly | null;
  polozenie: Polozenie | null;
  uczniowie: number | null;
  wielkosc: Wielkosc | null;
  /** CS-5.2 cap of the size */
  limit: Grosze | null;
  prognozaUczniowIVVI: number | null;
  prognozaUczniowIV: number | null;
  /** N of CS-A2 (default 25) */
  liczbaUczniowWOddziale: number;
  nauczyciele: number | null;
  nauczycieleTik: number | null;
  platforma: string | null;
  epodreczniki: string | null;
  dziennik: string | null;
  sposobyWykorzystania: string | null;
  wariant: Wariant | null;
  wariantZastepczy: WariantZastepczy | null;
  wnioskowana: Grosze | null;
  dataWniosku: DataKalendarzowa | null;
  dataOpinii: DataKalendarzowa | null;
}

/** Runs a check on a present label's value cell; null (no finding) when the label is absent. */
function przy<T>(
  e: Etykiety,
  etykieta: string,
  uwagi: Uwaga[],
  f: (k: Komorka, m: Miejsce) => Sprawdzenie<T>,
): T | null {
  const m = miejsceEtykiety(e, etykieta);
  if (!m) return null;
  const s = f(e.wartosci.get(etykieta)!.komorka, m);
  dolacz(uwagi, s.uwagi);
  return s.wartosc;
}

function licznik(k: Komorka, m: Miejsce, nazwa: string, min: number): Sprawdzenie<number> {
  const o = odczytajLiczbeCalkowita(k);
  if (!o.ok) return { wartosc: null, uwagi: [bladOdczytu(m, 'CS-10.2', nazwa, o)] };
  if (o.v < min)
    return {
      wartosc: null,
      uwagi: [
        uwagaW(
          m,
          'błąd',
          'CS-10.2',
          `${nazwa}: ${o.v} — wymagana liczba całkowita ≥ ${min}.`,
          `${nazwa}: ${o.v} — a whole number ≥ ${min} is required.`,
        ),
      ],
    };
  return { wartosc: o.v, uwagi: [] };
}

/** Free text that should be filled (empty → ostrzeżenie, CS-10.2). */
function opisowy(k: Komorka, m: Miejsce, nazwa: string): Sprawdzenie<string> {
  const o = odczytajTekst(k);
  if (o.ok) return { wartosc: o.v, uwagi: [] };
  if (o.pusta)
    return {
      wartosc: null,
      uwagi: [
        uwagaW(
          m,
          'ostrzeżenie',
          'CS-10.2',
          `${nazwa}: brak informacji we wniosku.`,
          `${nazwa}: not stated in the application.`,
        ),
      ],
    };
  return { wartosc: null, uwagi: [bladOdczytu(m, 'CS-10.2', nazwa, o)] };
}

function data(k: Komorka, m: Miejsce, nazwa: string): Sprawdzenie<DataKalendarzowa> {
  const o = odczytajDate(k);
  return o.ok ? { wartosc: o.v, uwagi: [] } : { wartosc: null, uwagi: [bladOdczytu(m, 'WB-1.7', nazwa, o)] };
}

export function czytajDaneDyrektora(e: Etykiety, program: Program): { dane: DaneWnioskuDyrektora; uwagi: Uwaga[] } {
  const u: Uwaga[] = [];
  const tekstowy = (et: string) => przy(e, et, u, (k, m) => sprawdzTekstWymagany(k, m, et, 'CS-10.2'));
  const nazwaSzkoly = tekstowy(E.nazwa);
  const adres = tekstowy(E.adres);
  const telefon = tekstowy(E.telefon);
  // CS-10.4 e-mail
  const email = przy(e, E.email, u, (k, m) => {
    const s = sprawdzTekstWymagany(k, m, E.email, 'CS-10.4');
    if (s.wartosc !== null && !emailPoprawny(s.wartosc))
      return {
        wartosc: null,
        uwagi: [
          uwagaW(
            m,
            'błąd',
            'CS-10.4',
            `E-mail „${s.wartosc}” ma niepoprawną postać (oczekiwano nazwa@domena.pl).`,
            `E-mail "${s.wartosc}" is malformed (expected name@domain.pl).`,
          ),
        ],
      };
    return s;
  });
  let regonCyfry: string | null = null;
  const regon = przy(e, E.regon, u, (k, m) => {
    const s = sprawdzRegon(k, m);
    regonCyfry = s.cyfry;
    return s;
  });
  const typSzkoly = przy(e, E.typ, u, (k, m) => sprawdzTypSzkoly(k, m));
  const polozenie = przy(e, E.polozenie, u, sprawdzPolozenie);
  const rozmiar = przy(e, E.uczniowie, u, (k, m) => sprawdzUczniow(k, m, program));
  const prognozaUczniowIVVI = przy(e, E.prognozaIVVI, u, (k, m) => licznik(k, m, E.prognozaIVVI, 0));
  const prognozaUczniowIV = przy(e, E.prognozaIV, u, (k, m) => {
    const s = licznik(k, m, E.prognozaIV, 0);
    if (s.wartosc !== null && prognozaUczniowIVVI !== null && s.wartosc > prognozaUczniowIVVI)
      return dopisz(
        s,
        uwagaW(
          m,
          'ostrzeżenie',
          'CS-10.2',
          `${E.prognozaIV} (${s.wartosc}) przekracza ${E.prognozaIVVI} (${prognozaUczniowIVVI}).`,
          `Forecast pupils of grade IV (${s.wartosc}) exceed the forecast of grades IV–VI (${prognozaUczniowIVVI}).`,
        ),
      );
    return s;
  });
  const oddzial = przy(e, E.oddzial, u, (k, m) =>
    czyPusta(k) ? { wartosc: null, uwagi: [] } : licznik(k, m, E.oddzial, 1),
  );
  const nauczyciele = przy(e, E.nauczyciele, u, (k, m) => licznik(k, m, E.nauczyciele, 0));
  const nauczycieleTik = przy(e, E.nauczycieleTik, u, (k, m) => {
    const s = licznik(k, m, E.nauczycieleTik, 0);
    // CS-10.2: teachers teaching with ICT ≤ the teachers
    if (s.wartosc !== null && nauczyciele !== null && s.wartosc > nauczyciele)
      return {
        wartosc: null,
        uwagi: [
          uwagaW(
            m,
            'błąd',
            'CS-10.2',
            `${E.nauczycieleTik} (${s.wartosc}) nie może przekraczać liczby nauczycieli klas IV-VI (${nauczyciele}).`,
            `Teachers teaching with ICT (${s.wartosc}) cannot exceed the teachers of grades IV–VI (${nauczyciele}).`,
          ),
        ],
      };
    return s;
  });
  const platforma = przy(e, E.platforma, u, (k, m) => opisowy(k, m, E.platforma));
  const epodreczniki = przy(e, E.epodreczniki, u, (k, m) => opisowy(k, m, E.epodreczniki));
  const dziennik = przy(e, E.dziennik, u, (k, m) => opisowy(k, m, E.dziennik));
  const sposobyWykorzystania = przy(e, E.sposoby, u, (k, m) => opisowy(k, m, E.sposoby));
  const wariant = przy(e, E.wariant, u, sprawdzWariant);
  const wariantZastepczy = przy(e, E.wariantZastepczy, u, (k, m) => sprawdzWariantZastepczy(k, m, wariant));
  const wnioskowana = przy(e, E.wnioskowana, u, (k, m) => {
    const s = sprawdzWnioskowana(k, m, rozmiar?.wielkosc ?? null, 'wniosek', program);
    return { wartosc: s.wartosc?.wnioskowana ?? null, uwagi: s.uwagi };
  });
  // CS-10.1: applied to the running body by the deadline (late → ostrzeżenie, the body decides)
  const dataWniosku = przy(e, E.dataWniosku, u, (k, m) => {
    const s = data(k, m, E.dataWniosku);
    const termin = program.terminy.wniosekDyrektora;
    if (s.wartosc && porownajDaty(s.wartosc, termin) > 0)
      return dopisz(
        s,
        uwagaW(
          m,
          'ostrzeżenie',
          'CS-10.1',
          `Wniosek złożono ${dataIso(s.wartosc)}, po terminie ${dataIso(termin)} — decyzja należy do organu prowadzącego.`,
          `Applied on ${dataIso(s.wartosc)}, after the deadline ${dataIso(termin)} — the running body decides.`,
        ),
      );
    return s;
  });
  // CS-10.1: the teachers' council's opinion comes first
  const dataOpinii = przy(e, E.dataOpinii, u, (k, m) => {
    if (czyPusta(k))
      return {
        wartosc: null,
        uwagi: [
          uwagaW(
            m,
            'ostrzeżenie',
            'CS-10.1',
            'Brak daty opinii rady pedagogicznej — opinia nie została uzyskana.',
            "No date of the teachers' council opinion — the opinion has not been obtained.",
          ),
        ],
      };
    const s = data(k, m, E.dataOpinii);
    if (s.wartosc && dataWniosku && porownajDaty(s.wartosc, dataWniosku) > 0)
      return dopisz(
        s,
        uwagaW(
          m,
          'ostrzeżenie',
          'CS-10.1',
          `Opinia rady pedagogicznej (${dataIso(s.wartosc)}) jest późniejsza niż data wniosku (${dataIso(dataWniosku)}).`,
          `The teachers' council opinion (${dataIso(s.wartosc)}) is later than the application (${dataIso(dataWniosku)}).`,
        ),
      );
    return s;
  });
  return {
    dane: {
      nazwaSzkoly,
      adres,
      telefon,
      email,
      regon,
      regonCyfry,
      typSzkoly,
      polozenie,
      uczniowie: rozmiar?.uczniowie ?? null,
      wielkosc: rozmiar?.wielkosc ?? null,
      limit: rozmiar?.limit ?? null,
      prognozaUczniowIVVI,
      prognozaUczniowIV,
      liczbaUczniowWOddziale: oddzial ?? program.domyslnaLiczbaUczniowWOddziale,
      nauczyciele,
      nauczycieleTik,
      platforma,
      epodreczniki,
      dziennik,
      sposobyWykorzystania,
      wariant,
      wariantZastepczy,
      wnioskowana,
      dataWniosku,
      dataOpinii,
    },
    uwagi: u,
  };
}
