/**
 * "Co jeśli" live (issue 12, CS-Z3.W): the qualification re-run by the core's `kwalifikuj` with another
 * `Udział wariantu I` (20–80 %) and, when a seed is used, another seed — same inputs, nothing written —
 * beside the protocol's run, with the schools whose decision would change.
 */
import type { Kontekst, WynikOperacji } from '../api';
import type { ZeszytSnapshot } from '../zeszyt/model';
import type { Grosze } from '../kwota';
import { kwalifikuj, type Wariant, type Wielkosc, type WynikKwalifikacji } from '../kwalifikacja';
import type { Program } from '../program/definicja';
import { ocenIKwalifikuj } from '../wojewodztwo/operacja';

type Oceniony = Exclude<ReturnType<typeof ocenIKwalifikuj>, { koniec: WynikOperacji }>;

/** Read once per workbook version; the slider then only re-runs `kwalifikuj`. */
export interface PrzygotowanieCoJesli {
  o: Oceniony;
  program: Program;
  /** r of each positive application by `indeks` */
  r: Map<number, Grosze>;
  protokol: WynikKwalifikacji;
  szkoly: Map<number, { regon: string; nazwa: string; wielkosc: Wielkosc; wiersz: number }>;
  /** the seed drew the order (a field for another seed is offered) */
  ziarnoUzyte: boolean;
  ziarno: string | null;
  /** the share used, in hundredths of a percent (rounded half up) */
  udzialSetne: number | null;
}

export interface Zestawienie {
  /** per variant × size: qualified count and amount */
  grupy: Record<Wariant, Record<Wielkosc, { liczba: number; kwota: Grosze }>>;
  razem: Record<Wariant, { liczba: number; kwota: Grosze }>;
  /** unused per variant (L_k) and in total (U) */
  niewykorzystane: { I: Grosze; II: Grosze; razem: Grosze };
}

export interface ZmianaDecyzji {
  regon: string;
  nazwa: string;
  wiersz: number;
  zyskuje: boolean;
  /** variant granted (gain) or first variant (loss) */
  wariant: Wariant;
  r: Grosze;
  /** the loss's smallest shortfall in the what-if run (CS-Z3.W) */
  brak: Grosze | null;
}

export interface WynikCoJesli {
  zestawienie: Zestawienie;
  protokol: Zestawienie;
  zmiany: ZmianaDecyzji[];
}

export function przygotujCoJesli(
  z: ZeszytSnapshot,
  k: Kontekst,
): { p: PrzygotowanieCoJesli } | { koniec: WynikOperacji } {
  const o = ocenIKwalifikuj(z, { ...k, postep: undefined });
  if ('koniec' in o) return o;
  const szkoly = new Map<number, { regon: string; nazwa: string; wielkosc: Wielkosc; wiersz: number }>();
  for (const w of o.mp.wiersze)
    if (w.regon && w.wielkosc)
      szkoly.set(w.indeks, { regon: w.regon, nazwa: w.nazwa, wielkosc: w.wielkosc, wiersz: w.wiersz });
  const u = o.mp.wynik.udzial;
  return {
    p: {
      o,
      program: o.program,
      r: new Map(o.doKwal.map((w) => [w.indeks, w.r])),
      protokol: o.mp.wynik,
      szkoly,
      ziarnoUzyte: o.mp.ziarnoUzyte,
      ziarno: o.parametryK.ziarno,
      udzialSetne: u ? Number((u.licznik * 20000n + u.mianownik) / (2n * u.mianownik)) : null,
    },
  };
}

function zestawienie(w: WynikKwalifikacji, p: PrzygotowanieCoJesli): Zestawienie {
  const g = () => ({ mała: { liczba: 0, kwota: 0 }, średnia: { liczba: 0, kwota: 0 }, duża: { liczba: 0, kwota: 0 } });
  const z: Zestawienie = {
    grupy: { I: g(), II: g() },
    razem: { I: { liczba: 0, kwota: 0 }, II: { liczba: 0, kwota: 0 } },
    niewykorzystane: { I: w.koperty?.L.I ?? 0, II: w.koperty?.L.II ?? 0, razem: w.niewykorzystane },
  };
  for (const d of w.decyzje) {
    if (d.decyzja !== 'zakwalifikowana' || d.wsparcie === null) continue;
    const s = p.szkoly.get(d.indeks);
    if (!s) continue;
    z.grupy[d.wariant][s.wielkosc].liczba++;
    z.grupy[d.wariant][s.wielkosc].kwota += d.wsparcie;
    z.razem[d.wariant].liczba++;
    z.razem[d.wariant].kwota += d.wsparcie;
  }
  return z;
}

/**
 * CS-Z3.W live: `kwalifikuj` with `Udział wariantu I` = `udzialSetne` / 100 % (2000…8000) and the seed
 * `ziarno` (null = the workbook's); null under CS-Z3.0 (nothing to move).
 */
export function przeliczCoJesli(
  p: PrzygotowanieCoJesli,
  udzialSetne: number,
  ziarno: string | null = null,
): WynikCoJesli | null {
  if (p.protokol.wszystkieMieszcza) return null;
  const pk = p.o.parametryK;
  const w = kwalifikuj(
    p.o.doKwal,
    { ...pk, udzialWariantuISetne: udzialSetne, ziarno: pk.kolejnoscReczna ? pk.ziarno : (ziarno ?? pk.ziarno) },
    p.program,
  );
  const przed = new Map(p.protokol.decyzje.map((d) => [d.indeks, d]));
  const zmiany: ZmianaDecyzji[] = [];
  for (const d of w.decyzje) {
    const b = przed.get(d.indeks);
    const s = p.szkoly.get(d.indeks);
    if (!b || !s) continue;
    const teraz = d.decyzja === 'zakwalifikowana';
    if (teraz === (b.decyzja === 'zakwalifikowana')) continue;
    zmiany.push({
      regon: s.regon,
      nazwa: s.nazwa,
      wiersz: s.wiersz,
      zyskuje: teraz,
      wariant: d.wariant,
      r: p.r.get(d.indeks) ?? 0,
      brak: teraz ? null : d.brak,
    });
  }
  return { zestawienie: zestawienie(w, p), protokol: zestawienie(p.protokol, p), zmiany };
}
