/**
 * JST-2 recommendation rules and the JST-1.3 / JST-1.7 parameters as data (defaults of the spec).
 * Users edit them in the sheet `Reguły diagnozy` (see czytajReguly.ts / szablonyDiagnozy.ts).
 */
import { skalowana, type Ulamek } from '../../rational';
import type { Priorytet } from '../slowniki';

export const ID_REGUL = [
  'R-LACZE',
  'R-SPRZET',
  'R-WYMIANA',
  'R-WIFI',
  'R-IT',
  'R-BEZPIECZENSTWO',
  'R-KOMPETENCJE',
  'R-WYKLUCZENIE',
] as const;
export type IdReguly = (typeof ID_REGUL)[number];

export const ID_PARAMETROW = ['P-LACZE', 'P-WYKLUCZENIE-CZERWONY', 'P-WYKLUCZENIE-BURSZTYNOWY'] as const;
export type IdParametru = (typeof ID_PARAMETROW)[number];

/** how the `Próg` cell is read: a plain number, a percent (WB-1.5), or not used */
export type RodzajProgu = 'liczba' | 'procent' | 'brak';

export interface RegulaDiagnozy {
  id: IdReguly;
  warunek: string;
  warunekEn: string;
  rodzajProgu: RodzajProgu;
  /** the threshold; a percent is kept as a fraction (30 % → 3/10); null when the rule has none */
  prog: Ulamek | null;
  jednostka: string;
  priorytet: Priorytet;
  tekst: string;
}

export interface ParametrDiagnozy {
  id: IdParametru;
  opis: string;
  opisEn: string;
  rodzajProgu: Exclude<RodzajProgu, 'brak'>;
  wartosc: Ulamek;
  jednostka: string;
}

export interface ParametryDiagnozy {
  /** JST-1.3 standard, Mb/s */
  standardMbps: Ulamek;
  /** JST-1.7 red: (without device + without internet) / pupils ≥ this fraction */
  progCzerwony: Ulamek;
  /** JST-1.7 amber */
  progBursztynowy: Ulamek;
}

export interface RegulyDiagnozy {
  reguly: RegulaDiagnozy[];
  parametry: ParametryDiagnozy;
  /** ids whose values are the defaults (no row, or a bad cell) */
  domyslne: string[];
}

const pr = (p: number): Ulamek => skalowana(p, 2); // percent → fraction
const licz = (n: number, miejsca = 0): Ulamek => skalowana(n, miejsca);

