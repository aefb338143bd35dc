/**
 * The workbook's structure streamed from its package: the workbook part and its relationships, the
 * sheets (names, states, parts), the date system (WB-1.7) and the number formats of styles.xml
 * (WB-1.5), each part parsed by saxes within the WB-1.10 size limits.
 */
import { Archiwum, BladPakietu } from '../pakiet/archiwum';
import { sciezkaCzesci } from '../zip/xml';
import { atrybut, parsujTekst } from './xml';
import { WBUDOWANE } from './formatyLiczb';

const MIB = 1024 * 1024;
/** WB-1.10: a part that is read inflates to at most 200 MiB, sharedStrings.xml 100 MiB. */
export const LIMIT_CZESCI = 200 * MIB;
export const LIMIT_NAPISOW = 100 * MIB;
/** Small structural parts (workbook, rels, content types, styles) are read whole. */
export const LIMIT_MALEJ = 64 * MIB;

export interface Relacja {
  id: string;
  typ: string;
  /** the Target as stored */
  cel: string;
  /** the package path it resolves to (for internal targets) */
  czesc: string;
  zewnetrzna: boolean;
}

export interface ArkuszPakietu {
  nazwa: string;
  stan: 'visible' | 'hidden' | 'veryHidden';
  sheetId: number;
  rId: string;
  /** package path of the sheet part; null when missing */
  czesc: string | null;
  /** false for chart sheets and dialog sheets */
  tabela: boolean;
}

export interface StrukturaPakietu {
  zeszyt: string;
  relsZeszytu: string;
  relacje: Relacja[];
  arkusze: ArkuszPakietu[];
  date1904: boolean;
  style: string | null;
  /** numFmtId → format code exactly as stored (escapes kept) */
  formatyLiczb: Map<number, string>;
  /** cellXfs index → numFmtId */
  formatyXf: number[];
  napisy: string | null;
}

export function relsDla(czesc: string): string {
  const i = czesc.lastIndexOf('/');
  return `${czesc.slice(0, i + 1)}_rels/${czesc.slice(i + 1)}.rels`;
}

export function czytajRelacje(a: Archiwum, rels: string, zrodlo: string): Relacja[] {
  const xml = a.tekst(rels, LIMIT_MALEJ);
  if (xml === null) return [];
  const lista: Relacja[] = [];
  parsujTekst(rels, xml, {
    otworz(n, atr) {
      if (n !== 'Relationship') return;
      const cel = atr.Target ?? '';
      const zewnetrzna = atr.TargetMode === 'External';
      lista.push({
        id: atr.Id ?? '',
        typ: atr.Type ?? '',
        cel,
        czesc: zewnetrzna ? cel : sciezkaCzesci(zrodlo, cel),
        zewnetrzna,
      });
    },
  });
  return lista;
}

function brakCzesci(nazwa: string): BladPakietu {
  return new BladPakietu(null, `brak części ${nazwa}`, `part ${nazwa} is missing`);
}

export function czytajStrukturePakietu(a: Archiwum): StrukturaPakietu {
  let zeszyt = 'xl/workbook.xml';
  for (const r of czytajRelacje(a, '_rels/.rels', '')) if (r.typ.endsWith('/officeDocument')) zeszyt = r.czesc;
  const xml = a.tekst(zeszyt, LIMIT_MALEJ);
  if (xml === null) throw brakCzesci(zeszyt);
  const relsZeszytu = relsDla(zeszyt);
  const relacje = czytajRelacje(a, relsZeszytu, zeszyt);
  const wgId = new Map(relacje.map((r) => [r.id, r]));
  const arkusze: ArkuszPakietu[] = [];
  let date1904 = false;
  let korzen = false;
  parsujTekst(zeszyt, xml, {
    otworz(n, atr) {
      if (n === 'workbook') korzen = true;
      else if (n === 'workbookPr') {
        const d = atr.date1904;
        date1904 = d === '1' || d === 'true';
      } else if (n === 'sheet') {
        const rId = atrybut(atr, 'id') ?? '';
        const rel = wgId.get(rId);
        const stan = atr.state;
        arkusze.push({
          nazwa: atr.name ?? '',
          stan: stan === 'hidden' || stan === 'veryHidden' ? stan : 'visible',
          sheetId: Number(atr.sheetId) || 0,
          rId,
          czesc: rel && !rel.zewnetrzna && a.wpisy.has(rel.czesc) ? rel.czesc : null,
          tabela: !rel || rel.typ.endsWith('/worksheet'),
        });
      }
    },
  });
  if (!korzen) throw brakCzesci(zeszyt);
  const styleRel = relacje.find((r) => r.typ.endsWith('/styles') && a.wpisy.has(r.czesc));
  const napisyRel = relacje.find((r) => r.typ.endsWith('/sharedStrings') && a.wpisy.has(r.czesc));
  const formatyLiczb = new Map<number, string>();
  const formatyXf: number[] = [];
  if (styleRel) {
    let wXf = false;
    parsujTekst(styleRel.czesc, a.tekst(styleRel.czesc, LIMIT_MALEJ) ?? '', {
      otworz(n, atr, pusty) {
        if (n === 'numFmt') formatyLiczb.set(Number(atr.numFmtId), atr.formatCode ?? '');
        else if (n === 'cellXfs') wXf = !pusty;
        else if (n === 'xf' && wXf) formatyXf.push(Number(atr.numFmtId) || 0);
      },
      zamknij(n) {
        if (n === 'cellXfs') wXf = false;
      },
    });
  }
  return {
    zeszyt,
    relsZeszytu,
    relacje,
    arkusze,
    date1904,
    style: styleRel?.czesc ?? null,
    formatyLiczb,
    formatyXf,
    napisy: napisyRel?.czesc ?? null,
  };
}

/** The number-format code of each cell style (a cell's `s`), for the readers (WB-1.5, WB-1.7). */
export function formatKomorki(s: StrukturaPakietu): (xf: number) => string | undefined {
  const formaty = s.formatyXf.map((id) => (id ? (s.formatyLiczb.get(id) ?? WBUDOWANE.get(id)) : undefined));
  return (xf) => formaty[xf];
}
