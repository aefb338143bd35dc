/** JST-1 indicators and JST-2 rules: hand-computed cases beyond S6. */
import { diagnozuj } from '../../src/core/jst';
import type { DiagnozaJson } from '../../src/core/jst/diagnoza/json';
import { szablonRegul } from '../../src/core/jst/szablony';
import { arkuszSzkol, NAGLOWKI_SZKOL, SP1, SP2, SP3, wierszSzkoly, type SzkolaTestowa } from './dane';
import { arkusz, jakoSnapshot, KONTEKST, szukaj, zeszyt } from './pomoc';

const uruchom = (szkoly: SzkolaTestowa[], ...inne: ReturnType<typeof arkusz>[]) => {
  const w = diagnozuj(zeszyt(arkuszSzkol(szkoly), ...inne), KONTEKST);
  return { w, j: w.json as DiagnozaJson };
};
const rek = (j: DiagnozaJson) => Object.fromEntries(j.rekomendacje.map((r) => [r.id, r.szkoly.map((s) => s.nazwa)]));

const BAZA: SzkolaTestowa = {
  nazwa: 'A',
  regon: '140000017',
  u: 100,
  n: 10,
  s: 10,
  ku: 10,
  ks: 3,
  kn: 5,
  sm: 10,
  sw: 10,
  mbps: 100,
  swiatlowod: 'TAK',
  etaty: 0.5,
  admin: 'informatyk szkolny',
  a: 3,
  b: 5,
  c: 2,
  bu: 1,
  bi: 1,
  dz: 5,
  kopie: 'TAK',
};

