/** WB-4 command line parsing. */
import { parsujArgumenty } from '../../src/cli/argumenty';

describe('WB-4 argument parsing', () => {
  test('commands and options', () => {
    expect(parsujArgumenty(['kwalifikuj', 'a.xlsx'])).toEqual({
      ok: true,
      polecenie: {
        rodzaj: 'operacja',
        operacja: 'kwalifikuj',
        plik: 'a.xlsx',
        wynik: null,
        wMiejscu: false,
        json: false,
        jezyk: 'pl',
      },
    });
    expect(parsujArgumenty(['kwalifikuj', 'a.xlsx', '-o', 'b.xlsx', '--json', '--lang', 'en'])).toEqual({
      ok: true,
      polecenie: {
        rodzaj: 'operacja',
        operacja: 'kwalifikuj',
        plik: 'a.xlsx',
        wynik: 'b.xlsx',
        wMiejscu: false,
        json: true,
        jezyk: 'en',
      },
    });
    expect(parsujArgumenty(['--json', 'podziel', '--w-miejscu', 'a.xlsx', '--lang=en'])).toMatchObject({
      ok: true,
      polecenie: { operacja: 'podziel', wMiejscu: true, json: true, jezyk: 'en' },
    });
    expect(parsujArgumenty(['szablon', 'wojewodztwo', '-o', 'w.xlsx'])).toEqual({
      ok: true,
      polecenie: { rodzaj: 'szablon', szablon: 'wojewodztwo', wynik: 'w.xlsx', json: false, jezyk: 'pl' },
    });
    for (const op of ['waliduj', 'diagnozuj', 'monitoruj', 'wskazniki'])
      expect(parsujArgumenty([op, 'x.xlsx'])).toMatchObject({ ok: true, polecenie: { operacja: op } });
    expect(parsujArgumenty(['--', 'waliduj', '-plik-z-minusem.xlsx'])).toMatchObject({
      ok: true,
      polecenie: { plik: '-plik-z-minusem.xlsx' },
    });
  });

  test('help', () => {
    for (const a of [['--help'], ['-h'], ['pomoc'], ['kwalifikuj', '--help']])
      expect(parsujArgumenty(a)).toMatchObject({ ok: true, polecenie: { rodzaj: 'pomoc' } });
  });

  test('usage errors keep the language and the JSON flag', () => {
    const bledne: string[][] = [
      [],
      ['zrob', 'a.xlsx'],
      ['kwalifikuj'],
      ['kwalifikuj', 'a.xlsx', 'b.xlsx'],
      ['kwalifikuj', 'a.xlsx', '-o'],
      ['kwalifikuj', 'a.xlsx', '-o', 'b', '-o', 'c'],
      ['kwalifikuj', 'a.xlsx', '--nieznana'],
      ['kwalifikuj', 'a.xlsx', '--lang', 'de'],
      ['waliduj', 'a.xlsx', '-o', 'b.xlsx'],
      ['waliduj', 'a.xlsx', '--w-miejscu'],
      ['szablon', 'wojewodztwo'],
      ['szablon', 'nieznany', '-o', 'x.xlsx'],
      ['szablon', '-o', 'x.xlsx'],
      ['szablon', 'wojewodztwo', '-o', 'x.xlsx', '--w-miejscu'],
    ];
    for (const a of bledne) expect(parsujArgumenty(a)).toMatchObject({ ok: false });
    expect(parsujArgumenty(['zrob', '--json', '--lang', 'en'])).toMatchObject({
      ok: false,
      json: true,
      jezyk: 'en',
      blad: { en: expect.stringContaining('Unknown command') },
    });
  });

  test('node:util parseArgs: short groups, inline values, a lone "-" and option-like values', () => {
    expect(parsujArgumenty(['kwalifikuj', 'a.xlsx', '--output=-', '--json'])).toMatchObject({
      ok: true,
      polecenie: { wynik: '-', json: true },
    });
    expect(parsujArgumenty(['kwalifikuj', 'a.xlsx', '--wynik=-plik.xlsx'])).toMatchObject({
      ok: true,
      polecenie: { wynik: '-plik.xlsx' },
    });
    expect(parsujArgumenty(['kwalifikuj', 'a.xlsx', '--in-place'])).toMatchObject({
      ok: true,
      polecenie: { wMiejscu: true },
    });
    expect(parsujArgumenty(['kwalifikuj', 'a.xlsx', '-o', '--json'])).toMatchObject({
      ok: false,
      blad: { pl: 'Opcja -o wymaga nazwy pliku.' },
    });
    expect(parsujArgumenty(['kwalifikuj', 'a.xlsx', '--json=tak'])).toMatchObject({
      ok: false,
      json: false,
      blad: { pl: 'Opcja --json nie przyjmuje wartości.' },
    });
    expect(parsujArgumenty(['kwalifikuj', 'a.xlsx', '-x'])).toMatchObject({
      ok: false,
      blad: { pl: 'Nieznana opcja: -x' },
    });
    expect(parsujArgumenty(['kwalifikuj', 'a.xlsx', '--lang=de', '--lang', 'en'])).toMatchObject({
      ok: false,
      jezyk: 'en',
      blad: { en: 'Option --lang takes "pl" or "en".' },
    });
    expect(parsujArgumenty(['--', '--json'])).toMatchObject({ ok: false, json: false });
  });
});
