/**
 * CS-R.1 tasks of §7 ust. 1 (CS-7.1) evaluated from a school report: required vs achieved per size
 * (CS-5.1), `brak danych` when a needed value is missing; W1 (§8 ust. 2) for variant II only.
 */
import type { Wielkosc } from '../kwalifikacja/typy';
import type { Wariant } from '../kwalifikacja/typy';
import { ceilDiv } from '../kwota';
import { dziesietny } from '../rational';

export type Spelnione = 'TAK' | 'NIE' | 'brak danych';

/** The values the tasks need; null = missing or unreadable. `godziny` in hundredths of an hour. */
export interface WartosciZadan {
  nauczyciele: number | null;
  ekoordWyznaczony: 'TAK' | 'NIE' | null;
  ekoordPrzeszkolony: 'TAK' | 'NIE' | null;
  wsparcie: 'TAK' | 'NIE' | null;
  przeszkoleni: number | null;
  wSieciach: number | null;
  spotkania: number | null;
  lekcje: number | null;
  scenariusze: number | null;
  projekty: number | null;
  godziny: number | null;
  wypozyczone: number | null;
  zasady: 'TAK' | 'NIE' | null;
}

export interface OcenaZadania {
  /** `Z1` … `Z9`, `W1` */
  id: string;
  regula: string;
  opis: string;
  /** as text (`"2"`, `"6.5"`, `"TAK"`), null = brak danych */
  wymagane: string | null;
  osiagniete: string | null;
  spelnione: Spelnione;
}

export interface OcenaSzkoly {
  zadania: OcenaZadania[];
  /** tasks Z1…Z9 met (`brak danych` counts as not met) */
  spelnione: number;
  liczbaZadan: number;
  /** W1, variant II only */
  wypozyczanie: OcenaZadania | null;
}

const PROGI_ILOSCI: Record<'lekcje' | 'scenariusze' | 'projekty' | 'godziny', Record<Wielkosc, number>> = {
  lekcje: { mała: 2, średnia: 4, duża: 6 },
  scenariusze: { mała: 3, średnia: 6, duża: 9 },
  projekty: { mała: 2, średnia: 4, duża: 6 },
  godziny: { mała: 3, średnia: 6, duża: 9 },
};

function porownanie(
  id: string,
  opis: string,
  wymagane: number | null,
  osiagniete: number | null,
  tekst: (n: number) => string = String,
): OcenaZadania {
  const spelnione: Spelnione =
    wymagane === null || osiagniete === null ? 'brak danych' : osiagniete >= wymagane ? 'TAK' : 'NIE';
  return {
    id,
    regula: `CS-R.1-${id}`,
    opis,
    wymagane: wymagane === null ? null : tekst(wymagane),
    osiagniete: osiagniete === null ? null : tekst(osiagniete),
    spelnione,
  };
}

function takNieZadanie(id: string, opis: string, wartosci: Array<'TAK' | 'NIE' | null>): OcenaZadania {
  const brak = wartosci.some((v) => v === null);
  const tak = wartosci.every((v) => v === 'TAK');
  return {
    id,
    regula: `CS-R.1-${id}`,
    opis,
    wymagane: 'TAK',
    osiagniete: brak ? null : tak ? 'TAK' : 'NIE',
    spelnione: brak ? 'brak danych' : tak ? 'TAK' : 'NIE',
  };
}

/** ceil(T · p / 100) head-counts (CS-7.1: 7 teachers → 2 and 4). */
const czescNauczycieli = (t: number | null, procent: number): number | null =>
  t === null ? null : ceilDiv(t * procent, 100);

/** hundredths → `"6.5"` (trailing zeros dropped). */
const godzinyTekst = (setne: number): string => dziesietny(BigInt(setne), 2).replace(/\.?0+$/, '');

export function ocenZadania(w: WartosciZadan, wielkosc: Wielkosc, wariant: Wariant): OcenaSzkoly {
  const T = w.nauczyciele;
  const zadania: OcenaZadania[] = [
    takNieZadanie('Z1', 'e-koordynator wyznaczony i przeszkolony (§7 ust. 1 pkt 1–2)', [
      w.ekoordWyznaczony,
      w.ekoordPrzeszkolony,
    ]),
    takNieZadanie('Z2', 'nauczyciele korzystają ze wsparcia e-koordynatora (pkt 3)', [w.wsparcie]),
    porownanie('Z3', 'szkolenia nauczycieli z TIK, ≥ 20 % (pkt 4)', czescNauczycieli(T, 20), w.przeszkoleni),
    porownanie('Z4', 'udział w sieciach współpracy, ≥ 50 % (pkt 5)', czescNauczycieli(T, 50), w.wSieciach),
    porownanie('Z5', 'co najmniej 4 spotkania sieci (pkt 5a)', czescNauczycieli(T, 50), w.spotkania),
    porownanie('Z6', 'lekcje otwarte (pkt 5b)', PROGI_ILOSCI.lekcje[wielkosc], w.lekcje),
    porownanie('Z7', 'scenariusze i dobre praktyki (pkt 5c)', PROGI_ILOSCI.scenariusze[wielkosc], w.scenariusze),
    porownanie('Z8', 'projekty edukacyjne (pkt 5d)', PROGI_ILOSCI.projekty[wielkosc], w.projekty),
    porownanie(
      'Z9',
      wariant === 'I' ? 'godziny z TIK tygodniowo, klasy IV–VI (pkt 6)' : 'godziny z TIK tygodniowo, klasa IV (pkt 6)',
      PROGI_ILOSCI.godziny[wielkosc] * 100,
      w.godziny,
      godzinyTekst,
    ),
  ];
  let wypozyczanie: OcenaZadania | null = null;
  if (wariant === 'II') {
    const brak = w.wypozyczone === null || w.zasady === null;
    const tak = !brak && w.wypozyczone! >= 1 && w.zasady === 'TAK';
    wypozyczanie = {
      id: 'W1',
      regula: 'CS-R.1-W1',
      opis: 'wypożyczanie komputerów uczniom klasy IV (§8 ust. 2)',
      wymagane: '≥ 1 uczeń, zasady TAK',
      osiagniete: brak ? null : `${w.wypozyczone} uczniów, zasady ${w.zasady}`,
      spelnione: brak ? 'brak danych' : tak ? 'TAK' : 'NIE',
    };
  }
  return { zadania, spelnione: zadania.filter((z) => z.spelnione === 'TAK').length, liczbaZadan: 9, wypozyczanie };
}
