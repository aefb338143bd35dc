/** The workbook's structure read straight from the ZIP: sheet names, states and parts, the date system. */
import { BladZip, tekstWpisu, wpisyZip, type WpisZip } from './czytajZip';
import { atrybutBezPrefiksu, atrybuty, sciezkaCzesci, tagi } from './xml';

export interface ArkuszStruktury {
  nazwa: string;
  stan: 'visible' | 'hidden' | 'veryHidden';
  /** ZIP path of the sheet part, e.g. `xl/worksheets/sheet2.xml`; null when missing */
  czesc: string | null;
  /** false for chart sheets and dialog sheets */
  tabela: boolean;
}

export interface Struktura {
  wpisy: Map<string, WpisZip>;
  arkusze: ArkuszStruktury[];
  date1904: boolean;
  /** the custom number-format codes of styles.xml, exactly as stored (escapes included) */
  formatyLiczb: string[];
}

export function czytajStrukture(buf: Buffer): Struktura {
  const wpisy = wpisyZip(buf);
  const tekst = (nazwa: string): string | null => {
    const w = wpisy.get(nazwa);
    return w ? tekstWpisu(buf, w) : null;
  };
  let zeszyt = 'xl/workbook.xml';
  const relsGlowne = tekst('_rels/.rels');
  if (relsGlowne) {
    for (const t of tagi(relsGlowne, 'Relationship')) {
      const a = atrybuty(t);
      if ((a.get('Type') ?? '').endsWith('/officeDocument')) zeszyt = sciezkaCzesci('', a.get('Target') ?? zeszyt);
    }
  }
  const xml = tekst(zeszyt);
  if (xml === null || !/<(?:[\w.-]+:)?workbook\b/.test(xml)) throw new BladZip('no workbook part');
  const rels = new Map<string, { cel: string; typ: string }>();
  const relsXml = tekst(sciezkaCzesci(zeszyt, `_rels/${zeszyt.split('/').pop()}.rels`));
  for (const t of tagi(relsXml ?? '', 'Relationship')) {
    const a = atrybuty(t);
    rels.set(a.get('Id') ?? '', { cel: sciezkaCzesci(zeszyt, a.get('Target') ?? ''), typ: a.get('Type') ?? '' });
  }
  const pr = tagi(xml, 'workbookPr')[0];
  const d1904 = pr ? atrybuty(pr).get('date1904') : undefined;
  const arkusze = tagi(xml, 'sheet').map((t): ArkuszStruktury => {
    const a = atrybuty(t);
    const rel = rels.get(atrybutBezPrefiksu(a, 'id') ?? '');
    const stan = a.get('state');
    return {
      nazwa: a.get('name') ?? '',
      stan: stan === 'hidden' || stan === 'veryHidden' ? stan : 'visible',
      czesc: rel && wpisy.has(rel.cel) ? rel.cel : null,
      tabela: !rel || rel.typ.endsWith('/worksheet'),
    };
  });
  let formatyLiczb: string[] = [];
  for (const r of rels.values()) {
    if (!r.typ.endsWith('/styles') || !wpisy.has(r.cel)) continue;
    formatyLiczb = tagi(tekst(r.cel) ?? '', 'numFmt').map((x) => atrybuty(x).get('formatCode') ?? '');
  }
  return { wpisy, arkusze, date1904: d1904 === '1' || d1904 === 'true', formatyLiczb };
}
