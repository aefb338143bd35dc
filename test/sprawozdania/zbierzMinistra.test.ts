import fc from 'fast-check';
import type { ZrodloZbierania } from '../../src/core/sprawozdania';
// through the runner, as every host calls it: declared sheets and the plan check included
import { zbierzZeszyty as zbierz } from '../../src/core/operacje';
import { podziel, przykladPodzialu } from '../../src/core/podzial';
import { kwotaJson } from '../../src/core/kwota';
import type { ZeszytSnapshot } from '../../src/core/zeszyt/model';
import { zeszytS2 } from '../pomoc/s2';
import { ustaw, zastosujPlan } from '../pomoc/host';
import { K, arkuszPlanu, zeszytZ } from './pomoc';
import { raportOrganu, wojewodztwoS2 } from './pomocWojewody';

type Wiersz = Record<string, string | number | null>;
type J = {
  zrodla: Array<{ plik: string; status: string; uwagi: Array<{ waga: string; regula: string; komunikat: string }> }>;
  wynik: { wiersze: Wiersz[]; razem: Wiersz; szczegoly: Wiersz[] };
  terminy: Array<{ regula: string; stan: string; brak: number; poTerminie: number; wTerminie: number }>;
};

const cel = zeszytZ(przykladPodzialu());
const przydzial = new Map(
  (podziel(cel, K).json as { wojewodztwa: Array<{ teryt: string; nazwa: string; kwota: string }> }).wojewodztwa.map(
    (w) => [w.teryt, w],
  ),
);
const grosze = (s: string | number | null) => Math.round(Number(s) * 100);

/** S2 relabelled as another voivodeship with the split's allocation (everything fits: no draw), after its protocol. */
function wojewodztwo(teryt: string, kwotaZl = grosze(przydzial.get(teryt)!.kwota) / 100) {
  let z = ustaw(zeszytS2(), 'Parametry', 0, 1, { t: 's', v: przydzial.get(teryt)!.nazwa });
  z = ustaw(z, 'Parametry', 1, 1, { t: 'n', v: kwotaZl });
  return wojewodztwoS2(z);
}
const mazowieckie = wojewodztwo('14');
const wsparcie = mazowieckie.szkoly.reduce((s, x) => s + x.G, 0);
const N = mazowieckie.szkoly.length; // everything fits: every positive S2 row (CS-Z3.0)
const zr = (plik: string, zeszyt: ZeszytSnapshot | null): ZrodloZbierania => ({ plik, zeszyt });
const json = (w: ReturnType<typeof zbierz>) => w.json as J;
const wiersz = (j: J, teryt: string) => j.wynik.wiersze.find((w) => w.TERYT === teryt)!;
const komunikaty = (j: J, plik: string) =>
  j.zrodla
    .find((z) => z.plik === plik)!
    .uwagi.map((u) => u.komunikat)
    .join(' | ');

