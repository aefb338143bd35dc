import { kwalifikujWojewodztwo } from '../../src/core/wojewodztwo/operacja';
import type { Kontekst } from '../../src/core/api';
import type { Uwaga } from '../../src/core/uwagi';
import { NAGLOWKI_WNIOSKOW, S2, ZIARNO_S2, parametryS2, wierszS2, zeszytS2 } from '../pomoc/s2';
import { arkusz, data, zeszyt, type Wartosc } from '../pomoc/zeszyt';
import { ustaw } from '../pomoc/host';

const K: Kontekst = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' };
type J = {
  wnioski: Array<{
    regon: string | null;
    decyzja: string;
    powod: string | null;
    pozycjaLosowania: number | null;
    krok: string | null;
  }>;
  koperty: Record<string, string | null>;
  parametry: Record<string, unknown>;
  podsumowanie: Record<string, unknown>;
  odcisk: string;
};
const kol = (h: string) => NAGLOWKI_WNIOSKOW.indexOf(h);
const run = (z: ReturnType<typeof zeszytS2>) => kwalifikujWojewodztwo(z, K);
const blokujace = (u: Uwaga[]) => u.filter((x) => x.waga === 'błąd' && x.blokujaca);
/** Sets a `Parametry` value by label. */
function param(z: ReturnType<typeof zeszytS2>, etykieta: string, v: Wartosc) {
  const rows = parametryS2(null).map((r) => (r[0] === etykieta ? [etykieta, v] : r));
  if (!rows.some((r) => r[0] === etykieta)) rows.push([etykieta, v]);
  return { arkusze: z.arkusze.map((a) => (a.nazwa === 'Parametry' ? arkusz('Parametry', rows) : a)) };
}
/** S2 with extra columns on every row (header + values). */
function zKolumna(h: string, wartosci: Wartosc[], reczna = true) {
  return zeszyt(
    arkusz('Parametry', parametryS2(reczna ? null : ZIARNO_S2)),
    arkusz('Wnioski', [
      [...NAGLOWKI_WNIOSKOW, h],
      ...S2.map((r, i) => [...wierszS2(i, r, reczna), wartosci[i] ?? null]),
    ]),
  );
}

