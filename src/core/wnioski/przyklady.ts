/**
 * Realistic filled examples (for examples/): a director's application with its Annex 2 coverage, and a
 * running body's application with four schools and their matching directors' applications. Valid data:
 * validating them gives no `błąd` (tests check it).
 */
import type { ArkuszSnapshot, ZapisArkusza, ZapisKomorki, ZeszytSnapshot } from '../zeszyt/model';
import { data, liczba, tekst, zl } from '../zeszyt/formaty';
import { cyfraKontrolnaRegon } from '../identyfikatory';
import { CYFROWA_SZKOLA_2012, type Program } from '../program/definicja';
import { zZlotych, type Grosze } from '../kwota';
import type { Wariant, WariantZastepczy, Wielkosc } from '../kwalifikacja/typy';
import { ARKUSZ_WNIOSKU_ORGANU, E, O } from './schemat';
import {
  arkuszEtykietZWartosciami,
  arkuszeWnioskuDyrektora,
  arkuszFunkcjonalnosci,
  arkuszKataloguPomocy,
} from './szablony';
import { ETYKIETY_SZABLONU_ORGANU } from './kolumnySzablonow';
import { walidujWnioskiDyrektorow } from './wniosekDyrektora';
import { arkuszPokrycia } from './arkuszPokrycia';
import { arkuszSzkolZWnioskowDyrektorow } from './arkuszeOrganu';
import type { Polozenie, TypSzkoly } from './slowniki';

interface SzkolaPrzykladu {
  nazwa: string;
  adres: string;
  telefon: string;
  email: string;
  /** first 8 digits; the check digit is computed */
  regon8: string;
  typ: TypSzkoly;
  polozenie: Polozenie;
  uczniowie: number;
  wielkosc: Wielkosc;
  prognozaIVVI: number;
  prognozaIV: number;
  oddzial: number;
  nauczyciele: number;
  tik: number;
  wariant: Wariant;
  zastepczy: WariantZastepczy;
  /** requested support and own contribution, whole złoty */
  wsparcieZl: number;
  wkladZl: number;
  dataWniosku: string;
  dataOpinii: string;
  wyposazenie: Array<[number | null, string, number, 'TAK' | 'NIE']>;
}

const SALE: Record<Wielkosc, number> = { mała: 1, średnia: 2, duża: 3 };

type Linia = [number, string, number, Grosze, string, string | null, 'TAK' | 'NIE'];

/** Cost lines covering Annex 2 for the size and variant, summing exactly to the request and contribution. */
function liniePrzykladu(s: SzkolaPrzykladu): Linia[] {
  const c = SALE[s.wielkosc];
  const wsparcie: Linia[] = [
    [
      1,
      'komputer przenośny dla ucznia',
      s.wariant === 'I' ? c * s.oddzial : s.prognozaIV,
      zZlotych(2000),
      'wsparcie',
      null,
      'NIE',
    ],
    [2, 'komputer przenośny dla nauczyciela', c, zZlotych(3000), 'wsparcie', null, 'NIE'],
    [7, 'tablica interaktywna', c, zZlotych(7000), 'wsparcie', null, 'NIE'],
    [8, 'projektor krótkoogniskowy', c, zZlotych(3500), 'wsparcie', null, 'NIE'],
    [4, 'bezprzewodowy punkt dostępowy', c, zZlotych(1000), 'wsparcie', null, 'NIE'],
    [14, 'urządzenie wielofunkcyjne (drukarka + skaner)', 1, zZlotych(2500), 'wsparcie', null, 'NIE'],
  ];
  const reszta = zZlotych(s.wsparcieZl) - wsparcie.reduce((a, l) => a + l[2] * l[3], 0);
  if (reszta < 0) throw new Error(`example ${s.nazwa}: request too small for its lines`);
  const cenaTabletu = zZlotych(1500);
  const tablety = reszta > zZlotych(4000) ? Math.trunc((reszta - zZlotych(4000)) / cenaTabletu) : 0;
  if (tablety > 0) wsparcie.push([17, 'tablet do zajęć', tablety, cenaTabletu, 'wsparcie', null, 'NIE']);
  const szafka = reszta - tablety * cenaTabletu;
  if (szafka > 0)
    wsparcie.push([3, 'wózek do przechowywania i ładowania komputerów', 1, szafka, 'wsparcie', null, 'NIE']);
  return [
    ...wsparcie,
    [15, 'serwer szkolny', 1, zZlotych(s.wkladZl - 2000), 'wkład własny', null, 'TAK'],
    [
      12,
      'drukarka laserowa (zakupiona w 2012 r.)',
      1,
      zZlotych(2000),
      'wkład własny poniesiony od 1.01.2012',
      '2012-02-15',
      'NIE',
    ],
  ];
}

