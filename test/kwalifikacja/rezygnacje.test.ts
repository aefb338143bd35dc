import {
  kwalifikuj,
  przetworzRezygnacje,
  zamrozStan,
  zgodnyOdcisk,
  czesciStanuZamrozonego,
  czytajStanZamrozony,
  zapiszStanZamrozony,
  type StanZamrozony,
} from '../../src/core/kwalifikacja';
import { parametry, po, wnioskiS2, zl } from './pomoc';

const D1 = { y: 2012, m: 6, d: 1 };
function protokolS2(kwota = zl(600000)): { stan: StanZamrozony; wynik: ReturnType<typeof kwalifikuj> } {
  const w = wnioskiS2();
  const wynik = kwalifikuj(w, parametry({ kwota }));
  return { stan: zamrozStan(wynik, w, 'odcisk-s2'), wynik };
}

describe('S5 resignation after the protocol (CS-Z3.R)', () => {
  const { stan, wynik: pierwszy } = protokolS2();
  const r = przetworzRezygnacje(stan, [{ regon: '140000030', data: D1 }], { przebiegDotychczasowy: pierwszy.przebieg });

  test('CS-Z3.R resigned support returns to L_I (225 000) and 140000023 qualifies in I in step R — S5', () => {
    expect(r.nowyPrzebieg[0]).toMatchObject({
      krok: 'R',
      wynik: 'zwrot',
      regon: '140000030',
      wariant: 'I',
      dostepnePrzed: zl(25000),
      dostepnePo: zl(225000),
      kwota: zl(200000),
    });
    expect(po(r.wynik.decyzje, '140000023')).toMatchObject({
      decyzja: 'zakwalifikowana',
      wariant: 'I',
      wsparcie: zl(140000),
      krok: 'R',
      brak: null,
      powod: null,
    });
    expect(r.nowyPrzebieg[1]).toMatchObject({
      krok: 'R',
      podkrok: '5',
      regon: '140000023',
      wynik: 'zakwalifikowana',
      dostepnePo: zl(85000),
    });
  });

  test('CS-Z3.R smallest shortfalls over all walks incl. the first run; shift of 85 000 all back — S5', () => {
    expect(po(r.wynik.decyzje, '140000075')).toMatchObject({ decyzja: 'niezakwalifikowana', brak: zl(115000) });
    expect(po(r.wynik.decyzje, '140000081')).toMatchObject({ decyzja: 'niezakwalifikowana', brak: zl(35000) });
    const w081 = r.nowyPrzebieg.filter((p) => p.regon === '140000081').map((p) => [p.podkrok, p.wariant, p.brak]);
    expect(w081).toEqual([
      ['5', 'II', zl(120000)],
      ['6', 'I', zl(35000)],
      ['7', 'II', zl(35000)],
    ]);
    const przes = r.nowyPrzebieg.filter((p) => p.wynik === 'przesunięcie' || p.wynik === 'zwrot').slice(1);
    expect(przes.map((p) => [p.wynik, p.kwota, p.podkrok])).toEqual([
      ['przesunięcie', zl(85000), '7'],
      ['zwrot', zl(85000), '7'],
    ]);
  });

  test('CS-Z3.R final D, unused 85 000 all in I, 140000030 → rezygnacja, others unchanged — S5', () => {
    expect(r.wynik.koperty!.D).toEqual({ I: zl(400000), II: zl(200000) });
    expect(r.wynik.koperty!.L).toEqual({ I: zl(85000), II: 0 });
    expect(r.wynik.niewykorzystane).toBe(zl(85000));
    expect(po(r.wynik.decyzje, '140000030')).toMatchObject({
      decyzja: 'rezygnacja',
      wariant: 'I',
      wsparcie: zl(200000),
      krok: '4',
      brak: null,
      powod: 'rezygnacja',
    });
    for (const d of pierwszy.decyzje) {
      if (['140000030', '140000023', '140000075', '140000081'].includes(d.regon)) continue;
      expect(po(r.wynik.decyzje, d.regon)).toEqual(d);
    }
    expect(r.zmiany).toEqual([
      {
        data: D1,
        regon: '140000030',
        zmiana: 'rezygnacja',
        wariant: 'I',
        kwota: zl(200000),
        krok: '4',
        wskutek: '140000030',
      },
      {
        data: D1,
        regon: '140000023',
        zmiana: 'zakwalifikowana',
        wariant: 'I',
        kwota: zl(140000),
        krok: 'R',
        wskutek: '140000030',
      },
    ]);
    expect(r.odrzucone).toEqual([]);
    expect(r.wynik.przebieg.length).toBe(pierwszy.przebieg.length + r.nowyPrzebieg.length);
    expect(r.stan.rezygnacje).toEqual([{ regon: '140000030', data: D1, wariant: 'I', kwota: zl(200000) }]);
    expect(r.wynik.coJesli).toEqual(pierwszy.coJesli);
  });
});

