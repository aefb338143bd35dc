/**
 * Appends `zrodlo` to `cel` without spreading it into one call: `cel.push(...zrodlo)` and
 * `Math.max(...zrodlo)` overflow the call stack above about 125 000 elements, and a sheet within WB-1.9's
 * 100 000 rows can give more findings, row heights or cells than that.
 */
export function dolacz<T>(cel: T[], zrodlo: Iterable<T>): T[] {
  for (const x of zrodlo) cel.push(x);
  return cel;
}

/** The largest of `poczatek` and `liczby`, for any number of them. */
export function najwieksza(poczatek: number, liczby: Iterable<number>): number {
  let m = poczatek;
  for (const x of liczby) if (x > m) m = x;
  return m;
}