function arkuszeSzkoly(s: SzkolaPrzykladu, przyrostek: string, program: Program): ZapisArkusza[] {
  const regon = `${s.regon8}${cyfraKontrolnaRegon(s.regon8)}`;
  const etykiety: Record<string, ZapisKomorki> = {
    [E.nazwa]: tekst(s.nazwa),
    [E.adres]: tekst(s.adres),
    [E.telefon]: tekst(s.telefon),
    [E.email]: tekst(s.email),
    [E.regon]: tekst(regon),
    [E.typ]: tekst(s.typ),
    [E.polozenie]: tekst(s.polozenie),
    [E.uczniowie]: liczba(s.uczniowie),
    [E.prognozaIVVI]: liczba(s.prognozaIVVI),
    [E.prognozaIV]: liczba(s.prognozaIV),
    [E.oddzial]: liczba(s.oddzial),
    [E.nauczyciele]: liczba(s.nauczyciele),
    [E.nauczycieleTik]: liczba(s.tik),
    [E.platforma]: tekst('planowana'),
    [E.epodreczniki]: tekst('używana'),
    [E.dziennik]: tekst('planowana'),
    [E.sposoby]: tekst(
      'Lekcje z wykorzystaniem tablic interaktywnych i komputerów uczniów, praca projektowa w grupach, e-zasoby na platformie szkolnej, sieć współpracy szkół.',
    ),
    [E.wariant]: tekst(s.wariant),
    [E.wariantZastepczy]: tekst(s.zastepczy),
    [E.wnioskowana]: zl(zZlotych(s.wsparcieZl)),
    [E.dataWniosku]: data(s.dataWniosku),
    [E.dataOpinii]: data(s.dataOpinii),
  };
  const kalkulacja = liniePrzykladu(s).map(([pkt, nazwa, n, cena, zrodlo, dz, inw], i) => [
    liczba(i + 1),
    liczba(pkt),
    tekst(nazwa),
    liczba(n),
    zl(cena),
    zl(n * cena),
    tekst(zrodlo),
    dz ? data(dz) : null,
    tekst(inw),
  ]);
  const wyposazenie = s.wyposazenie.map(([pkt, nazwa, n, w], i) => [
    liczba(i + 1),
    liczba(pkt),
    tekst(nazwa),
    liczba(n),
    tekst(w),
  ]);
  return arkuszeWnioskuDyrektora({ przyrostek, etykiety, kalkulacja, wyposazenie }, program);
}

/** What a host would read back from written sheets (numbers, text, booleans). */
function doOdczytu(arkusze: readonly ZapisArkusza[]): ZeszytSnapshot {
  return {
    arkusze: arkusze.map((a): ArkuszSnapshot => ({
      nazwa: a.nazwa,
      wiersze: a.wiersze.map((w) =>
        w.map((k) =>
          k === null
            ? null
            : typeof k.v === 'number'
              ? { t: 'n' as const, v: k.v, fmt: k.fmt }
              : typeof k.v === 'string'
                ? { t: 's' as const, v: k.v }
                : { t: 'b' as const, v: k.v },
        ),
      ),
    })),
  };
}

const SP1: SzkolaPrzykladu = {
  nazwa: 'Szkoła Podstawowa nr 1 im. Marii Konopnickiej w Przykładowie',
  adres: 'ul. Szkolna 5, 05-555 Przykładowo',
  telefon: '22 721 10 01',
  email: 'sekretariat@sp1.przykladowo.edu.pl',
  regon8: '14052011',
  typ: 'szkoła podstawowa',
  polozenie: 'miasto do 5 tys.',
  uczniowie: 85,
  wielkosc: 'mała',
  prognozaIVVI: 44,
  prognozaIV: 15,
  oddzial: 22,
  nauczyciele: 9,
  tik: 6,
  wariant: 'I',
  zastepczy: 'II',
  wsparcieZl: 90_000,
  wkladZl: 22_500,
  dataWniosku: '2012-04-16',
  dataOpinii: '2012-04-12',
  wyposazenie: [
    [7, 'tablica interaktywna (zakup 2010 r.)', 1, 'TAK'],
    [null, 'komputery stacjonarne w pracowni informatycznej', 12, 'NIE'],
    [12, 'drukarka atramentowa (zużyta)', 1, 'NIE'],
  ],
};

