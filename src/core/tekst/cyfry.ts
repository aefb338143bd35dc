/** WB-1.6 identifiers: a non-empty run of ASCII digits (what `/^\d+$/` tests, without a regular expression). */
export function sameCyfry(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}
