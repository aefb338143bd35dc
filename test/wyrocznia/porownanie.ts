/**
 * The engine seen through its public qualification entry, and one comparable view of a result
 * (decisions, amounts to the grosz, draw order, envelopes, leftovers, the trace) for the oracle and
 * the engine alike.
 */
import {
  kwalifikuj,
  type ParametryKwalifikacji,
  type WniosekDoKwalifikacji,
  type WynikKwalifikacji,
} from '../../src/core/kwalifikacja';
import type { ParametryW, Ulamek, WierszCoJesliW, WniosekW, WynikW } from './wyrocznia';

/** The engine on the same voivodeship (seed, one list or baskets: CS-Z3.1 P3/P4). */
export function silnik(wnioski: WniosekW[], p: ParametryW): WynikKwalifikacji {
  const doSilnika: WniosekDoKwalifikacji[] = wnioski.map((w, indeks) => ({
    indeks,
    regon: w.regon,
    wielkosc: w.wielkosc,
    v1: w.v1,
    v2: w.v2,
    r: Number(w.r),
    ...(w.numer !== null ? { pozycjaReczna: w.numer } : {}),
  }));
  const parametry: ParametryKwalifikacji = {
    kwota: Number(p.A),
    udzialWariantuISetne: p.p1Setne,
    podzial: p.podzial,
    sio: p.sio ? { mała: Number(p.sio.mała), średnia: Number(p.sio.średnia), duża: Number(p.sio.duża) } : null,
    ziarno: p.ziarno,
    kolejnoscReczna: p.losowanie !== 'ziarno',
    ...(p.losowanie === 'w koszykach' ? { losowanieReczne: 'w koszykach' as const } : {}),
  };
  return kwalifikuj(doSilnika, parametry);
}

type Kwota = bigint | number | null | undefined;
const g = (x: Kwota): string => (x === null || x === undefined ? '-' : String(x));

/** A comparable flat view: one line per fact, so a difference names itself. */
export interface Widok {
  ogolne: string[];
  decyzje: string[];
  kolejnosc: string[];
  przebieg: string[];
  coJesli: string[];
}

interface WierszWspolny {
  krok: string;
  wariant: string | null;
  grupa: string;
  regon: string | null;
  pozycja: number | null;
  r: Kwota;
  przed: Kwota;
  wynik: string;
  brak: Kwota;
  po: Kwota;
  kwota?: Kwota;
  zWariantu?: string;
}

/** The trace facts the spec fixes (WB-3.2 `Przebieg kwalifikacji`, CS-Z3.4–3.7). */
function wierszPrzebiegu(w: WierszWspolny): string {
  if (w.krok === '0') return `0 ${w.regon} r=${g(w.r)} ${w.wynik}`;
  if (w.wynik === 'przesunięcie' || w.wynik === 'zwrot')
    return `7 ${w.wynik} ${g(w.kwota)} z ${w.zWariantu} do ${w.wynik === 'zwrot' ? '' : w.wariant}`;
  const grupa = w.krok === '4' ? w.grupa : '';
  return `${w.krok} ${w.wariant} ${grupa} poz=${w.pozycja} ${w.regon} r=${g(w.r)} przed=${g(w.przed)} ${w.wynik} brak=${g(w.brak)} po=${g(w.po)}`;
}

function skrocony(u: Ulamek): string {
  let [x, y] = [u.licznik, u.mianownik];
  while (y !== 0n) [x, y] = [y, x % y];
  return `${u.licznik / x}/${u.mianownik / x}`;
}

type WierszCoJesliWspolny = Omit<WierszCoJesliW, 'udzial' | 'I' | 'II' | 'niewykorzystane'> & {
  udzial: Ulamek;
  I: { liczba: number; kwota: Kwota };
  II: { liczba: number; kwota: Kwota };
  niewykorzystane: Kwota;
};

/**
 * CS-Z3.W: one line per share 20…80 % and one for the share used. The spec fixes neither the row order
 * nor whether a used share equal to a listed one gets a row of its own, so neither is compared.
 */
function coJesliWspolne(tabela: WierszCoJesliWspolny[] | null): string[] {
  if (tabela === null) return ['CS-Z3.W: nie dotyczy'];
  const opis = (w: WierszCoJesliWspolny) =>
    `I=${w.I.liczba}/${g(w.I.kwota)} II=${w.II.liczba}/${g(w.II.kwota)} U=${g(w.niewykorzystane)}`;
  const linie: string[] = [];
  for (let procent = 20n; procent <= 80n; procent += 10n) {
    const w = tabela.find((x) => skrocony(x.udzial) === skrocony({ licznik: procent, mianownik: 100n }));
    linie.push(`CS-Z3.W ${procent} %: ${w ? opis(w) : '(brak wiersza)'}`);
  }
  const uzyte = tabela.filter((x) => x.uzyty);
  linie.push(`CS-Z3.W użyty: ${uzyte.map((w) => `${skrocony(w.udzial)} ${opis(w)}`).join(' | ')}`);
  return linie;
}

