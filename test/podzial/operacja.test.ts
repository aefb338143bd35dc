import { podziel, ARKUSZ_WYNIKU, NAGLOWKI_WYNIKU, type PodzialJson } from '../../src/core/podzial';
import { FORMAT_PROCENT, FORMAT_ZL } from '../../src/core/zeszyt/formaty';
import { WOJEWODZTWA } from '../../src/core/program/definicja';
import type { Komorka } from '../../src/core/zeszyt/model';
import { KONTEKST, n, s, wierszeS3, zeszyt } from './pomoc';

const kwotaJ = (j: PodzialJson, teryt: string) => j.wojewodztwa.find((w) => w.teryt === teryt)!.kwota;

describe('WB-4 podziel on S3', () => {
  test('S3 WB-4.1 podziel --json, unit 1 gr (empty = 1 gr)', () => {
    const r = podziel(zeszyt(), KONTEKST);
    expect(r.status).toBe('ok');
    const j = r.json as PodzialJson;
    expect(Object.keys(j)).toEqual(['wojewodztwa', 'suma']);
    expect(j.suma).toBe('44000000.00');
    expect(j.wojewodztwa).toHaveLength(16);
    expect(j.wojewodztwa[0]).toEqual({
      teryt: '02',
      nazwa: 'dolnośląskie',
      waga: '128700000.00',
      udzial: '6.5997',
      kwota: '2903851.08',
    });
    expect(j.wojewodztwa[6]).toEqual({
      teryt: '14',
      nazwa: 'mazowieckie',
      waga: '274200000.00',
      udzial: '14.0608',
      kwota: '6186759.65',
    });
    expect(kwotaJ(j, '16')).toBe('1085277.68');
    expect(j.wojewodztwa.map((w) => w.teryt)).toEqual(WOJEWODZTWA.map((w) => w.teryt));
    for (const w of j.wojewodztwa) expect(w.udzial).toMatch(/^\d+\.\d{4}$/);
    expect(r.uwagi).toEqual([]);
  });

  test('S3 WB-4.1 unit 1 000 zł: 02 → 2904000.00, 06 → 2892000.00, 14 → 6187000.00, 16 → 1085000.00', () => {
    const r = podziel(zeszyt({ jednostka: s('1000 zł') }), KONTEKST);
    const j = r.json as PodzialJson;
    expect([kwotaJ(j, '02'), kwotaJ(j, '06'), kwotaJ(j, '14'), kwotaJ(j, '16')]).toEqual([
      '2904000.00',
      '2892000.00',
      '6187000.00',
      '1085000.00',
    ]);
    expect(j.suma).toBe('44000000.00');
  });

  test('WB-3.3 output sheet: headers, 16 rows + total, money as numbers with FORMAT_ZL, frozen header', () => {
    const r = podziel(zeszyt(), KONTEKST);
    const [wynik, uwagi] = r.plan!.arkusze;
    expect(r.plan!.arkusze.map((a) => a.nazwa)).toEqual([ARKUSZ_WYNIKU, 'Uwagi', '_cyfrowa_szkola']); // WB-3.1 ownership record
    expect(ARKUSZ_WYNIKU.length).toBeLessThanOrEqual(31);
    expect(wynik.wiersze[0].map((k) => k!.v)).toEqual([...NAGLOWKI_WYNIKU]);
    expect(wynik.zamrozenie).toEqual({ wiersze: 1, kolumny: 2 });
    const r02 = wynik.wiersze[1];
    expect(r02[0]).toMatchObject({ v: '02', fmt: '@' });
    expect(r02[5]).toEqual({ v: 128_700_000, fmt: FORMAT_ZL });
    expect(r02[6]).toEqual({ v: 0.065997, fmt: FORMAT_PROCENT });
    expect(String(r02[7]!.v)).toMatch(/^290385108,4559766\d{3}…$/);
    expect(r02[8]!.v).toBe(290_385_108);
    expect(r02[9]!.v).toBe(0);
    expect(r02[10]).toEqual({ v: 2_903_851.08, fmt: FORMAT_ZL });
    const razem = wynik.wiersze[17];
    expect(razem[1]!.v).toBe('Razem');
    expect(razem[10]).toMatchObject({ v: 44_000_000, fmt: FORMAT_ZL });
    expect(razem[7]!.v).toBe('4400000000');
    expect(Number(razem[8]!.v) + Number(razem[9]!.v)).toBe(4_400_000_000);
    expect(uwagi.wiersze[0].map((k) => k!.v)).toEqual(['Operacja', 'Arkusz', 'Komórka', 'Waga', 'Reguła', 'Komunikat']);
  });

  test('podziel podsumowanie in Polish and English', () => {
    expect(podziel(zeszyt(), KONTEKST).podsumowanie.join('\n')).toContain('44\u00a0000\u00a0000,00\u00a0zł');
    expect(podziel(zeszyt(), { ...KONTEKST, jezyk: 'en' }).podsumowanie.join('\n')).toContain('44,000,000.00 PLN');
  });

  test('the same inputs give the same result (WB-3.1 re-run)', () => {
    expect(podziel(zeszyt(), KONTEKST)).toEqual(podziel(zeszyt(), KONTEKST));
  });
});