export const DOMYSLNE_REGULY: readonly RegulaDiagnozy[] = [
  {
    id: 'R-LACZE',
    warunek: 'przepustowość łącza poniżej standardu (P-LACZE) lub brak światłowodu',
    warunekEn: 'bandwidth below the standard (P-LACZE) or no fibre',
    rodzajProgu: 'brak',
    prog: null,
    jednostka: '',
    priorytet: 'wysoki',
    tekst:
      'Podłączenie szkoły do światłowodu i Ogólnopolskiej Sieci Edukacyjnej (OSE) z przepustowością co najmniej standardu.',
  },
  {
    id: 'R-SPRZET',
    warunek: 'uczniów na komputer uczniowski > próg (brak komputerów — zawsze)',
    warunekEn: "pupils per pupils' computer > threshold (no computers — always)",
    rodzajProgu: 'liczba',
    prog: licz(10),
    jednostka: 'uczniów na komputer',
    priorytet: 'wysoki',
    tekst: 'Doposażenie szkoły w komputery dla uczniów.',
  },
  {
    id: 'R-WYMIANA',
    warunek: 'komputery uczniowskie starsze niż 5 lat > próg',
    warunekEn: "pupils' computers older than 5 years > threshold",
    rodzajProgu: 'procent',
    prog: pr(30),
    jednostka: '% komputerów',
    priorytet: 'średni',
    tekst: 'Plan wymiany komputerów starszych niż 5 lat.',
  },
  {
    id: 'R-WIFI',
    warunek: 'sale z Wi-Fi < próg',
    warunekEn: 'rooms with Wi-Fi < threshold',
    rodzajProgu: 'procent',
    prog: pr(100),
    jednostka: '% sal',
    priorytet: 'średni',
    tekst: 'Rozbudowa sieci bezprzewodowej (Wi-Fi) we wszystkich salach lekcyjnych.',
  },
  {
    id: 'R-IT',
    warunek: 'etaty informatyka na 100 komputerów < próg lub administrowanie przez nauczyciela / brak',
    warunekEn: 'IT FTE per 100 computers < threshold or administration by a teacher / none',
    rodzajProgu: 'liczba',
    prog: licz(5, 1),
    jednostka: 'etatu na 100 komputerów',
    priorytet: 'wysoki',
    tekst: 'Centralna obsługa informatyczna szkół JST (np. w centrum usług wspólnych).',
  },
  {
    id: 'R-BEZPIECZENSTWO',
    warunek: 'brak kopii zapasowych lub brak polityki ochrony danych',
    warunekEn: 'no backups or no data-protection policy',
    rodzajProgu: 'brak',
    prog: null,
    jednostka: '',
    priorytet: 'wysoki',
    tekst: 'Bezpieczeństwo danych: kopie zapasowe i polityka ochrony danych w każdej szkole.',
  },
  {
    id: 'R-KOMPETENCJE',
    warunek: 'ocenieni nauczyciele na poziomie A1–A2 > próg (brak oceny — nie dotyczy)',
    warunekEn: 'assessed teachers at A1–A2 > threshold (no assessment — not applicable)',
    rodzajProgu: 'procent',
    prog: pr(30),
    jednostka: '% ocenionych nauczycieli',
    priorytet: 'średni',
    tekst: 'Szkolenia nauczycieli z kompetencji cyfrowych (DigCompEdu).',
  },
  {
    id: 'R-WYKLUCZENIE',
    warunek: 'szkoła ze statusem czerwonym wykluczenia cyfrowego (JST-1.7)',
    warunekEn: 'a school red on digital exclusion (JST-1.7)',
    rodzajProgu: 'brak',
    prog: null,
    jednostka: '',
    priorytet: 'wysoki',
    tekst: 'Wypożyczanie sprzętu i wsparcie dostępu do internetu w domu dla uczniów zagrożonych wykluczeniem cyfrowym.',
  },
];

export const DOMYSLNE_PARAMETRY: readonly ParametrDiagnozy[] = [
  {
    id: 'P-LACZE',
    opis: 'Standard przepustowości łącza (JST-1.3)',
    opisEn: 'Bandwidth standard (JST-1.3)',
    rodzajProgu: 'liczba',
    wartosc: licz(100),
    jednostka: 'Mb/s',
  },
  {
    id: 'P-WYKLUCZENIE-CZERWONY',
    opis: 'Wykluczenie cyfrowe — status czerwony od (JST-1.7)',
    opisEn: 'Digital exclusion — red from (JST-1.7)',
    rodzajProgu: 'procent',
    wartosc: pr(10),
    jednostka: '% uczniów',
  },
  {
    id: 'P-WYKLUCZENIE-BURSZTYNOWY',
    opis: 'Wykluczenie cyfrowe — status bursztynowy od (JST-1.7)',
    opisEn: 'Digital exclusion — amber from (JST-1.7)',
    rodzajProgu: 'procent',
    wartosc: pr(3),
    jednostka: '% uczniów',
  },
];

export function parametryZListy(lista: readonly ParametrDiagnozy[]): ParametryDiagnozy {
  const w = (id: IdParametru) =>
    (lista.find((p) => p.id === id) ?? DOMYSLNE_PARAMETRY.find((p) => p.id === id)!).wartosc;
  return {
    standardMbps: w('P-LACZE'),
    progCzerwony: w('P-WYKLUCZENIE-CZERWONY'),
    progBursztynowy: w('P-WYKLUCZENIE-BURSZTYNOWY'),
  };
}

export function domyslneReguly(): RegulyDiagnozy {
  return {
    reguly: DOMYSLNE_REGULY.map((r) => ({ ...r })),
    parametry: parametryZListy(DOMYSLNE_PARAMETRY),
    domyslne: [...ID_REGUL, ...ID_PARAMETROW],
  };
}