describe('Cyfrowa szkoła rules on the voivodeship workbook', () => {
  test('CS-2 CS-2.1 a school type that is not eligible → błąd, proposed negative (WB-5.1)', () => {
    const w = run(zKolumna('Typ szkoły', ['gimnazjum']));
    expect(w.uwagi.some((u) => u.regula === 'CS-2.1' && u.komorka === 'N2')).toBe(true);
    expect(blokujace(w.uwagi).filter((u) => u.regula === 'CS-Z3.1').length).toBeGreaterThan(0); // its draw number now leaves a gap
  });

  test('CS-3.1 `Rodzaj organu` = inny → błąd; the body name is never inspected', () => {
    const z = zKolumna('Rodzaj organu', ['inny', 'gmina']);
    const w = run(z);
    expect(w.uwagi.filter((u) => u.regula === 'CS-3.1').map((u) => u.komorka)).toEqual(['N2']);
  });

  test('CS-10.4 TERYT organu: wrong length, type digit or voivodeship → błąd; missing is not an error', () => {
    const w = run(zKolumna('TERYT organu', ['1465011', '2465011', '14650', '1465014', null, '14']));
    const t = w.uwagi.filter((u) => u.regula === 'CS-10.4' && u.komorka?.startsWith('N')).map((u) => u.komorka);
    expect(t).toEqual(['N3', 'N4', 'N5']);
  });

  test('CS-9 CS-9.2 WB-5.3 `Udział wariantu I` outside [20, 80] or with 3 decimals blocks; 50 is used exactly', () => {
    for (const v of [19.99, 80.01, '50,125', 'pół'] as Wartosc[])
      expect(run(param(zeszytS2(), 'Udział wariantu I (%)', v)).status).toBe('zablokowane');
    const w = run(param(zeszytS2(), 'Udział wariantu I (%)', 50));
    expect(w.status).toBe('ok');
    const j = w.json as J;
    expect(j.parametry).toMatchObject({ udzialWariantuI: '0.5000', udzialDomyslny: false });
    expect(j.koperty.I).toBe('300000.00');
  });

  test('CS-11.1 a body application after 30 Apr 2012 is proposed negative; the team may override with a reason (WB-5.2)', () => {
    const z = zKolumna('Data wniosku organu', [data(2012, 5, 2), data(2012, 4, 30)], false);
    const j = run(z).json as J;
    expect(j.wnioski[0].decyzja).toBe('odrzucona formalnie');
    expect(j.wnioski[0].powod).toMatch(/po terminie 2012-04-30/);
    expect(j.wnioski[1].decyzja).not.toBe('odrzucona formalnie');
  });

  test('CS-R.4 CS-11.1 `Terminy` counts the `Data wniosku organu` of every row as read with the row: on time, late (named), undated or unreadable', () => {
    const z = zKolumna('Data wniosku organu', [data(2012, 5, 2), data(2012, 4, 30), 'kiedyś'], false);
    const t = run(z).plan!.arkusze.find((a) => a.nazwa === 'Terminy')!;
    const cs111 = t.wiersze.find((r) => r[1]?.v === 'CS-11.1')!.map((k) => k?.v);
    // Stan, W terminie, Po terminie, Brak, Brak danych, Pozycji, Brakuje, Po terminie — które
    expect(cs111.slice(3)).toEqual(['po terminie', 1, 1, 0, S2.length - 2, S2.length, '', 'Wnioski!2 (2012-05-02)']);
  });

  test('CS-U.1 a well-formed TERYT keys its body even from another voivodeship (CS-10.4 błąd); a malformed one does not', () => {
    const terytUmowy = (teryt: string) =>
      run(zKolumna('TERYT organu', [teryt], false))
        .plan!.arkusze.find((a) => a.nazwa === 'Umowy dotacji')!
        .wiersze[1].map((k) => k?.v);
    expect(terytUmowy('2465011').slice(1, 3)).toEqual(['Gmina Testowa', '2465011']);
    expect(terytUmowy('14650').slice(1, 3)).toEqual(['Gmina Testowa', '']);
  });

  test('CS-12.1 fewer than 4 team members: non-blocking błąd shown in Uwagi and in the protocol header', () => {
    const w = run(param(zeszytS2(), 'Skład zespołu', 'Anna; Jan; Anna'));
    expect(w.status).toBe('ok');
    expect(w.uwagi.some((u) => u.regula === 'CS-12.1' && u.waga === 'błąd' && !u.blokujaca)).toBe(true);
    const prot = w.plan!.arkusze.find((a) => a.nazwa === 'Protokół')!;
    expect(prot.wiersze.some((r) => r[0]?.v === 'UWAGA' && String(r[1]?.v).startsWith('CS-12.1'))).toBe(true);
  });

  test('CS-12.2 CS-5.2 a request above the cap is capped and does not by itself make the evaluation negative', () => {
    const j = run(zeszytS2()).json as J;
    expect(j.wnioski.find((x) => x.regon === '140000075')!.decyzja).toBe('niezakwalifikowana');
  });

  test('CS-13 CS-13.1 CS-Z3.0 all requests fit: everything qualifies, no draw, envelopes null (WB-4.1)', () => {
    const w = run(param(zeszytS2(), 'Kwota środków (zł)', 1_035_000));
    const j = w.json as J;
    expect(
      j.wnioski.every((x) => x.decyzja === 'zakwalifikowana' && x.krok === '0' && x.pozycjaLosowania === null),
    ).toBe(true);
    expect(Object.values(j.koperty).every((v) => v === null)).toBe(true);
    expect(j.parametry).toMatchObject({ udzialWariantuI: null, udzialDomyslny: null });
    expect((j.podsumowanie.I as Record<string, unknown>).niewykorzystane).toBeNull();
    const prot = w.plan!.arkusze.find((a) => a.nazwa === 'Protokół')!;
    expect(
      prot.wiersze.some((r) => r[0]?.v === 'Kolejność losowania' && String(r[1]?.v).startsWith('bez losowania')),
    ).toBe(true);
  });

  test('CS-14.1 the protocol lists all schools, the qualified and the not qualified by variant, with reasons, parameters and fingerprint', () => {
    const w = run(zeszytS2());
    const j = w.json as J;
    const ark = Object.fromEntries(w.plan!.arkusze.map((a) => [a.nazwa, a]));
    expect(ark['Wykaz wniosków'].wiersze.filter((r) => typeof r[0]?.v === 'number')).toHaveLength(8);
    expect(ark['Niezakwalifikowane'].wiersze.filter((r) => typeof r[0]?.v === 'number').map((r) => r[7]?.v)).toEqual([
      'brak środków; wariant zastępczy: odstąpienie',
      'brak środków; wariant zastępczy: odstąpienie',
      'brak środków',
    ]);
    const prot = ark['Protokół'].wiersze.map((r) => r.map((c) => c?.v));
    expect(prot.some((r) => r[1] === j.odcisk)).toBe(true);
    expect(
      prot.some(
        (r) => r[0] === 'Kolejność losowania' && r[1] === 'kolejność ręczna (kolumna „Kolejność losowania”, CS-Z3.1)',
      ),
    ).toBe(true);
    expect(prot.some((r) => r[0] === 'Podział kwoty wariantu na wielkości szkół' && r[3] === 'domyślny')).toBe(true);
    // WB-3.4: one signature line per member of the team (4 in S2), then the place line and the approval line
    expect(prot.filter((r) => r[1] === '……………………………………')).toHaveLength(4 + 2);
  });

  test('CS-15.1 `Informacja dla ministra`: support per variant and in all, counts, protocol date; a late meeting warns', () => {
    const w = run(zeszytS2());
    const inf = w
      .plan!.arkusze.find((a) => a.nazwa === 'Informacja dla ministra')!
      .wiersze.map((r) => r.map((c) => c?.v));
    expect(inf).toContainEqual(['I', 3, 375000]);
    expect(inf).toContainEqual(['II', 2, 200000]);
    expect(inf).toContainEqual(['Razem', 5, 575000]);
    expect(inf).toContainEqual(['Data protokołu (posiedzenia zespołu)', 41039]); // WB-3.4 date cell, 10.05.2012
    const pozno = run(param(zeszytS2(), 'Data posiedzenia zespołu', '2012-05-15'));
    expect(pozno.uwagi.some((u) => u.regula === 'CS-15.1' && u.waga === 'ostrzeżenie')).toBe(true);
  });

  test('CS-15.1 WB-3.2 `Informacja dla ministra`: the ministry table — qualified schools and support by variant × size × Położenie, with totals', () => {
    let z = ustaw(zeszytS2(), 'Wnioski', 3, kol('Położenie'), { t: 's', v: 'miasto powyżej 5 tys.' }); // 140000030, I duża
    z = ustaw(z, 'Wnioski', 5, kol('Położenie'), { t: 's', v: 'miasto do 5 tys.' }); // 140000052, II średnia
    const a = run(z).plan!.arkusze.find((x) => x.nazwa === 'Informacja dla ministra')!;
    const inf = a.wiersze.map((r) => r.map((c) => c?.v ?? null));
    expect(inf).toContainEqual([
      'Wariant i wielkość szkoły',
      'wieś',
      null,
      'miasto do 5 tys.',
      null,
      'miasto powyżej 5 tys.',
      null,
      'Razem',
      null,
    ]);
    // wieś (count, zł) | miasto do 5 tys. | miasto powyżej 5 tys. | Razem
    expect(inf).toContainEqual(['wariant I — mała', 2, 175000, 0, 0, 0, 0, 2, 175000]);
    expect(inf).toContainEqual(['wariant I — duża', 0, 0, 0, 0, 1, 200000, 1, 200000]);
    expect(inf).toContainEqual(['Razem wariant I', 2, 175000, 0, 0, 1, 200000, 3, 375000]);
    expect(inf).toContainEqual(['wariant II — średnia', 0, 0, 1, 140000, 0, 0, 1, 140000]);
    expect(inf).toContainEqual(['Razem wariant II', 1, 60000, 1, 140000, 0, 0, 2, 200000]);
    expect(inf).toContainEqual(['oba warianty — duża', 0, 0, 0, 0, 1, 200000, 1, 200000]);
    expect(inf[inf.length - 1]).toEqual(['Razem', 3, 235000, 1, 140000, 1, 200000, 5, 575000]);
    expect(a.wydruk?.orientacja).toBe('pozioma');
  });

  test('WB-5.1 the proposal is negative exactly for row-level errors; warnings do not change it; empty entry takes it', () => {
    const z = ustaw(zeszytS2(), 'Wnioski', 1, kol('Wkład własny (zł)'), { t: 'n', v: 22499.99 });
    const w = run(z);
    expect(w.status).toBe('zablokowane'); // the rejected row's draw number 3 leaves a gap in 1…7
    const w2 = run(
      ustaw(ustaw(z, 'Wnioski', 1, kol('Kolejność losowania'), null), 'Wnioski', 8, kol('Kolejność losowania'), {
        t: 'n',
        v: 3,
      }),
    );
    const j = w2.json as J;
    expect(j.wnioski[0]).toMatchObject({ decyzja: 'odrzucona formalnie' });
    expect(j.wnioski[0].powod).toMatch(
      /^odrzucona formalnie: Wkład własny 22\u00a0499,99\u00a0zł jest za niski: wymagane co najmniej 22\u00a0500,00\u00a0zł/,
    );
  });

  test('WB-5.2 the team entry wins; a contradiction needs a reason; `pozytywna` on an unreadable row is impossible', () => {
    const bezUzasadnienia = run(zKolumna('Ocena formalna', ['negatywna']));
    expect(blokujace(bezUzasadnienia.uwagi).some((u) => u.regula === 'WB-5.2')).toBe(true);
    const z = zeszyt(
      arkusz('Parametry', parametryS2(ZIARNO_S2)),
      arkusz('Wnioski', [
        [...NAGLOWKI_WNIOSKOW, 'Ocena formalna', 'Uzasadnienie oceny'],
        ...S2.map((r, i) => [...wierszS2(i, r, false), i === 0 ? 'negatywna' : null, i === 0 ? 'brak podpisu' : null]),
      ]),
    );
    const j = run(z).json as J;
    expect(j.wnioski[0]).toMatchObject({ decyzja: 'odrzucona formalnie', powod: 'odrzucona formalnie: brak podpisu' });
    const niemozliwa = ustaw(
      ustaw(zKolumna('Ocena formalna', ['pozytywna']), 'Wnioski', 1, kol('Wariant'), null),
      'Wnioski',
      0,
      14,
      { t: 's', v: 'Uzasadnienie oceny' },
    );
    const w3 = run(ustaw(niemozliwa, 'Wnioski', 1, 14, { t: 's', v: 'zespół uznał' }));
    expect(blokujace(w3.uwagi).some((u) => u.regula === 'WB-5.2' && /niemożliwa/.test(u.komunikat))).toBe(true);
  });

  test('WB-5.3 blocking: missing sheet, missing required header, bad allocation, unknown voivodeship, bad basis, no seed', () => {
    expect(run(zeszyt(arkusz('Parametry', parametryS2(null)))).uwagi.map((u) => u.komunikat)).toContain(
      'Brak arkusza „Wnioski”.',
    );
    const bezNaglowka = zeszyt(
      arkusz('Parametry', parametryS2(null)),
      arkusz('Wnioski', [NAGLOWKI_WNIOSKOW.filter((h) => h !== 'Wariant')]),
    );
    expect(blokujace(run(bezNaglowka).uwagi).map((u) => u.regula)).toContain('WB-1.2');
    expect(run(param(zeszytS2(), 'Kwota środków (zł)', 0.99)).status).toBe('zablokowane');
    expect(run(param(zeszytS2(), 'Województwo', 'Mazowsze')).status).toBe('zablokowane');
    expect(run(param(zeszytS2(), 'Podział kwoty wariantu na wielkości szkół', 'po równo')).status).toBe('zablokowane');
    const sio = run(param(zeszytS2(), 'Podział kwoty wariantu na wielkości szkół', 'wg liczby szkół i limitów (§9)'));
    expect(blokujace(sio.uwagi).filter((u) => /SIO/.test(u.komunikat))).toHaveLength(3);
    const bezZiarna = run(zeszytS2({ reczna: false }));
    expect(blokujace(bezZiarna.uwagi).map((u) => u.komorka)).toEqual(['B5']);
    const bezDaty = run(param(zeszytS2(), 'Data posiedzenia zespołu', null));
    expect(bezDaty.status).toBe('ok'); // non-blocking
  });

  test('CS-Z3.F the fingerprint ignores row order and resignation columns but not the data', () => {
    const a = (run(zeszytS2()).json as J).odcisk;
    const odwr = zeszyt(
      arkusz('Parametry', parametryS2(null)),
      arkusz('Wnioski', [NAGLOWKI_WNIOSKOW, ...S2.map((r, i) => wierszS2(i, r, true)).reverse()]),
    );
    expect((run(odwr).json as J).odcisk).toBe(a);
    expect((run(ustaw(zeszytS2(), 'Wnioski', 1, kol('Nazwa szkoły'), { t: 's', v: 'inna' })).json as J).odcisk).toBe(a);
    expect(
      (run(ustaw(zeszytS2(), 'Wnioski', 1, kol('Wnioskowana kwota (zł)'), { t: 'n', v: 89000 })).json as J).odcisk,
    ).not.toBe(a);
  });

  test('WB-3.3 money cells are numbers formatted in zł; text cells are exact strings with format @', () => {
    const w = run(zeszytS2());
    const wyk = w.plan!.arkusze.find((a) => a.nazwa === 'Wykaz wniosków')!;
    const r017 = wyk.wiersze.find((r) => r[5]?.v === '140000017')!;
    expect(r017[5]).toEqual({ v: '140000017', fmt: '@' });
    expect(r017[7]).toEqual({ v: 90000, fmt: '#,##0.00\\ "zł"' });
  });
});
