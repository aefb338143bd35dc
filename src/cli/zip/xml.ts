/** Tiny helpers for the few OOXML fragments the pre-scan reads with regular expressions. */

const ENCJE: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function dekodujXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : (ENCJE[e] ?? ''),
  );
}

/** Attributes of one start tag (`<sheet name="A" r:id="rId1"/>`), names with their prefixes, values decoded. */
export function atrybuty(tag: string): Map<string, string> {
  const m = new Map<string, string>();
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let x: RegExpExecArray | null;
  while ((x = re.exec(tag))) m.set(x[1], dekodujXml(x[2] ?? x[3] ?? ''));
  return m;
}

/** Resolves a relationship target against the part that owns the relationships. */
export function sciezkaCzesci(zrodlo: string, cel: string): string {
  if (cel.startsWith('/')) return cel.slice(1);
  const czesci = zrodlo.split('/').slice(0, -1);
  for (const k of cel.split('/')) {
    if (k === '..') czesci.pop();
    else if (k !== '.' && k !== '') czesci.push(k);
  }
  return czesci.join('/');
}
