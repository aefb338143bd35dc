/** S7 of scenarios.md: the manual draw held in baskets (CS-Z3.1 P4 `w koszykach`), through the voivodeship workbook. */
import { kwalifikujWojewodztwo } from '../../src/core/wojewodztwo/operacja';
import type { Kontekst } from '../../src/core/api';
import type { ZapisArkusza, ZeszytSnapshot } from '../../src/core/zeszyt/model';
import { doSnapshotu } from '../../src/przyklady/snapshot';
import { parametryS7, przykladS7, wierszeS7 } from '../../src/przyklady/scenariusze';
import { zeszytMaly } from '../../src/przyklady/maly';
import { tekstOdcisku } from '../../src/core/kwalifikacja';
import { kolumna } from '../../src/przyklady/wierszWniosku';
import { odciskZeszytu } from '../../src/core/wojewodztwo/weryfikacja';
import { CYFROWA_SZKOLA_2012 } from '../../src/core/program/definicja';

import { ustaw, zastosujPlan } from '../pomoc/host';
import { KOPERTY_S7, WYNIK_S7, wynikiS7, type JsonS7 } from '../pomoc/s7';

const K: Kontekst = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' };

const zeszytS7 = (losowanie: string | null = 'w koszykach'): ZeszytSnapshot => doSnapshotu(przykladS7(losowanie));

/** S7 with the `Kolejność losowania` of some rows (0-based S7 row → value) replaced. */
function zNumerami(zmiany: Record<number, number | string | null>): ZeszytSnapshot {
  const z = zeszytS7();
  const kol = kolumna('kolejnosc').charCodeAt(0) - 65;
  return {
    arkusze: z.arkusze.map((a) =>
      a.nazwa !== 'Wnioski'
        ? a
        : {
            ...a,
            wiersze: a.wiersze.map((w, r) => {
              const i = r - 1;
              if (!(i in zmiany)) return w;
              const kopia = [...w];
              const v = zmiany[i];
              kopia[kol] = v === null ? null : typeof v === 'number' ? { t: 'n', v } : { t: 's', v };
              return kopia;
            }),
          },
    ),
  };
}

const arkusz = (plan: ZapisArkusza[], nazwa: string) => plan.find((a) => a.nazwa === nazwa)!;
const naglowki = (a: ZapisArkusza) => a.wiersze.find((r) => r[0]?.v === 'Lp.')!.map((k) => k?.v);