function wspolne(
  wszystkie: boolean,
  udzial: { licznik: bigint; mianownik: bigint; domyslny: boolean } | null,
  koperty: {
    E: Record<string, Kwota>;
    Es: Record<string, Partial<Record<string, Kwota>>>;
    D: Record<string, Kwota>;
    L: Record<string, Kwota>;
  } | null,
  przyznano: Kwota,
  niewykorzystane: Kwota,
): string[] {
  const ogolne = [`CS-Z3.0 wszystkie mieszczą się: ${wszystkie}`];
  if (udzial) {
    // the share as a value (reduced), not as the engine's chosen fraction
    let [a, b] = [udzial.licznik, udzial.mianownik];
    let [x, y] = [a, b];
    while (y !== 0n) [x, y] = [y, x % y];
    a /= x;
    b /= x;
    ogolne.push(`CS-Z3.2 sI=${a}/${b} domyślny=${udzial.domyslny}`);
  } else ogolne.push('CS-Z3.2 sI=-');
  if (koperty) {
    for (const k of ['I', 'II']) {
      ogolne.push(`CS-Z3.2 E_${k}=${g(koperty.E[k])}`);
      const grupy = Object.keys(koperty.Es[k]).sort();
      ogolne.push(`CS-Z3.3 E_${k},s: ${grupy.map((s) => `${s}=${g(koperty.Es[k][s])}`).join(' ')}`);
      ogolne.push(`CS-Z3.7 D_${k}=${g(koperty.D[k])}`);
      ogolne.push(`CS-Z3.8 L_${k}=${g(koperty.L[k])}`);
    }
  } else ogolne.push('koperty: -');
  ogolne.push(`CS-Z3.8 przyznano=${g(przyznano)} U=${g(niewykorzystane)}`);
  return ogolne;
}

export function widokWyroczni(w: WynikW, tabela: WierszCoJesliW[] | null): Widok {
  return {
    coJesli: coJesliWspolne(tabela),
    ogolne: wspolne(
      w.wszystkieMieszcza,
      w.udzial,
      w.E && w.Es && w.D && w.L ? { E: w.E, Es: w.Es, D: w.D, L: w.L } : null,
      w.przyznano,
      w.niewykorzystane,
    ),
    decyzje: w.decyzje.map(
      (d) =>
        `${d.regon} ${d.decyzja} ${d.wariant} wsparcie=${g(d.wsparcie)} krok=${d.krok ?? '-'} brak=${g(d.brak)} powód=${d.powod ?? '-'} klucz=${d.klucz ?? '-'}`,
    ),
    kolejnosc: [...w.decyzje]
      .filter((d) => d.pozycja !== null)
      .sort((a, b) => a.pozycja! - b.pozycja!)
      .map((d) => `${d.pozycja} ${d.regon}`),
    przebieg: w.przebieg.map(wierszPrzebiegu),
  };
}

export function widokSilnika(w: WynikKwalifikacji): Widok {
  const udzial = w.udzial
    ? { licznik: BigInt(w.udzial.licznik), mianownik: BigInt(w.udzial.mianownik), domyslny: w.udzial.domyslny }
    : null;
  return {
    coJesli: coJesliWspolne(
      w.coJesli === null
        ? null
        : w.coJesli.map((x) => ({
            ...x,
            // the exact share when the engine gives it, else its hundredths of a percent
            udzial: x.udzial
              ? { licznik: BigInt(x.udzial.licznik), mianownik: BigInt(x.udzial.mianownik) }
              : { licznik: BigInt(x.udzialSetne), mianownik: 10000n },
          })),
    ),
    ogolne: wspolne(w.wszystkieMieszcza, udzial, w.koperty, w.przyznano, w.niewykorzystane),
    decyzje: w.decyzje.map(
      (d) =>
        `${d.regon} ${d.decyzja} ${d.wariant} wsparcie=${g(d.wsparcie)} krok=${d.krok ?? '-'} brak=${g(d.brak)} powód=${d.powod ?? '-'} klucz=${d.klucz ?? '-'}`,
    ),
    kolejnosc: [...w.decyzje]
      .filter((d) => d.pozycja !== null)
      .sort((a, b) => a.pozycja! - b.pozycja!)
      .map((d) => `${d.pozycja} ${d.regon}`),
    przebieg: w.przebieg.map((k) =>
      wierszPrzebiegu({
        krok: k.krok,
        wariant: k.wariant,
        grupa: k.grupa,
        regon: k.regon,
        pozycja: k.pozycja,
        r: k.r,
        przed: k.dostepnePrzed,
        wynik: k.wynik,
        brak: k.brak,
        po: k.dostepnePo,
        kwota: k.kwota,
        zWariantu: k.zWariantu,
      }),
    ),
  };
}

/** The first difference between two views, in words, or null. */
export function roznica(wyrocznia: Widok, silnik: Widok): string | null {
  for (const czesc of ['ogolne', 'decyzje', 'kolejnosc', 'przebieg', 'coJesli'] as const) {
    const a = wyrocznia[czesc];
    const b = silnik[czesc];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] !== b[i]) return `${czesc}[${i}]\n  wyrocznia: ${a[i] ?? '(brak)'}\n  silnik:    ${b[i] ?? '(brak)'}`;
    }
  }
  return null;
}