describe('zbierz minister ← voivodes (CS-R.3c, §15, §19)', () => {
  test('CS-R.3c: one voivodeship workbook accepted; allocation beside the workbook’s, fingerprint TAK, schools and support per variant, unused; the other 15 `brak`; national totals', () => {
    const w = zbierz(cel, [zr('mazowieckie.xlsx', mazowieckie.z)], K);
    expect(w.status).toBe('ok');
    const j = json(w);
    expect(j.zrodla[0]).toMatchObject({ status: 'przyjęte' });
    expect(j.wynik.wiersze.map((x) => x.TERYT)).toEqual([...przydzial.keys()]);
    const m = wiersz(j, '14');
    expect(m).toMatchObject({
      Plik: 'mazowieckie.xlsx',
      'Kwota z podziału (zł)': przydzial.get('14')!.kwota,
      'Kwota środków (zł)': przydzial.get('14')!.kwota,
      'Data informacji': '2012-05-10',
      'Odcisk zweryfikowany': 'TAK',
      'Szkół zakwalifikowanych': N,
      'Dotacja (zł)': null,
    });
    expect(grosze(m['Wsparcie wariant I (zł)']) + grosze(m['Wsparcie wariant II (zł)'])).toBe(wsparcie);
    expect(grosze(m['Niewykorzystane (zł)'])).toBe(grosze(przydzial.get('14')!.kwota) - wsparcie);
    expect(j.wynik.wiersze.filter((x) => x.Plik === 'brak')).toHaveLength(15);
    expect(j.wynik.razem).toMatchObject({
      Województwo: 'Razem',
      Plik: 'zeszyty: 1 z 16',
      'Szkół zakwalifikowanych': N,
    });
    expect(j.wynik.szczegoly.reduce((s, x) => s + grosze(x['Wsparcie (zł)']), 0)).toBe(wsparcie);
    expect(j.wynik.szczegoly.every((x) => x.TERYT === '14' && typeof x.Położenie === 'string')).toBe(true);
    expect(w.uwagi.filter((u) => u.regula === 'CS-R.3c' && u.komunikat.includes('brak zeszytu'))).toHaveLength(15);
    expect(arkuszPlanu(w.plan, 'Informacja krajowa').wiersze[0][0]).toMatchObject({ v: 'TERYT' });
  });

  test('CS-R.3c: `Kwota środków` different from the split → błąd naming both; data changed after the protocol → `NIE` with a błąd, still included with its frozen numbers', () => {
    const inna = wojewodztwo('14', 600000);
    const j = json(zbierz(cel, [zr('m.xlsx', inna.z)], K));
    expect(komunikaty(j, 'm.xlsx')).toMatch(/„Kwota środków” 600\s000,00\s+zł w zeszycie, .* z podziału/);
    expect(j.zrodla[0].status).toBe('przyjęte');
    const zmieniony = ustaw(mazowieckie.z, 'Wnioski', 1, 8, { t: 'n', v: 1000 });
    const j2 = json(zbierz(cel, [zr('m.xlsx', zmieniony)], K));
    expect(wiersz(j2, '14')).toMatchObject({ 'Odcisk zweryfikowany': 'NIE', 'Szkół zakwalifikowanych': N });
    expect(j2.zrodla[0].uwagi.some((u) => u.regula === 'CS-Z3.F' && u.waga === 'błąd')).toBe(true);
  });

  test('CS-R.3c: two sources for one voivodeship → both nieprzyjęte and the voivodeship `brak`; malformed sources named and the others gathered', () => {
    const bez = { arkusze: mazowieckie.z.arkusze.filter((a) => a.nazwa !== '_cyfrowa_szkola') };
    const j = json(
      zbierz(
        cel,
        [
          zr('a.xlsx', mazowieckie.z),
          zr('b.xlsx', mazowieckie.z),
          { plik: 'zepsuty.xlsx', zeszyt: null, blad: { pl: 'nie jest poprawnym plikiem .xlsx', en: 'x' } },
          zr('organ.xlsx', raportOrganu(mazowieckie.szkoly)),
          zr('bez.xlsx', bez),
          zr('malopolskie.xlsx', wojewodztwo('12').z),
        ],
        K,
      ),
    );
    expect(j.zrodla.map((z) => z.status)).toEqual([
      'nieprzyjęte',
      'nieprzyjęte',
      'nieprzyjęte',
      'nieprzyjęte',
      'nieprzyjęte',
      'przyjęte',
    ]);
    expect(komunikaty(j, 'a.xlsx')).toContain('województwo 14 ma kilka zeszytów (a.xlsx, b.xlsx)');
    expect(komunikaty(j, 'zepsuty.xlsx')).toContain('nie jest poprawnym plikiem');
    expect(komunikaty(j, 'organ.xlsx')).toContain('to nie jest zeszyt województwa');
    expect(komunikaty(j, 'bez.xlsx')).toContain('nie ma zapisanego protokołu');
    expect(wiersz(j, '14').Plik).toBe('brak');
    expect(wiersz(j, '12').Plik).toBe('malopolskie.xlsx');
  });

  test('CS-R.3c CS-19.1 CS-15.1: the voivode’s `Sprawozdanie wojewody` totals G, Z, W, D are carried; Terminy per voivodeship', () => {
    const k = { ...K, dzis: { y: 2013, m: 7, d: 20 } };
    const w3b = zbierz(mazowieckie.z, [zr('organ.xlsx', raportOrganu(mazowieckie.szkoly))], k);
    let z = zastosujPlan(mazowieckie.z, w3b.plan!);
    const n = z.arkusze.find((a) => a.nazwa === 'Parametry')!.wiersze.length;
    z = ustaw(z, 'Parametry', n, 0, { t: 's', v: 'Data sprawozdania wojewody' });
    z = ustaw(z, 'Parametry', n, 1, { t: 'd', y: 2013, m: 7, d: 16 });
    const j = json(zbierz(cel, [zr('m.xlsx', z)], k));
    expect(wiersz(j, '14')).toMatchObject({
      'Dotacja (zł)': kwotaJson(wsparcie),
      'Dotacja rozliczona (zł)': kwotaJson(wsparcie),
      'Do zwrotu (zł)': '0.00',
    });
    const t = Object.fromEntries(j.terminy.map((x) => [x.regula, x]));
    expect(t['CS-15.1']).toMatchObject({ stan: 'zaległe', wTerminie: 1, brak: 15 });
    expect(t['CS-19.1']).toMatchObject({ stan: 'zaległe', poTerminie: 1, brak: 15 });
  });
});

describe('zbierz minister ← voivodes: properties (CS-R.3c)', () => {
  const pula = ['14', '12', '02'].map((t) => ({ teryt: t, z: t === '14' ? mazowieckie.z : wojewodztwo(t).z }));
  test('CS-R.3c: for random source lists (with repeats) national totals equal the sums of the accepted sources and a voivodeship listed twice is always caught', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: pula.length - 1 }), { minLength: 1, maxLength: 5 }), (wybor) => {
        const j = json(
          zbierz(
            cel,
            wybor.map((i, n) => zr(`z${n}.xlsx`, pula[i].z)),
            K,
          ),
        );
        let szkoly = 0;
        pula.forEach((p, i) => {
          const ile = wybor.filter((x) => x === i).length;
          if (ile === 1) szkoly += N;
          expect(wiersz(j, p.teryt).Plik === 'brak').toBe(ile !== 1);
          if (ile > 1)
            wybor.forEach((x, n) => {
              if (x === i) expect(j.zrodla[n].status).toBe('nieprzyjęte');
            });
        });
        expect(j.wynik.razem['Szkół zakwalifikowanych'] ?? 0).toBe(szkoly);
        const suma = j.wynik.wiersze.reduce((s, w) => s + grosze(w['Wsparcie wariant I (zł)']), 0);
        expect(grosze(j.wynik.razem['Wsparcie wariant I (zł)'] ?? 0)).toBe(suma);
      }),
      { numRuns: 25 },
    );
  });
});
