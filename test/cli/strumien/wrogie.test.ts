/**
 * WB-1.10 hostile and broken files, generated here (nothing big committed): each ends with exit 0, 1
 * or 2 and a clear message, `--json` prints exactly one JSON object, the input never changes; a
 * random-mutation fuzz of an example never crashes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { uruchom } from '../../../src/cli/uruchom';
import { dostepnaOperacja, dostepnySzablon, szablon, wykonaj } from '../../../src/core/operacje';
import { Archiwum } from '../../../src/cli/pakiet/archiwum';
import { katalogTymczasowy, przechwyc, sha256 } from '../pomocnicze';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require('jszip');

const PRZYKLAD = path.join(__dirname, '../../../examples/wojewodztwo-mazowieckie.xlsx');
const MALY = path.join(__dirname, '../../../examples/s2-mazowieckie.xlsx');
const deps = { wykonaj, szablon, dostepnaOperacja, dostepnySzablon };

let dir: string;
beforeAll(() => {
  dir = katalogTymczasowy();
});

async function zmienione(zrodlo: string, zmiany: Record<string, (xml: string) => string | Buffer>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(zrodlo));
  for (const [n, f] of Object.entries(zmiany)) {
    const stary = zip.file(n) ? await zip.file(n).async('string') : '';
    zip.file(n, f(stary));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function przebieg(
  buf: Buffer,
  polecenie = 'kwalifikuj',
): Promise<{ kod: number; json: Record<string, unknown>; err: string }> {
  const plik = path.join(dir, 'wrogi.xlsx');
  fs.rmSync(path.join(dir, 'wrogi.protokol.xlsx'), { force: true });
  fs.writeFileSync(plik, buf);
  const przed = sha256(plik);
  const c = przechwyc(dir);
  const kod = await uruchom([polecenie, 'wrogi.xlsx', '--json'], c.io, deps);
  expect([0, 1, 2]).toContain(kod);
  const json = JSON.parse(c.out()); // exactly one JSON object (WB-4.1)
  expect(typeof json).toBe('object');
  expect(sha256(plik)).toBe(przed);
  expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  return { kod, json, err: c.err() };
}

const WNIOSKI = 'xl/worksheets/sheet2.xml';

describe('WB-1.10 hostile and broken files', () => {
  test('WB-1.10 a truncated ZIP → exit 2 "nie jest poprawnym plikiem .xlsx"', async () => {
    const b = fs.readFileSync(PRZYKLAD);
    const r = await przebieg(b.subarray(0, b.length >> 1));
    expect(r.kod).toBe(2);
    expect(r.json.blad).toMatch(/nie jest poprawnym plikiem \.xlsx/);
  });

  test('WB-1.10 a zip bomb in styles.xml and in sharedStrings.xml → exit 2 naming the part', async () => {
    for (const [czesc, mib] of [
      ['xl/styles.xml', 65],
      ['xl/sharedStrings.xml', 101],
    ] as const) {
      const bomba = `<?xml version="1.0"?><x>${' '.repeat(mib * 1024 * 1024)}</x>`;
      const r = await przebieg(await zmienione(PRZYKLAD, { [czesc]: () => bomba }));
      expect(r.kod).toBe(2);
      expect(r.json.blad).toMatch(new RegExp(`plik zbyt duży lub uszkodzony: część ${czesc.replace('.', '\\.')}`));
    }
  }, 60_000);

  test('WB-1.10 XML entities (a DOCTYPE) → exit 2 naming the part, nothing expanded', async () => {
    const bomba = (x: string): string =>
      x.replace(
        /<worksheet/,
        '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet',
      );
    const r = await przebieg(await zmienione(PRZYKLAD, { [WNIOSKI]: bomba }));
    expect(r.kod).toBe(2);
    expect(r.json.blad).toMatch(/sheet2\.xml.*DOCTYPE/);
  });

  test('WB-1.10 a merged area over the whole sheet and merged whole columns → exit 2 at once', async () => {
    for (const [ref, kody] of [
      ['A1:XFD1048576', [2]],
      ['A1:C1048576', [0, 1]], // "Merge Across" over three whole columns: 3.1 M cells, read at once
    ] as const) {
      const t0 = Date.now();
      const r = await przebieg(
        await zmienione(PRZYKLAD, {
          [WNIOSKI]: (x) =>
            x.replace('</sheetData>', `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`),
        }),
      );
      expect(Date.now() - t0).toBeLessThan(20_000);
      expect(kody).toContain(r.kod);
      if (r.kod === 2) expect(r.json.blad).toMatch(/scalone obszary obejmują ponad 5 000 000 komórek/);
    }
  });

  test('WB-1.10 `<!-- </sheetData> -->` hides nothing: the cells after it are read', async () => {
    const bazowy = await przebieg(fs.readFileSync(PRZYKLAD));
    const r = await przebieg(
      await zmienione(PRZYKLAD, { [WNIOSKI]: (x) => x.replace(/(<row r="3")/, '<!-- </sheetData> -->$1') }),
    );
    expect(r.kod).toBe(bazowy.kod);
    expect(r.json.odcisk).toBe(bazowy.json.odcisk);
  });

  test('WB-1.10 row 0, a repeated row, row 99 999 999 → exit 2 naming the sheet and row', async () => {
    for (const [zamiana, wzor] of [
      [(x: string) => x.replace(/<row r="2"/, '<row r="0"'), /numer wiersza „0” poza siatką/],
      [(x: string) => x.replace(/<row r="3"/, '<row r="2"'), /wiersz 2 powtórzony albo nie po kolei/],
      [
        (x: string) => x.replace('</sheetData>', '<row r="99999999"><c r="A99999999"><v>1</v></c></row></sheetData>'),
        /poza siatką/,
      ],
    ] as const) {
      const r = await przebieg(await zmienione(PRZYKLAD, { [WNIOSKI]: zamiana }));
      expect(r.kod).toBe(2);
      expect(r.json.blad).toMatch(/Wnioski/);
      expect(r.json.blad).toMatch(wzor);
    }
  });

  test('WB-1.10 comments (legacy and threaded), a chart and an image on the sheet: read without error and copied byte for byte', async () => {
    const rels =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rIdK" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/>' +
      '<Relationship Id="rIdT" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>' +
      '<Relationship Id="rIdD" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>';
    const buf = await zmienione(PRZYKLAD, {
      'xl/worksheets/_rels/sheet2.xml.rels': () => rels,
      'xl/comments1.xml': () =>
        '<?xml version="1.0"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>A</author></authors><commentList><comment ref="B2" authorId="0"><text><t>uwaga</t></text></comment></commentList></comments>',
      'xl/threadedComments/threadedComment1.xml': () =>
        '<?xml version="1.0"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="B2" id="{1}"><text>uwaga</text></threadedComment></ThreadedComments>',
      'xl/drawings/drawing1.xml': () =>
        '<?xml version="1.0"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
      'xl/charts/chart1.xml': () =>
        '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
      'xl/media/image1.png': () => Buffer.from('89504e470d0a1a0a', 'hex'),
    });
    const r = await przebieg(buf);
    expect(r.kod).toBe(0);
    const wej = new Archiwum(buf);
    const wyj = new Archiwum(fs.readFileSync(path.join(dir, 'wrogi.protokol.xlsx')));
    for (const n of [
      'xl/comments1.xml',
      'xl/threadedComments/threadedComment1.xml',
      'xl/drawings/drawing1.xml',
      'xl/charts/chart1.xml',
      'xl/media/image1.png',
      WNIOSKI,
      'xl/worksheets/_rels/sheet2.xml.rels',
    ])
      expect(wyj.surowe(wyj.wpisy.get(n)!).equals(wej.surowe(wej.wpisy.get(n)!))).toBe(true);
  });

  test('WB-1.10 a random-mutation fuzz of an example (200 mutants) never crashes', async () => {
    const oryginal = fs.readFileSync(MALY);
    const zip = await JSZip.loadAsync(oryginal);
    const czesci: string[] = Object.keys(zip.files).filter((n: string) => n.endsWith('.xml') || n.endsWith('.rels'));
    const teksty = new Map<string, string>();
    for (const n of czesci) teksty.set(n, await zip.file(n).async('string'));
    let ziarno = 12345;
    const los = (n: number): number => {
      ziarno = (ziarno * 1103515245 + 12345) & 0x7fffffff;
      return ziarno % n;
    };
    const kody = [0, 0, 0];
    for (let i = 0; i < 200; i++) {
      let buf: Buffer;
      if (i % 2 === 0) {
        buf = Buffer.from(oryginal);
        for (let k = 0; k <= los(4); k++) buf[los(buf.length)] = los(256);
      } else {
        const n = czesci[los(czesci.length)];
        const x = teksty.get(n)!;
        const a = los(x.length);
        const b = Math.min(x.length, a + los(200));
        const wstawki = [
          '',
          x.slice(a, b),
          '<row r="1">',
          '</sheetData>',
          '<c r="A1" t="s"><v>999</v></c>',
          '&amp;',
          '<v>1e400</v>',
          '"',
        ];
        const y = x.slice(0, a) + wstawki[los(wstawki.length)] + x.slice(los(2) ? b : a);
        const z = await JSZip.loadAsync(oryginal);
        z.file(n, y);
        buf = await z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      }
      const r = await przebieg(buf, i % 3 === 0 ? 'waliduj' : 'kwalifikuj');
      kody[r.kod]++;
      expect(String(r.json.blad ?? '')).not.toMatch(/Błąd wewnętrzny|undefined|TypeError/);
    }
    expect(kody[0] + kody[1] + kody[2]).toBe(200);
  }, 300_000);
});

describe('WB-4 files are sacred', () => {
  test('WB-4 `-o name/` is a usage error and `szablon` never overwrites an existing file', async () => {
    fs.copyFileSync(PRZYKLAD, path.join(dir, 'w.xlsx'));
    let c = przechwyc(dir);
    expect(await uruchom(['kwalifikuj', 'w.xlsx', '-o', 'nowy/', '--json'], c.io, deps)).toBe(2);
    expect(JSON.parse(c.out()).blad).toMatch(/wskazuje katalog/);
    expect(fs.existsSync(path.join(dir, 'nowy'))).toBe(false);
    c = przechwyc(dir);
    expect(await uruchom(['szablon', 'wojewodztwo', '-o', 'szablon.xlsx'], c.io, deps)).toBe(0);
    const przed = sha256(path.join(dir, 'szablon.xlsx'));
    c = przechwyc(dir);
    expect(await uruchom(['szablon', 'plan-jst', '-o', 'szablon.xlsx', '--json'], c.io, deps)).toBe(2);
    expect(JSON.parse(c.out()).blad).toMatch(/nigdy nie nadpisuje/);
    expect(sha256(path.join(dir, 'szablon.xlsx'))).toBe(przed);
  });

  test('WB-4 --w-miejscu refuses a read-only input and keeps the permissions of a writable one', async () => {
    const plik = path.join(dir, 'ro.xlsx');
    fs.copyFileSync(PRZYKLAD, plik);
    fs.chmodSync(plik, 0o444);
    const przed = sha256(plik);
    let c = przechwyc(dir);
    expect(await uruchom(['kwalifikuj', 'ro.xlsx', '--w-miejscu', '--json'], c.io, deps)).toBe(2);
    expect(JSON.parse(c.out()).blad).toMatch(/tylko do odczytu/);
    expect(sha256(plik)).toBe(przed);
    fs.chmodSync(plik, 0o640);
    c = przechwyc(dir);
    expect(await uruchom(['kwalifikuj', 'ro.xlsx', '--w-miejscu'], c.io, deps)).toBe(0);
    expect(fs.statSync(plik).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
