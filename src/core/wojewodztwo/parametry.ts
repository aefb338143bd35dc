/** WB-2 `Parametry` of the voivodeship workbook → typed parameters + findings (WB-5.3, CS-9.2, CS-12.1, CS-15.1). */
import type { ArkuszSnapshot } from '../zeszyt/model';
import type { DataKalendarzowa, Program } from '../program/definicja';
import { WOJEWODZTWA } from '../program/definicja';
import type { LosowanieReczne, PodzialWielkosci } from '../kwalifikacja/typy';
import type { Grosze } from '../kwota';
import { kwotaPl } from '../kwota';
import { czytajEtykiety, type WartoscEtykiety } from '../zeszyt/czytnik';
import {
  czyPusta,
  odczytajDate,
  odczytajKwote,
  odczytajLiczbeCalkowita,
  odczytajProcentSetne,
  odczytajSlownik,
  odczytajTekst,
  odczytajZiarno,
} from '../komorki/odczyt';
import { Slownik } from '../tekst/normalizuj';
import { uwaga, type Uwaga } from '../uwagi';
import { dataIso, porownajDaty } from '../komorki/daty';
import { ETYKIETY_PARAMETROW } from './etykiety';
import { dziesietny } from '../rational';

export const ARKUSZ_PARAMETRY = 'Parametry';
export { ETYKIETY_PARAMETROW };

export const PODZIAL = new Slownik<PodzialWielkosci>([
  'wg wnioskowanych kwot',
  'wg liczby szkół i limitów (§9)',
  'bez podziału',
]);
/** P4 (CS-Z3.1): how a manual order was drawn; empty = the first */
export const LOSOWANIE_RECZNE = new Slownik<LosowanieReczne>(['jedna lista', 'w koszykach']);
export const WOJEWODZTWO = new Slownik<string>(WOJEWODZTWA.map((w) => w.nazwa));

export interface Parametry {
  wojewodztwo: string | null;
  teryt: string | null;
  kwota: Grosze | null;
  /** hundredths of a percent, null = default rule */
  udzialSetne: number | null;
  podzial: PodzialWielkosci;
  podzialDomyslny: boolean;
  sio: { mała: number; średnia: number; duża: number } | null;
  /** WB-1.8 seed, whenever the cell is non-empty (used or not) */
  ziarno: string | null;
  adresZiarna: string | null;
  /** P4 `Losowanie ręczne` (CS-Z3.1) */
  losowanieReczne: LosowanieReczne;
  losowanieDomyslne: boolean;
  data: DataKalendarzowa | null;
  sklad: string[];
}

const E = ETYKIETY_PARAMETROW;

/** The key of a `Parametry` field (WB-2); findings on a field carry it as `Uwaga.pole`. */
export type PoleParametrow = keyof typeof ETYKIETY_PARAMETROW;

