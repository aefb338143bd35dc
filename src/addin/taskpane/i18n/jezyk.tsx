/** The pane's language (Polish first, English second) and money formatting in that language. */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { type Jezyk, type Uwaga, kwotaEn, kwotaPl, type Grosze } from '../../../core';
import { pl, type Komunikaty } from './pl';
import { en } from './en';

export interface KontekstJezyka {
  jezyk: Jezyk;
  t: Komunikaty;
  ustawJezyk(j: Jezyk): void;
  /** money in the pane's language (`90 000,00 zł` / `90,000.00 PLN`) */
  kwota(g: Grosze): string;
  /** a finding's message in the pane's language */
  tekst(u: Uwaga): string;
}

const SLOWNIKI: Record<Jezyk, Komunikaty> = { pl, en };
const KLUCZ = 'cyfrowa-szkola.jezyk';

function poczatkowy(): Jezyk {
  try {
    return window.localStorage.getItem(KLUCZ) === 'en' ? 'en' : 'pl';
  } catch {
    return 'pl';
  }
}

const Kontekst = createContext<KontekstJezyka | null>(null);

export function DostawcaJezyka({ children }: { children: ReactNode }) {
  const [jezyk, ustaw] = useState<Jezyk>(poczatkowy);
  const wartosc = useMemo<KontekstJezyka>(
    () => ({
      jezyk,
      t: SLOWNIKI[jezyk],
      ustawJezyk: (j) => {
        ustaw(j);
        document.documentElement.lang = j;
        try {
          window.localStorage.setItem(KLUCZ, j);
        } catch {
          // storage may be unavailable in some Office hosts; the choice then lasts for the session
        }
      },
      kwota: (g) => (jezyk === 'en' ? kwotaEn(g) : kwotaPl(g)),
      tekst: (u) => (jezyk === 'en' ? u.message : u.komunikat),
    }),
    [jezyk],
  );
  return <Kontekst.Provider value={wartosc}>{children}</Kontekst.Provider>;
}

export function useJezyk(): KontekstJezyka {
  const k = useContext(Kontekst);
  if (!k) throw new Error('useJezyk outside DostawcaJezyka');
  return k;
}
