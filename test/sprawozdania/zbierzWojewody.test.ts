import fc from 'fast-check';
import type { ZrodloZbierania } from '../../src/core/sprawozdania';
// through the runner, as every host calls it: declared sheets and the plan check included
import { zbierzZeszyty as zbierz } from '../../src/core/operacje';
import { przykladSzkolyS8 } from '../../src/core/sprawozdania/przyklady';
import { kwotaJson } from '../../src/core/kwota';
import { NAGLOWKI_WNIOSKOW } from '../pomoc/s2';
import { ustaw } from '../pomoc/host';
import { K, arkuszPlanu, zeszytZ } from './pomoc';
import { raportOrganu, wojewodztwoS2 } from './pomocWojewody';

type Wiersz = Record<string, string | number | null>;
type J = {
  zrodla: Array<{ plik: string; status: string; uwagi: Array<{ waga: string; regula: string; komunikat: string }> }>;
  wynik: { wiersze: Wiersz[]; wariantI: Wiersz; wariantII: Wiersz; razem: Wiersz; zadania: Wiersz[] };
  terminy: Array<{ regula: string; stan: string; brak: number; poTerminie: number; wTerminie: number }>;
};

const { z: woj, szkoly } = wojewodztwoS2();
const sumaG = szkoly.reduce((s, x) => s + x.G, 0);
const zr = (plik: string, zeszyt: ReturnType<typeof raportOrganu>): ZrodloZbierania => ({ plik, zeszyt });
const json = (w: ReturnType<typeof zbierz>) => w.json as J;
const komunikaty = (j: J, plik: string) =>
  j.zrodla
    .find((z) => z.plik === plik)!
    .uwagi.map((u) => u.komunikat)
    .join(' | ');