export function czytajParametry(arkusz: ArkuszSnapshot, program: Program): { parametry: Parametry; uwagi: Uwaga[] } {
  const et = czytajEtykiety(
    arkusz,
    [
      { etykieta: E.wojewodztwo, pole: 'wojewodztwo', wymagana: true },
      { etykieta: E.kwota, pole: 'kwota', wymagana: true },
      { etykieta: E.udzial, pole: 'udzial', wymagana: false },
      { etykieta: E.podzial, pole: 'podzial', wymagana: false },
      { etykieta: E.sioMale, pole: 'sioMale', wymagana: false },
      { etykieta: E.sioSrednie, pole: 'sioSrednie', wymagana: false },
      { etykieta: E.sioDuze, pole: 'sioDuze', wymagana: false },
      { etykieta: E.ziarno, pole: 'ziarno', wymagana: false },
      { etykieta: E.losowanie, pole: 'losowanie', wymagana: false },
      { etykieta: E.data, pole: 'data', wymagana: true, blokujaca: false },
      { etykieta: E.sklad, pole: 'sklad', wymagana: true, blokujaca: false },
    ],
    'WB-1.1',
  );
  const uwagi = [...et.uwagi];
  const nazwa = arkusz.nazwa;
  const blad = (pole: PoleParametrow, w: WartoscEtykiety, regula: string, pl: string, en: string, blokujaca = true) =>
    uwagi.push(uwaga(nazwa, w.adres, 'błąd', regula, pl, en, { blokujaca, pole }));
  const p: Parametry = {
    wojewodztwo: null,
    teryt: null,
    kwota: null,
    udzialSetne: null,
    podzial: 'wg wnioskowanych kwot',
    podzialDomyslny: true,
    sio: null,
    ziarno: null,
    adresZiarna: null,
    losowanieReczne: 'jedna lista',
    losowanieDomyslne: true,
    data: null,
    sklad: [],
  };

  const woj = et.wartosci.get(E.wojewodztwo);
  if (woj) {
    const o = odczytajSlownik(woj.komorka, WOJEWODZTWO);
    if (o.ok) {
      p.wojewodztwo = o.v;
      p.teryt = WOJEWODZTWA.find((w) => w.nazwa === o.v)!.teryt;
    } else
      blad(
        'wojewodztwo',
        woj,
        'WB-5.3',
        `Województwo: ${o.pl} (jedna z 16 nazw małymi literami).`,
        `Voivodeship: ${o.en} (one of the 16 lowercase names).`,
      );
  }

  const kw = et.wartosci.get(E.kwota);
  if (kw) {
    const o = odczytajKwote(kw.komorka);
    if (!o.ok) blad('kwota', kw, 'WB-1.4', `Kwota środków: ${o.pl}.`, `Allocation: ${o.en}.`);
    else if (o.v < 100)
      blad(
        'kwota',
        kw,
        'WB-5.3',
        `Kwota środków musi wynosić co najmniej 1,00 zł (jest ${kwotaPl(o.v)}).`,
        `The allocation must be at least 1.00 zł (it is ${kwotaPl(o.v)}).`,
      );
    else p.kwota = o.v;
  }

  const ud = et.wartosci.get(E.udzial);
  if (ud && !czyPusta(ud.komorka)) {
    const o = odczytajProcentSetne(ud.komorka);
    const { min, max } = program.udzialWariantu;
    if (!o.ok) blad('udzial', ud, 'WB-1.5', `Udział wariantu I: ${o.pl}.`, `Share of variant I: ${o.en}.`);
    else if (o.v < min * 100 || o.v > max * 100)
      blad(
        'udzial',
        ud,
        'CS-9.2',
        `Udział wariantu I musi mieścić się w przedziale ${min}–${max} % (odczytano ${procent(o.v)} %).`,
        `The share of variant I must be within ${min}–${max} % (read ${procent(o.v)} %).`,
      );
    else p.udzialSetne = o.v;
  }

  const pd = et.wartosci.get(E.podzial);
  if (pd && !czyPusta(pd.komorka)) {
    const o = odczytajSlownik(pd.komorka, PODZIAL);
    if (o.ok) {
      p.podzial = o.v;
      p.podzialDomyslny = false;
    } else blad('podzial', pd, 'WB-5.3', `Podział kwoty wariantu: ${o.pl}.`, `Size split basis: ${o.en}.`);
  }

  if (p.podzial === 'wg liczby szkół i limitów (§9)') p.sio = czytajSio(et.wartosci, nazwa, uwagi);

  const zi = et.wartosci.get(E.ziarno);
  if (zi) {
    const o = odczytajZiarno(zi.komorka);
    p.adresZiarna = zi.adres;
    if (o.ok) p.ziarno = o.v;
    else if (!o.pusta) blad('ziarno', zi, 'WB-1.8', `Ziarno losowania: ${o.pl}.`, `Draw seed: ${o.en}.`);
  }

  const lr = et.wartosci.get(E.losowanie);
  if (lr && !czyPusta(lr.komorka)) {
    const o = odczytajSlownik(lr.komorka, LOSOWANIE_RECZNE);
    if (o.ok) {
      p.losowanieReczne = o.v;
      p.losowanieDomyslne = false;
    } else blad('losowanie', lr, 'WB-5.3', `Losowanie ręczne: ${o.pl}.`, `Manual draw: ${o.en}.`);
  }

  const dt = et.wartosci.get(E.data);
  if (dt) {
    const o = odczytajDate(dt.komorka);
    if (o.ok) {
      p.data = o.v;
      const termin = program.terminy.informacjaDlaMinistra;
      if (porownajDaty(o.v, termin) > 0)
        uwagi.push(
          uwaga(
            nazwa,
            dt.adres,
            'ostrzeżenie',
            'CS-15.1',
            `Posiedzenie ${dataIso(o.v)} jest po terminie przekazania informacji ministrowi (${dataIso(termin)}).`,
            `The meeting on ${dataIso(o.v)} is after the deadline for informing the minister (${dataIso(termin)}).`,
            { pole: 'data' },
          ),
        );
    } else
      blad(
        'data',
        dt,
        'WB-5.3',
        `Data posiedzenia zespołu: ${o.pl} (błąd nieblokujący — uzupełnij przed podpisaniem protokołu).`,
        `Team meeting date: ${o.en} (non-blocking — fill it in before signing).`,
        false,
      );
  }

  const sk = et.wartosci.get(E.sklad);
  if (sk) {
    const o = odczytajTekst(sk.komorka);
    p.sklad = o.ok
      ? [
          ...new Set(
            o.v
              .split(';')
              .map((s) => s.trim())
              .filter((s) => s !== ''),
          ),
        ]
      : [];
  }
  if (p.sklad.length < program.minimalnySkladZespolu)
    uwagi.push(
      uwaga(
        nazwa,
        sk?.adres ?? null,
        'błąd',
        'CS-12.1',
        `Zespół ma ${p.sklad.length} członków; wymaganych jest co najmniej ${program.minimalnySkladZespolu} (błąd nieblokujący — popraw skład zespołu).`,
        `The team has ${p.sklad.length} members; at least ${program.minimalnySkladZespolu} are required (non-blocking).`,
        { pole: 'sklad' },
      ),
    );
  return { parametry: p, uwagi };
}

