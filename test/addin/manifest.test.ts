/** Offline structure check of manifest.xml (issue §1): ids, versions, requirement sets, resources, URLs, icons. */
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser } from 'fast-xml-parser';

const KORZEN = path.join(__dirname, '../..');
const XML = fs.readFileSync(path.join(KORZEN, 'manifest.xml'), 'utf8');
type Wezel = Record<string, unknown>;
const m = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (n) =>
    [
      'Set',
      'Control',
      'bt:Image',
      'bt:Url',
      'bt:String',
      'Runtime',
      'ExtensionPoint',
      'Override',
      'bt:Override',
    ].includes(n),
}).parse(XML) as Wezel;
const app = m.OfficeApp as Wezel;
const vo = app.VersionOverrides as Wezel;
const host = (vo.Hosts as Wezel).Host as Wezel;
const zasoby = vo.Resources as Wezel;

/** every [attribute, value] pair and text value below a node */
function wszystko(w: unknown, wynik: Array<[string, string]> = []): Array<[string, string]> {
  if (Array.isArray(w)) w.forEach((x) => wszystko(x, wynik));
  else if (w && typeof w === 'object')
    for (const [k, v] of Object.entries(w)) {
      if (typeof v === 'object') wszystko(v, wynik);
      else wynik.push([k, String(v)]);
    }
  return wynik;
}

const zasob = (grupa: string, element: string) =>
  ((zasoby[grupa] as Wezel)[element] as Wezel[]).map((x) => ({
    id: String(x['@_id']),
    wartosc: String(x['@_DefaultValue']),
    x,
  }));
const idZasobow = new Set(
  ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'].flatMap((g) =>
    zasob(g, g === 'bt:Images' ? 'bt:Image' : g === 'bt:Urls' ? 'bt:Url' : 'bt:String').map((z) => z.id),
  ),
);

/** width and height from a PNG's IHDR */
function rozmiarPng(plik: string): [number, number] {
  const b = fs.readFileSync(plik);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}
const plikZUrl = (url: string) => path.join(KORZEN, new URL(url).pathname);

test('a TaskPaneApp with a GUID id, a 4-part version, Polish default locale and English overrides', () => {
  expect(app['@_xsi:type']).toBe('TaskPaneApp');
  expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(app.DefaultLocale).toBe('pl-PL');
  for (const e of ['DisplayName', 'Description'] as const)
    expect(((app[e] as Wezel).Override as Wezel[])[0]['@_Locale']).toBe('en-US');
  expect(vo['@_xsi:type']).toBe('VersionOverridesV1_0');
  expect(((app.Hosts as Wezel).Host as Wezel)['@_Name']).toBe('Workbook');
});

test('requirement sets: ExcelApi 1.9 and SharedRuntime 1.1', () => {
  const zestawy = ((app.Requirements as Wezel).Sets as Wezel).Set as Wezel[];
  expect(zestawy.map((s) => [s['@_Name'], s['@_MinVersion']])).toEqual([
    ['ExcelApi', '1.9'],
    ['SharedRuntime', '1.1'],
  ]);
});

test('one shared runtime (lifetime long) hosts the task pane, the ribbon functions and the custom functions', () => {
  const runtime = (host.Runtimes as Wezel).Runtime as Wezel[];
  expect(runtime).toHaveLength(1);
  expect(runtime[0]['@_lifetime']).toBe('long');
  const strona = runtime[0]['@_resid'];
  const cf = (host.AllFormFactors as Wezel).ExtensionPoint as Wezel[];
  expect(((cf[0].Page as Wezel).SourceLocation as Wezel)['@_resid']).toBe(strona);
  const desktop = host.DesktopFormFactor as Wezel;
  expect((desktop.FunctionFile as Wezel)['@_resid']).toBe(strona);
  const przyciski = (
    (((desktop.ExtensionPoint as Wezel[])[0].OfficeTab as Wezel).Group as Wezel).Control as Wezel[]
  ).map((c) => c.Action as Wezel);
  expect((przyciski[0].SourceLocation as Wezel)['@_resid']).toBe(strona);
  expect(przyciski.slice(1).map((a) => a.FunctionName)).toEqual(['sprawdz', 'wyczyscOznaczenia']);
  const polecenia = fs.readFileSync(path.join(KORZEN, 'src/addin/commands/polecenia.ts'), 'utf8');
  for (const a of przyciski.slice(1)) expect(polecenia).toContain(`polecenie('${String(a.FunctionName)}'`);
  expect(
    zasob('bt:ShortStrings', 'bt:String').find((z) => z.id === (cf[0].Namespace as Wezel)['@_resid'])!.wartosc,
  ).toBe('CS');
});

test('every resid resolves, ids are unique, strings fit their limits and have an en-US override', () => {
  const resid = wszystko(vo)
    .filter(([k]) => k === '@_resid')
    .map(([, v]) => v);
  expect(resid.length).toBeGreaterThan(10);
  for (const r of resid) expect(idZasobow).toContain(r);
  const wszystkieId = ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'].flatMap((g) =>
    zasob(g, g === 'bt:Images' ? 'bt:Image' : g === 'bt:Urls' ? 'bt:Url' : 'bt:String').map((z) => z.id),
  );
  expect(new Set(wszystkieId).size).toBe(wszystkieId.length);
  for (const z of zasob('bt:ShortStrings', 'bt:String')) {
    expect(z.wartosc.length).toBeLessThanOrEqual(125);
    if (z.id !== 'Functions.Namespace') expect((z.x['bt:Override'] as Wezel[])[0]['@_Locale']).toBe('en-US');
  }
  for (const z of zasob('bt:LongStrings', 'bt:String')) {
    expect(z.wartosc.length).toBeLessThanOrEqual(250);
    expect((z.x['bt:Override'] as Wezel[])[0]['@_Locale']).toBe('en-US');
  }
});

test('every URL is https://localhost:3000/…', () => {
  const adresy = wszystko(app)
    .filter(([k, v]) => !k.startsWith('@_xmlns') && /^[a-z]+:\/\//i.test(v))
    .map(([, v]) => v);
  expect(adresy.length).toBeGreaterThan(8);
  for (const u of adresy) expect(u).toMatch(/^https:\/\/localhost:3000(\/|$)/);
});

test('icon files exist with the pixel size their id and use say', () => {
  for (const z of zasob('bt:Images', 'bt:Image')) {
    const n = Number(/(\d+)x\1$/.exec(z.id)![1]);
    expect(rozmiarPng(plikZUrl(z.wartosc))).toEqual([n, n]);
  }
  expect(rozmiarPng(plikZUrl(String((app.IconUrl as Wezel)['@_DefaultValue'])))).toEqual([32, 32]);
  expect(rozmiarPng(plikZUrl(String((app.HighResolutionIconUrl as Wezel)['@_DefaultValue'])))).toEqual([64, 64]);
  const ikony = (((host.DesktopFormFactor as Wezel).ExtensionPoint as Wezel[])[0].OfficeTab as Wezel).Group as Wezel;
  for (const obraz of (ikony.Icon as Wezel)['bt:Image'] as Wezel[])
    expect(String(obraz['@_resid'])).toBe(`Icon.${obraz['@_size']}x${obraz['@_size']}`);
});