describe('CS-Z3.R edge cases', () => {
  const { stan } = protokolS2();

  test('CS-Z3.R resignation of a not-qualified row is rejected with no effect', () => {
    const r = przetworzRezygnacje(stan, [
      { regon: '140000081', data: D1 },
      { regon: '999', data: D1 },
    ]);
    expect(r.odrzucone.map((o) => [o.regon, o.powod])).toEqual([
      ['140000081', 'niezakwalifikowana'],
      ['999', 'nieznany wniosek'],
    ]);
    expect(r.zmiany).toEqual([]);
    expect(r.nowyPrzebieg).toEqual([]);
    expect(r.stan).toEqual(stan);
  });

  test('CS-Z3.R processing is incremental and idempotent; a changed date is rejected', () => {
    const r1 = przetworzRezygnacje(stan, [{ regon: '140000030', data: D1 }]);
    const r2 = przetworzRezygnacje(r1.stan, [{ regon: '140000030', data: D1 }]);
    expect(r2.zmiany).toEqual([]);
    expect(r2.stan).toEqual(r1.stan);
    expect(r2.wynik.decyzje).toEqual(r1.wynik.decyzje);
    const r3 = przetworzRezygnacje(r1.stan, [{ regon: '140000030', data: { y: 2012, m: 6, d: 2 } }]);
    expect(r3.odrzucone.map((o) => o.powod)).toEqual(['inna data']);
    expect(r3.stan).toEqual(r1.stan);
  });

  test('CS-Z3.R a row qualified in step R can resign later; its support returns to the variant granted', () => {
    const r1 = przetworzRezygnacje(stan, [{ regon: '140000030', data: D1 }]);
    const r2 = przetworzRezygnacje(r1.stan, [
      { regon: '140000030', data: D1 },
      { regon: '140000023', data: { y: 2012, m: 7, d: 1 } },
    ]);
    expect(po(r2.wynik.decyzje, '140000023')).toMatchObject({
      decyzja: 'rezygnacja',
      wariant: 'I',
      wsparcie: zl(140000),
      krok: 'R',
    });
    expect(r2.nowyPrzebieg[0]).toMatchObject({ wynik: 'zwrot', dostepnePrzed: zl(85000), dostepnePo: zl(225000) });
    expect(r2.wynik.przyznano + r2.wynik.niewykorzystane).toBe(zl(600000));
  });

  test('CS-Z3.R resignations ordered by date, then draw position', () => {
    const r = przetworzRezygnacje(stan, [
      { regon: '140000052', data: { y: 2012, m: 6, d: 3 } },
      { regon: '140000017', data: D1 },
      { regon: '140000069', data: D1 },
    ]);
    expect(r.zmiany.filter((z) => z.zmiana === 'rezygnacja').map((z) => z.regon)).toEqual([
      '140000017',
      '140000069',
      '140000052',
    ]);
    expect(r.stan.rezygnacje.map((x) => x.regon)).toEqual(['140000017', '140000069', '140000052']);
    expect(r.wynik.przyznano + r.wynik.niewykorzystane).toBe(zl(600000));
    expect(r.wynik.koperty!.L.I + r.wynik.koperty!.L.II).toBe(r.wynik.niewykorzystane);
  });

  test('CS-Z3.R after a CS-Z3.0 protocol a resignation only frees money', () => {
    const { stan: s0, wynik } = protokolS2(zl(2000000));
    expect(wynik.wszystkieMieszcza).toBe(true);
    const r = przetworzRezygnacje(s0, [{ regon: '140000030', data: D1 }]);
    expect(r.wynik.niewykorzystane).toBe(zl(2000000 - 1035000 + 200000));
    expect(r.wynik.koperty).toBeNull();
    expect(po(r.wynik.decyzje, '140000030')).toMatchObject({
      decyzja: 'rezygnacja',
      krok: '0',
      wsparcie: zl(200000),
      pozycja: null,
    });
    expect(r.wynik.decyzje.filter((d) => d.decyzja === 'zakwalifikowana')).toHaveLength(7);
    expect(r.nowyPrzebieg.map((p) => [p.krok, p.wynik, p.dostepnePrzed, p.dostepnePo])).toEqual([
      ['R', 'zwrot', zl(965000), zl(1165000)],
    ]);
  });

  test('CS-Z3.R the frozen state survives JSON; fingerprint comparison', () => {
    const json = JSON.parse(JSON.stringify(stan)) as StanZamrozony;
    expect(json).toEqual(stan);
    const a = przetworzRezygnacje(json, [{ regon: '140000030', data: D1 }]);
    const b = przetworzRezygnacje(stan, [{ regon: '140000030', data: D1 }]);
    expect(a).toEqual(b);
    expect(zgodnyOdcisk(stan, 'odcisk-s2')).toBe(true);
    expect(zgodnyOdcisk(stan, 'inny')).toBe(false);
  });

  test('CS-Z3.R without recording the new walks the decisions and shortfalls are the same', () => {
    const a = przetworzRezygnacje(stan, [{ regon: '140000030', data: D1 }]);
    const b = przetworzRezygnacje(stan, [{ regon: '140000030', data: D1 }], { przebieg: false });
    expect(b.nowyPrzebieg).toEqual([]);
    expect(b.wynik.decyzje).toEqual(a.wynik.decyzje);
    expect(b.stan).toEqual(a.stan);
    expect(b.zmiany).toEqual(a.zmiany);
  });

  test('CS-Z3.R current row indices re-key the decisions', () => {
    const indeksy = new Map(wnioskiS2().map((w, i) => [w.regon, 100 - i]));
    const r = przetworzRezygnacje(stan, [], { indeksy });
    expect(r.wynik.decyzje.map((d) => d.indeks)).toEqual([93, 94, 95, 96, 97, 98, 99, 100]);
    expect(r.wynik.decyzje[0].regon).toBe('140000081');
  });
});

