/**
 * `Parametry` ↔ the pane's fields. The pane's edits are checked exactly as cells typed as text would be:
 * they replace the value cells of a copy of the sheet, which the core's `czytajParametry` reads (WB-1, WB-5.3).
 * Saving converts each changed field to a typed cell (money as a zł number, dates as `RRRR-MM-DD` text).
 */
import {
  type ArkuszSnapshot,
  type Komorka,
  type Uwaga,
  czytajEtykiety,
  kwotaPl,
  dataIso,
  czyPusta,
  odczytajDate,
  odczytajKwote,
  odczytajLiczbeCalkowita,
  odczytajProcentSetne,
  odczytajZiarno,
  tekstKomorki,
  type Odczyt,
  ARKUSZ_PARAMETRY,
  czytajParametry,
  LOSOWANIE_RECZNE,
  PODZIAL,
  WOJEWODZTWO,
  type Parametry,
  FORMAT_ZL,
  CYFROWA_SZKOLA_2012,
} from '../../../../core';
import type { WartoscEtykiety } from '../../../office/operacje';
import { etykieta, POLA, PUSTE, type Pole, type Teksty } from './pola';

const tekst = (v: string): Komorka => (v.trim() === '' ? null : { t: 's', v });

function wartosciEtykiet(a: ArkuszSnapshot | undefined) {
  if (!a) return new Map<string, { komorka: Komorka; adres: string }>();
  return czytajEtykiety(
    a,
    POLA.map((p) => ({ etykieta: etykieta(p), wymagana: false })),
  ).wartosci;
}

export function procentTekst(setne: number): string {
  return setne % 100 === 0 ? String(setne / 100) : `${Math.trunc(setne / 100)},${String(setne % 100).padStart(2, '0')}`;
}

function wyswietl(p: Pole, k: Komorka): string {
  if (czyPusta(k)) return '';
  const z = <T>(o: Odczyt<T>, f: (v: T) => string) => (o.ok ? f(o.v) : tekstKomorki(k));
  switch (p) {
    case 'kwota':
      return z(odczytajKwote(k), (g) => kwotaPl(g, false));
    case 'udzial':
      return z(odczytajProcentSetne(k), procentTekst);
    case 'data':
      return z(odczytajDate(k), dataIso);
    case 'ziarno':
      return z(odczytajZiarno(k), (v) => v);
    default:
      return tekstKomorki(k);
  }
}

/** Each field's display text from the sheet's value cells. */
export function tekstyZArkusza(a: ArkuszSnapshot | undefined): Teksty {
  const w = wartosciEtykiet(a);
  const t = { ...PUSTE };
  for (const p of POLA) t[p] = wyswietl(p, w.get(etykieta(p))?.komorka);
  return t;
}

export interface OcenaParametrow {
  parametry: Parametry;
  uwagi: Uwaga[];
  /** the findings on each field's value cell (or its missing label) */
  wgPola: Partial<Record<Pole, Uwaga[]>>;
}

/** The sheet with the changed fields' value cells replaced by text cells (missing labels appended). */
export function zNadpisaniem(a: ArkuszSnapshot | undefined, zmiany: Partial<Teksty>): ArkuszSnapshot {
  const wiersze = (a?.wiersze ?? []).map((w) => [...(w ?? [])]);
  const w = wartosciEtykiet(a);
  for (const p of POLA) {
    if (zmiany[p] === undefined) continue;
    const istn = w.get(etykieta(p));
    let r = istn ? Number(istn.adres.slice(1)) - 1 : -1;
    if (r < 0) {
      r = wiersze.length;
      wiersze.push([{ t: 's', v: etykieta(p) }]);
    }
    wiersze[r][1] = tekst(zmiany[p]!);
  }
  return { nazwa: a?.nazwa ?? ARKUSZ_PARAMETRY, wiersze };
}

/** The core's reading of the parameters with the pane's edits in place. */
export function ocenParametry(a: ArkuszSnapshot | undefined, zmiany: Partial<Teksty>): OcenaParametrow {
  const { parametry, uwagi } = czytajParametry(zNadpisaniem(a, zmiany), CYFROWA_SZKOLA_2012);
  const wgPola: Partial<Record<Pole, Uwaga[]>> = {};
  for (const u of uwagi) if (u.pole) (wgPola[u.pole as Pole] ??= []).push(u);
  return { parametry, uwagi, wgPola };
}

export interface Zapis {
  wartosci: WartoscEtykiety[];
  /** fields that cannot be written: the reading error (pl, en) */
  bledy: Partial<Record<Pole, { pl: string; en: string }>>;
}

/** Changed fields → typed cells for `zapiszParametry`. */
export function doZapisu(zmiany: Partial<Teksty>): Zapis {
  const wartosci: WartoscEtykiety[] = [];
  const bledy: Zapis['bledy'] = {};
  for (const p of POLA) {
    const v = zmiany[p];
    if (v === undefined) continue;
    const e = etykieta(p);
    if (v.trim() === '') {
      wartosci.push({ etykieta: e, wartosc: null });
      continue;
    }
    const k: Komorka = { t: 's', v };
    const nie = (o: { pl: string; en: string }) => (bledy[p] = { pl: o.pl, en: o.en });
    switch (p) {
      case 'wojewodztwo':
      case 'podzial':
      case 'losowanie': {
        const m = (p === 'wojewodztwo' ? WOJEWODZTWO : p === 'podzial' ? PODZIAL : LOSOWANIE_RECZNE).dopasuj(v);
        if (m === undefined) nie({ pl: 'wybierz wartość z listy', en: 'choose a value from the list' });
        else wartosci.push({ etykieta: e, wartosc: m, format: '@' });
        break;
      }
      case 'kwota': {
        const o = odczytajKwote(k);
        if (o.ok) wartosci.push({ etykieta: e, wartosc: o.v / 100, format: FORMAT_ZL });
        else nie(o);
        break;
      }
      case 'udzial': {
        // a plain number in percent: the format has no `%`, so 60 means 60 % (WB-1.5)
        const o = odczytajProcentSetne(k);
        if (o.ok) wartosci.push({ etykieta: e, wartosc: o.v / 100, format: '0.00' });
        else nie(o);
        break;
      }
      case 'sioMale':
      case 'sioSrednie':
      case 'sioDuze': {
        const o = odczytajLiczbeCalkowita(k);
        if (o.ok) wartosci.push({ etykieta: e, wartosc: o.v, format: '0' });
        else nie(o);
        break;
      }
      case 'data': {
        const o = odczytajDate(k);
        if (o.ok) wartosci.push({ etykieta: e, wartosc: dataIso(o.v), format: '@' });
        else nie(o);
        break;
      }
      default:
        wartosci.push({ etykieta: e, wartosc: v, format: '@' });
    }
  }
  return { wartosci, bledy };
}
