import fc from 'fast-check';
import { rozliczSzkole, sprawozdanie, zbierz, type ZrodloZbierania } from '../../src/core/sprawozdania';
import type { LiniaRozliczenia } from '../../src/core/sprawozdania/rozliczenie';
import { przykladSzkolyS8, wierszWydatku } from '../../src/core/sprawozdania/przyklady';
import { szablonSprawozdaniaOrganu } from '../../src/core/sprawozdania/szablony';
import { EO, ES } from '../../src/core/sprawozdania/schemat';
import { cyfraKontrolnaRegon } from '../../src/core/identyfikatory';
import { data, liczba, tekst, zl } from '../../src/core/zeszyt/formaty';
import type { ZapisKomorki } from '../../src/core/zeszyt/model';
import { K, zeszytZ } from './pomoc';

const linia = fc.record({
  pkt: fc.integer({ min: 1, max: 6 }),
  wartosc: fc.integer({ min: 0, max: 5_000_000 }),
  zrodlo: fc.constantFrom<LiniaRozliczenia['zrodlo']>('dotacja', 'wkład własny'),
  inwestycja: fc.boolean(),
});

/** Independent oracle of E: per point, investment points pay at most their own contribution (CS-4.4). */
function oracleE(linie: LiniaRozliczenia[]): number {
  const pkt = [...new Set(linie.map((l) => l.pkt))];
  let E = 0;
  for (const p of pkt) {
    const ls = linie.filter((l) => l.pkt === p);
    const S = ls.filter((l) => l.zrodlo === 'dotacja').reduce((s, l) => s + l.wartosc, 0);
    const W = ls.filter((l) => l.zrodlo !== 'dotacja').reduce((s, l) => s + l.wartosc, 0);
    E += ls.some((l) => l.inwestycja) ? Math.min(S, W) : S;
  }
  return E;
}

describe('CS-R.2b settlement properties', () => {
  test('CS-R.2b: D = G − Z and its three parts add up; Z ≤ G, Z ≤ E, Z ≤ 4·W; E matches an independent oracle', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000_000 }), fc.array(linia, { maxLength: 30 }), (G, linie) => {
        const r = rozliczSzkole(G, linie);
        expect(r.D).toBe(r.G - r.Z);
        expect(r.niewydane + r.ponad50 + r.ponizej20).toBe(r.D);
        for (const c of [r.niewydane, r.ponad50, r.ponizej20, r.Z]) expect(c).toBeGreaterThanOrEqual(0);
        expect(r.Z).toBeLessThanOrEqual(r.G);
        expect(r.Z).toBeLessThanOrEqual(r.E);
        expect(r.Z).toBeLessThanOrEqual(4 * r.W);
        expect(r.E).toBe(oracleE(linie));
        expect(r.Z).toBe(Math.min(oracleE(linie), G, 4 * r.W));
      }),
      { numRuns: 300 },
    );
  });

  test('CS-R.2b: permuting the lines changes nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000_000 }),
        fc
          .array(linia, { maxLength: 20 })
          .chain((l) => fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length, maxLength: l.length }))),
        (G, [a, b]) => expect(rozliczSzkole(G, b)).toEqual(rozliczSzkole(G, a)),
      ),
    );
  });
});

const regon = (i: number) => {
  const p = `14${String(1000 + i).padStart(6, '0')}`;
  return p + cyfraKontrolnaRegon(p);
};

const liniaWydatku = (szkoly: number) =>
  fc.record({
    szkola: fc.integer({ min: 0, max: szkoly - 1 }),
    pkt: fc.integer({ min: 1, max: 17 }),
    ilosc: fc.integer({ min: 1, max: 30 }),
    cena: fc.integer({ min: 1, max: 1_000_000 }),
    zrodlo: fc.constantFrom<'dotacja' | 'wkład własny'>('dotacja', 'wkład własny'),
    inwestycja: fc.constantFrom<'TAK' | 'NIE'>('TAK', 'NIE'),
    dzien: fc.integer({ min: 1, max: 28 }),
  });
type Gen = {
  szkola: number;
  pkt: number;
  ilosc: number;
  cena: number;
  zrodlo: 'dotacja' | 'wkład własny';
  inwestycja: 'TAK' | 'NIE';
  dzien: number;
};

function organ(G: number[], wydatki: ZapisKomorki[][]) {
  return zeszytZ(
    szablonSprawozdaniaOrganu({
      etykiety: { [EO.organ]: tekst('Gmina'), [EO.teryt]: tekst('1465011'), [EO.data]: data('2013-06-20') },
      dotacje: G.map((g, i) => [tekst(regon(i)), tekst(`SP ${i}`), tekst(i % 2 ? 'I' : 'II'), liczba(150), zl(g)]),
      wydatki,
    }),
  );
}
const wiersz = (l: Gen) =>
  wierszWydatku(
    regon(l.szkola),
    l.pkt,
    'pomoc',
    l.ilosc,
    l.cena,
    l.zrodlo,
    l.inwestycja,
    `2012-09-${String(l.dzien).padStart(2, '0')}`,
  );

