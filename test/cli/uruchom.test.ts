/** WB-4 the command-line tool end to end with injected fake operations: naming, exit codes, JSON, file safety. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { uruchom } from '../../src/cli/uruchom';
import { czytajZeszyt } from '../../src/cli/exceljs/czytaj';
import { wczytajExcelJS } from '../../src/cli/exceljs/plik';
import { Archiwum } from '../../src/cli/pakiet/archiwum';
import { czytajStrukturePakietu } from '../../src/cli/strumien/struktura';
import { walidacjeZXml } from '../../src/cli/zip/walidacjeXml';
import { ARKUSZ_STANU } from '../../src/core/zeszyt/wlasnosc';
import { arkuszStanu, pustyStan } from '../../src/core/zeszyt/wlasnosc';
import { nowyZeszyt, zastosujPlan } from '../../src/cli/exceljs/zapisz';
import {
  falszywe,
  katalogTymczasowy,
  plikiWKatalogu,
  przechwyc,
  sha256,
  UWAGA_BLAD,
  UWAGA_BLOKUJACA,
  UWAGA_OSTRZEZENIE,
  zapiszWejscie,
} from './pomocnicze';

let dir: string;
let wejscie: string;

beforeEach(async () => {
  dir = katalogTymczasowy();
  wejscie = path.join(dir, 'wojewodztwo.xlsx');
  await zapiszWejscie(wejscie);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function zeszyt(plik: string) {
  return czytajZeszyt(await wczytajExcelJS(fs.readFileSync(plik), plik)).zeszyt;
}

function walidacjeArkusza(plik: string, nazwa: string) {
  const buf = fs.readFileSync(plik);
  const pakiet = new Archiwum(buf);
  const a = czytajStrukturePakietu(pakiet).arkusze.find((x) => x.nazwa === nazwa)!;
  return walidacjeZXml(pakiet.tekst(a.czesc!, 1 << 28)!).map((w) => [w.sqref, JSON.parse(w.podpis)[2]]);
}

describe('WB-4 output naming and protection of files', () => {
  test('WB-4 without -o the output is <name>.protokol.xlsx: a full copy plus the owned sheets; the input bytes are unchanged', async () => {
    const przed = sha256(wejscie);
    const c = przechwyc(dir);
    expect(await uruchom(['kwalifikuj', 'wojewodztwo.xlsx'], c.io, falszywe())).toBe(0);
    expect(sha256(wejscie)).toBe(przed);
    const wynik = path.join(dir, 'wojewodztwo.protokol.xlsx');
    const z = await zeszyt(wynik);
    expect(z.arkusze.map((a) => [a.nazwa, a.widocznosc])).toEqual([
      ['Parametry', 'widoczny'],
      ['Wnioski', 'widoczny'],
      ['Ukryty', 'ukryty'],
      ['Wynik', 'widoczny'],
      [ARKUSZ_STANU, 'bardzoUkryty'],
    ]);
    const oryginal = await zeszyt(wejscie);
    for (const n of ['Parametry', 'Wnioski', 'Ukryty'])
      expect(z.arkusze.find((a) => a.nazwa === n)!.wiersze).toEqual(
        oryginal.arkusze.find((a) => a.nazwa === n)!.wiersze,
      );
    expect(walidacjeArkusza(wynik, 'Wnioski')).toEqual([['C2:C100', '"I,II"']]);
    expect(c.out()).toContain('Zapisano: wojewodztwo.protokol.xlsx');
    expect(c.out()).toContain('Podsumowanie testowe.');
    expect(plikiWKatalogu(dir)).toEqual(['wojewodztwo.protokol.xlsx', 'wojewodztwo.xlsx']); // no temp files left
  });

  test('WB-4 -o equal to the input without --w-miejscu → exit 2, nothing written', async () => {
    const przed = sha256(wejscie);
    const c = przechwyc(dir);
    expect(await uruchom(['kwalifikuj', 'wojewodztwo.xlsx', '-o', './wojewodztwo.xlsx'], c.io, falszywe())).toBe(2);
    expect(c.err()).toMatch(/plikiem wejściowym/);
    expect(sha256(wejscie)).toBe(przed);
    expect(plikiWKatalogu(dir)).toEqual(['wojewodztwo.xlsx']);
  });

  test('WB-4 an existing output without a _cyfrowa_szkola sheet is not overwritten (exit 2); one this command wrote is', async () => {
    const obcy = path.join(dir, 'obcy.xlsx');
    await zapiszWejscie(obcy);
    const przed = sha256(obcy);
    const c = przechwyc(dir);
    expect(await uruchom(['kwalifikuj', 'wojewodztwo.xlsx', '-o', 'obcy.xlsx', '--json'], c.io, falszywe())).toBe(2);
    expect(JSON.parse(c.out())).toEqual({ blad: expect.stringContaining('_cyfrowa_szkola') });
    expect(sha256(obcy)).toBe(przed);

    fs.writeFileSync(path.join(dir, 'smieci.xlsx'), 'to nie jest xlsx');
    expect(await uruchom(['kwalifikuj', 'wojewodztwo.xlsx', '-o', 'smieci.xlsx'], przechwyc(dir).io, falszywe())).toBe(
      2,
    );
    expect(fs.readFileSync(path.join(dir, 'smieci.xlsx'), 'utf8')).toBe('to nie jest xlsx');

    expect(await uruchom(['kwalifikuj', 'wojewodztwo.xlsx', '-o', 'nasz.xlsx'], przechwyc(dir).io, falszywe())).toBe(0);
    const c2 = przechwyc(dir);
    expect(await uruchom(['kwalifikuj', 'wojewodztwo.xlsx', '-o', 'nasz.xlsx'], c2.io, falszywe())).toBe(0);
    expect(c2.out()).toContain('Zapisano: nasz.xlsx');
  });

  test('a missing file, a directory, a non-xlsx file and an old .xls give exit 2 with a message', async () => {
    fs.writeFileSync(path.join(dir, 'tekst.xlsx'), 'abc');
    fs.writeFileSync(path.join(dir, 'stary.xls'), Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(100), 'hex'));
    fs.mkdirSync(path.join(dir, 'katalog.xlsx'));
    const JSZip = require('jszip'); // eslint-disable-line @typescript-eslint/no-require-imports
    const zip = new JSZip();
    zip.file('word/document.xml', '<document/>');
    fs.writeFileSync(path.join(dir, 'inny.zip.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    for (const [plik, wzor] of [
      ['brak.xlsx', /Nie ma pliku/],
      ['tekst.xlsx', /nie jest poprawnym plikiem \.xlsx/],
      ['stary.xls', /starym formacie \.xls/],
      ['katalog.xlsx', /nie jest plikiem/],
      ['inny.zip.xlsx', /nie jest poprawnym plikiem \.xlsx/],
    ] as const) {
      const c = przechwyc(dir);
      expect(await uruchom(['waliduj', plik], c.io, falszywe())).toBe(2);
      expect(c.err()).toMatch(wzor);
    }
  });
});

describe('WB-4 exit codes and --json', () => {
  test("WB-4.1 --json exit 0: stdout is exactly the operation's JSON object; everything else on stderr", async () => {
    const c = przechwyc(dir);
    expect(await uruchom(['kwalifikuj', 'wojewodztwo.xlsx', '--json'], c.io, falszywe())).toBe(0);
    expect(JSON.parse(c.out())).toEqual({ algorytm: 'test', arkusze: 3 });
    expect(c.err()).toContain('Zapisano');
    expect(c.err()).toContain('CS-5.2');
  });

  test('WB-4.1 exit 1 (blocked): findings printed, nothing written; --json gives {uwagi}', async () => {
    const c = przechwyc(dir);
    const deps = falszywe({ status: 'zablokowane', uwagi: [UWAGA_BLOKUJACA, UWAGA_OSTRZEZENIE] });
    expect(await uruchom(['kwalifikuj', 'wojewodztwo.xlsx', '--json'], c.io, deps)).toBe(1);
    const j = JSON.parse(c.out());
    expect(j.uwagi).toEqual([
      { arkusz: 'Parametry', komorka: null, waga: 'błąd', regula: 'WB-5.3', komunikat: 'Brak kwoty środków.' },
      {
        arkusz: 'Wnioski',
        komorka: 'H7',
        waga: 'ostrzeżenie',
        regula: 'CS-5.2',
        komunikat: 'Kwota powyżej limitu — obniżona.',
      },
    ]);
    expect(plikiWKatalogu(dir)).toEqual(['wojewodztwo.xlsx']);
    const t = przechwyc(dir);
    expect(await uruchom(['kwalifikuj', 'wojewodztwo.xlsx'], t.io, deps)).toBe(1);
    expect(t.out()).toMatch(/^Parametry\s+błąd\s+WB-5\.3\s+Brak kwoty środków\.$/m);
    expect(t.out()).toMatch(/^Wnioski!H7\s+ostrzeżenie\s+CS-5\.2\s+Kwota powyżej limitu/m);
    expect(t.out()).toContain('nic nie zapisano');
  });

  test('WB-4 waliduj: exit 1 when any błąd, 0 otherwise; lines sorted by sheet and cell; English with --lang en', async () => {
    const c = przechwyc(dir);
    expect(
      await uruchom(['waliduj', 'wojewodztwo.xlsx'], c.io, falszywe({ uwagi: [UWAGA_OSTRZEZENIE, UWAGA_BLAD] })),
    ).toBe(1);
    const linie = c.out().trim().split('\n');
    expect(linie[0]).toMatch(/^Wnioski!C3\s+błąd\s+CS-4\.3\s+Za mały wkład własny\.$/);
    expect(linie[1]).toMatch(/^Wnioski!H7\s+ostrzeżenie\s+CS-5\.2/);
    expect(linie[2]).toBe('Uwagi: 1 błąd, 1 ostrzeżenie, 0 informacji.');
    const en = przechwyc(dir);
    expect(
      await uruchom(
        ['waliduj', 'wojewodztwo.xlsx', '--lang', 'en'],
        en.io,
        falszywe({ uwagi: [UWAGA_OSTRZEZENIE, UWAGA_BLAD] }),
      ),
    ).toBe(1);
    expect(en.out()).toMatch(/^Wnioski!C3\s+error\s+CS-4\.3\s+Own contribution too small\.$/m);
    const ok = przechwyc(dir);
    expect(
      await uruchom(['waliduj', 'wojewodztwo.xlsx', '--json'], ok.io, falszywe({ uwagi: [UWAGA_OSTRZEZENIE] })),
    ).toBe(0);
    expect(JSON.parse(ok.out()).uwagi).toHaveLength(1);
  });

  test("WB-1.9 an operation's refusal → exit 2 with {blad}", async () => {
    const c = przechwyc(dir);
    const deps = falszywe({
      status: 'odmowa',
      uwagi: [
        {
          arkusz: 'Wnioski',
          komorka: null,
          waga: 'błąd',
          regula: 'WB-1.9',
          komunikat: 'Za dużo wierszy.',
          message: 'Too many rows.',
          blokujaca: true,
        },
      ],
    });
    expect(await uruchom(['kwalifikuj', 'wojewodztwo.xlsx', '--json', '--lang', 'en'], c.io, deps)).toBe(2);
    expect(JSON.parse(c.out())).toEqual({ blad: 'Wnioski: Too many rows.' });
  });

  test('never a crash: an exception in the core → exit 2, stack only with CS_DEBUG=1', async () => {
    const c = przechwyc(dir);
    expect(
      await uruchom(['kwalifikuj', 'wojewodztwo.xlsx', '--json'], c.io, falszywe({ rzuc: new Error('bum') })),
    ).toBe(2);
    expect(JSON.parse(c.out())).toEqual({ blad: 'Błąd wewnętrzny: bum' });
    expect(c.err()).not.toMatch(/at .*uruchom/);
    const d = przechwyc(dir, { CS_DEBUG: '1' });
    expect(await uruchom(['kwalifikuj', 'wojewodztwo.xlsx'], d.io, falszywe({ rzuc: new Error('bum') }))).toBe(2);
    expect(d.err()).toMatch(/\n\s+at /);
  });

  test('usage errors → exit 2; with --json exactly one {blad}; help → exit 0', async () => {
    const c = przechwyc(dir);
    expect(await uruchom(['kwalifikuj', '--json'], c.io, falszywe())).toBe(2);
    expect(Object.keys(JSON.parse(c.out()))).toEqual(['blad']);
    const h = przechwyc(dir);
    expect(await uruchom(['--help', '--lang', 'en'], h.io, falszywe())).toBe(0);
    expect(h.out()).toContain('Exit codes');
    const n = przechwyc(dir);
    expect(
      await uruchom(['kwalifikuj', 'wojewodztwo.xlsx'], n.io, { ...falszywe(), dostepnaOperacja: () => false }),
    ).toBe(2);
    expect(n.err()).toContain('nie jest jeszcze dostępne');
  });

  test('the core gets today in Europe/Warsaw, the language and a progress callback; the bar is drawn only on a TTY', async () => {
    const deps = falszywe();
    const c = przechwyc(dir, {}, true);
    expect(await uruchom(['waliduj', 'wojewodztwo.xlsx', '--lang', 'en'], c.io, deps)).toBe(0);
    expect(deps.wywolania[0].k).toMatchObject({ dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'en' });
    expect(c.err()).toContain('%');
    const bez = przechwyc(dir);
    await uruchom(['waliduj', 'wojewodztwo.xlsx'], bez.io, falszywe());
    expect(bez.err()).toBe('');
  });
});

describe('WB-1.4 formulas without a cached result', () => {
  test('read as empty and reported as a located warning', async () => {
    await zapiszWejscie(wejscie, (wb) => {
      wb.getWorksheet('Wnioski')!.getCell('B4').value = { formula: 'B2&"x"' } as ExcelJS.CellFormulaValue;
    });
    const deps = falszywe({ uwagi: [] });
    const c = przechwyc(dir);
    expect(await uruchom(['waliduj', 'wojewodztwo.xlsx', '--json'], c.io, deps)).toBe(0);
    expect(JSON.parse(c.out()).uwagi).toEqual([
      {
        arkusz: 'Wnioski',
        komorka: 'B4',
        waga: 'ostrzeżenie',
        regula: 'WB-1.4',
        komunikat: expect.stringContaining('Formuły bez zapisanego wyniku: 1'),
      },
    ]);
    expect(deps.wywolania[0].z.arkusze[1].wiersze[3]).toBeUndefined();
  });
});

describe('WB-4 szablon', () => {
  test('writes the template; refuses to overwrite a file it did not write', async () => {
    const c = przechwyc(dir);
    expect(await uruchom(['szablon', 'wojewodztwo', '-o', 'nowy.xlsx', '--json'], c.io, falszywe())).toBe(0);
    expect(JSON.parse(c.out())).toEqual({
      plik: path.join(dir, 'nowy.xlsx'),
      szablon: 'wojewodztwo',
      arkusze: ['Parametry'],
    });
    const z = await zeszyt(path.join(dir, 'nowy.xlsx'));
    expect(z.arkusze[0].wiersze[0]).toEqual([
      { t: 's', v: 'Rodzaj' },
      { t: 's', v: 'wojewodztwo' },
    ]);
    expect(await uruchom(['szablon', 'wojewodztwo', '-o', 'wojewodztwo.xlsx'], przechwyc(dir).io, falszywe())).toBe(2);
    expect(await uruchom(['szablon', 'wojewodztwo', '-o', 'brak/katalogu.xlsx'], przechwyc(dir).io, falszywe())).toBe(
      2,
    );
  });
});

describe('WB-4 --w-miejscu', () => {
  test('writes into the input after verifying the copy: input sheets, values, validations kept; owned sheets added', async () => {
    const c = przechwyc(dir);
    expect(await uruchom(['kwalifikuj', 'wojewodztwo.xlsx', '--w-miejscu'], c.io, falszywe())).toBe(0);
    expect(c.out()).toContain('Zapisano: wojewodztwo.xlsx');
    const z = await zeszyt(wejscie);
    expect(z.arkusze.map((a) => a.nazwa)).toEqual(['Parametry', 'Wnioski', 'Ukryty', 'Wynik', ARKUSZ_STANU]);
    expect(z.arkusze[1].wiersze[1]).toEqual([
      { t: 'n', v: 1 },
      { t: 's', v: 'SP nr 1' },
      { t: 's', v: 'I' },
      { t: 'd', y: 2012, m: 5, d: 10 },
      { t: 'n', v: 0.8, fmt: '0%' },
    ]);
    expect(walidacjeArkusza(wejscie, 'Wnioski')).toEqual([['C2:C100', '"I,II"']]);
    expect(plikiWKatalogu(dir)).toEqual(['wojewodztwo.xlsx']);
    // and again: the owned sheets are replaced, the verification still holds
    expect(await uruchom(['kwalifikuj', 'wojewodztwo.xlsx', '--w-miejscu'], przechwyc(dir).io, falszywe())).toBe(0);
    expect((await zeszyt(wejscie)).arkusze.map((a) => a.nazwa)).toEqual([
      'Parametry',
      'Wnioski',
      'Ukryty',
      'Wynik',
      ARKUSZ_STANU,
    ]);
  });

  test('a verification failure (a changed input cell in the copy) → exit 2, the input untouched, no temp file left', async () => {
    const przed = sha256(wejscie);
    const c = przechwyc(dir);
    const psuj = async (tmp: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(tmp);
      wb.getWorksheet('Wnioski')!.getCell('B2').value = 'zmieniona';
      await wb.xlsx.writeFile(tmp);
    };
    expect(
      await uruchom(
        ['kwalifikuj', 'wojewodztwo.xlsx', '--w-miejscu', '--json'],
        c.io,
        falszywe({}, { poZapisieTymczasowym: psuj }),
      ),
    ).toBe(2);
    const j = JSON.parse(c.out());
    expect(j.blad).toMatch(/Weryfikacja zapisanej kopii nie powiodła się/);
    expect(j.blad).toMatch(/Arkusz „Wnioski” \(xl\/worksheets\/sheet\d+\.xml\) nie został skopiowany bez zmian/);
    expect(sha256(wejscie)).toBe(przed);
    expect(plikiWKatalogu(dir)).toEqual(['wojewodztwo.xlsx']);
  });

  test('WB-3.1 a validation ExcelJS used to drop (Excel 2010 extension list) survives: the sheet part is copied byte for byte', async () => {
    // Build an input whose sheet has an x14 dropdown referring to another sheet (as Excel writes it).
    const JSZip = require('jszip'); // eslint-disable-line @typescript-eslint/no-require-imports
    const zip = await JSZip.loadAsync(fs.readFileSync(wejscie));
    const nazwa = Object.keys(zip.files).find((n: string) => /sheet2\.xml$/.test(n))!;
    const xml: string = await zip.file(nazwa).async('string');
    const ext =
      '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1">' +
      '<x14:formula1><xm:f>Parametry!$A$1:$A$2</xm:f></x14:formula1><xm:sqref>F2:F50</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';
    zip.file(nazwa, xml.replace('</worksheet>', `${ext}</worksheet>`));
    fs.writeFileSync(wejscie, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const przed = await zip.file(nazwa).async('nodebuffer');
    const c = przechwyc(dir);
    expect(await uruchom(['kwalifikuj', 'wojewodztwo.xlsx', '--w-miejscu'], c.io, falszywe())).toBe(0);
    const po = await JSZip.loadAsync(fs.readFileSync(wejscie));
    expect((await po.file(nazwa).async('nodebuffer')).equals(przed)).toBe(true);
    expect(plikiWKatalogu(dir)).toEqual(['wojewodztwo.xlsx']);
  });

  test('through a symbolic link the linked file is replaced and the link stays', async () => {
    fs.symlinkSync('wojewodztwo.xlsx', path.join(dir, 'link.xlsx'));
    expect(await uruchom(['kwalifikuj', 'link.xlsx', '--w-miejscu'], przechwyc(dir).io, falszywe())).toBe(0);
    expect(fs.lstatSync(path.join(dir, 'link.xlsx')).isSymbolicLink()).toBe(true);
    expect((await zeszyt(wejscie)).arkusze.map((a) => a.nazwa)).toContain('Wynik');
  });

  test('--w-miejscu with -o naming another file is a usage error', async () => {
    expect(
      await uruchom(
        ['kwalifikuj', 'wojewodztwo.xlsx', '--w-miejscu', '-o', 'inny.xlsx'],
        przechwyc(dir).io,
        falszywe(),
      ),
    ).toBe(2);
  });
});

describe('WB-3.1 owned sheets of an earlier run', () => {
  test('a sheet name taken by a user sheet blocks (exit 1) and nothing is written', async () => {
    await zapiszWejscie(wejscie, (wb) => (wb.addWorksheet('Wynik').getCell('A1').value = 'moje'));
    const c = przechwyc(dir);
    expect(await uruchom(['kwalifikuj', 'wojewodztwo.xlsx'], c.io, falszywe())).toBe(1);
    expect(c.out()).toMatch(/Wynik\s+błąd\s+WB-3\.1/);
    expect(plikiWKatalogu(dir)).toEqual(['wojewodztwo.xlsx']);
  });

  test('WB-4 a file with a state sheet but no record of being written as an output is not overwritten', async () => {
    const wb = nowyZeszyt();
    zastosujPlan(wb, { arkusze: [{ nazwa: 'X', wiersze: [] }, arkuszStanu(pustyStan())] });
    const cel = path.join(dir, 'wojewodztwo.protokol.xlsx');
    await wb.xlsx.writeFile(cel);
    const przed = sha256(cel);
    const c = przechwyc(dir);
    expect(await uruchom(['kwalifikuj', 'wojewodztwo.xlsx'], c.io, falszywe())).toBe(2);
    expect(c.err()).toMatch(/nie jest zapisany jako plik wynikowy polecenia/);
    expect(sha256(cel)).toBe(przed);
    expect(await uruchom(['kwalifikuj', 'wojewodztwo.xlsx', '--nadpisz'], przechwyc(dir).io, falszywe())).toBe(0);
    expect((await zeszyt(cel)).arkusze.map((a) => a.nazwa)).toContain('Wynik');
  });
});
