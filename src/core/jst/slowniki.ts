/** JST-1 … JST-6 vocabularies (WB-1.3 matching) and the status colours used by the written sheets. */
import { Slownik } from '../tekst/normalizuj';

// JST-1 `Szkoły JST`
export const TYPY_SZKOL = [
  'przedszkole',
  'szkoła podstawowa',
  'liceum',
  'technikum',
  'szkoła branżowa',
  'szkoła specjalna',
  'placówka',
] as const;
export type TypSzkoly = (typeof TYPY_SZKOL)[number];
export const TYP_SZKOLY = new Slownik<TypSzkoly>(TYPY_SZKOL);

export const ADMINISTROWANIE = [
  'nauczyciel',
  'informatyk szkolny',
  'centrum usług wspólnych JST',
  'firma zewnętrzna',
  'brak',
] as const;
export type Administrowanie = (typeof ADMINISTROWANIE)[number];
export const ADMINISTROWANIE_IT = new Slownik<Administrowanie>(ADMINISTROWANIE);
/** JST-1.5: administration by a teacher or none is flagged as ineffective */
export const ADMINISTROWANIE_NIESKUTECZNE: readonly Administrowanie[] = ['nauczyciel', 'brak'];

// JST-2 priorities
export const PRIORYTETY = ['wysoki', 'średni', 'niski'] as const;
export type Priorytet = (typeof PRIORYTETY)[number];
export const PRIORYTET = new Slownik<Priorytet>(PRIORYTETY);

// JST-3 `Źródło finansowania`
export const ZRODLA = ['budżet JST', 'fundusze UE', 'KPO', 'program rządowy', 'inne'] as const;
export type Zrodlo = (typeof ZRODLA)[number];
export const ZRODLO = new Slownik<Zrodlo>(ZRODLA);

// JST-5 `Uczestnicy`
export const PLCIE = ['K', 'M'] as const;
export type Plec = (typeof PLCIE)[number];
export const PLEC = new Slownik<Plec>(PLCIE);

export const ROLE = ['kadra operacyjna', 'kierownictwo JST', 'dyrektor lub inny interesariusz'] as const;
export type Rola = (typeof ROLE)[number];
export const ROLA = new Slownik<Rola>(ROLE);

// JST-6 `Budżet projektu` — tasks 1–4 (also matched as the bare number)
export const ZADANIA = ['Zadanie 1', 'Zadanie 2', 'Zadanie 3', 'Zadanie 4'] as const;
export type NazwaZadania = (typeof ZADANIA)[number];
export const ZADANIE = new Slownik<NazwaZadania>(ZADANIA, [
  ['1', 'Zadanie 1'],
  ['2', 'Zadanie 2'],
  ['3', 'Zadanie 3'],
  ['4', 'Zadanie 4'],
  ['zad. 1', 'Zadanie 1'],
  ['zad. 2', 'Zadanie 2'],
  ['zad. 3', 'Zadanie 3'],
  ['zad. 4', 'Zadanie 4'],
]);

// JST-1.7 / JST-4 statuses
export type Kolor = 'zielony' | 'bursztynowy' | 'czerwony';
export const KOLORY: readonly Kolor[] = ['zielony', 'bursztynowy', 'czerwony'];
export const KOLOR_EN: Record<Kolor, string> = { zielony: 'green', bursztynowy: 'amber', czerwony: 'red' };
/** cell fills (Excel's conditional-format palette) */
export const TLO_KOLORU: Record<Kolor, string> = { zielony: 'C6EFCE', bursztynowy: 'FFEB9C', czerwony: 'FFC7CE' };
export const TLO_SEKCJI = 'EDEDED';
export const TLO_NIEAKTYWNE = 'F2F2F2';

/** higher = worse */
export function wagaKoloru(k: Kolor): number {
  return KOLORY.indexOf(k);
}