describe('zbierz voivode ← bodies (CS-R.3b, §19)', () => {
  test('CS-R.3b: two reports of one body accepted; per body schools qualified / reported, G, Z, W, D; totals per variant; only owned sheets written', () => {
    const w = zbierz(
      woj,
      [zr('a.xlsx', raportOrganu(szkoly.slice(0, 2))), zr('b.xlsx', raportOrganu(szkoly.slice(2)))],
      K,
    );
    expect(w.status).toBe('ok');
    const j = json(w);
    expect(j.zrodla.map((z) => z.status)).toEqual(['przyjęte', 'przyjęte']);
    expect(j.wynik.wiersze).toHaveLength(1);
    expect(j.wynik.wiersze[0]).toMatchObject({
      'Organ prowadzący': 'Gmina Testowa',
      Plik: 'a.xlsx, b.xlsx',
      'Data sprawozdania': '2013-06-28',
      'Szkół zakwalifikowanych': 5,
      'Szkół w sprawozdaniu': 5,
      'Dotacja (zł)': kwotaJson(sumaG),
      'Dotacja rozliczona (zł)': kwotaJson(sumaG),
      'Do zwrotu (zł)': '0.00',
      'Zadania spełnione': 'brak danych',
    });
    const gI = szkoly.filter((s) => s.wariant === 'I').reduce((s, x) => s + x.G, 0);
    expect(j.wynik.wariantI['Dotacja (zł)']).toBe(kwotaJson(gI));
    expect(j.wynik.wariantII['Dotacja (zł)']).toBe(kwotaJson(sumaG - gI));
    expect(j.wynik.razem['Dotacja (zł)']).toBe(kwotaJson(sumaG));
    expect(w.plan!.arkusze.map((a) => a.nazwa).filter((n) => !n.startsWith('_'))).toEqual([
      'Sprawozdanie wojewody',
      'Terminy',
      'Uwagi',
    ]);
    expect(arkuszPlanu(w.plan, 'Sprawozdanie wojewody').wiersze[1][1]).toMatchObject({ v: 'Gmina Testowa' });
  });

  test('CS-R.3b: a qualified school in no accepted source → ostrzeżenie `brak sprawozdania`, Z = W = 0, D = G', () => {
    const brak = szkoly[4];
    const j = json(zbierz(woj, [zr('a.xlsx', raportOrganu(szkoly.slice(0, 4)))], K));
    expect(j.wynik.wiersze[0]).toMatchObject({
      'Szkół w sprawozdaniu': 4,
      'Dotacja rozliczona (zł)': kwotaJson(sumaG - brak.G),
      'Do zwrotu (zł)': kwotaJson(brak.G),
    });
    const w = zbierz(woj, [zr('a.xlsx', raportOrganu(szkoly.slice(0, 4)))], K);
    expect(
      w.uwagi.some(
        (u) =>
          u.waga === 'ostrzeżenie' &&
          u.komunikat.includes(`${brak.regon}`) &&
          u.komunikat.includes('brak sprawozdania'),
      ),
    ).toBe(true);
  });

  test('CS-R.3b: G is always the protocol support — a different `Kwota dotacji` is a błąd naming both', () => {
    const s = szkoly[0];
    const j = json(zbierz(woj, [zr('a.xlsx', raportOrganu(szkoly, { G: { [s.regon]: s.G + 100_00 } }))], K));
    expect(komunikaty(j, 'a.xlsx')).toMatch(new RegExp(`${s.regon}.*Kwota dotacji.*w protokole`));
    expect(j.wynik.wiersze[0]['Dotacja (zł)']).toBe(kwotaJson(sumaG));
    expect(j.wynik.wiersze[0]['Do zwrotu (zł)']).toBe('0.00');
  });

  test('CS-R.3b: an unknown REGON is a błąd and not counted; a body report with no qualified school is nieprzyjęte', () => {
    const obcy = { regon: '140000075', wariant: 'I' as const, G: 100_000_00 };
    const j = json(
      zbierz(woj, [zr('a.xlsx', raportOrganu([...szkoly, obcy])), zr('obcy.xlsx', raportOrganu([obcy]))], K),
    );
    expect(j.zrodla.map((z) => z.status)).toEqual(['przyjęte', 'nieprzyjęte']);
    expect(komunikaty(j, 'a.xlsx')).toContain('140000075 nie jest zakwalifikowana');
    expect(j.wynik.razem['Dotacja (zł)']).toBe(kwotaJson(sumaG));
  });

  test('CS-R.3b: a school that resigned (CS-Z3.R) → błąd "szkoła zrezygnowała", its lines not counted', () => {
    const kol = (h: string) => NAGLOWKI_WNIOSKOW.indexOf(h);
    let z = ustaw(woj, 'Wnioski', 3, kol('Rezygnacja'), { t: 's', v: 'TAK' });
    z = ustaw(z, 'Wnioski', 3, kol('Data rezygnacji'), { t: 'd', y: 2012, m: 6, d: 1 });
    const j = json(zbierz(z, [zr('a.xlsx', raportOrganu(szkoly))], K));
    expect(komunikaty(j, 'a.xlsx')).toContain('140000030: szkoła zrezygnowała');
    expect(j.wynik.wiersze[0]['Szkół zakwalifikowanych']).toBe(5); // 140000023 qualifies in step R (S5)
    expect(j.wynik.wiersze[0]['Szkół w sprawozdaniu']).toBe(4);
  });

  test('CS-R.3b: one school in two sources → błąd on both, neither counts; a file listed twice is nieprzyjęte twice', () => {
    const j = json(
      zbierz(woj, [zr('a.xlsx', raportOrganu(szkoly.slice(0, 3))), zr('b.xlsx', raportOrganu(szkoly.slice(2)))], K),
    );
    expect(komunikaty(j, 'a.xlsx')).toContain(`szkoła ${szkoly[2].regon} jest w kilku sprawozdaniach (a.xlsx, b.xlsx)`);
    expect(komunikaty(j, 'b.xlsx')).toContain(`szkoła ${szkoly[2].regon} jest w kilku`);
    expect(j.wynik.wiersze[0]['Szkół w sprawozdaniu']).toBe(4);
    const r = raportOrganu(szkoly);
    const d = json(zbierz(woj, [zr('a.xlsx', r), zr('a.xlsx', r)], K));
    expect(d.zrodla.map((z) => z.status)).toEqual(['nieprzyjęte', 'nieprzyjęte']);
    expect(d.wynik.razem['Dotacja rozliczona (zł)']).toBe('0.00');
  });

  test('CS-R.3: every malformed source (unreadable, wrong kind, blocked) is named with its reason and the others are still gathered', () => {
    const zablokowany = raportOrganu(szkoly.slice(0, 1), { G: { [szkoly[0].regon]: 0 } });
    const j = json(
      zbierz(
        woj,
        [
          {
            plik: 'zepsuty.xlsx',
            zeszyt: null,
            blad: { pl: 'nie jest poprawnym plikiem .xlsx', en: 'not a valid .xlsx' },
          },
          { plik: 'szkola.xlsx', zeszyt: zeszytZ(przykladSzkolyS8()) },
          zr('zablokowany.xlsx', zablokowany),
          zr('dobry.xlsx', raportOrganu(szkoly)),
        ],
        K,
      ),
    );
    expect(j.zrodla.map((z) => z.status)).toEqual(['nieprzyjęte', 'nieprzyjęte', 'nieprzyjęte', 'przyjęte']);
    expect(komunikaty(j, 'zepsuty.xlsx')).toContain('nie jest poprawnym plikiem');
    expect(komunikaty(j, 'szkola.xlsx')).toContain('to nie jest sprawozdanie organu');
    expect(komunikaty(j, 'zablokowany.xlsx')).toContain('zablokowane');
    expect(j.wynik.razem['Dotacja rozliczona (zł)']).toBe(kwotaJson(sumaG));
  });

  test('CS-R.3b: data changed after the protocol (fingerprint differs) blocks, as in CS-Z3.R; a workbook without a protocol blocks', () => {
    const kol = NAGLOWKI_WNIOSKOW.indexOf('Wnioskowana kwota (zł)');
    const zmieniony = ustaw(woj, 'Wnioski', 1, kol, { t: 'n', v: 1000 });
    const w = zbierz(zmieniony, [zr('a.xlsx', raportOrganu(szkoly))], K);
    expect(w.status).toBe('zablokowane');
    expect(w.uwagi.some((u) => u.regula === 'CS-R.3b' && u.komunikat.includes('odcisk'))).toBe(true);
    const bez = { arkusze: woj.arkusze.filter((a) => a.nazwa !== '_cyfrowa_szkola') };
    const w2 = zbierz(bez, [zr('a.xlsx', raportOrganu(szkoly))], K);
    expect(w2.status).toBe('zablokowane');
    expect(w2.uwagi.some((u) => u.komunikat.includes('nie ma zapisanego protokołu'))).toBe(true);
  });

  test('CS-R.4 CS-18.1, CS-16.1, CS-19, CS-19.1: late body report → po terminie; the voivode report date and assessment from `Parametry`', () => {
    const w = zbierz(woj, [zr('a.xlsx', raportOrganu(szkoly, { data: '2013-07-02' }))], {
      ...K,
      dzis: { y: 2013, m: 7, d: 20 },
    });
    const j = json(w);
    const t = Object.fromEntries(j.terminy.map((x) => [x.regula, x]));
    expect(t['CS-18.1']).toMatchObject({ stan: 'po terminie', poTerminie: 1 });
    expect(t['CS-16.1']).toMatchObject({ stan: 'zrobione', wTerminie: 1 });
    expect(t['CS-19.1']).toMatchObject({ stan: 'zaległe', brak: 1 });
    expect(w.uwagi.some((u) => u.regula === 'CS-19' && u.waga === 'ostrzeżenie')).toBe(true);
    const par = woj.arkusze.find((a) => a.nazwa === 'Parametry')!;
    const n = par.wiersze.length;
    let z = ustaw(woj, 'Parametry', n, 0, { t: 's', v: 'Data sprawozdania wojewody' });
    z = ustaw(z, 'Parametry', n, 1, { t: 'd', y: 2013, m: 7, d: 15 });
    z = ustaw(z, 'Parametry', n + 1, 0, { t: 's', v: 'Ocena efektów realizacji programu' });
    z = ustaw(z, 'Parametry', n + 1, 1, { t: 's', v: 'Program osiągnął cele.' });
    const w2 = zbierz(z, [zr('a.xlsx', raportOrganu(szkoly))], { ...K, dzis: { y: 2013, m: 7, d: 20 } });
    expect(Object.fromEntries(json(w2).terminy.map((x) => [x.regula, x.stan]))['CS-19.1']).toBe('zrobione');
    expect(w2.uwagi.some((u) => u.regula === 'CS-19')).toBe(false);
  });

  test('CS-R.3b: tasks met / reported and per task Z1…Z9, W1 from the sources’ `Sprawozdania szkół`', () => {
    const r = raportOrganu(szkoly);
    const z = {
      arkusze: [
        ...r.arkusze,
        {
          nazwa: 'Sprawozdania szkół',
          wiersze: [
            ['REGON szkoły', 'Z1', 'Z2', 'W1', 'Spełnione', 'Zadań'].map((v) => ({ t: 's' as const, v })),
            [
              { t: 's' as const, v: szkoly[0].regon },
              { t: 's' as const, v: 'TAK' },
              { t: 's' as const, v: 'NIE' },
              null,
              { t: 'n' as const, v: 7 },
              { t: 'n' as const, v: 9 },
            ],
            [{ t: 's' as const, v: 'Razem' }],
          ],
        },
      ],
    };
    const j = json(zbierz(woj, [zr('a.xlsx', z)], K));
    expect(j.wynik.wiersze[0]).toMatchObject({ 'Zadania spełnione': 7, 'Zadań w sprawozdaniach': 9 });
    expect(j.wynik.zadania.slice(0, 2)).toEqual([
      { Zadanie: 'Z1', 'Szkół, które spełniły': 1, 'Szkół z wartością': 1 },
      { Zadanie: 'Z2', 'Szkół, które spełniły': 0, 'Szkół z wartością': 1 },
    ]);
    expect(j.wynik.zadania[9]).toEqual({ Zadanie: 'W1', 'Szkół, które spełniły': 0, 'Szkół z wartością': 0 });
  });
});

