import fc from 'fast-check';
import { normalizuj, Slownik } from '../../src/core/tekst/normalizuj';
import {
  czyPusta,
  odczytajDate,
  odczytajIdentyfikator,
  odczytajKwote,
  odczytajLiczbeCalkowita,
  odczytajProcentSetne,
  odczytajSlownik,
  odczytajZiarno,
} from '../../src/core/komorki/odczyt';
import { dataZSerialu, formatDaty, serialZDaty } from '../../src/core/komorki/daty';
import type { Komorka } from '../../src/core/zeszyt/model';

const s = (v: string): Komorka => ({ t: 's', v });
const n = (v: number, fmt?: string): Komorka => ({ t: 'n', v, ...(fmt ? { fmt } : {}) });
const ok = <T>(o: { ok: boolean; v?: T }) => (o.ok ? o.v : 'BŁĄD');

describe('WB-1 reading rules', () => {
  test('WB-1.3 matching: NFC, any Unicode space, collapsed, trimmed, lower case, dashes, digit spaces', () => {
    expect(normalizuj('  Kwota\u00a0\u202fśrodków   (ZŁ) ')).toBe('kwota środków (zł)');
    expect(normalizuj('Liczba uczniów klas I–VI')).toBe('liczba uczniów klas i-vi');
    expect(normalizuj('1 000 zł')).toBe(normalizuj('1000 zł'));
    expect(normalizuj('Wies\u0301')).toBe('wieś'); // NFC
    expect(normalizuj('Wariant:')).not.toBe(normalizuj('Wariant'));
    const sl = new Slownik(['miasto do 5 tys.']);
    expect(sl.dopasuj('Miasto  do 5 TYS.')).toBe('miasto do 5 tys.');
    expect(sl.dopasuj('miasto do 5 tys')).toBeUndefined(); // nothing else is tolerated
    expect(ok(odczytajSlownik(s('WIEŚ'), new Slownik(['wieś'])))).toBe('wieś');
    expect(odczytajSlownik(s('wies'), new Slownik(['wieś'])).ok).toBe(false); // Polish letters are significant
  });

  test('WB-1.4 money: shortest round-trip of numbers, text forms, at most 2 decimals, never rounded', () => {
    expect(ok(odczytajKwote(n(90000)))).toBe(9_000_000);
    expect(ok(odczytajKwote(n(100000.01)))).toBe(10_000_001);
    expect(odczytajKwote(n(0.1 + 0.2)).ok).toBe(false); // 0.30000000000000004 has too many decimals
    expect(ok(odczytajKwote(s('90 000,00 zł')))).toBe(9_000_000);
    expect(ok(odczytajKwote(s('90\u00a0000,5')))).toBe(9_000_050);
    expect(ok(odczytajKwote(s('90000.00 PLN')))).toBe(9_000_000);
    expect(ok(odczytajKwote(s(' 1234,56 ')))).toBe(123_456);
    for (const zle of ['90.000,00', '90,000.00', '-5', '1e5', '12,345', 'dziewięćdziesiąt tysięcy', '90 00,00'])
      expect([zle, odczytajKwote(s(zle)).ok]).toEqual([zle, false]);
    const pusta = odczytajKwote(s('   '));
    expect(pusta.ok === false && pusta.pusta).toBe(true); // an empty required cell is an error, never a zero
    const f = odczytajKwote({ t: 'e', v: '#N/A' });
    expect(f.ok === false && /błąd formuły/.test(f.pl)).toBe(true);
    expect(odczytajKwote(s('#N/A')).ok).toBe(false); // text that looks like an error is ordinary (unreadable) text
  });

  test('WB-1.4 money read char by char agrees with the text forms and the exact decimal of numbers (property)', () => {
    // the text forms, literally: groups of three (space, no-break space) or plain digits; `,`/`.` + 1–2 decimals
    const wzor = /^\s*(?:(\d{1,3}(?:[ \u00A0\u202F]\d{3})*)|(\d+))(?:[,.](\d{1,2}))?\s*(?:zł|PLN)?\s*$/u;
    const wzorcowo = (t: string): number | null => {
      const m = wzor.exec(t);
      if (!m) return null;
      const zl = (m[1] ?? m[2]).replace(/\D/g, '').replace(/^0+(?=\d)/, '');
      return zl.length > 13 ? null : Number(zl) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
    };
    const znaki = ['0', '1', '5', '9', '123', ' ', '\u00a0', '\u202f', '\t', ',', '.', 'zł', ' zł', 'PLN', '-', 'x'];
    const tekst = fc.array(fc.constantFrom(...znaki), { maxLength: 12 }).map((l) => l.join(''));
    fc.assert(
      fc.property(tekst, (t) => {
        const o = odczytajKwote(s(t));
        const w = wzorcowo(t);
        expect([t, o.ok ? o.v : null]).toEqual([t, w]);
      }),
      { numRuns: 5000 },
    );
    // a number cell with at most 2 decimals is read as its exact grosze, below 10^13 zł
    const grosze = fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 });
    fc.assert(
      fc.property(grosze, (g) => expect(ok(odczytajKwote(n(g / 100)))).toBe(g)),
      { numRuns: 5000 },
    );
    expect(odczytajKwote(n(1e13)).ok).toBe(false); // out of range
    expect(odczytajKwote(n(1.005)).ok).toBe(false); // 3 decimals
  });

  test('WB-1.4 counts are integer-valued: 80, 80,0, 80.0', () => {
    for (const k of [n(80), s('80'), s('80,0'), s('80.0'), n(80.0)]) expect(ok(odczytajLiczbeCalkowita(k))).toBe(80);
    expect(odczytajLiczbeCalkowita(n(12.5)).ok).toBe(false);
    expect(odczytajLiczbeCalkowita(s('sto')).ok).toBe(false);
    expect(ok(odczytajLiczbeCalkowita(n(-5)))).toBe(-5);
  });

  test('WB-1.5 percent: % formats multiply by 100 exactly, text may end in %, other numbers are percent', () => {
    expect(ok(odczytajProcentSetne(n(0.6, '0%')))).toBe(6000);
    expect(ok(odczytajProcentSetne(n(0.6908, '0.00%')))).toBe(6908);
    expect(ok(odczytajProcentSetne(s('69,08 %')))).toBe(6908);
    expect(ok(odczytajProcentSetne(n(50)))).toBe(5000);
    expect(ok(odczytajProcentSetne(n(0.8)))).toBe(80); // 0,8 means 0,8 % (out of range later)
    expect(odczytajProcentSetne(n(0.69085, '0.00%')).ok).toBe(false); // 69,085 % has 3 decimals
    expect(odczytajProcentSetne(s('50,123')).ok).toBe(false);
  });

  test('WB-1.6 identifiers: numbers padded to the next valid length with an info; text spaces and dashes removed', () => {
    const r = odczytajIdentyfikator(n(40000017), 'REGON');
    expect(r.ok && r.v).toBe('040000017');
    expect(r.ok && r.infoPl).toMatch(/uzupełniony zerami/);
    expect(ok(odczytajIdentyfikator(n(1234567890), 'REGON'))).toBe('00001234567890');
    expect(ok(odczytajIdentyfikator(s('140-000 017'), 'REGON'))).toBe('140000017');
    expect(odczytajIdentyfikator(s('14000001A'), 'REGON').ok).toBe(false);
    expect(ok(odczytajIdentyfikator(n(2), 'TERYT'))).toBe('02');
    expect(ok(odczytajIdentyfikator(n(261), 'TERYT'))).toBe('0261');
    expect(ok(odczytajIdentyfikator(n(261011), 'TERYT'))).toBe('0261011');
    expect(odczytajIdentyfikator(n(12345), 'TERYT').ok).toBe(false);
    expect(odczytajIdentyfikator(n(123456789012345), 'REGON').ok).toBe(false);
  });

  test('WB-1.7 dates: serials in both systems, text forms, impossible dates', () => {
    expect(dataZSerialu(40969)).toEqual({ y: 2012, m: 3, d: 1 });
    expect(dataZSerialu(40969.75)).toEqual({ y: 2012, m: 3, d: 1 }); // time part ignored
    expect(dataZSerialu(39507, true)).toEqual({ y: 2012, m: 3, d: 1 });
    expect(serialZDaty({ y: 2012, m: 3, d: 1 })).toBe(40969);
    expect(dataZSerialu(59)).toEqual({ y: 1900, m: 2, d: 28 });
    expect(dataZSerialu(61)).toEqual({ y: 1900, m: 3, d: 1 });
    expect(ok(odczytajDate(s('2012-04-30')))).toEqual({ y: 2012, m: 4, d: 30 });
    expect(ok(odczytajDate(s('3.5.2012')))).toEqual({ y: 2012, m: 5, d: 3 });
    expect(ok(odczytajDate(s('03.05.2012')))).toEqual({ y: 2012, m: 5, d: 3 });
    const zla = odczytajDate(s('2012-02-30'));
    expect(zla.ok === false && /nie istnieje/.test(zla.pl)).toBe(true);
    expect(odczytajDate(s('30/04/2012')).ok).toBe(false);
    expect(formatDaty('yyyy-mm-dd')).toBe(true);
    expect(formatDaty('#,##0.00\\ "zł"')).toBe(false);
    expect(formatDaty('General')).toBe(false);
  });

  test('WB-1.8 seed: trimmed NFC text, shortest number, date as RRRR-MM-DD, blank = missing', () => {
    expect(ok(odczytajZiarno(s('  2012-05-10 losowanie 7-13-22 ')))).toBe('2012-05-10 losowanie 7-13-22');
    expect(ok(odczytajZiarno(n(71322)))).toBe('71322');
    expect(ok(odczytajZiarno({ t: 'd', y: 2012, m: 5, d: 10 }))).toBe('2012-05-10');
    expect(odczytajZiarno(s(' \u00a0 ')).ok).toBe(false);
    expect(czyPusta(s('\u202f'))).toBe(true);
  });
});