describe('WB-3.1 the frozen state as stored text (CS-Z3.R)', () => {
  const { stan } = protokolS2();
  const poRezygnacji = przetworzRezygnacje(stan, [{ regon: '140000030', data: D1 }], {}).stan;
  const wKoszykach = (() => {
    const wKoszyku = new Map<string, number>(); // numbered 1…k within each variant × size basket
    const w = wnioskiS2().map((x) => {
      const k = `${x.v1}|${x.wielkosc}`;
      wKoszyku.set(k, (wKoszyku.get(k) ?? 0) + 1);
      return { ...x, pozycjaReczna: wKoszyku.get(k)! };
    });
    return zamrozStan(kwalifikuj(w, parametry({ losowanieReczne: 'w koszykach' })), w, 'k');
  })();

  test.each([
    ['after the protocol', stan],
    ['after a resignation', poRezygnacji],
    ['with a draw in baskets', wKoszykach],
  ])('WB-3.1 %s: stored column by column, read back equal; the older one-object-per-row text still reads', (_n, s) => {
    const tekst = zapiszStanZamrozony(s);
    expect(JSON.parse(tekst).wersja).toBe(2);
    expect(s.wnioski.some((w) => w.numerWKoszyku != null)).toBe(s === wKoszykach);
    expect(czytajStanZamrozony(tekst)).toEqual(s);
    expect(czytajStanZamrozony(JSON.stringify(s))).toEqual(s);
  });

  test('WB-3.1 the state written in parts (one per cell) is the same text, each part within its size', () => {
    for (const s of [stan, poRezygnacji, wKoszykach]) {
      const czesci = czesciStanuZamrozonego(s, 37);
      expect(czesci.length).toBeGreaterThan(1);
      for (const c of czesci) expect(c.length).toBeLessThanOrEqual(37);
      expect(czesci.join('')).toBe(zapiszStanZamrozony(s));
      // the columns as one object per field, as the text was made before it was written in parts
      const { wnioski, ...reszta } = s;
      const kolumny = Object.fromEntries(
        Object.keys(JSON.parse(zapiszStanZamrozony(s)).wnioski).map((k) => [
          k,
          wnioski.map((w) => (w as unknown as Record<string, unknown>)[k] ?? null),
        ]),
      );
      expect(JSON.parse(czesci.join(''))).toEqual({ ...reszta, wersja: 2, wnioski: kolumny });
    }
  });

  test('WB-3.1 an unreadable or truncated state is null (the caller warns and ignores it)', () => {
    const tekst = zapiszStanZamrozony(stan);
    expect(czytajStanZamrozony(tekst.slice(0, 100))).toBeNull();
    expect(czytajStanZamrozony('{"odcisk":"x","wersja":2,"wnioski":{"indeks":[1]}}')).toBeNull();
    expect(czytajStanZamrozony('null')).toBeNull();
  });
});