describe('JST-1', () => {
  test('JST-1.1 a school with no computers: "brak komputerów", counts as above every threshold (R-SPRZET), no replacement (R-WYMIANA), IT per 100 still uses teachers’ computers', () => {
    const { j } = uruchom([{ ...BAZA, ku: 0, ks: 0 }]);
    const s = j.szkoly[0];
    expect(s.wskazniki.uczniowieNaKomputer).toMatchObject({ stan: 'brak komputerów', wartosc: null });
    expect(s.wskazniki.starszeKomputery.stan).toBe('brak komputerów');
    expect(s.wskazniki.etatyNa100.wartosc).toBe('10.00'); // 0,5 × 100 / 5
    expect(rek(j)['R-SPRZET']).toEqual(['A']);
    expect(rek(j)['R-WYMIANA']).toEqual([]);
  });

  test('JST-1.5 no computers at all → "brak komputerów"; R-IT then only by administration', () => {
    const { j } = uruchom([
      { ...BAZA, ku: 0, ks: 0, kn: 0 },
      { ...BAZA, nazwa: 'B', regon: '140000023', ku: 0, ks: 0, kn: 0, admin: 'nauczyciel' },
    ]);
    expect(j.szkoly[0].wskazniki.etatyNa100.stan).toBe('brak komputerów');
    expect(rek(j)['R-IT']).toEqual(['B']);
  });

  test('JST-1.1 ratio of sums differs from the average of ratios (JST 110/10 = 11,00, not (5 + 15)/2 = 10)', () => {
    // A: 20 pupils / 4 computers = 5; B: 90 / 6 = 15; JST: 110 / 10 = 11
    const { j } = uruchom([
      { ...BAZA, u: 20, ku: 4, ks: 0, bu: 0, bi: 0, dz: 0 },
      { ...BAZA, nazwa: 'B', regon: '140000023', u: 90, ku: 6, ks: 0 },
    ]);
    expect(j.szkoly.map((s) => s.wskazniki.uczniowieNaKomputer.wartosc)).toEqual(['5.00', '15.00']);
    expect(j.jst.wskazniki.uczniowieNaKomputer.wartosc).toBe('11.00');
    expect(j.jst.wskazniki.uczniowieNaKomputer.objasnienie.dane).toContain('110 / 10');
  });

  test('JST-1.6 no teacher assessed → "brak oceny", no recommendation; warning that all are unassessed', () => {
    const { w, j } = uruchom([{ ...BAZA, a: 0, b: 0, c: 0 }]);
    expect(j.szkoly[0].wskazniki.nauczycieleB1.stan).toBe('brak oceny');
    expect(rek(j)['R-KOMPETENCJE']).toEqual([]);
    expect(szukaj(w.uwagi, { regula: 'JST-1.6', waga: 'ostrzeżenie' })[0].komunikat).toContain('10 bez oceny');
  });

  test('JST-1.3 standard: 100 Mb/s meets it (≥), 99,9 does not; Mb/s per pupil', () => {
    const { j } = uruchom([BAZA, { ...BAZA, nazwa: 'B', regon: '140000023', mbps: 99.9 }]);
    expect(j.szkoly.map((s) => s.standardLacza)).toEqual([true, false]);
    expect(j.szkoly[0].wskazniki.mbpsNaUcznia.wartosc).toBe('1.00');
    expect(rek(j)['R-LACZE']).toEqual(['B']);
    expect(j.jst.standardLacza).toEqual({ spelnia: 1, z: 2 });
  });

  test('JST-1.7 thresholds are inclusive: exactly 10 % red, exactly 3 % amber', () => {
    const { j } = uruchom([
      { ...BAZA, bu: 6, bi: 4 },
      { ...BAZA, nazwa: 'B', regon: '140000023', bu: 2, bi: 1 },
      { ...BAZA, nazwa: 'C', regon: '140000030', bu: 1, bi: 1 },
    ]);
    expect(j.szkoly.map((s) => s.wykluczenie)).toEqual(['czerwony', 'bursztynowy', 'zielony']);
    expect(j.jst.wykluczenie).toEqual({ czerwony: 1, bursztynowy: 1, zielony: 1 });
  });

  test('JST-1 consistency: a part above its whole is a located error and the indicator becomes "brak danych"', () => {
    const { w, j } = uruchom([{ ...BAZA, ks: 11, sw: 12 }]);
    const b = szukaj(w.uwagi, { waga: 'błąd', regula: 'JST-1' });
    expect(b.map((u) => u.komorka).sort()).toEqual(['H2', 'K2']);
    expect(j.szkoly[0].wskazniki.starszeKomputery.stan).toBe('brak danych');
    expect(j.rekomendacje.find((r) => r.id === 'R-WIFI')!.nieocenione.map((s) => s.nazwa)).toEqual(['A']);
  });

  test('JST-1 a school with unreadable input is left out of the JST sums for that indicator, and says so', () => {
    const a = arkusz('Szkoły JST', [
      NAGLOWKI_SZKOL,
      wierszSzkoly(SP1),
      wierszSzkoly(SP2).map((v, i) => (NAGLOWKI_SZKOL[i] === 'Komputery dla uczniów' ? 'dużo' : v)),
    ]);
    const w = diagnozuj(zeszyt(a), KONTEKST);
    const j = w.json as DiagnozaJson;
    expect(szukaj(w.uwagi, { komorka: 'G3', waga: 'błąd' })).toHaveLength(1);
    expect(j.jst.wskazniki.uczniowieNaKomputer.wartosc).toBe('10.50');
    expect(j.jst.wskazniki.uczniowieNaKomputer.objasnienie.dane).toContain('pominięte (brak danych): SP2');
  });
});