const SZKOLY_GMINY: SzkolaPrzykladu[] = [
  SP1,
  {
    ...SP1,
    nazwa: 'Szkoła Podstawowa nr 2 w Przykładowie',
    adres: 'ul. Polna 12, 05-555 Przykładowo',
    telefon: '22 721 10 02',
    email: 'sp2@przykladowo.edu.pl',
    regon8: '14052012',
    polozenie: 'miasto do 5 tys.',
    uczniowie: 240,
    wielkosc: 'średnia',
    prognozaIVVI: 120,
    prognozaIV: 42,
    oddzial: 24,
    nauczyciele: 16,
    tik: 10,
    wariant: 'II',
    zastepczy: 'odstąpienie',
    wsparcieZl: 120_000,
    wkladZl: 30_000,
    dataWniosku: '2012-04-17',
    dataOpinii: '2012-04-11',
    wyposazenie: [[null, 'komputery stacjonarne w pracowni informatycznej', 15, 'NIE']],
  },
  {
    ...SP1,
    nazwa: 'Zespół Szkolno-Przedszkolny — Szkoła Podstawowa w Wólce Przykładowej',
    adres: 'Wólka Przykładowa 1, 05-556 Przykładowo',
    telefon: '22 721 20 00',
    email: 'sp.wolka@przykladowo.edu.pl',
    regon8: '14052013',
    polozenie: 'wieś',
    uczniowie: 420,
    wielkosc: 'duża',
    prognozaIVVI: 210,
    prognozaIV: 70,
    oddzial: 25,
    nauczyciele: 24,
    tik: 12,
    wariant: 'I',
    zastepczy: 'II',
    wsparcieZl: 200_000,
    wkladZl: 50_000,
    dataWniosku: '2012-04-13',
    dataOpinii: '2012-04-10',
    wyposazenie: [],
  },
  {
    ...SP1,
    nazwa: 'Ogólnokształcąca Szkoła Muzyczna I stopnia w Przykładowie',
    adres: 'ul. Chopina 3, 05-555 Przykładowo',
    telefon: '22 721 30 00',
    email: 'osm@przykladowo.edu.pl',
    regon8: '14052014',
    typ: 'ogólnokształcąca szkoła muzyczna I stopnia',
    polozenie: 'miasto do 5 tys.',
    uczniowie: 60,
    wielkosc: 'mała',
    prognozaIVVI: 30,
    prognozaIV: 10,
    oddzial: 12,
    nauczyciele: 7,
    tik: 4,
    wariant: 'II',
    zastepczy: 'I',
    wsparcieZl: 60_000,
    wkladZl: 15_000,
    dataWniosku: '2012-04-18',
    dataOpinii: '2012-04-16',
    wyposazenie: [[13, 'skaner', 1, 'TAK']],
  },
];

/** A filled director's application with catalogues and its computed Annex 2 coverage sheet. */
export function przykladWnioskuDyrektora(program: Program = CYFROWA_SZKOLA_2012): ZapisArkusza[] {
  const arkusze = [...arkuszeSzkoly(SP1, '', program), arkuszKataloguPomocy(program), arkuszFunkcjonalnosci(program)];
  const { wnioski } = walidujWnioskiDyrektorow(doOdczytu(arkusze), { program });
  return [...arkusze, arkuszPokrycia(wnioski[0])];
}

/** A running body (Gmina Przykładowo) with four schools and the matching directors' applications. */
export function przykladWnioskuOrganu(program: Program = CYFROWA_SZKOLA_2012): ZapisArkusza[] {
  const dyrektorzy = SZKOLY_GMINY.flatMap((s, i) => arkuszeSzkoly(s, i === 0 ? '' : ` (${i + 1})`, program));
  const katalogi = [arkuszKataloguPomocy(program), arkuszFunkcjonalnosci(program)];
  const { wnioski } = walidujWnioskiDyrektorow(doOdczytu([...dyrektorzy, ...katalogi]), { program });
  const organ = arkuszEtykietZWartosciami(ARKUSZ_WNIOSKU_ORGANU, ETYKIETY_SZABLONU_ORGANU, {
    [O.organ]: tekst('Gmina Przykładowo'),
    [O.rodzaj]: tekst('gmina'),
    [O.teryt]: tekst('1412011'),
    [O.adres]: tekst('ul. Rynek 1, 05-555 Przykładowo'),
    [O.wojewodztwo]: tekst('mazowieckie'),
    [O.data]: data('2012-04-27'),
  });
  return [organ, arkuszSzkolZWnioskowDyrektorow(wnioski), ...dyrektorzy, ...katalogi];
}
