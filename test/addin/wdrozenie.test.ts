/**
 * Deployment (issue 8, item 1–2): `npm run build` writes both manifests for ADRES_DODATKU — no localhost, every
 * URL under the base address — and they validate against the manifest XSDs in schemas/manifest/; the task-pane-
 * only manifest needs neither the shared runtime nor custom functions; the help page is built from its template.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { bledySchematu } from '../pomoc/manifestXsd';

const KORZEN = path.join(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { adresDodatku, komunikatBudowania } = require('../../scripts/manifest.js') as {
  adresDodatku(env: Record<string, string | undefined>): string | null;
  komunikatBudowania(adres: string | null): string;
};
const ADRES = 'https://intranet.urzad.gov.pl/cyfrowa-szkola/';
const ZRODLA = ['manifest.xml', 'manifest-panel.xml'] as const;
const zrodlo = (n: string) => readFileSync(path.join(KORZEN, n), 'utf8');

interface Wtyczka {
  patterns?: Array<{ from: string; transform?: (b: Buffer) => Buffer | string }>;
  userOptions?: { filename?: string; chunks?: string[]; template?: string; templateParameters?: object };
}

/** The build's own configuration (webpack.config.js) with ADRES_DODATKU set as given. */
async function konfiguracja(adres: string | undefined): Promise<Wtyczka[]> {
  const przed = process.env.ADRES_DODATKU;
  if (adres === undefined) delete process.env.ADRES_DODATKU;
  else process.env.ADRES_DODATKU = adres;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fabryka = require(path.join(KORZEN, 'webpack.config.js')) as (
      e: unknown,
      a: unknown,
    ) => Promise<{ plugins: Wtyczka[] }>;
    return (await fabryka({}, { mode: 'production' })).plugins;
  } finally {
    if (przed === undefined) delete process.env.ADRES_DODATKU;
    else process.env.ADRES_DODATKU = przed;
  }
}

/** What the build writes to dist/ for one manifest source. */
async function zbudowany(adres: string | undefined, nazwa: string): Promise<string> {
  const wzorzec = (await konfiguracja(adres)).flatMap((p) => p.patterns ?? []).find((w) => w.from === nazwa);
  expect(wzorzec?.transform).toBeDefined();
  return String(wzorzec!.transform!(Buffer.from(zrodlo(nazwa))));
}

