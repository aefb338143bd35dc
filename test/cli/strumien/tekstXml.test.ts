import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { elementTekstu, odkodujEscape } from '../../../src/cli/strumien/escape';

/** The text an XML reader gets back from `<is>…</is>`, with the `_xHHHH_` escapes decoded, and whether it was marked to keep its spaces. */
function odczytaj(xml: string): { tekst: string; zachowaj: boolean } {
  const p = new SaxesParser();
  let tekst = '';
  let zachowaj = false;
  p.on('opentag', (t) => {
    if (t.name === 't') zachowaj = t.attributes['xml:space'] === 'preserve';
  });
  p.on('text', (x) => (tekst += x));
  p.write(`<is>${xml}</is>`).close();
  return { tekst: odkodujEscape(tekst), zachowaj };
}

describe('WB-3.3 inline strings of the streaming writer', () => {
  test('WB-3.3 every text reads back exactly; xml:space="preserve" only where whitespace needs it', () => {
    const znak = fc.constantFrom(
      'a',
      'ż',
      ' ',
      '\t',
      '\n',
      '&',
      '<',
      '>',
      '"',
      "'",
      '_',
      'x',
      '0',
      'A',
      '\u0001',
      '\uFFFE',
      '\u00a0',
    );
    fc.assert(
      fc.property(
        fc.array(znak, { maxLength: 12 }).map((z) => z.join('')),
        (s) => {
          const { tekst, zachowaj } = odczytaj(elementTekstu(s));
          expect(tekst).toBe(s);
          // XML's whitespace (a no-break space is a character like any other)
          expect(zachowaj).toBe(/^[ \t\n]|[ \t\n]$|[\t\n]| {2}/.test(s));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('WB-3.3 a plain name is written without the attribute', () => {
    expect(elementTekstu('Szkoła Podstawowa nr 1 w Łodzi')).toBe('<t>Szkoła Podstawowa nr 1 w Łodzi</t>');
    expect(elementTekstu(' wcięcie')).toBe('<t xml:space="preserve"> wcięcie</t>');
    expect(elementTekstu('')).toBe('<t></t>');
  });
});
