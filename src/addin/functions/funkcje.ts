/// <reference types="custom-functions-runtime" />
/**
 * Custom functions (namespace `CS`): thin wrappers over `logika.ts`. The metadata (functions.json) is
 * generated from these JSDoc tags by custom-functions-metadata-plugin, which also appends the
 * `CustomFunctions.associate` calls when webpack bundles this file.
 */
import * as L from './logika';

function wynik<T>(w: L.Wynik<T>): T {
  if (w.ok) return w.v;
  throw new CustomFunctions.Error(
    w.brak ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue,
    w.komunikat,
  );
}

/**
 * Wielkość szkoły według liczby uczniów klas I–VI (CS-5.1): „mała” (do 100), „średnia” (101–300) albo „duża” (ponad 300).
 * @customfunction WIELKOSC_SZKOLY WIELKOSC_SZKOLY
 * @param uczniowie Liczba uczniów klas I–VI (SIO, 30.09.2011) — liczba całkowita ≥ 1.
 * @returns Wielkość szkoły.
 */
export function wielkoscSzkoly(uczniowie: number | string): string {
  return wynik(L.wielkosc(uczniowie));
}

/**
 * Maksymalna kwota wsparcia szkoły w zł według liczby uczniów klas I–VI (CS-5.2): 90 000, 140 000 albo 200 000 zł.
 * @customfunction LIMIT_WSPARCIA LIMIT_WSPARCIA
 * @param uczniowie Liczba uczniów klas I–VI (SIO, 30.09.2011) — liczba całkowita ≥ 1.
 * @returns Limit wsparcia w zł.
 */
export function limitWsparcia(uczniowie: number | string): number {
  return wynik(L.limit(uczniowie));
}

/**
 * Minimalny wkład własny w zł (CS-4.3: co najmniej 20% wartości zadania, czyli ⌈wsparcie/4⌉ co do grosza; z kwotami wsparcia na pomoce inwestycyjne także CS-4.4).
 * @customfunction MIN_WKLAD_WLASNY MIN_WKLAD_WLASNY
 * @param wsparcie Wnioskowana kwota wsparcia w zł (najwyżej 2 miejsca po przecinku).
 * @param wsparcie_inwestycyjne Opcjonalnie: kwoty wsparcia na poszczególne rodzaje pomocy będących wydatkami inwestycyjnymi (zakres).
 * @returns Najmniejszy wymagany wkład własny w zł.
 */
export function minWkladWlasny(wsparcie: number | string, wsparcie_inwestycyjne?: unknown[][]): number {
  return wynik(L.minWklad(wsparcie, (wsparcie_inwestycyjne ?? []).flat()));
}

/**
 * Czy wkład własny wystarcza (CS-4.3): PRAWDA, gdy wkład ≥ ⌈wsparcie/4⌉ (dokładnie, w groszach).
 * @customfunction CZY_WKLAD_WYSTARCZA CZY_WKLAD_WYSTARCZA
 * @param wsparcie Kwota wsparcia w zł.
 * @param wklad Wkład własny w zł.
 * @returns PRAWDA albo FAŁSZ.
 */
export function czyWkladWystarcza(wsparcie: number | string, wklad: number | string): boolean {
  return wynik(L.wkladWystarcza(wsparcie, wklad));
}

/**
 * Czy REGON jest poprawny (CS-10.4): 9 albo 14 cyfr i zgodna cyfra kontrolna; liczba jest uzupełniana zerami z lewej (WB-1.6).
 * @customfunction CZY_REGON_POPRAWNY CZY_REGON_POPRAWNY
 * @param regon REGON jako tekst lub liczba; spacje i myślniki są pomijane.
 * @returns PRAWDA albo FAŁSZ.
 */
export function czyRegonPoprawny(regon: number | string): boolean {
  return wynik(L.regonOk(regon));
}

/**
 * Klucz losowania (CS-Z3.1): SHA-256 z tekstu „ziarno|REGON” w UTF-8, szesnastkowo małymi literami. Każdy może go sprawdzić dowolnym narzędziem SHA-256.
 * @customfunction KLUCZ_LOSOWANIA KLUCZ_LOSOWANIA
 * @param ziarno Ziarno losowania z arkusza Parametry (tekst przycięty; liczba jak w komórce).
 * @param regon REGON szkoły (znormalizowany jak w WB-1.6).
 * @returns 64 znaki szesnastkowe; mniejszy klucz = wcześniejsza pozycja w losowaniu.
 */
export function kluczLosowania(ziarno: number | string, regon: number | string): string {
  return wynik(L.klucz(ziarno, regon));
}

/**
 * Udział województwa w podziale kwoty krajowej (CS-9.1a): W_v/ΣW w procentach, zaokrąglony do 4 miejsc (W = 90 000·małe + 140 000·średnie + 200 000·duże).
 * @customfunction UDZIAL_WOJEWODZTWA UDZIAL_WOJEWODZTWA
 * @param liczby_16x3 Liczby szkół małych, średnich i dużych: 16 wierszy (województwa w kolejności TERYT 02…32) × 3 kolumny.
 * @param teryt Kod TERYT województwa (np. 14 albo „14”) lub jego nazwa („mazowieckie”).
 * @returns Udział w procentach (np. 14,0000).
 */
export function udzialWojewodztwa(liczby_16x3: unknown[][], teryt: number | string): number {
  return wynik(L.udzial(liczby_16x3, teryt));
}

/**
 * Kwota dla województwa w zł (CS-9.1b–c): podział kwoty krajowej proporcjonalnie do wag metodą największych reszt w jednostkach zaokrąglenia; suma po 16 województwach równa się kwocie krajowej.
 * @customfunction KWOTA_WOJEWODZTWA KWOTA_WOJEWODZTWA
 * @param kwota Kwota krajowa w zł.
 * @param liczby_16x3 Liczby szkół małych, średnich i dużych: 16 wierszy (TERYT 02…32) × 3 kolumny.
 * @param teryt Kod TERYT województwa lub jego nazwa.
 * @param jednostka Opcjonalnie: jednostka zaokrąglenia — „1 gr” (domyślnie), „1 zł”, „100 zł”, „1 000 zł” albo kwota w zł.
 * @returns Kwota A_v w zł.
 */
export function kwotaWojewodztwa(
  kwota: number | string,
  liczby_16x3: unknown[][],
  teryt: number | string,
  jednostka?: number | string,
): number {
  return wynik(L.kwotaWojewodztwa(kwota, liczby_16x3, teryt, jednostka));
}