describe('WB-2 / CS-9.1 findings and blocking', () => {
  const blokujace = (r: ReturnType<typeof podziel>) => r.uwagi.filter((u) => u.blokujaca);

  test('CS-9.1 B not a multiple of u → blocking błąd at the amount cell; WB-4.1 exit-1 JSON', () => {
    const r = podziel(zeszyt({ kwota: n(44_000_000.5), jednostka: s('1 zł') }), KONTEKST);
    expect(r.status).toBe('zablokowane');
    expect(r.plan).toBeNull();
    expect(r.json).toEqual({
      uwagi: [expect.objectContaining({ arkusz: 'Podział środków', komorka: 'B1', waga: 'błąd', regula: 'CS-9.1' })],
    });
    expect(Object.keys((r.json as { uwagi: object[] }).uwagi[0])).toEqual([
      'arkusz',
      'komorka',
      'waga',
      'regula',
      'komunikat',
    ]);
  });

  test('CS-9.1a ΣW = 0 → blocking błąd, plus a warning for every voivodeship with zero schools', () => {
    const wiersze = WOJEWODZTWA.map((w) => [s(w.teryt), s(w.nazwa), n(0), n(0), n(0)]);
    const r = podziel(zeszyt({ wiersze }), KONTEKST);
    expect(r.status).toBe('zablokowane');
    expect(blokujace(r)).toEqual([expect.objectContaining({ arkusz: 'Województwa', regula: 'CS-9.1a' })]);
    expect(r.uwagi.filter((u) => u.waga === 'ostrzeżenie')).toHaveLength(16);
  });

  test('CS-9.1 zero schools in one voivodeship → ostrzeżenie at its TERYT cell, run goes on', () => {
    const wiersze = wierszeS3();
    wiersze[3] = [s('08'), s('lubuskie'), n(0), n(0), n(0)];
    const r = podziel(zeszyt({ wiersze }), KONTEKST);
    expect(r.status).toBe('ok');
    expect(r.uwagi).toEqual([
      expect.objectContaining({ arkusz: 'Województwa', komorka: 'A5', waga: 'ostrzeżenie', regula: 'CS-9.1' }),
    ]);
    expect((r.json as PodzialJson).suma).toBe('44000000.00');
    expect(r.plan!.arkusze[1].wiersze).toHaveLength(2);
  });

  test('WB-2 missing TERYT (15 rows) → blocking, names the missing voivodeship', () => {
    const r = podziel(zeszyt({ wiersze: wierszeS3().filter((_, i) => i !== 6) }), KONTEKST);
    expect(r.status).toBe('zablokowane');
    const b = blokujace(r);
    expect(b.map((u) => u.regula)).toEqual(['WB-2', 'WB-2']);
    expect(b.some((u) => u.komunikat.includes('14 mazowieckie'))).toBe(true);
    expect(b.some((u) => u.komunikat.includes('15 wierszy'))).toBe(true);
  });

  test('WB-2 duplicate TERYT → blocking at the second cell, citing the first', () => {
    const wiersze = wierszeS3();
    wiersze[7] = [s('14'), s('mazowieckie'), n(1), n(1), n(1)];
    const r = podziel(zeszyt({ wiersze }), KONTEKST);
    expect(r.status).toBe('zablokowane');
    const dup = blokujace(r).find((u) => u.komorka === 'A9')!;
    expect(dup).toMatchObject({ arkusz: 'Województwa', regula: 'WB-2' });
    expect(dup.komunikat).toContain('A8');
    expect(blokujace(r).some((u) => u.komunikat.includes('16 opolskie'))).toBe(true);
  });

  test('WB-2 a 17th row / an unknown TERYT → blocking', () => {
    const r = podziel(zeszyt({ wiersze: [...wierszeS3(), [s('34'), s('x'), n(1), n(1), n(1)]] }), KONTEKST);
    expect(r.status).toBe('zablokowane');
    expect(blokujace(r).map((u) => u.komorka)).toEqual(['A18', null]);
  });

  test('WB-2 a name that does not match its TERYT → błąd at the name cell (non-blocking, canonical name used)', () => {
    const wiersze = wierszeS3();
    wiersze[0][1] = s('mazowieckie');
    wiersze[1][1] = s('  Kujawsko–Pomorskie '); // WB-1.3 matching: case, spaces, dash
    const r = podziel(zeszyt({ wiersze }), KONTEKST);
    expect(r.uwagi).toEqual([
      expect.objectContaining({ arkusz: 'Województwa', komorka: 'B2', waga: 'błąd', regula: 'WB-2' }),
    ]);
    expect(r.status).toBe('ok');
    expect((r.json as PodzialJson).wojewodztwa[0].nazwa).toBe('dolnośląskie');
  });

  test('WB-1.6 numeric TERYT 2 is padded to 02 with an informacja', () => {
    const wiersze = wierszeS3();
    wiersze[0][0] = n(2);
    const r = podziel(zeszyt({ wiersze }), KONTEKST);
    expect(r.status).toBe('ok');
    expect(r.uwagi).toEqual([expect.objectContaining({ komorka: 'A2', waga: 'informacja', regula: 'WB-1.6' })]);
  });

  test('WB-1.4 counts: empty, negative, fractional, text and formula error → blocking, located', () => {
    const wiersze = wierszeS3();
    const zle: Komorka[] = [null, n(-1), n(12.5), s('sto'), { t: 'e', v: '#N/A' }];
    zle.forEach((k, i) => (wiersze[i][2] = k));
    wiersze[5][3] = s('1 000'); // a valid count written as text
    const r = podziel(zeszyt({ wiersze }), KONTEKST);
    expect(r.status).toBe('zablokowane');
    expect(blokujace(r).map((u) => `${u.komorka} ${u.regula}`)).toEqual([
      'C2 WB-1.4',
      'C3 CS-9.1',
      'C4 WB-1.4',
      'C5 WB-1.4',
      'C6 WB-1.4',
    ]);
  });

  test('WB-1.1 amount: missing label, empty, unreadable, ≤ 0 → blocking', () => {
    expect(blokujace(podziel(zeszyt({ parametry: [[s('Jednostka zaokrąglenia'), s('1 gr')]] }), KONTEKST))).toEqual([
      expect.objectContaining({ regula: 'WB-1.1', arkusz: 'Podział środków' }),
    ]);
    expect(blokujace(podziel(zeszyt({ kwota: null }), KONTEKST))).toEqual([
      expect.objectContaining({ regula: 'WB-1.4', komorka: 'B1' }),
    ]);
    expect(blokujace(podziel(zeszyt({ kwota: s('90.000,00') }), KONTEKST))).toEqual([
      expect.objectContaining({ regula: 'WB-1.4', komorka: 'B1' }),
    ]);
    expect(blokujace(podziel(zeszyt({ kwota: n(0) }), KONTEKST))).toEqual([
      expect.objectContaining({ regula: 'CS-9.1', komorka: 'B1' }),
    ]);
    const dwa = zeszyt({
      parametry: [
        [s('Kwota krajowa (zł)'), n(1)],
        [s('kwota krajowa (zł)'), n(2)],
      ],
    });
    expect(blokujace(podziel(dwa, KONTEKST))).toEqual([expect.objectContaining({ regula: 'WB-1.1', komorka: 'A2' })]);
  });

  test('WB-2 unit outside the vocabulary → blocking; absent label = 1 gr; text amount accepted', () => {
    expect(blokujace(podziel(zeszyt({ jednostka: s('10 zł') }), KONTEKST))).toEqual([
      expect.objectContaining({ regula: 'WB-2', komorka: 'B2' }),
    ]);
    const r = podziel(zeszyt({ parametry: [[s('Kwota krajowa (zł)'), s('44 000 000,00 zł')]] }), KONTEKST);
    expect(r.status).toBe('ok');
    expect((r.json as PodzialJson).wojewodztwa[0].kwota).toBe('2903851.08');
  });

  test('WB-5.3 missing sheets and headers → blocking', () => {
    const r = podziel({ arkusze: [] }, KONTEKST);
    expect(r.status).toBe('zablokowane');
    expect(blokujace(r).map((u) => u.arkusz)).toEqual(['Podział środków', 'Województwa']);
    const z = zeszyt();
    z.arkusze[1].wiersze[0] = z.arkusze[1].wiersze[0].slice(0, 4);
    expect(blokujace(podziel(z, KONTEKST))).toEqual([
      expect.objectContaining({ regula: 'WB-1.2', komunikat: expect.stringContaining('Liczba szkół dużych') }),
    ]);
  });

  test('WB-1.9 a too long text → odmowa with {blad}', () => {
    const z = zeszyt();
    z.arkusze[1].wiersze[1][1] = s('x'.repeat(32_768));
    const r = podziel(z, KONTEKST);
    expect(r.status).toBe('odmowa');
    expect(r.json).toEqual({ blad: expect.any(String) });
  });

  test('English messages with jezyk = en', () => {
    const r = podziel(zeszyt({ kwota: n(0) }), { ...KONTEKST, jezyk: 'en' });
    expect((r.json as { uwagi: Array<{ komunikat: string }> }).uwagi[0].komunikat).toMatch(/greater than zero/);
  });
});
