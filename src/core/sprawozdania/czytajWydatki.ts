/**
 * CS-R.2a `Wydatki`: a line is counted unless it has a `błąd` — a required cell missing or unreadable,
 * `Wartość` ≠ `Liczba × Cena` to the grosz, a point not in the catalogue (CS-A1), a REGON not in
 * `Dotacje`, a `dotacja` line dated outside 2012-01-01 … the CS-16.1 deadline, a `wkład własny` line
 * dated before 2012-01-01 (CS-4.2). Every uncounted line is listed with its reasons.
 */
import type { ArkuszSnapshot } from '../zeszyt/model';
import { adresPola, czytajTabele, pole, type Tabela, type WierszTabeli } from '../zeszyt/czytnik';
import {
  odczytajDate,
  odczytajIdentyfikator,
  odczytajKwote,
  odczytajLiczbeCalkowita,
  odczytajSlownik,
  odczytajTekst,
  type Odczyt,
} from '../komorki/odczyt';
import { dataIso, porownajDaty } from '../komorki/daty';
import { uwaga, type Uwaga } from '../uwagi';
import { kwotaPl, kwotaEn, type Grosze } from '../kwota';
import type { DataKalendarzowa, Program } from '../program/definicja';
import { Slownik } from '../tekst/normalizuj';
import { czytajTakNie } from './pola';
import { KW, ZRODLA, type ZrodloWydatku } from './schemat';
import { dolacz } from '../tablice/dolacz';

export interface LiniaWydatku {
  /** 1-based Excel row */
  wiersz: number;
  regon: string;
  pkt: number;
  liczba: number;
  wartosc: Grosze;
  zrodlo: ZrodloWydatku;
  inwestycja: boolean;
  data: DataKalendarzowa;
}

export interface LiniaNieuwzgledniona {
  wiersz: number;
  regon: string | null;
  wartosc: Grosze | null;
  zrodlo: ZrodloWydatku | null;
  data: DataKalendarzowa | null;
  powody: Array<{ regula: string; pl: string; en: string }>;
}

export interface OdczytWydatkow {
  uwzglednione: LiniaWydatku[];
  nieuwzglednione: LiniaNieuwzgledniona[];
  odmowa: Uwaga | null;
}

const ZRODLO = new Slownik<ZrodloWydatku>([...ZRODLA], [['wklad wlasny', 'wkład własny']]);
const WYMAGANE = [KW.regon, KW.pkt, KW.pomoc, KW.liczba, KW.cena, KW.wartosc, KW.zrodlo, KW.inwestycja, KW.data];

export function czytajWydatki(
  a: ArkuszSnapshot,
  regony: ReadonlySet<string>,
  punkty: ReadonlySet<number>,
  program: Program,
  uwagi: Uwaga[],
): OdczytWydatkow {
  const t = czytajTabele(a, [
    ...WYMAGANE.map((naglowek) => ({ naglowek, wymagana: true })),
    { naglowek: KW.dokument, wymagana: false },
  ]);
  if (t.odmowa) return { uwzglednione: [], nieuwzglednione: [], odmowa: t.odmowa };
  dolacz(uwagi, t.uwagi);
  const wynik: OdczytWydatkow = { uwzglednione: [], nieuwzglednione: [], odmowa: null };
  for (const w of t.wiersze) linia(t, w, regony, punkty, program, uwagi, wynik);
  return wynik;
}

