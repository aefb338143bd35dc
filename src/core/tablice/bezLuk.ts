/**
 * `t[i] = v` in an array kept without holes (the slots before `i` filled with undefined): an array with holes
 * turns into a slow dictionary in V8. For arrays indexed by row index or draw position (at most WB-1.9's rows).
 */
export function ustawBezLuk<T>(t: Array<T | undefined>, i: number, v: T): void {
  while (t.length <= i) t.push(undefined);
  t[i] = v;
}
