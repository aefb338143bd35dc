/**
 * The sheets each operation reads (required / optional) and the owned sheets it writes (WB-3.1, WB-3.2,
 * JST-4). Names only, no computation, so a host can decide what to read without loading the operations;
 * `operacje.ts` adds how each computes, and its runner blocks a plan writing an undeclared sheet.
 */
import type { Operacja } from './api';
import { normalizuj } from './tekst/normalizuj';
import { ARKUSZ_STANU } from './zeszyt/wlasnosc';

export interface ArkuszeOperacji {
  /** the sheets it reads (matched like `znajdzArkusz`); 'wszystkie' = it recognises the kind by any sheet */
  czyta: { wymagane: readonly string[]; opcjonalne: readonly string[] } | 'wszystkie';
  /** the owned sheets it may write, besides `Uwagi` and the state sheet */
  pisze: readonly string[];
}

const ARKUSZ_UWAG = 'Uwagi';
const ARKUSZE_JST = ['Szkoły JST', 'Reguły diagnozy'];

export const ARKUSZE_OPERACJI: { [O in Operacja]: ArkuszeOperacji } = {
  waliduj: { czyta: 'wszystkie', pisze: [] },
  kwalifikuj: {
    czyta: { wymagane: ['Parametry', 'Wnioski'], opcjonalne: [] },
    pisze: [
      'Protokół',
      'Wykaz wniosków',
      'Zakwalifikowane',
      'Niezakwalifikowane',
      'Odrzucone formalnie',
      'Do publikacji — wariant I',
      'Do publikacji — wariant II',
      'Przebieg kwalifikacji',
      'Informacja dla ministra',
      'Umowy dotacji',
      'Terminy',
    ],
  },
  podziel: {
    czyta: { wymagane: ['Podział środków', 'Województwa'], opcjonalne: [] },
    pisze: ['Podział środków — wynik'],
  },
  // the JST readers report their own missing sheets (JST-1.x), hence all optional here
  diagnozuj: {
    czyta: { wymagane: [], opcjonalne: ARKUSZE_JST },
    pisze: ['Diagnoza JST', 'Objaśnienia diagnozy', 'Rekomendacje'],
  },
  monitoruj: {
    czyta: { wymagane: [], opcjonalne: ['Plan strategiczny', 'Monitoring', 'Parametry monitoringu', ...ARKUSZE_JST] },
    pisze: ['Harmonogram', 'Budżet planu', 'Pulpit monitoringu'],
  },
  wskazniki: {
    czyta: { wymagane: [], opcjonalne: ['Uczestnicy', 'Budżet projektu', 'Plan zadania × rok'] },
    pisze: ['Wskaźniki projektu', 'Budżet projektu — rozliczenie'],
  },
  // CS-R.1 / CS-R.2: the kind is recognised by its sheets (the readers report what is missing)
  sprawozdanie: {
    czyta: { wymagane: [], opcjonalne: ['Sprawozdanie szkoły', 'Sprawozdanie organu', 'Dotacje', 'Wydatki'] },
    pisze: ['Ocena realizacji zadań', 'Rozliczenie dotacji', 'Zestawienie wydatków', 'Wydatki nieuwzględnione'],
  },
  // CS-R.3: the target's kind (body report, voivodeship workbook, §9 split) is recognised by its sheets
  zbierz: {
    czyta: 'wszystkie',
    pisze: ['Sprawozdania szkół', 'Sprawozdanie wojewody', 'Informacja krajowa', 'Terminy'],
  },
};

/** What an operation may write: its declared sheets and `Uwagi` (the state sheet is always allowed). */
export function arkuszeZapisu(operacja: Operacja): readonly string[] {
  return [...ARKUSZE_OPERACJI[operacja].pisze, ARKUSZ_UWAG];
}

/**
 * The sheets a host must read for an operation ('wszystkie' = every sheet): the declared inputs, the sheets
 * it writes (WB-3.1 needs to see a user's sheet of the same name) and the state sheet.
 */
export function arkuszeOperacji(operacja: Operacja): readonly string[] | 'wszystkie' {
  const d = ARKUSZE_OPERACJI[operacja];
  if (d.czyta === 'wszystkie') return 'wszystkie';
  return [...d.czyta.wymagane, ...d.czyta.opcjonalne, ...arkuszeZapisu(operacja), ARKUSZ_STANU];
}

/** The declared input sheets and the state sheet (what a preview of the operation needs). */
export function arkuszeWejsciowe(operacja: Operacja): readonly string[] | 'wszystkie' {
  const d = ARKUSZE_OPERACJI[operacja];
  if (d.czyta === 'wszystkie') return 'wszystkie';
  return [...d.czyta.wymagane, ...d.czyta.opcjonalne, ARKUSZ_STANU];
}

/** Whether a sheet name is one of `nazwy` (exact, or equal after WB-1.3 normalisation like `znajdzArkusz`). */
export function wsrodArkuszy(nazwy: readonly string[]): (nazwa: string) => boolean {
  const znormalizowane = new Set(nazwy.map(normalizuj));
  return (n) => nazwy.includes(n) || znormalizowane.has(normalizuj(n));
}
