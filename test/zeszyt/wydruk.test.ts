import fc from 'fast-check';
import { liniiTekstu } from '../../src/core/zeszyt/wydruk';

/**
 * Independent oracle of the WB-3.4 line count: cut the text into lines at line feeds and into words at any
 * white space, then lay the words out greedily; a word longer than a line starts on its own line and takes
 * as many lines as it needs.
 */
function liniiWyrocznia(tekst: string, szerokosc: number): number {
  const naLinie = Math.max(1, Math.floor(szerokosc * 0.95));
  let razem = 0;
  for (const akapit of tekst.split('\n')) {
    const linie: number[] = [0];
    for (const slowo of akapit.split(/[ \t\r\u00a0\u202f\u2007]+/).filter((s) => s.length > 0)) {
      const ostatnia = linie[linie.length - 1];
      if (ostatnia && ostatnia + 1 + slowo.length <= naLinie) linie[linie.length - 1] = ostatnia + 1 + slowo.length;
      else if (!ostatnia && slowo.length <= naLinie) linie[linie.length - 1] = slowo.length;
      else {
        if (ostatnia) linie.push(0);
        for (let reszta = slowo.length; reszta > 0; reszta -= naLinie) {
          if (linie[linie.length - 1]) linie.push(0);
          linie[linie.length - 1] = Math.min(reszta, naLinie);
        }
      }
    }
    razem += linie.length;
  }
  return razem;
}

describe('WB-3.4 liniiTekstu: the height of wrapped rows', () => {
  it('WB-3.4 short and long names, spaces and line feeds', () => {
    expect(liniiTekstu('Szkoła Podstawowa nr 1', 30)).toBe(1);
    expect(liniiTekstu('Szkoła Podstawowa nr 12 im. Jana Pawła II w Nowym Sączu', 30)).toBe(2);
    expect(liniiTekstu('Zespół Szkolno-Przedszkolny nr 3 im. Marii Konopnickiej w Nowym Sączu', 30)).toBe(3);
    expect(liniiTekstu('a\nb', 30)).toBe(2);
    expect(liniiTekstu('x'.repeat(60), 21)).toBe(4); // 19 characters a line
  });

  it('WB-3.4 equals the oracle on any text (plain spaces, other white space, line feeds, long words)', () => {
    const znak = fc.constantFrom('a', 'ż', 'B', '1', ' ', ' ', ' ', '\n', '\t', '\r', '\u00a0', '\u202f', '\u2007');
    const slowo = fc.string({ unit: fc.constantFrom('a', 'ł', 'Z', '7'), minLength: 1, maxLength: 45 });
    const tekst = fc.oneof(
      fc.string({ unit: znak, maxLength: 200 }),
      fc.array(slowo, { maxLength: 20 }).map((s) => s.join(' ')),
    );
    fc.assert(
      fc.property(tekst, fc.integer({ min: 1, max: 80 }), (t, s) => {
        expect(liniiTekstu(t, s)).toBe(liniiWyrocznia(t, s));
      }),
      { numRuns: 3000 },
    );
  });
});