/** every URL in attribute values and texts (namespace declarations left out) */
function adresy(xml: string): string[] {
  const wynik: string[] = [];
  const zbierz = (w: unknown): void => {
    if (Array.isArray(w)) w.forEach(zbierz);
    else if (w && typeof w === 'object')
      for (const [k, v] of Object.entries(w)) {
        if (typeof v === 'object') zbierz(v);
        else if (!k.startsWith('@_xmlns') && /^[a-z]+:\/\//i.test(String(v))) wynik.push(String(v));
      }
  };
  zbierz(new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(xml));
  return wynik;
}

describe('ADRES_DODATKU', () => {
  test('an https address of a folder; the trailing slash is added', () => {
    expect(adresDodatku({})).toBeNull();
    expect(adresDodatku({ ADRES_DODATKU: '  ' })).toBeNull();
    expect(adresDodatku({ ADRES_DODATKU: 'https://intranet.urzad.gov.pl/cyfrowa-szkola' })).toBe(ADRES);
    expect(adresDodatku({ ADRES_DODATKU: 'https://dodatki.urzad.local:8443/' })).toBe(
      'https://dodatki.urzad.local:8443/',
    );
  });

  test('http, localhost, a query or no URL at all stop the build with a Polish message', () => {
    expect(() => adresDodatku({ ADRES_DODATKU: 'http://intranet.urzad.gov.pl/cs/' })).toThrow(/https/);
    expect(() => adresDodatku({ ADRES_DODATKU: 'https://localhost:3000/' })).toThrow(/localhost/);
    expect(() => adresDodatku({ ADRES_DODATKU: 'https://urzad.gov.pl/cs/?a=1' })).toThrow(/\?/);
    expect(() => adresDodatku({ ADRES_DODATKU: 'intranet/cs' })).toThrow(/nie jest adresem URL/);
  });

  test('without it the build says plainly that the manifests point at localhost', async () => {
    expect(komunikatBudowania(null)).toMatch(/nie ustawiono ADRES_DODATKU.*localhost/s);
    expect(komunikatBudowania(null)).toContain('ADRES_DODATKU=https://');
    expect(komunikatBudowania(ADRES)).toContain(ADRES);
    for (const n of ZRODLA) expect(await zbudowany(undefined, n)).toBe(zrodlo(n));
  });
});

describe.each(ZRODLA)('built %s', (nazwa) => {
  let xml: string;
  beforeAll(async () => {
    xml = await zbudowany(ADRES, nazwa);
  });

  test('no localhost; every URL starts with the base address (https); the app domain is its origin', () => {
    expect(xml).not.toMatch(/localhost/i);
    const u = adresy(xml);
    expect(u.length).toBeGreaterThan(6);
    for (const a of u) expect(a === 'https://intranet.urzad.gov.pl' || a.startsWith(ADRES)).toBe(true);
    expect(xml).toContain('<AppDomain>https://intranet.urzad.gov.pl</AppDomain>');
    expect(xml).toContain(`<SupportUrl DefaultValue="${ADRES}pomoc.html"/>`);
  });

  test('validates against the add-in manifest XSDs (schemas/manifest/)', async () => {
    await expect(bledySchematu(xml)).resolves.toEqual([]);
  });

  test('its source validates too (the dev-server manifest sideloaded with npm run dev-server)', async () => {
    await expect(bledySchematu(zrodlo(nazwa))).resolves.toEqual([]);
  });
});

test('the schema check can fail: Runtimes after AllFormFactors, an unknown lifetime, a missing Id', async () => {
  const m = zrodlo('manifest.xml');
  const odwrotnie = m.replace(
    /(<Runtimes>[\s\S]*?<\/Runtimes>)(\s*)(<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/,
    '$3$2$1',
  );
  expect(odwrotnie).not.toBe(m);
  expect((await bledySchematu(odwrotnie)).join('\n')).toMatch(/Runtimes.*not expected/);
  expect((await bledySchematu(m.replace('lifetime="long"', 'lifetime="zawsze"'))).join('\n')).toMatch(/lifetime/);
  expect((await bledySchematu(m.replace(/<Id>.*<\/Id>/, ''))).join('\n')).toMatch(/Version.*Expected is.*Id/s);
});

test('the task-pane-only manifest: ExcelApi 1.9 alone, no shared runtime, custom functions or code on the ribbon', () => {
  const panel = zrodlo('manifest-panel.xml').replace(/<!--[\s\S]*?-->/g, '');
  const pelny = zrodlo('manifest.xml');
  for (const brak of ['<Runtimes>', 'CustomFunctions', 'ExecuteFunction', 'SharedRuntime', 'functions.js'])
    expect(panel).not.toContain(brak);
  expect([...panel.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
    'ExcelApi 1.9',
  ]);
  expect(panel).toContain('<SourceLocation DefaultValue="https://localhost:3000/panel.html"/>');
  const id = (x: string) => /<Id>(.*)<\/Id>/.exec(x)![1];
  // its own id: both can sit in one catalogue or centralized deployment
  expect(id(panel)).not.toBe(id(pelny));
  expect(/<Version>(.*)<\/Version>/.exec(panel)![1]).toBe(/<Version>(.*)<\/Version>/.exec(pelny)![1]);
  const resid = [...panel.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
  const idZasobow = new Set([...panel.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
  for (const r of resid) expect(idZasobow).toContain(r);
});

test('the build makes panel.html (the pane alone) and pomoc.html (the help page, SupportUrl of both manifests)', async () => {
  const html = (await konfiguracja(ADRES)).map((p) => p.userOptions).filter((o) => o?.filename);
  expect(html.map((o) => o!.filename)).toEqual(['taskpane.html', 'panel.html', 'pomoc.html']);
  expect(html[1]!.chunks).toEqual(['taskpane']);
  expect(html[2]!.templateParameters).toEqual({ wersja: '0.1.0', kontakt: null });
});

test('pomoc.html: what the add-in does, its sections, the versions of Excel, whom to contact, the version', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const szablon = require('lodash/template') as (t: string) => (p: object) => string;
  const tekst = readFileSync(path.join(KORZEN, 'src/addin/pomoc/pomoc.html'), 'utf8');
  const strona = szablon(tekst)({ wersja: '0.1.0', kontakt: 'Dział IT <it@urzad.gov.pl>, tel. 22 000 00 00' });
  expect(strona).toMatch(/<html lang="pl">/);
  for (const s of ['Sekcje panelu', 'Które wersje Excela', 'Gdy coś nie działa', 'Kontakt', 'Wersja'])
    expect(strona).toContain(`<h2>${s}</h2>`);
  for (const s of ['Szablony', 'Sprawdź', 'Kwalifikacja', 'Szkolenie', 'Podział środków', 'JST', 'Sprawozdania'])
    expect(strona).toContain(`<td>${s}</td>`);
  expect(strona).toContain('Dział IT &lt;it@urzad.gov.pl&gt;, tel. 22 000 00 00');
  expect(strona).toContain('wersja dodatku <strong>0.1.0</strong>');
  expect(szablon(tekst)({ wersja: '0.1.0', kontakt: null })).toContain('dział informatyki Twojego urzędu');
  expect(strona).not.toMatch(/<script|https?:\/\//);
});
