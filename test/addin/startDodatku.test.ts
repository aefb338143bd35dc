/**
 * Start-up (issue 8 §7): the pane's checks outside Excel and on an old Excel, a failed load of the add-in
 * instance that can be retried, and `AccessDenied` told apart — protected sheet, protected workbook structure,
 * workbook open read-only or in view mode.
 */
import { bladExcela, BladDodatku } from '../../src/addin/office/bledy';
import { stanStartu } from '../../src/addin/taskpane/start';

/** an error as OfficeExtension.Error has it after a failed sync */
function bladSync(code: string, message: string, errorLocation?: string): Error {
  return Object.assign(new Error(message), { code, debugInfo: { code, message, errorLocation } });
}
const EDYCJA = { tylkoDoOdczytu: false };
const ODCZYT = { tylkoDoOdczytu: true };

describe('AccessDenied', () => {
  test('a write to a protected sheet: unprotect the sheet', () => {
    const b = bladExcela(
      bladSync('AccessDenied', 'You cannot perform the requested operation.', 'Range.values'),
      'zapis parametrów',
      EDYCJA,
    );
    expect(b.kod).toBe('chroniony');
    expect(b.komunikat).toBe(
      'Arkusz jest chroniony (zapis parametrów). Wyłącz ochronę (Recenzja → Nie chroń arkusza) i spróbuj ponownie.',
    );
  });

  test('adding, deleting or renaming a sheet in a workbook with a protected structure: unprotect the workbook', () => {
    for (const gdzie of ['WorksheetCollection.add', 'Worksheet.delete', 'Worksheet.name']) {
      const b = bladExcela(
        bladSync('AccessDenied', 'You cannot perform the requested operation.', gdzie),
        'zapis arkuszy',
        EDYCJA,
      );
      expect(b.kod).toBe('chroniony');
      expect(b.komunikat).toMatch(/^Struktura skoroszytu jest chroniona \(zapis arkuszy\).*Recenzja → Chroń skoroszyt/);
    }
  });

  test('a workbook open read-only or in view mode (Excel on the web): switch to editing — whatever the statement', () => {
    for (const gdzie of ['Range.values', 'WorksheetCollection.add', undefined]) {
      const b = bladExcela(
        bladSync('AccessDenied', 'You cannot perform the requested operation.', gdzie),
        'sprawdzanie',
        ODCZYT,
      );
      expect(b.kod).toBe('tylkoDoOdczytu');
      expect(b.komunikat).toMatch(/^Skoroszyt jest otwarty tylko do odczytu \(sprawdzanie\)/);
      expect(b.komunikat).toContain('Wyświetlanie → Edytowanie');
      expect(b.komunikat).not.toMatch(/chronion/);
    }
  });

  test('the mode comes from Office.context.document.mode when not given', () => {
    const g = globalThis as { Office?: unknown };
    const e = bladSync('AccessDenied', 'You cannot perform the requested operation.', 'Range.format');
    expect(bladExcela(e, 'oznaczanie').kod).toBe('chroniony'); // no Office at all: editable
    g.Office = { context: { document: { mode: 'readOnly' } } };
    try {
      expect(bladExcela(e, 'oznaczanie').kod).toBe('tylkoDoOdczytu');
      g.Office = { context: { document: { mode: 'readWrite' } } };
      expect(bladExcela(e, 'oznaczanie').kod).toBe('chroniony');
    } finally {
      delete g.Office;
    }
  });

  test('other errors keep their messages; an add-in error passes through', () => {
    expect(bladExcela(bladSync('ItemAlreadyExists', 'x'), 'a', ODCZYT).kod).toBe('nazwaZajeta');
    expect(bladExcela(bladSync('InvalidOperationInCellEditMode', 'x'), 'a', EDYCJA).kod).toBe('edycjaKomorki');
    const wlasny = new BladDodatku('inny', 'własny');
    expect(bladExcela(wlasny, 'a', ODCZYT)).toBe(wlasny);
  });
});

describe('start of the pane', () => {
  const excel = (host: string | null, obsluguje = (_z: string, _w: string) => true) => ({
    host,
    excel: 'Excel',
    obsluguje,
  });

  test('outside Excel: no Office, no host (a plain browser) or another Office application', () => {
    expect(stanStartu(null)).toEqual({ rodzaj: 'pozaExcelem' });
    expect(stanStartu(excel(null))).toEqual({ rodzaj: 'pozaExcelem' });
    expect(stanStartu(excel('Word'))).toEqual({ rodzaj: 'pozaExcelem' });
  });

  test('an Excel without ExcelApi 1.9 (Excel 2016, volume-licensed 2019) is told so; with it the pane starts', () => {
    const pytania: string[] = [];
    const stara = (z: string, w: string) => (pytania.push(`${z} ${w}`), w <= '1.7');
    expect(stanStartu(excel('Excel', stara))).toEqual({ rodzaj: 'staraWersja', brakujace: ['ExcelApi 1.9'] });
    expect(pytania).toEqual(['ExcelApi 1.9']);
    expect(stanStartu(excel('Excel'))).toEqual({ rodzaj: 'gotowe' });
  });
});

describe('the add-in instance (instancja.ts)', () => {
  afterEach(() => jest.resetModules());

  test('a failed load of the core is not kept: the next call loads again and succeeds', async () => {
    let proby = 0;
    jest.doMock('../../src/addin/office/rdzen', () => {
      proby++;
      if (proby === 1) throw Object.assign(new Error('Loading chunk rdzen failed.'), { name: 'ChunkLoadError' });
      return { RDZEN: {} };
    });
    jest.doMock('../../src/addin/office/dodatek', () => ({ utworzDodatek: () => ({ gotowy: true }) }));
    const { dodatek } = await import('../../src/addin/office/instancja');
    await expect(dodatek()).rejects.toThrow('Loading chunk rdzen failed.');
    await expect(dodatek()).resolves.toEqual({ gotowy: true });
    const raz = dodatek();
    expect(dodatek()).toBe(raz); // once loaded, one instance
    expect(proby).toBe(2);
  });
});
