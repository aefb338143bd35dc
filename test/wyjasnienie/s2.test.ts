import { createHash } from 'node:crypto';
import { kwalifikujWojewodztwo } from '../../src/core/wojewodztwo/operacja';
import { wyjasnij, wyjasnienieWniosku, type Zdarzenie } from '../../src/core/wyjasnienie';
import type { Kontekst } from '../../src/core/api';
import type { ZapisKomorki, ZeszytSnapshot } from '../../src/core/zeszyt/model';
import { ZIARNO_S2, zeszytS2 } from '../pomoc/s2';

const K: Kontekst = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' };

type WierszJson = {
  regon: string;
  decyzja: string;
  wariant: string;
  kwotaWsparcia: string | null;
  krok: string | null;
  pozycjaLosowania: number | null;
  brakujacaKwota: string | null;
};

/** zł cell value → grosze (the protocol writes zł numbers) */
const gr = (v: ZapisKomorki | undefined): number | null =>
  v && typeof v.v === 'number' ? Math.round(v.v * 100) : null;
/** "81 159,42 zł" → 8115942 */
const zTekstu = (s: string): number => Number(s.replace(/[\s\u00a0]/g, '').replace(',', ''));
const KWOTA = /\d{1,3}(?:[\u00a0 ]\d{3})*,\d{2}(?=\u00a0zł)/g;

/** The protocol of a workbook: the trace sheet by header name, the JSON decisions and envelopes. */
function protokol(z: ZeszytSnapshot) {
  const w = kwalifikujWojewodztwo(z, K);
  expect(w.status).toBe('ok');
  const przebieg = w.plan!.arkusze.find((a) => a.nazwa === 'Przebieg kwalifikacji')!;
  const r0 = przebieg.wiersze.findIndex((r) => r[0]?.v === 'Lp.'); // WB-3.4: below the legend
  const [nagl, ...wiersze] = przebieg.wiersze.slice(r0);
  const kol = (h: string) => nagl.findIndex((c) => c?.v === h);
  const j = w.json as { wnioski: WierszJson[]; koperty: Record<string, string> };
  return {
    wiersze: wiersze.map((r) => ({
      lp: r[kol('Lp.')]!.v as number,
      regon: (r[kol('REGON szkoły')]?.v as string | undefined) ?? null,
      wynik: r[kol('Wynik')]!.v as string,
      r: gr(r[kol('Kwota do kwalifikacji (zł)')]),
      przed: gr(r[kol('Dostępne przed (zł)')])!,
      brak: gr(r[kol('Brakująca kwota (zł)')]),
      po: gr(r[kol('Dostępne po (zł)')])!,
    })),
    wnioski: new Map(j.wnioski.map((x) => [x.regon, x])),
    koperty: j.koperty,
  };
}

const jsonGr = (s: string | null): number | null => (s === null ? null : Math.round(Number(s) * 100));

