/** WB-2 vocabularies shared by the applications and the voivodeship `Wnioski` sheet (WB-1.3 matching). */
import { Slownik } from '../tekst/normalizuj';
import type { Wariant, WariantZastepczy } from '../kwalifikacja/typy';

/** CS-2.1 eligible school types (anything else is not eligible). */
export type TypSzkoly = 'szkoła podstawowa' | 'ogólnokształcąca szkoła muzyczna I stopnia';
export const TYP_SZKOLY = new Slownik<TypSzkoly>(['szkoła podstawowa', 'ogólnokształcąca szkoła muzyczna I stopnia']);
export const DOMYSLNY_TYP_SZKOLY: TypSzkoly = 'szkoła podstawowa';

export type Polozenie = 'wieś' | 'miasto do 5 tys.' | 'miasto powyżej 5 tys.';
export const POLOZENIE = new Slownik<Polozenie>(['wieś', 'miasto do 5 tys.', 'miasto powyżej 5 tys.']);

/** CS-3.1 (`inny` is in the vocabulary, and is a `błąd`). */
export type RodzajOrganu = 'gmina' | 'powiat' | 'miasto na prawach powiatu' | 'województwo' | 'inny';
export const RODZAJ_ORGANU = new Slownik<RodzajOrganu>([
  'gmina',
  'powiat',
  'miasto na prawach powiatu',
  'województwo',
  'inny',
]);

/** CS-8.1 */
export const WARIANT = new Slownik<Wariant>(['I', 'II']);
export const WARIANT_ZASTEPCZY = new Slownik<WariantZastepczy>(['I', 'II', 'odstąpienie']);

/** WB-2 `Kalkulacja kosztów` / `Źródło` (CS-4.2). */
export type Zrodlo = 'wsparcie' | 'wkład własny' | 'wkład własny poniesiony od 1.01.2012';
export const ZRODLO = new Slownik<Zrodlo>(
  ['wsparcie', 'wkład własny', 'wkład własny poniesiony od 1.01.2012'],
  [['wkład własny poniesiony od 01.01.2012', 'wkład własny poniesiony od 1.01.2012']],
);