describe('JST-2', () => {
  test('JST-2 comparisons are strict: exactly 10 pupils per computer, 30 % old, 100 % Wi-Fi, 0,5 FTE per 100 trigger nothing', () => {
    // 100 / 10 = 10; 3 / 10 = 30 %; 10 / 10 rooms; 0,5 × 100 / 100 computers = 0,5; A1–A2 3 of 10 = 30 %
    const { j } = uruchom([{ ...BAZA, ku: 10, ks: 3, kn: 90, etaty: 0.5 }]);
    expect(Object.values(rek(j)).flat()).toEqual([]);
  });

  test('JST-2 thresholds and texts are editable in "Reguły diagnozy"', () => {
    const reguly = jakoSnapshot([szablonRegul()]).arkusze[0];
    // R-SPRZET threshold 10 → 8 (third column = Próg), its priority → niski, its text changed
    const r = reguly.wiersze.find((w) => w[0]?.t === 's' && w[0].v === 'R-SPRZET')!;
    r[2] = { t: 'n', v: 8 };
    r[3] = { t: 's', v: 'niski' };
    r[4] = { t: 's', v: 'Tablety dla klas I–III.' };
    const { w, j } = uruchom([{ ...BAZA, u: 90, ku: 10 }], reguly);
    expect(szukaj(w.uwagi, { waga: 'błąd' })).toEqual([]);
    const s = j.rekomendacje.find((x) => x.id === 'R-SPRZET')!;
    expect(s).toMatchObject({ priorytet: 'niski', tekst: 'Tablety dla klas I–III.', uruchomiona: true });
    expect(j.parametry.domyslne).toEqual([]);
  });

  test('JST-2 percent thresholds read as percent: 0,25 with a % format = 25 %; the exclusion parameters move the statuses', () => {
    const reguly = jakoSnapshot([szablonRegul()]).arkusze[0];
    const wiersz = (id: string) => reguly.wiersze.find((w) => w[0]?.t === 's' && w[0].v === id)!;
    wiersz('R-WYMIANA')[2] = { t: 'n', v: 0.25, fmt: '0.00%' };
    wiersz('P-WYKLUCZENIE-CZERWONY')[2] = { t: 's', v: '2 %' };
    wiersz('P-WYKLUCZENIE-BURSZTYNOWY')[2] = { t: 'n', v: 1 };
    const { j } = uruchom([{ ...BAZA, ks: 3 }], reguly); // 30 % > 25 %; exclusion 2 % → red
    expect(rek(j)['R-WYMIANA']).toEqual(['A']);
    expect(j.szkoly[0].wykluczenie).toBe('czerwony');
    expect(j.parametry).toMatchObject({ wykluczenieCzerwone: '2.00', wykluczenieBursztynowe: '1.00' });
  });

  test('JST-2 bad cells in "Reguły diagnozy" give located findings and keep the defaults', () => {
    const reguly = jakoSnapshot([szablonRegul()]).arkusze[0];
    const wiersz = (id: string) => reguly.wiersze.find((w) => w[0]?.t === 's' && w[0].v === id)!;
    wiersz('R-SPRZET')[2] = { t: 's', v: 'dziesięć' };
    wiersz('R-WIFI')[3] = { t: 's', v: 'pilne' };
    reguly.wiersze.push([{ t: 's', v: 'R-NIEZNANA' }, null, { t: 'n', v: 1 }]);
    reguly.wiersze.push([
      { t: 's', v: 'R-SPRZET' },
      null,
      { t: 'n', v: 1 },
      { t: 's', v: 'wysoki' },
      { t: 's', v: 'x' },
    ]);
    const { w, j } = uruchom([SP1, SP2, SP3], reguly);
    expect(w.status).toBe('ok');
    const bledy = szukaj(w.uwagi, { arkusz: 'Reguły diagnozy', waga: 'błąd' });
    expect(bledy.map((u) => u.komorka)).toEqual(['C6', 'D8', 'A17']); // below the WB-2.0 title block
    expect(szukaj(w.uwagi, { arkusz: 'Reguły diagnozy', waga: 'ostrzeżenie' }).map((u) => u.komorka)).toEqual(['A16']);
    expect(rek(j)['R-SPRZET']).toEqual(['SP1', 'SP2', 'SP3']); // default 10 kept
    expect(j.rekomendacje.find((r) => r.id === 'R-WIFI')!.priorytet).toBe('średni');
  });

  test('JST-2 without "Reguły diagnozy" the defaults are used (informacja)', () => {
    const { w } = uruchom([SP1]);
    expect(szukaj(w.uwagi, { arkusz: 'Reguły diagnozy', waga: 'informacja' })).toHaveLength(1);
  });
});