function sprawdzZgodnosc(z: ZeszytSnapshot, regon: string): void {
  const p = protokol(z);
  const r = wyjasnienieWniosku(z, regon, K);
  if ('koniec' in r) throw new Error('no explanation');
  const zd = r.wyjasnienie.zdarzenia;
  const rodzaju = <R extends Zdarzenie['rodzaj']>(x: R) =>
    zd.filter((e): e is Extract<Zdarzenie, { rodzaj: R }> => e.rodzaj === x);

  // every trace row that examined the school, in order, with the trace sheet's amounts
  const wierszeSzkoly = p.wiersze.filter((w) => w.regon === regon);
  const przejscia = rodzaju('przejscie');
  expect(przejscia.map((e) => e.lp)).toEqual(wierszeSzkoly.map((w) => w.lp));
  przejscia.forEach((e, i) => {
    const w = wierszeSzkoly[i];
    expect([e.dostepnePrzed, e.r, e.brak, e.dostepnePo, e.miesci]).toEqual([
      w.przed,
      w.r,
      w.brak,
      w.po,
      w.wynik === 'zakwalifikowana',
    ]);
    if (e.przesuniecie) {
      const s = p.wiersze[e.przesuniecie.lp - 1];
      expect(s.wynik).toBe('przesunięcie');
      expect(e.przesuniecie.kwota).toBe(s.r);
    }
  });

  // the decision and the envelopes equal the protocol's
  const d = p.wnioski.get(regon)!;
  const [dec] = rodzaju('decyzja');
  expect([dec.decyzja, dec.wariant, dec.wsparcie, dec.krok, dec.brak]).toEqual([
    d.decyzja,
    d.wariant,
    jsonGr(d.kwotaWsparcia),
    d.krok,
    jsonGr(d.brakujacaKwota),
  ]);
  expect(rodzaju('losowanie')[0].pozycja).toBe(d.pozycjaLosowania);
  const [kw] = rodzaju('kopertaWariantu');
  const [kg] = rodzaju('kopertaGrupy');
  expect(kw.koperta).toBe(jsonGr(p.koperty[kw.wariant]));
  expect(kg.koperta).toBe(jsonGr(p.koperty[`${kg.wariant}.${kg.grupa}`]));
  const cj = rodzaju('coJesli');
  expect(cj.map((e) => e.brak)).toEqual(d.decyzja === 'niezakwalifikowana' ? [jsonGr(d.brakujacaKwota)] : []);

  // every amount in the sentences is one of these protocol numbers, and each trace amount is said
  const tekst = wyjasnij(z, regon, K).podsumowanie.join('\n');
  const wTekscie = [...tekst.matchAll(KWOTA)].map((m) => zTekstu(m[0]));
  const liczby = new Set<number>([600000_00]);
  for (const e of zd)
    for (const [k, v] of Object.entries(e))
      if (typeof v === 'number' && !['lp', 'pozycja', 'liczba', 'uczniowie'].includes(k)) liczby.add(v);
  for (const e of przejscia) if (e.przesuniecie) liczby.add(e.przesuniecie.kwota);
  for (const n of wTekscie) expect(liczby).toContain(n);
  for (const w of wierszeSzkoly) {
    expect(wTekscie).toContain(w.przed);
    expect(wTekscie).toContain(w.po);
    if (w.brak !== null) expect(wTekscie).toContain(w.brak);
  }
  if (d.kwotaWsparcia) expect(wTekscie).toContain(jsonGr(d.kwotaWsparcia));
  if (d.brakujacaKwota) expect(wTekscie).toContain(jsonGr(d.brakujacaKwota));
}