describe('zbierz voivode ← bodies: properties (CS-R.3b)', () => {
  test('CS-R.3b: for random sources (subsets, partial spending, repeats) totals equal the sums of the sources and a school listed twice is always caught', () => {
    const zrodlo = fc.record({
      wybrane: fc.subarray(szkoly.map((_, i) => i)),
      wydane: fc.constantFrom(0, 0.5, 1),
    });
    fc.assert(
      fc.property(fc.array(zrodlo, { minLength: 1, maxLength: 4 }), (lista) => {
        const zrodla = lista.map((l, i) =>
          zr(
            `z${i}.xlsx`,
            raportOrganu(
              l.wybrane.map((k) => szkoly[k]),
              { wydane: Object.fromEntries(szkoly.map((s) => [s.regon, l.wydane])) },
            ),
          ),
        );
        const j = json(zbierz(woj, zrodla, K));
        // oracle: a school counts only when exactly one source lists it; Z = G · share spent (own 25 %)
        let Z = 0;
        szkoly.forEach((s, k) => {
          const ile = lista.filter((l) => l.wybrane.includes(k));
          if (ile.length === 1) Z += Math.round(s.G * ile[0].wydane);
          if (ile.length > 1)
            for (const l of ile)
              expect(komunikaty(j, `z${lista.indexOf(l)}.xlsx`)).toContain(`szkoła ${s.regon} jest w kilku`);
        });
        expect(j.wynik.razem['Dotacja (zł)']).toBe(kwotaJson(sumaG));
        expect(j.wynik.razem['Dotacja rozliczona (zł)']).toBe(kwotaJson(Z));
        expect(j.wynik.razem['Do zwrotu (zł)']).toBe(kwotaJson(sumaG - Z));
        const suma = (h: string) => j.wynik.wiersze.reduce((s, w) => s + Math.round(Number(w[h]) * 100), 0);
        expect(suma('Dotacja rozliczona (zł)')).toBe(Z);
        expect(suma('Wkład własny (zł)')).toBe(Math.round(Number(j.wynik.razem['Wkład własny (zł)']) * 100));
      }),
      { numRuns: 40 },
    );
  });
});