function czytajSio(wartosci: Map<string, WartoscEtykiety>, nazwa: string, uwagi: Uwaga[]): Parametry['sio'] {
  const wynik: Record<string, number> = {};
  const pola: Array<[PoleParametrow, 'mała' | 'średnia' | 'duża']> = [
    ['sioMale', 'mała'],
    ['sioSrednie', 'średnia'],
    ['sioDuze', 'duża'],
  ];
  let ok = true;
  for (const [pole, w] of pola) {
    const etykieta = E[pole];
    const v = wartosci.get(etykieta);
    const o = v ? odczytajLiczbeCalkowita(v.komorka) : null;
    if (o && o.ok && o.v >= 0) wynik[w] = o.v;
    else {
      ok = false;
      const pl = o ? (o.ok ? 'liczba ujemna' : o.pl) : 'brak etykiety';
      const en = o ? (o.ok ? 'negative number' : o.en) : 'label missing';
      uwagi.push(
        uwaga(
          nazwa,
          v?.adres ?? null,
          'błąd',
          'WB-5.3',
          `„${etykieta}” jest wymagana przy podziale wg liczby szkół (§9): ${pl}.`,
          `"${etykieta}" is required with the §9 basis: ${en}.`,
          { blokujaca: true, pole },
        ),
      );
    }
  }
  return ok ? { mała: wynik['mała'], średnia: wynik['średnia'], duża: wynik['duża'] } : null;
}

/** 6908 → "69,08" */
export function procent(setne: number): string {
  return dziesietny(BigInt(setne), 2, ',');
}
