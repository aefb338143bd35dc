/** CS-5 sizes and caps, CS-4 minimum own contribution — pure functions over a `Program`. */
import { ceilDiv, type Grosze } from '../kwota';
import type { Wielkosc } from '../kwalifikacja/typy';
import { CYFROWA_SZKOLA_2012, type Program } from './definicja';

/** CS-5.1: size from the pupils of grades I–VI (an integer ≥ 1), else null. */
export function wielkoscSzkoly(uczniowie: number, program: Program = CYFROWA_SZKOLA_2012): Wielkosc | null {
  if (!Number.isSafeInteger(uczniowie) || uczniowie < 1) return null;
  // loops, not find(): called for every row of a 100 000-row sheet
  for (const p of program.progi) if (uczniowie >= p.od && (p.do === null || uczniowie <= p.do)) return p.wielkosc;
  return null;
}

/** CS-5.1/CS-5.2: maximum support of a school of the given size. */
export function limitWsparcia(wielkosc: Wielkosc, program: Program = CYFROWA_SZKOLA_2012): Grosze {
  for (const p of program.progi) if (p.wielkosc === wielkosc) return p.limit;
  throw new Error(`unknown size ${wielkosc}`);
}

/** CS-5.2: support taken for qualification r = min(requested, cap). */
export function kwotaDoKwalifikacji(
  wnioskowana: Grosze,
  wielkosc: Wielkosc,
  program: Program = CYFROWA_SZKOLA_2012,
): Grosze {
  return Math.min(wnioskowana, limitWsparcia(wielkosc, program));
}

/**
 * CS-4.3: minimum own contribution for support G: wkład / (G + wkład) ≥ p/q ⇔ wkład·(q − p) ≥ G·p,
 * so the minimum is ceil(G·p / (q − p)) grosze (p/q = 1/5 → ceil(G/4)).
 */
export function minimalnyWklad(wsparcie: Grosze, program: Program = CYFROWA_SZKOLA_2012): Grosze {
  const { licznik, mianownik } = program.wkladMinimalny;
  return ceilDiv(wsparcie * licznik, mianownik - licznik);
}

/** CS-4.3 check, exact in grosze. */
export function wkladWystarczy(wsparcie: Grosze, wklad: Grosze, program: Program = CYFROWA_SZKOLA_2012): boolean {
  return wklad >= minimalnyWklad(wsparcie, program);
}

/**
 * CS-4.4 displayed lower bound of the total: max(ceil(G/4), Σ over investment types of wsparcie_t).
 * The per-type check (wkład_t ≥ wsparcie_t) still applies separately.
 */
export function dolnaGranicaWkladu(
  wsparcie: Grosze,
  wsparcieInwestycyjneWgTypu: Grosze[],
  program: Program = CYFROWA_SZKOLA_2012,
): Grosze {
  const inwest = wsparcieInwestycyjneWgTypu.reduce((s, g) => s + g, 0);
  return Math.max(minimalnyWklad(wsparcie, program), inwest);
}
