/**
 * Polish plural forms of a count from `Intl.PluralRules('pl')` (CLDR): `one` (1) → `jeden`, `few`
 * (2–4, 22–24, … but not 12–14) → `kilka`, `many` (0, 5–21, 25 …) and `other` → `wiele`.
 */
let reguly: Intl.PluralRules | null = null;

/** the form only: `odmiana(22, 'szkoła', 'szkoły', 'szkół')` → `szkoły` */
export function odmiana(n: number, jeden: string, kilka: string, wiele: string): string {
  const r = (reguly ??= new Intl.PluralRules('pl')).select(n);
  return r === 'one' ? jeden : r === 'few' ? kilka : wiele;
}

/** the count and its form: `ile(5, 'błąd', 'błędy', 'błędów')` → `5 błędów` */
export function ile(n: number, jeden: string, kilka: string, wiele: string): string {
  return `${n} ${odmiana(n, jeden, kilka, wiele)}`;
}
