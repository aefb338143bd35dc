/**
 * `Kalkulacja kosztów` lines (WB-2, CS-10.2): catalogue point, quantity, unit price, value
 * (= Liczba × Cena to the grosz), source, purchase date (CS-4.2 a), investment flag (CS-4.4).
 */
import type { Komorka } from '../zeszyt/model';
import { pole, type Tabela, type WierszTabeli } from '../zeszyt/czytnik';
import {
  czyPusta,
  odczytajDate,
  odczytajKwote,
  odczytajLiczbeCalkowita,
  odczytajSlownik,
  tekstKomorki,
  TAK_NIE,
} from '../komorki/odczyt';
import { dataIso, porownajDaty } from '../komorki/daty';
import type { DataKalendarzowa, Program } from '../program/definicja';
import type { PozycjaKatalogu } from '../program/katalogi';
import { kwotaEn, kwotaPl, type Grosze } from '../kwota';
import type { Uwaga } from '../uwagi';
import { K } from './schemat';
import { ZRODLO, type Zrodlo } from './slowniki';
import { bladOdczytu, miejscePola, uwagaW, type Miejsce } from './szkola';

export interface LiniaKalkulacji {
  /** 1-based Excel row */
  wiersz: number;
  pkt: number | null;
  pomoc: string;
  liczba: number | null;
  cena: Grosze | null;
  /** the declared `Wartość (zł)` (used for all sums) */
  wartosc: Grosze | null;
  zrodlo: Zrodlo | null;
  dataZakupu: DataKalendarzowa | null;
  /** effective investment flag: the cell, or the catalogue default when empty (CS-4.4) */
  inwestycja: boolean;
  wKatalogu: boolean;
  /** an own-contribution line that counts under CS-4.2 */
  wkladLiczySie: boolean;
  /** where the investment flag is (for CS-4.4 findings) */
  miejsceInwestycji: Miejsce;
}

export function czyWklad(z: Zrodlo | null): boolean {
  return z === 'wkład własny' || z === 'wkład własny poniesiony od 1.01.2012';
}

function liczbaDodatnia(k: Komorka, m: Miejsce, nazwa: string, uwagi: Uwaga[]): number | null {
  const o = odczytajLiczbeCalkowita(k);
  if (!o.ok) uwagi.push(bladOdczytu(m, 'WB-2', nazwa, o));
  else if (o.v < 1)
    uwagi.push(
      uwagaW(
        m,
        'błąd',
        'WB-2',
        `${nazwa}: ${o.v} — wymagana liczba całkowita ≥ 1.`,
        `${nazwa}: ${o.v} — a whole number ≥ 1 is required.`,
      ),
    );
  else return o.v;
  return null;
}

function kwotaNieujemna(k: Komorka, m: Miejsce, nazwa: string, dodatnia: boolean, uwagi: Uwaga[]): Grosze | null {
  const o = odczytajKwote(k);
  if (!o.ok) uwagi.push(bladOdczytu(m, 'WB-1.4', nazwa, o));
  else if (o.v < 0 || (dodatnia && o.v === 0))
    uwagi.push(
      uwagaW(
        m,
        'błąd',
        'WB-2',
        `${nazwa}: ${kwotaPl(o.v)} — wymagana kwota ${dodatnia ? '> 0' : '≥ 0'}.`,
        `${nazwa}: ${kwotaEn(o.v)} — an amount ${dodatnia ? '> 0' : '≥ 0'} is required.`,
      ),
    );
  else return o.v;
  return null;
}

/** Read and check every line; `katalog` = the CS-A1 catalogue in force. */
export function czytajKalkulacje(
  t: Tabela,
  katalog: readonly PozycjaKatalogu[],
  program: Program,
): { linie: LiniaKalkulacji[]; uwagi: Uwaga[] } {
  const uwagi: Uwaga[] = [];
  const wgPkt = new Map(katalog.map((p) => [p.pkt, p]));
  const linie = t.wiersze.map((w) => czytajLinie(t, w, wgPkt, program, uwagi));
  return { linie, uwagi };
}

