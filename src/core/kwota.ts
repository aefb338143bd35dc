/**
 * Money in integer grosze (1 zł = 100 gr). Values stay safe integers; anything that multiplies
 * money by a share goes through bigint (see `rational.ts`). Never binary floating point.
 */
export type Grosze = number;

export const GR_NA_ZL = 100;

export function zZlotych(zl: number): Grosze {
  if (!Number.isSafeInteger(zl)) throw new Error(`zZlotych: ${zl} is not a whole number of złoty`);
  return zl * GR_NA_ZL;
}

function rozbij(g: Grosze | bigint): { znak: string; zl: string; gr: string } {
  if (typeof g === 'bigint') {
    const a = g < 0n ? -g : g;
    return { znak: g < 0n ? '-' : '', zl: String(a / 100n), gr: String(a % 100n).padStart(2, '0') };
  }
  if (!Number.isSafeInteger(g)) throw new Error(`Grosze must be a safe integer, got ${g}`);
  const a = Math.abs(g);
  return { znak: g < 0 ? '-' : '', zl: String(Math.trunc(a / 100)), gr: String(a % 100).padStart(2, '0') };
}

const grupuj = (zl: string, odstep: string): string => zl.replace(/\B(?=(\d{3})+(?!\d))/g, odstep);

/*
 * The core's one money formatter, in three written forms; `bigint` for sums that may exceed 2^53
 * (W_v, CS-9.1). `kwotaZTekstu` reads every one of them back.
 */

/** `"90000.00"` — the WB-4.1 JSON money form (two decimals, a dot). */
export function kwotaJson(g: Grosze | bigint): string {
  const { znak, zl, gr } = rozbij(g);
  return `${znak}${zl}.${gr}`;
}

/**
 * `"90 000,00 zł"` — Polish display form (no-break spaces between thousands and before `zł`);
 * `odstep: ' '` gives the plain-space form of the generated Markdown descriptions.
 */
export function kwotaPl(g: Grosze | bigint, waluta = true, odstep = '\u00a0'): string {
  const { znak, zl, gr } = rozbij(g);
  return `${znak}${grupuj(zl, odstep)},${gr}${waluta ? `${odstep}zł` : ''}`;
}

/** English display form `"90,000.00 PLN"`. */
export function kwotaEn(g: Grosze | bigint): string {
  const { znak, zl, gr } = rozbij(g);
  return `${znak}${grupuj(zl, ',')}.${gr} PLN`;
}

/** the display form in the user's language */
export function kwotaTekst(g: Grosze | bigint, jezyk: 'pl' | 'en'): string {
  return jezyk === 'en' ? kwotaEn(g) : kwotaPl(g);
}

const ZAPIS_JSON = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;
const ZAPIS_PL = /^(-?)(\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:,(\d{1,2}))?(?:[ \u00A0\u202F]?zł)?$/u;
const ZAPIS_EN = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?[ \u00A0]?PLN$/u;

/**
 * The core's one money parser: the inverse of `kwotaJson`, `kwotaPl` (with or without `zł`) and
 * `kwotaEn` — a sign, then the form's grouping and decimal mark, at most 2 decimals — as grosze;
 * null for any other text or an amount beyond safe integers. (User input in cells is read by
 * WB-1.4 in `komorki/odczyt.ts`, whose forms are the spec's.)
 */
export function kwotaZTekstu(tekst: string): Grosze | null {
  const t = tekst.trim();
  const m = ZAPIS_JSON.exec(t) ?? ZAPIS_PL.exec(t) ?? ZAPIS_EN.exec(t);
  if (!m) return null;
  const g = Number(m[2].replace(/[^\d]/g, '')) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(g)) return null;
  return m[1] && g !== 0 ? -g : g;
}

/**
 * The number written into a money cell (WB-3.3). The division yields the double nearest to the
 * exact decimal, whose shortest representation is that decimal, so WB-1.4 reads it back exactly.
 */
export function kwotaDoKomorki(g: Grosze): number {
  return g / 100;
}

/** ceil(a / b) for integers a ≥ 0, b > 0 — e.g. the minimum own contribution ceil(G/4) (CS-4.3). */
export function ceilDiv(a: number, b: number): number {
  const q = Math.trunc(a / b);
  return q * b < a ? q + 1 : q;
}

export function suma(values: Iterable<Grosze>): Grosze {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
