/**
 * Exercises of the trainer's workbook (issue 12): each one a `CS.*` custom function on S2's data, its
 * answer computed by the same core rules the functions use (CS-5.1, CS-5.2, CS-4.3, CS-Z3.1).
 */
import { kwotaDoKomorki } from '../kwota';
import { odczytajKwote } from '../komorki/odczyt';
import { limitWsparcia, minimalnyWklad, wielkoscSzkoly, wkladWystarczy } from '../program/reguly';
import { kluczLosowania } from '../kwalifikacja/losowanie';
import { S2, ZIARNO_S2 } from './daneS2';

export type FunkcjaCs =
  'WIELKOSC_SZKOLY' | 'LIMIT_WSPARCIA' | 'MIN_WKLAD_WLASNY' | 'CZY_WKLAD_WYSTARCZA' | 'KLUCZ_LOSOWANIA';

export interface Cwiczenie {
  tresc: string;
  funkcja: FunkcjaCs;
  /** the arguments as written into the exercise row (numbers in zł or pupils, texts) */
  argumenty: Array<number | string>;
  /** money arguments get the zł format */
  kwotowe: boolean[];
  odpowiedz: number | string | boolean;
  regula: string;
}

/** an exercise's zł argument read as the cell it is written into (WB-1.4: exact, at most 2 decimals) */
const zGroszy = (zl: number) => {
  const o = odczytajKwote({ t: 'n', v: zl });
  if (!o.ok) throw new Error(`WB-1.4: ${zl}`);
  return o.v;
};
const wielkosc = (n: number) => {
  const w = wielkoscSzkoly(n);
  if (!w) throw new Error(`CS-5.1: ${n}`);
  return w;
};

function rozmiar(n: number, tresc: string): Cwiczenie {
  return {
    tresc,
    funkcja: 'WIELKOSC_SZKOLY',
    argumenty: [n],
    kwotowe: [false],
    odpowiedz: wielkosc(n),
    regula: 'CS-5.1',
  };
}

function limit(n: number, tresc: string): Cwiczenie {
  const g = limitWsparcia(wielkosc(n));
  return {
    tresc,
    funkcja: 'LIMIT_WSPARCIA',
    argumenty: [n],
    kwotowe: [false],
    odpowiedz: kwotaDoKomorki(g),
    regula: 'CS-5.2',
  };
}

function minWklad(zl: number, tresc: string): Cwiczenie {
  return {
    tresc,
    funkcja: 'MIN_WKLAD_WLASNY',
    argumenty: [zl],
    kwotowe: [true],
    odpowiedz: kwotaDoKomorki(minimalnyWklad(zGroszy(zl))),
    regula: 'CS-4.3',
  };
}

function wystarcza(wsparcie: number, wklad: number, tresc: string): Cwiczenie {
  return {
    tresc,
    funkcja: 'CZY_WKLAD_WYSTARCZA',
    argumenty: [wsparcie, wklad],
    kwotowe: [true, true],
    odpowiedz: wkladWystarczy(zGroszy(wsparcie), zGroszy(wklad)),
    regula: 'CS-4.3',
  };
}

function klucz(regon: string, tresc: string): Cwiczenie {
  return {
    tresc,
    funkcja: 'KLUCZ_LOSOWANIA',
    argumenty: [ZIARNO_S2, regon],
    kwotowe: [false, false],
    odpowiedz: kluczLosowania(ZIARNO_S2, regon),
    regula: 'CS-Z3.1',
  };
}

const s2 = (regon: string) => S2.find((w) => w[0] === regon)!;

export function cwiczenia(): Cwiczenie[] {
  const [, u017] = s2('140000017');
  const [, u023] = s2('140000023');
  const [, u075, , , k075] = s2('140000075');
  const [, u046, , , k046] = s2('140000046');
  return [
    rozmiar(u017, `SP 140000017 ma ${u017} uczniów klas I–VI. Jaka to szkoła?`),
    rozmiar(100, 'Szkoła ma 100 uczniów klas I–VI. Jaka to szkoła? (granica przedziału)'),
    rozmiar(101, 'A szkoła ze 101 uczniami?'),
    rozmiar(u023, `SP 140000023 ma ${u023} uczniów. Jaka to szkoła?`),
    limit(u075, `SP 140000075 ma ${u075} uczniów. Jaki jest jej limit wsparcia (zł)?`),
    limit(u046, `SP 140000046 ma ${u046} uczniów. Jaki jest jej limit wsparcia (zł)?`),
    minWklad(k046, `SP 140000046 wnioskuje o ${k046} zł. Jaki jest najmniejszy wkład własny (zł)?`),
    minWklad(
      200000,
      `SP 140000075 wnioskowała o ${k075} zł, ale liczy się limit 200 000 zł. Jaki jest najmniejszy wkład własny od tej kwoty (zł)?`,
    ),
    minWklad(100000.01, 'Wsparcie 100 000,01 zł. Jaki jest najmniejszy wkład własny? (zaokrąglenie w górę do grosza)'),
    wystarcza(90000, 22499.99, 'Wsparcie 90 000 zł, wkład 22 499,99 zł. Czy wkład wystarcza?'),
    wystarcza(90000, 22500, 'Wsparcie 90 000 zł, wkład 22 500 zł. Czy wkład wystarcza?'),
    klucz('140000023', 'Klucz losowania SP 140000023 przy ziarnie z arkusza Parametry. Jak zaczyna się klucz?'),
    klucz('140000052', 'Klucz losowania SP 140000052. Porównaj z poprzednim: która szkoła będzie wcześniej?'),
  ];
}