describe('S7 manual draw held in baskets (CS-Z3.1 P4 `w koszykach`)', () => {
  test('S7 CS-Z3.1 CS-Z3.2 CS-Z3.3 CS-Z3.4 CS-Z3.5 WB-4.1: merged order by (p − 1) / n_b, envelopes, results and shortfalls to the grosz', () => {
    const w = kwalifikujWojewodztwo(zeszytS7(), K);
    expect(w.status).toBe('ok');
    const j = w.json as JsonS7;
    expect(j.parametry).toMatchObject({
      udzialWariantuI: '0.6000',
      kolejnoscReczna: true,
      losowanieReczne: 'w koszykach',
      ziarno: null,
    });
    expect(j.koperty).toEqual(KOPERTY_S7);
    expect(wynikiS7(j)).toEqual(WYNIK_S7);
    expect([
      j.podsumowanie.niewykorzystane,
      j.podsumowanie.I.niewykorzystane,
      j.podsumowanie.II.niewykorzystane,
    ]).toEqual(['30000.00', '20000.00', '10000.00']);
    expect(w.uwagi.filter((u) => u.waga === 'błąd')).toEqual([]);
  });

  test('S7 WB-3.2 `Numer w koszyku` right after `Pozycja w losowaniu` in the lists and the trace; `Klucz` holds the basket key as text', () => {
    const w = kwalifikujWojewodztwo(zeszytS7(), K);
    const plan = w.plan!.arkusze;
    for (const n of ['Zakwalifikowane', 'Niezakwalifikowane', 'Przebieg kwalifikacji']) {
      const h = naglowki(arkusz(plan, n));
      expect(h[h.indexOf('Pozycja w losowaniu') + 1]).toBe('Numer w koszyku');
    }
    const p = arkusz(plan, 'Przebieg kwalifikacji');
    const h = naglowki(p);
    const wiersz023 = p.wiersze.find((r) => r[h.indexOf('REGON szkoły')]?.v === '140000023')!;
    expect(wiersz023[h.indexOf('Pozycja w losowaniu')]?.v).toBe(6);
    expect(wiersz023[h.indexOf('Numer w koszyku')]?.v).toBe(2);
    expect(wiersz023[h.indexOf('Klucz')]?.v).toBe('1/3');
    expect(p.wiersze.find((r) => r[h.indexOf('REGON szkoły')]?.v === '140000030')![h.indexOf('Klucz')]?.v).toBe('0');
    // the default mode keeps the sheets as they were
    const s2 = kwalifikujWojewodztwo(zeszytS7('jedna lista'), K);
    expect(s2.plan).toBeNull();
  });

  test('S7 CS-Z3.F the fingerprint says RECZNA=KOSZYKI and differs from the one-list reading of the same numbers', () => {
    const j = kwalifikujWojewodztwo(zeszytS7(), K).json as JsonS7;
    expect(j.odcisk).toMatch(/^[0-9a-f]{64}$/);
    expect(odciskZeszytu(zeszytS7(), CYFROWA_SZKOLA_2012).odcisk).toBe(j.odcisk);
    expect(odciskZeszytu(zeszytS7('jedna lista'), CYFROWA_SZKOLA_2012).odcisk).not.toBe(j.odcisk);
    const tekst = tekstOdcisku(
      {
        kwota: 60_000_000,
        udzialSetne: 6000,
        podzial: 'wg wnioskowanych kwot',
        sio: null,
        ziarno: null,
        reczna: true,
        koszyki: true,
      },
      [],
    );
    expect(tekst.split('\n')).toContain('RECZNA=KOSZYKI');
    expect(
      tekstOdcisku(
        { ...{ kwota: 1, udzialSetne: null, podzial: 'bez podziału', sio: null, ziarno: null }, reczna: true },
        [],
      ),
    ).toContain('RECZNA=TAK');
  });

  test('S7 CS-Z3.1 WB-5.3 the same numbers as one list (`jedna lista`, the default) are blocked: each repeated number is named with its cells', () => {
    for (const losowanie of ['jedna lista', null]) {
      const w = kwalifikujWojewodztwo(zeszytS7(losowanie), K);
      expect(w.status).toBe('zablokowane');
      const powt = w.uwagi.filter((u) => u.regula === 'CS-Z3.1' && u.blokujaca);
      expect(powt.length).toBeGreaterThan(0);
      const K_ = kolumna('kolejnosc');
      // number 1 is drawn in five baskets: rows 3, 5, 7, 8, 9 of the sheet
      const jeden = powt.filter((u) => u.komunikat.startsWith('Numer 1 powtarza się'));
      expect(jeden.map((u) => u.komorka).sort()).toEqual([`${K_}3`, `${K_}5`, `${K_}7`, `${K_}8`, `${K_}9`]);
      expect(jeden[0].komunikat).toContain(`${K_}3, ${K_}5, ${K_}7, ${K_}8, ${K_}9`);
      expect(jeden[0].komunikat).toContain('w koszykach');
    }
  });

  test('CS-Z3.1 WB-5.3 in baskets a repeated, missing or out-of-range number is a blocking błąd naming its basket and cells', () => {
    const K_ = kolumna('kolejnosc');
    // I.mała holds rows 2 (2), 3 (1), 4 (3): make row 4 a second 1 → 1 repeats, 3 is missing
    const dup = kwalifikujWojewodztwo(zNumerami({ 2: 1 }), K);
    expect(dup.status).toBe('zablokowane');
    const b = dup.uwagi.filter((u) => u.regula === 'CS-Z3.1');
    expect(
      b.filter((u) => u.komunikat.startsWith('Numer 1 powtarza się w koszyku „wariant I, mała”')).map((u) => u.komorka),
    ).toEqual([`${K_}3`, `${K_}4`]);
    expect(b.find((u) => u.komunikat.includes('brakuje numerów: 3'))?.komunikat).toContain(
      `W koszyku „wariant I, mała” (komórki ${K_}2, ${K_}3, ${K_}4)`,
    );
    // II.średnia holds rows 9 (1) and 10 (2): 3 is out of its range 1…2; a blank number in I.duża
    const zakres = kwalifikujWojewodztwo(zNumerami({ 8: 3, 5: null }), K);
    expect(zakres.status).toBe('zablokowane');
    const z = zakres.uwagi.filter((u) => u.regula === 'CS-Z3.1' && u.blokujaca);
    expect(z.filter((u) => u.komorka === `${K_}10`).map((u) => u.komunikat)).toEqual([
      'Numer 3 jest poza zakresem 1…2 koszyka „wariant II, średnia”.',
    ]);
    expect(z.filter((u) => u.komorka === `${K_}9`).map((u) => u.komunikat)).toEqual([
      `W koszyku „wariant II, średnia” (komórki ${K_}9, ${K_}10) brakuje numerów: 2.`,
    ]);
    expect(z.find((u) => u.komorka === `${K_}7`)?.komunikat).toContain('koszyk „wariant I, duża” wymaga numerów 1…1');
    // not a whole number
    const tekst = kwalifikujWojewodztwo(zNumerami({ 0: 'drugi' }), K);
    expect(tekst.uwagi.find((u) => u.komorka === `${K_}2`)?.komunikat).toContain(
      '„drugi” nie jest liczbą całkowitą (koszyk „wariant I, mała”',
    );
  });

  test('CS-Z3.1 WB-5.3 `Losowanie ręczne` outside its vocabulary is blocking; a seed beside a basket order is `nieużyte`', () => {
    const w = kwalifikujWojewodztwo(zeszytS7('w workach'), K);
    expect(w.status).toBe('zablokowane');
    expect(w.uwagi.find((u) => u.arkusz === 'Parametry' && u.regula === 'WB-5.3')?.komunikat).toContain(
      'Losowanie ręczne',
    );
    const zZiarnem = doSnapshotu(
      zeszytMaly({ parametry: { ...parametryS7('w koszykach'), ziarno: 'ziarno 1' }, wiersze: wierszeS7() }),
    );
    const s = kwalifikujWojewodztwo(zZiarnem, K);
    expect(wynikiS7(s.json as JsonS7)).toEqual(WYNIK_S7);
    expect((s.json as JsonS7).parametry.ziarno).toBeNull();
    const protokol = arkusz(s.plan!.arkusze, 'Protokół')
      .wiersze.flat()
      .map((k) => k?.v);
    expect(protokol).toContain('Ziarno losowania (nieużyte)');
    expect(protokol).toContain('ziarno 1');
    expect(protokol).toContain('w koszykach');
  });

  test('S7 CS-Z3.R CS-Z3.F a resignation after a basket protocol: the frozen order and basket numbers stay, money is conserved', () => {
    const z = zeszytS7();
    const protokol = zastosujPlan(z, kwalifikujWojewodztwo(z, K).plan!);
    const kol = (k: Parameters<typeof kolumna>[0]) => kolumna(k).charCodeAt(0) - 65;
    // 140000069 (I, średnia, number 2, qualified in step 4) is the fifth data row
    let r = ustaw(protokol, 'Wnioski', 5, kol('rezygnacja'), { t: 's', v: 'TAK' });
    r = ustaw(r, 'Wnioski', 5, kol('dataRezygnacji'), { t: 'd', y: 2012, m: 6, d: 1 });
    const w = kwalifikujWojewodztwo(r, { ...K, dzis: { y: 2012, m: 6, d: 1 } });
    expect(w.status).toBe('ok');
    const j = w.json as JsonS7 & { podsumowanie: { kwotaPrzyznana: string } };
    const d069 = j.wnioski.find((x) => x.regon === '140000069')!;
    expect([d069.decyzja, d069.pozycjaLosowania, d069.numerWKoszyku]).toEqual(['rezygnacja', 7, 2]);
    for (const x of j.wnioski) {
      const [, , , , pozycja, numer] = WYNIK_S7[x.regon as keyof typeof WYNIK_S7];
      expect([x.regon, x.pozycjaLosowania, x.numerWKoszyku]).toEqual([x.regon, pozycja, numer]);
    }
    const grosze = (s: string) => Math.round(Number(s) * 100);
    expect(grosze(j.podsumowanie.kwotaPrzyznana) + grosze(j.podsumowanie.niewykorzystane)).toBe(60_000_000);
  });
});
