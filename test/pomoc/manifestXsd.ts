/** Validation of an add-in manifest against the XSDs kept in schemas/manifest/ (libxml2 via xmllint-wasm, offline). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

const KATALOG = path.join(__dirname, '../../schemas/manifest');
const KORZEN = 'OfficeAppManifestV1_1.xsd';

/** The schema errors of `xml` (empty when it validates). */
export async function bledySchematu(xml: string): Promise<string[]> {
  const plik = (n: string) => ({ fileName: n, contents: readFileSync(path.join(KATALOG, n), 'utf8') });
  const wynik = await validateXML({
    xml: { fileName: 'manifest.xml', contents: xml },
    schema: plik(KORZEN),
    preload: readdirSync(KATALOG)
      .filter((n) => n.endsWith('.xsd') && n !== KORZEN)
      .map(plik),
  });
  return wynik.errors.map((e) => e.rawMessage);
}