function czytajLinie(
  t: Tabela,
  w: WierszTabeli,
  wgPkt: ReadonlyMap<number, PozycjaKatalogu>,
  program: Program,
  uwagi: Uwaga[],
): LiniaKalkulacji {
  const m = (h: string) => miejscePola(t, w, h);
  const pkt = liczbaDodatnia(pole(t, w, K.pkt), m(K.pkt), K.pkt, uwagi);
  const liczba = liczbaDodatnia(pole(t, w, K.liczba), m(K.liczba), K.liczba, uwagi);
  const cena = kwotaNieujemna(pole(t, w, K.cena), m(K.cena), K.cena, true, uwagi);
  const wartosc = kwotaNieujemna(pole(t, w, K.wartosc), m(K.wartosc), K.wartosc, false, uwagi);
  // WB-2: Wartość = Liczba × Cena to the grosz (bigint: exact whatever the size)
  if (liczba !== null && cena !== null && wartosc !== null && BigInt(liczba) * BigInt(cena) !== BigInt(wartosc)) {
    const iloczyn = BigInt(liczba) * BigInt(cena);
    const opis = Number.isSafeInteger(Number(iloczyn)) ? kwotaPl(Number(iloczyn)) : `${iloczyn} gr`;
    const opisEn = Number.isSafeInteger(Number(iloczyn)) ? kwotaEn(Number(iloczyn)) : `${iloczyn} gr`;
    uwagi.push(
      uwagaW(
        m(K.wartosc),
        'błąd',
        'WB-2',
        `${K.wartosc}: ${kwotaPl(wartosc)}, a ${K.liczba} × ${K.cena} = ${liczba} × ${kwotaPl(cena)} = ${opis}.`,
        `Value ${kwotaEn(wartosc)}, but quantity × unit price = ${liczba} × ${kwotaEn(cena)} = ${opisEn}.`,
      ),
    );
  }
  const zk = odczytajSlownik(pole(t, w, K.zrodlo), ZRODLO);
  if (!zk.ok) uwagi.push(bladOdczytu(m(K.zrodlo), 'WB-2', K.zrodlo, zk));
  const zrodlo = zk.ok ? zk.v : null;

  const pozycja = pkt === null ? undefined : wgPkt.get(pkt);
  const wKatalogu = pozycja !== undefined;
  let wkladLiczySie = czyWklad(zrodlo) && wartosc !== null && wKatalogu;
  if (pkt !== null && !wKatalogu) {
    if (czyWklad(zrodlo))
      uwagi.push(
        uwagaW(
          m(K.pkt),
          'błąd',
          'CS-4.2',
          `Pkt ${pkt} nie należy do katalogu pomocy (zał. 1) — wydatek nie liczy się do wkładu własnego.`,
          `Point ${pkt} is not in the catalogue (annex 1) — the spending does not count as own contribution.`,
        ),
      );
    else
      uwagi.push(
        uwagaW(
          m(K.pkt),
          'błąd',
          'CS-2.2',
          `Pkt ${pkt} nie należy do katalogu pomocy (zał. 1) — wsparcie może sfinansować tylko pomoce z katalogu.`,
          `Point ${pkt} is not in the catalogue (annex 1) — support may only buy catalogue aids.`,
        ),
      );
  }

  // CS-4.2 (a): spending from 1 Jan 2012 needs its purchase date
  let dataZakupu: DataKalendarzowa | null = null;
  const kd = pole(t, w, K.dataZakupu);
  const md = t.kolumny.has(K.dataZakupu) ? m(K.dataZakupu) : m(K.zrodlo);
  if (zrodlo === 'wkład własny poniesiony od 1.01.2012') {
    const od = program.wkladPoniesionyOd;
    const o = odczytajDate(kd);
    if (!o.ok) {
      wkladLiczySie = false;
      uwagi.push(
        uwagaW(
          md,
          'błąd',
          'CS-4.2',
          `${K.dataZakupu}: ${o.pl} — wymagana dla źródła „${zrodlo}”; wydatek nie liczy się do wkładu własnego.`,
          `Purchase date: ${o.en} — required for source "${zrodlo}"; the spending does not count as own contribution.`,
        ),
      );
    } else {
      dataZakupu = o.v;
      if (porownajDaty(o.v, od) < 0) {
        wkladLiczySie = false;
        uwagi.push(
          uwagaW(
            md,
            'błąd',
            'CS-4.2',
            `${K.dataZakupu} ${dataIso(o.v)} jest wcześniejsza niż ${dataIso(od)} — wydatek nie liczy się do wkładu własnego.`,
            `Purchase date ${dataIso(o.v)} is before ${dataIso(od)} — the spending does not count as own contribution.`,
          ),
        );
      }
    }
  } else if (!czyPusta(kd)) {
    const o = odczytajDate(kd);
    if (o.ok) dataZakupu = o.v;
    else uwagi.push(bladOdczytu(md, 'WB-1.7', K.dataZakupu, o));
  }

  // CS-4.4: per-line flag, default from the catalogue (CS-A1)
  const mi = t.kolumny.has(K.inwestycja) ? m(K.inwestycja) : m(K.pkt);
  const ki = pole(t, w, K.inwestycja);
  let inwestycja = pozycja?.domyslnieInwestycja ?? false;
  if (ki && ki.t === 'b') inwestycja = ki.v;
  else if (!czyPusta(ki)) {
    const o = odczytajSlownik(ki, TAK_NIE);
    if (o.ok) inwestycja = o.v === 'TAK';
    else uwagi.push(bladOdczytu(mi, 'WB-2', K.inwestycja, o));
  }

  return {
    wiersz: w.wiersz0 + 1,
    pkt,
    pomoc: tekstKomorki(pole(t, w, K.pomoc)).trim() || pozycja?.nazwa || '',
    liczba,
    cena,
    wartosc,
    zrodlo,
    dataZakupu,
    inwestycja,
    wKatalogu,
    wkladLiczySie,
    miejsceInwestycji: mi,
  };
}
