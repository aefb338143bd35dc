/**
 * Annex catalogues CS-A1 (teaching aids) and CS-A2 (functionalities). The annexes were not available:
 * the default content is our reconstruction, labelled as such wherever it is shown.
 */
export const ETYKIETA_REKONSTRUKCJI_A1 = 'Rekonstrukcja — do weryfikacji z załącznikiem nr 1';
export const ETYKIETA_REKONSTRUKCJI_A2 = 'Rekonstrukcja — do weryfikacji z załącznikiem nr 2';

export interface PozycjaKatalogu {
  pkt: number;
  nazwa: string;
  wymagaSzkolenia: boolean;
  domyslnieInwestycja: boolean;
  warunkiTechniczne: string;
}

/** `Minimum`: a number, or 'uczniowie kl. IV' (= the application's `Prognoza uczniów klasy IV`). */
export type MinimumFunkcjonalnosci = number | 'uczniowie kl. IV';

export interface Funkcjonalnosc {
  nazwa: string;
  wariant: 'I' | 'II' | 'oba';
  minimum: { mała: MinimumFunkcjonalnosci; średnia: MinimumFunkcjonalnosci; duża: MinimumFunkcjonalnosci };
  /** grammar `term ('+' term)*`, `term = point ('|' point)* ['×' k]` (CS-A2) */
  spelnianaPrzez: string;
}

const SZKOLENIE = new Set([1, 2, 7, 8, 9, 10, 15, 17]);
const NAZWY: string[] = [
  'komputer przenośny dla ucznia',
  'komputer przenośny dla nauczyciela',
  'szafka lub wózek do przechowywania i ładowania komputerów przenośnych',
  'bezprzewodowy punkt dostępowy',
  'ruter / przełącznik sieciowy',
  'okablowanie sieci lokalnej',
  'tablica interaktywna',
  'projektor (krótkoogniskowy)',
  'wizualizer',
  'system do przeprowadzania testów (urządzenia do głosowania)',
  'głośniki',
  'drukarka',
  'skaner',
  'urządzenie wielofunkcyjne',
  'serwer szkolny / pamięć sieciowa',
  'ekran projekcyjny',
  'tablet lub aparat cyfrowy do zajęć',
];

export const KATALOG_POMOCY: PozycjaKatalogu[] = NAZWY.map((nazwa, i) => ({
  pkt: i + 1,
  nazwa,
  wymagaSzkolenia: SZKOLENIE.has(i + 1),
  domyslnieInwestycja: false,
  warunkiTechniczne: ETYKIETA_REKONSTRUKCJI_A1,
}));

export const FUNKCJONALNOSCI: Funkcjonalnosc[] = [
  {
    nazwa: 'sala z prezentacją treści cyfrowych dla całej klasy',
    wariant: 'oba',
    minimum: { mała: 1, średnia: 2, duża: 3 },
    spelnianaPrzez: '2 + 7|8',
  },
  {
    nazwa: 'zestaw komputerów przenośnych do pracy całego oddziału',
    wariant: 'I',
    minimum: { mała: 1, średnia: 2, duża: 3 },
    spelnianaPrzez: '1×N',
  },
  {
    nazwa: 'komputery przenośne dla uczniów klasy IV do domu',
    wariant: 'II',
    minimum: { mała: 'uczniowie kl. IV', średnia: 'uczniowie kl. IV', duża: 'uczniowie kl. IV' },
    spelnianaPrzez: '1',
  },
  {
    nazwa: 'bezprzewodowy dostęp do sieci w salach',
    wariant: 'oba',
    minimum: { mała: 1, średnia: 2, duża: 3 },
    spelnianaPrzez: '4',
  },
  { nazwa: 'drukowanie', wariant: 'oba', minimum: { mała: 1, średnia: 1, duża: 1 }, spelnianaPrzez: '12|14' },
  { nazwa: 'skanowanie', wariant: 'oba', minimum: { mała: 1, średnia: 1, duża: 1 }, spelnianaPrzez: '13|14' },
];
