/**
 * Status colours of the JST section: the same fills as the written sheets (core `TLO_KOLORU`, Excel's
 * "Good / Neutral / Bad" conditional-format palette — jst.test.ts keeps the two equal) and that palette's
 * dark text colours, which pass WCAG AA on their fills. Copied, not imported, so the section's chunk
 * does not pull in the core's vocabularies.
 */
import type { Kolor } from './model';

export const TLO: Record<Kolor, string> = { zielony: '#C6EFCE', bursztynowy: '#FFEB9C', czerwony: '#FFC7CE' };
export const TEKST: Record<Kolor, string> = { zielony: '#006100', bursztynowy: '#9C5700', czerwony: '#9C0006' };
/** a slightly stronger edge so light fills stay visible on white */
export const RAMKA: Record<Kolor, string> = { zielony: '#8FD19E', bursztynowy: '#E8C95A', czerwony: '#F19AA5' };
export const TLO_BRAKU = '#EDEDED';
export const TEKST_BRAKU = '#424242';