type Json = { szkoly: Array<Record<string, string>>; razem: Record<string, string> };

describe('CS-R.2 / CS-R.2a report properties (whole operation)', () => {
  const szkoly = fc.array(fc.integer({ min: 100, max: 20_000_000 }), { minLength: 1, maxLength: 4 });

  test('CS-R.2: permuting the `Wydatki` rows changes no figure', () => {
    fc.assert(
      fc.property(
        szkoly.chain((G) =>
          fc
            .tuple(fc.constant(G), fc.array(liniaWydatku(G.length), { maxLength: 15 }))
            .chain(([G2, l]) =>
              fc.tuple(
                fc.constant(G2),
                fc.constant(l),
                fc.shuffledSubarray(l, { minLength: l.length, maxLength: l.length }),
              ),
            ),
        ),
        ([G, a, b]) => {
          const ja = sprawozdanie(organ(G, a.map(wiersz)), K).json as Json;
          const jb = sprawozdanie(organ(G, b.map(wiersz)), K).json as Json;
          expect(jb.szkoly).toEqual(ja.szkoly);
          expect(jb.razem).toEqual(ja.razem);
        },
      ),
      { numRuns: 40 },
    );
  });

  test('CS-R.2a: uncounted lines (late, wrong value, unknown school, unknown point) never change S or W', () => {
    const zly = fc.record({ l: liniaWydatku(1), rodzaj: fc.integer({ min: 0, max: 3 }) }).map(({ l, rodzaj }) => {
      const w = wiersz(l);
      if (rodzaj === 0)
        return wierszWydatku(regon(0), l.pkt, 'p', l.ilosc, l.cena, 'dotacja', l.inwestycja, '2013-02-01');
      if (rodzaj === 1)
        return wierszWydatku(
          regon(0),
          l.pkt,
          'p',
          l.ilosc,
          l.cena,
          l.zrodlo,
          l.inwestycja,
          '2012-09-01',
          l.ilosc * l.cena + 1,
        );
      if (rodzaj === 2) return [tekst(regon(99)), ...w.slice(1)];
      return [w[0], liczba(99), ...w.slice(2)];
    });
    fc.assert(
      fc.property(
        szkoly,
        fc.array(liniaWydatku(1), { maxLength: 10 }),
        fc.array(zly, { minLength: 1, maxLength: 5 }),
        (G, dobre, zle) => {
          const ja = sprawozdanie(organ(G, dobre.map(wiersz)), K).json as Json;
          const wynik = sprawozdanie(organ(G, [...dobre.map(wiersz), ...zle]), K);
          const jb = wynik.json as Json;
          expect(jb.szkoly.map((s) => [s.S, s.W])).toEqual(ja.szkoly.map((s) => [s.S, s.W]));
          expect(wynik.uwagi.filter((u) => u.waga === 'błąd').length).toBeGreaterThanOrEqual(zle.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('CS-R.3 zbierz properties', () => {
  const szkola = (i: number, spotkania: number, plik: string): ZrodloZbierania => ({
    plik,
    zeszyt: zeszytZ(
      przykladSzkolyS8({ [ES.regon]: tekst(regon(i)), [ES.uczniowie]: liczba(150), [ES.spotkania]: liczba(spotkania) }),
    ),
  });

  test('CS-R.3a: totals equal the sums of the sources; a source listed twice is always caught', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
              fc.option(fc.integer({ min: 0, max: n - 1 }), { nil: null }),
            ),
          ),
        ([n, spotkania, podwojna]) => {
          const G = Array.from({ length: n }, () => 14_000_000);
          const zrodla = spotkania.map((s, i) => szkola(i, s, `s${i}.xlsx`));
          if (podwojna !== null) zrodla.push(szkola(podwojna, spotkania[podwojna], `kopia.xlsx`));
          const w = zbierz(organ(G, []), zrodla, K);
          const j = w.json as {
            zrodla: Array<{ plik: string; status: string }>;
            wynik: { wiersze: Array<Record<string, unknown>>; razem: Record<string, unknown> };
          };
          const przyjete = j.wynik.wiersze.filter((r) => typeof r.Spełnione === 'number');
          expect(j.wynik.razem.Spełnione).toBe(przyjete.reduce((s, r) => s + (r.Spełnione as number), 0));
          expect(j.wynik.razem.Z5).toBe(przyjete.filter((r) => r.Z5 === 'TAK').length);
          expect(j.wynik.razem.Zadań).toBe(9 * przyjete.length);
          if (podwojna !== null) {
            expect(
              j.zrodla
                .filter((z) => z.status === 'nieprzyjęte')
                .map((z) => z.plik)
                .sort(),
            ).toEqual([`s${podwojna}.xlsx`, 'kopia.xlsx'].sort());
            expect(j.wynik.wiersze[podwojna].Plik).toBe('brak sprawozdania szkoły');
          } else expect(j.zrodla.every((z) => z.status === 'przyjęte')).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });
});
