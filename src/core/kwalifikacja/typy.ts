/**
 * Typed inputs and outputs of the qualification (qualification-algorithm.md, part B, CS-Z3).
 * Money is integer grosze (`number`, always a safe integer). Nothing here knows about cells.
 */
import type { Grosze } from '../kwota';

export type Wielkosc = 'mała' | 'średnia' | 'duża';
export type Wariant = 'I' | 'II';
export type WariantZastepczy = Wariant | 'odstąpienie';
export type Grupa = Wielkosc | 'wszystkie';
export type PodzialWielkosci = 'wg wnioskowanych kwot' | 'wg liczby szkół i limitów (§9)' | 'bez podziału';
export type Krok = '0' | '4' | '5' | '6' | '7' | 'R';
/** P4 `Losowanie ręczne` (CS-Z3.1): how a manual order was drawn */
export type LosowanieReczne = 'jedna lista' | 'w koszykach';

/** One formally positive application entering CS-Z3 (its REGON is normalised and unique). */
export interface WniosekDoKwalifikacji {
  /** index of the data row in `Wnioski` (0-based, in sheet order) — identifies the row in results */
  indeks: number;
  regon: string;
  wielkosc: Wielkosc;
  v1: Wariant;
  v2: WariantZastepczy;
  /** r = min(requested, cap) (CS-5.2) */
  r: Grosze;
  /**
   * manual draw number when the manual order is in use: the position 1..n (`jedna lista`), or the
   * number within the basket 1..n_b (`w koszykach`) — already validated by the caller
   */
  pozycjaReczna?: number;
}

export interface ParametryKwalifikacji {
  /** A — the voivodeship's money */
  kwota: Grosze;
  /** P1 in hundredths of a percent (6908 = 69,08 %), or null = default rule */
  udzialWariantuISetne: number | null;
  podzial: PodzialWielkosci;
  /** SIO counts for the §9 basis, else null */
  sio: { mała: number; średnia: number; duża: number } | null;
  /** seed string as read by WB-1.8, or null */
  ziarno: string | null;
  /** true when the manual order is in use (CS-Z3.1) */
  kolejnoscReczna: boolean;
  /** P4 (CS-Z3.1), meaningful only with the manual order; absent = `jedna lista` */
  losowanieReczne?: LosowanieReczne;
}

/** An exact share sI = licznik / mianownik (CS-Z3.2). */
export interface Udzial {
  licznik: bigint;
  mianownik: bigint;
  domyslny: boolean;
}

export interface KrokPrzebiegu {
  krok: Krok;
  wariant: Wariant | null;
  grupa: Grupa | '—';
  pozycja: number | null;
  /** the number drawn within the basket (P4 `w koszykach`), else absent */
  numerWKoszyku?: number | null;
  regon: string | null;
  klucz: string | null;
  r: Grosze | null;
  dostepnePrzed: Grosze;
  wynik: 'zakwalifikowana' | 'nie mieści się' | 'przesunięcie' | 'zwrot';
  brak: Grosze | null;
  dostepnePo: Grosze;
  /** CS-Z3.R walks (krok 'R'): which step of CS-Z3.5 … CS-Z3.7 examined the row */
  podkrok?: '5' | '6' | '7';
  /** 'przesunięcie' / 'zwrot' (CS-Z3.7) and CS-Z3.R returned support: the amount moved */
  kwota?: Grosze;
  /** 'przesunięcie' / 'zwrot' (CS-Z3.7): the variant the money leaves (absent on a CS-Z3.R return of a resigned support) */
  zWariantu?: Wariant;
}

export interface DecyzjaWniosku {
  indeks: number;
  regon: string;
  decyzja: 'zakwalifikowana' | 'niezakwalifikowana' | 'rezygnacja';
  /** variant granted, or v1 when not qualified */
  wariant: Wariant;
  wsparcie: Grosze | null;
  krok: Krok | null;
  pozycja: number | null;
  /** the number drawn within the basket (P4 `w koszykach`); absent otherwise */
  numerWKoszyku?: number | null;
  klucz: string | null;
  /** smallest shortfall over all walks that examined it (niezakwalifikowana only) */
  brak: Grosze | null;
  powod: null | 'brak środków' | 'brak środków; wariant zastępczy: odstąpienie' | 'rezygnacja';
}

export interface Koperty {
  E: Record<Wariant, Grosze>;
  /** E_k,s per variant; keys are the groups used (sizes, or 'wszystkie') */
  Es: Record<Wariant, Partial<Record<Grupa, Grosze>>>;
  /** final designated amounts after CS-Z3.7 */
  D: Record<Wariant, Grosze>;
  /** leftovers L_k at the end */
  L: Record<Wariant, Grosze>;
}

export interface WierszCoJesli {
  /** share of variant I in hundredths of a percent; `uzyty` marks the share actually used */
  udzialSetne: number;
  uzyty: boolean;
  I: { liczba: number; kwota: Grosze };
  II: { liczba: number; kwota: Grosze };
  niewykorzystane: Grosze;
  /** the exact share of this row (CS-Z3.W; `udzialSetne` is it rounded half up to 0,01 %) */
  udzial?: Udzial;
}

export interface WynikKwalifikacji {
  /** true when CS-Z3.0 applied (everything fits) */
  wszystkieMieszcza: boolean;
  udzial: Udzial | null;
  koperty: Koperty | null;
  /** one per input application, in input order (`indeks` ascending) */
  decyzje: DecyzjaWniosku[];
  przebieg: KrokPrzebiegu[];
  /** what-if table (CS-Z3.W); null under CS-Z3.0 */
  coJesli: WierszCoJesli[] | null;
  przyznano: Grosze;
  niewykorzystane: Grosze;
}
