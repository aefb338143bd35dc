/** "Dlaczego?" for one application (issue 12): events from the CS-Z3 trace, sentences, JSON. */
export { wyjasnij, wyjasnienieWniosku, wyjasnienieJson, normalizujRegon } from './wyjasnij';
export { zdarzeniaWniosku, REGULA_KROKU } from './zdarzenia';
export type { Wyjasnienie, Zdarzenie } from './zdarzenia';
export { zdanie, zdania } from './zdania';