function linia(
  t: Tabela,
  w: WierszTabeli,
  regony: ReadonlySet<string>,
  punkty: ReadonlySet<number>,
  program: Program,
  uwagi: Uwaga[],
  wynik: OdczytWydatkow,
): void {
  const powody: LiniaNieuwzgledniona['powody'] = [];
  const blad = (h: string, regula: string, pl: string, en: string) => {
    powody.push({ regula, pl: `${h}: ${pl}`, en: `${h}: ${en}` });
    uwagi.push(
      uwaga(
        t.arkusz,
        adresPola(t, w, h),
        'błąd',
        regula,
        `${h}: ${pl}; wydatek nieuwzględniony.`,
        `${h}: ${en}; line not counted.`,
        {
          wiersz: w.wiersz0 + 1,
        },
      ),
    );
  };
  const czytaj = <T>(h: string, r: Odczyt<T>): T | null => {
    if (r.ok) return r.v;
    blad(h, 'CS-R.2a', r.pl, r.en);
    return null;
  };
  const regon = czytaj(KW.regon, odczytajIdentyfikator(pole(t, w, KW.regon), 'REGON'));
  const pkt = czytaj(KW.pkt, odczytajLiczbeCalkowita(pole(t, w, KW.pkt)));
  czytaj(KW.pomoc, odczytajTekst(pole(t, w, KW.pomoc)));
  const liczba = czytaj(KW.liczba, dodatnia(odczytajLiczbeCalkowita(pole(t, w, KW.liczba))));
  const cena = czytaj(KW.cena, nieujemna(odczytajKwote(pole(t, w, KW.cena))));
  const wartosc = czytaj(KW.wartosc, nieujemna(odczytajKwote(pole(t, w, KW.wartosc))));
  const zrodlo = czytaj(KW.zrodlo, odczytajSlownik(pole(t, w, KW.zrodlo), ZRODLO));
  const inwestycja = czytaj(KW.inwestycja, czytajTakNie(pole(t, w, KW.inwestycja)));
  const data = czytaj(KW.data, odczytajDate(pole(t, w, KW.data)));

  if (liczba !== null && cena !== null && wartosc !== null && liczba * cena !== wartosc)
    blad(
      KW.wartosc,
      'CS-R.2a',
      `${kwotaPl(wartosc)} ≠ ${liczba} × ${kwotaPl(cena)} = ${kwotaPl(liczba * cena)}`,
      `${kwotaEn(wartosc)} ≠ ${liczba} × ${kwotaEn(cena)} = ${kwotaEn(liczba * cena)}`,
    );
  if (pkt !== null && !punkty.has(pkt))
    blad(KW.pkt, 'CS-A1', `punkt ${pkt} nie należy do katalogu pomocy`, `point ${pkt} is not in the catalogue of aids`);
  if (regon !== null && !regony.has(regon))
    blad(
      KW.regon,
      'CS-R.2a',
      `szkoły ${regon} nie ma w arkuszu „Dotacje”`,
      `school ${regon} is not in the "Dotacje" sheet`,
    );
  if (data !== null && zrodlo !== null) {
    const od = program.wkladPoniesionyOd;
    const termin = program.terminy.wydatkowanieDotacji;
    if (porownajDaty(data, od) < 0)
      blad(KW.data, 'CS-4.2', `${dataIso(data)} — przed ${dataIso(od)}`, `${dataIso(data)} — before ${dataIso(od)}`);
    else if (zrodlo === 'dotacja' && porownajDaty(data, termin) > 0)
      blad(
        KW.data,
        'CS-16.1',
        `wydatek z dotacji z ${dataIso(data)} — po terminie wykorzystania dotacji ${dataIso(termin)}`,
        `grant spending dated ${dataIso(data)} — after the grant deadline ${dataIso(termin)}`,
      );
  }
  if (powody.length === 0)
    wynik.uwzglednione.push({
      wiersz: w.wiersz0 + 1,
      regon: regon!,
      pkt: pkt!,
      liczba: liczba!,
      wartosc: wartosc!,
      zrodlo: zrodlo!,
      inwestycja: inwestycja === 'TAK',
      data: data!,
    });
  else wynik.nieuwzglednione.push({ wiersz: w.wiersz0 + 1, regon, wartosc, zrodlo, data, powody });
}

function dodatnia(r: Odczyt<number>): Odczyt<number> {
  return r.ok && r.v < 1 ? { ok: false, pusta: false, pl: `${r.v} < 1`, en: `${r.v} < 1` } : r;
}
function nieujemna(r: Odczyt<Grosze>): Odczyt<Grosze> {
  return r.ok && r.v < 0 ? { ok: false, pusta: false, pl: 'kwota ujemna', en: 'negative amount' } : r;
}
