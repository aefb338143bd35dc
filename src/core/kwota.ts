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

function rozbij(g: Grosze): { znak: string; zl: string; gr: string } {
  if (!Number.isSafeInteger(g)) throw new Error(`Grosze must be a safe integer, got ${g}`);
  const znak = g < 0 ? '-' : '';
  const a = Math.abs(g);
  return { znak, zl: String(Math.trunc(a / 100)), gr: String(a % 100).padStart(2, '0') };
}

/** `"90000.00"` — the WB-4.1 JSON money form (two decimals, a dot). */
export function kwotaJson(g: Grosze): string {
  const { znak, zl, gr } = rozbij(g);
  return `${znak}${zl}.${gr}`;
}

/** `"90000.00"` (or `"-12.5"`) → grosze: the inverse of `kwotaJson`, for hosts holding WB-4.1 money. */
export function groszeZJson(s: string): Grosze {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error(`WB-4.1 money expected, got ${s}`);
  const g = Number(m[2]) * 100 + Number((m[3] ?? '0').padEnd(2, '0'));
  return m[1] ? -g : g;
}

/** `"90 000,00 zł"` — Polish display form (thin no-break spaces between thousands). */
export function kwotaPl(g: Grosze, waluta = true): string {
  const { znak, zl, gr } = rozbij(g);
  const tys = zl.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${znak}${tys},${gr}${waluta ? '\u00a0zł' : ''}`;
}

/** English display form `"90,000.00 PLN"`. */
export function kwotaEn(g: Grosze): string {
  const { znak, zl, gr } = rozbij(g);
  return `${znak}${zl.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${gr} PLN`;
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