describe('WB blocking and ownership', () => {
  test('WB-5.3 missing `Szkoły JST` → blocked, nothing written, json { uwagi }', () => {
    const w = diagnozuj(zeszyt(), KONTEKST);
    expect(w.status).toBe('zablokowane');
    expect(w.plan).toBeNull();
    expect((w.json as { uwagi: unknown[] }).uwagi).toHaveLength(1);
  });

  test('WB-1.2 missing or duplicated header → blocked', () => {
    const bez = arkusz('Szkoły JST', [NAGLOWKI_SZKOL.filter((h) => h !== 'Uczniowie'), wierszSzkoly(SP1)]);
    expect(diagnozuj(zeszyt(bez), KONTEKST).status).toBe('zablokowane');
    const dwa = arkusz('Szkoły JST', [[...NAGLOWKI_SZKOL, 'Uczniowie'], wierszSzkoly(SP1)]);
    const w = diagnozuj(zeszyt(dwa), KONTEKST);
    expect(w.status).toBe('zablokowane');
    expect(w.uwagi.some((u) => u.blokujaca && u.komunikat.includes('dwukrotnie'))).toBe(true);
  });

  test('WB-3.1 an output name taken by a user sheet → blocked, the sheet to rename is named', () => {
    const w = diagnozuj(zeszyt(arkuszSzkol([SP1]), arkusz('Rekomendacje', [['moje notatki']])), KONTEKST);
    expect(w.status).toBe('zablokowane');
    expect(szukaj(w.uwagi, { regula: 'WB-3.1' })[0].arkusz).toBe('Rekomendacje');
  });

  test('WB-3.1 re-running on its own output replaces the owned sheets with the same content', () => {
    const z1 = zeszyt(arkuszSzkol([SP1, SP2, SP3]));
    const w1 = diagnozuj(z1, KONTEKST);
    const z2 = { arkusze: [...z1.arkusze, ...jakoSnapshot(w1.plan!.arkusze).arkusze] };
    const w2 = diagnozuj(z2, KONTEKST);
    expect(w2.status).toBe('ok');
    expect(w2.plan!.arkusze.filter((a) => a.nazwa !== '_cyfrowa_szkola')).toEqual(
      w1.plan!.arkusze.filter((a) => a.nazwa !== '_cyfrowa_szkola'),
    );
  });

  test('WB-1.9 a text over 32 767 characters → refusal (odmowa) with { blad }', () => {
    const a = arkusz('Szkoły JST', [NAGLOWKI_SZKOL, wierszSzkoly({ ...SP1, nazwa: 'x'.repeat(32_768) })]);
    const w = diagnozuj(zeszyt(a), KONTEKST);
    expect(w.status).toBe('odmowa');
    expect(Object.keys(w.json as object)).toEqual(['blad']);
  });

  test('WB-4 --lang en: summary and the Uwagi sheet in English, json unchanged', () => {
    const w = diagnozuj(zeszyt(arkuszSzkol([SP1, SP2, SP3])), { ...KONTEKST, jezyk: 'en' });
    expect(w.podsumowanie[0]).toMatch(/^Diagnosis of 3 school\(s\)/);
    const uw = w.plan!.arkusze.find((a) => a.nazwa === 'Uwagi')!;
    expect(uw.wiersze[1].map((k) => k?.v)).toEqual([
      'diagnozuj',
      'Szkoły JST',
      'U3',
      'warning',
      'JST-1.6',
      '"Nauczyciele A1-A2": 11 of 14 teachers assessed — 3 without a DigCompEdu assessment',
    ]);
  });
});