describe('wyjasnij — "Dlaczego?" from the CS-Z3 trace (issue 12)', () => {
  test.each(['140000023', '140000046', '140000081'])(
    'CS-Z3.1 CS-Z3.2 CS-Z3.3 CS-Z3.4 CS-Z3.5 CS-Z3.6 CS-Z3.7 CS-Z3.8 CS-Z3.W S2 %s: the narrative numbers equal the protocol',
    (regon) => sprawdzZgodnosc(zeszytS2(), regon),
  );

  test.each(['140000023', '140000075', '140000081'])(
    'CS-Z3.1 S2 seeded %s: the narrative numbers equal the protocol',
    (regon) => sprawdzZgodnosc(zeszytS2({ reczna: false, ziarno: ZIARNO_S2 }), regon),
  );

  test('CS-Z3.1 the draw sentence gives the exact text hashed; any SHA-256 tool gives the key', () => {
    const r = wyjasnienieWniosku(zeszytS2({ reczna: false, ziarno: ZIARNO_S2 }), '140000023', K);
    if ('koniec' in r) throw new Error('no explanation');
    const l = r.wyjasnienie.zdarzenia.find((e) => e.rodzaj === 'losowanie')!;
    if (l.rodzaj !== 'losowanie') throw new Error();
    expect(l.tekstKlucza).toBe(`${ZIARNO_S2}|140000023`);
    expect(l.klucz).toBe(createHash('sha256').update(l.tekstKlucza!, 'utf8').digest('hex'));
    expect(l.klucz!.startsWith('28aebc258416d3ed')).toBe(true);
    expect(l.pozycja).toBe(1);
    const s = wyjasnij(zeszytS2({ reczna: false, ziarno: ZIARNO_S2 }), '140000023', K).podsumowanie.join('\n');
    expect(s).toContain(`„${ZIARNO_S2}|140000023”`);
    expect(s).toContain(l.klucz!);
  });

  test('CS-5.1 CS-5.2 CS-4.3 size, cap, r and own contribution of 140000075 (capped)', () => {
    const r = wyjasnienieWniosku(zeszytS2(), '140000075', K);
    if ('koniec' in r) throw new Error('no explanation');
    const z = Object.fromEntries(r.wyjasnienie.zdarzenia.map((e) => [e.rodzaj, e]));
    expect(z.wielkosc).toMatchObject({ uczniowie: 310, wielkosc: 'duża', limit: 200000_00 });
    expect(z.kwota).toMatchObject({ wnioskowana: 215000_00, r: 200000_00, obcieta: true });
    expect(z.wklad).toMatchObject({ wklad: 53750_00, minimum: 50000_00, wystarcza: true });
  });

  test('every sentence ends with its rule id; English is the second locale', () => {
    for (const jezyk of ['pl', 'en'] as const) {
      const w = wyjasnij(zeszytS2(), '140000046', { ...K, jezyk });
      expect(w.status).toBe('ok');
      const [tytul, ...reszta] = w.podsumowanie;
      expect(tytul).toMatch(jezyk === 'en' ? /^Why\? / : /^Dlaczego\? /);
      for (const l of reszta) expect(l).toMatch(/ \[(CS|WB)-[\w.]+\]$/);
    }
  });

  test('CS-Z3.0 everything fits: no draw, qualified in step 0', () => {
    const z = zeszytS2();
    z.arkusze[0].wiersze[1][1] = { t: 'n', v: 2000000 };
    const r = wyjasnienieWniosku(z, '140000081', K);
    if ('koniec' in r) throw new Error('no explanation');
    const rodzaje = r.wyjasnienie.zdarzenia.map((e) => e.rodzaj);
    expect(rodzaje).toContain('wszystkieMieszcza');
    expect(rodzaje).not.toContain('losowanie');
    expect(r.wyjasnienie.zdarzenia.at(-1)).toMatchObject({ rodzaj: 'decyzja', decyzja: 'zakwalifikowana', krok: '0' });
  });

  test('WB-5.1 a formally rejected row: the reason, no draw position', () => {
    const z = zeszytS2({
      dodatkowe: [[9, 'Gmina Testowa', 'SP X', '140000098', 'wieś', 120, 'I', 'odstąpienie', 100000, 1000, 9]],
    });
    const w = wyjasnij(z, '140000098', K);
    expect(w.status).toBe('ok');
    const j = w.json as { zdarzenia: Array<{ rodzaj: string; regula: string; ocena?: string; decyzja?: string }> };
    expect(j.zdarzenia[0]).toMatchObject({ rodzaj: 'ocena', regula: 'WB-5.1', ocena: 'negatywna' });
    expect(j.zdarzenia.at(-1)).toMatchObject({ rodzaj: 'decyzja', decyzja: 'odrzucona formalnie' });
    expect(j.zdarzenia.some((e) => e.rodzaj === 'losowanie')).toBe(false);
  });

  test('WB-4 an unknown REGON is a clear blocking message; a REGON typed with dashes is found', () => {
    const w = wyjasnij(zeszytS2(), '140000099', K);
    expect(w.status).toBe('zablokowane');
    expect(w.uwagi[0].komunikat).toMatch(/Nie ma wniosku o REGON 140000099 w arkuszu Wnioski/);
    expect(wyjasnij(zeszytS2(), '140-000-023', K).status).toBe('ok');
  });
});
