import { zbierz, type ZrodloZbierania } from '../../src/core/sprawozdania';
import { przykladOrganuS8, przykladSzkolyS8, REGON_S8_A, REGON_S8_B } from '../../src/core/sprawozdania/przyklady';
import { ES } from '../../src/core/sprawozdania/schemat';
import { liczba, tekst, data } from '../../src/core/zeszyt/formaty';
import { K, arkuszPlanu, zeszytZ } from './pomoc';

const cel = zeszytZ(przykladOrganuS8());
const szkolaA = (plik = 'a.xlsx', zmiany = {}): ZrodloZbierania => ({
  plik,
  zeszyt: zeszytZ(przykladSzkolyS8(zmiany)),
});
const szkolaB = (plik = 'b.xlsx', zmiany = {}): ZrodloZbierania => ({
  plik,
  zeszyt: zeszytZ(
    przykladSzkolyS8({
      [ES.regon]: tekst(REGON_S8_B),
      [ES.uczniowie]: liczba(90),
      [ES.wariant]: tekst('I'),
      [ES.nauczyciele]: liczba(4),
      [ES.przeszkoleni]: liczba(1),
      [ES.wSieciach]: liczba(2),
      [ES.spotkania]: liczba(2),
      ...zmiany,
    }),
  ),
});

type J = {
  zrodla: Array<{ plik: string; status: string; uwagi: Array<{ regula: string; komunikat: string }> }>;
  wynik: { wiersze: Array<Record<string, unknown>>; razem: Record<string, unknown> };
  terminy: Array<{ regula: string; stan: string; brak: number; poTerminie: number; wTerminie: number }>;
};

describe('zbierz body ← schools (CS-R.3, CS-R.3a)', () => {
  test('CS-R.3a: both school reports accepted; `Sprawozdania szkół` per `Dotacje` school with Z1…Z9, W1, k of 9', () => {
    const w = zbierz(cel, [szkolaA(), szkolaB()], K);
    expect(w.status).toBe('ok');
    const j = w.json as J;
    expect(j.zrodla.map((z) => [z.plik, z.status])).toEqual([
      ['a.xlsx', 'przyjęte'],
      ['b.xlsx', 'przyjęte'],
    ]);
    expect(j.wynik.wiersze[0]).toMatchObject({
      'REGON szkoły': REGON_S8_A,
      Plik: 'a.xlsx',
      Z5: 'NIE',
      W1: 'TAK',
      Spełnione: 7,
      Zadań: 9,
    });
    expect(j.wynik.wiersze[1]).toMatchObject({ 'REGON szkoły': REGON_S8_B, W1: null, Zadań: 9 });
    expect(j.wynik.razem).toMatchObject({ Zadań: 18 });
    expect(arkuszPlanu(w.plan, 'Sprawozdania szkół').wiersze).toHaveLength(4);
  });

  test('CS-R.3: every malformed source is named with its reason and the others are still gathered', () => {
    const zrodla: ZrodloZbierania[] = [
      { plik: 'zepsuty.xlsx', zeszyt: null, blad: { pl: 'nie jest poprawnym plikiem .xlsx', en: 'not a valid .xlsx' } },
      { plik: 'organ.xlsx', zeszyt: cel },
      szkolaA('zablokowany.xlsx', { [ES.regon]: tekst('123') }),
      szkolaB(),
      { plik: 'obca.xlsx', zeszyt: zeszytZ(przykladSzkolyS8({ [ES.regon]: tekst('140000017') })) },
    ];
    const w = zbierz(cel, zrodla, K);
    expect(w.status).toBe('ok');
    const j = w.json as J;
    expect(j.zrodla.map((z) => z.status)).toEqual([
      'nieprzyjęte',
      'nieprzyjęte',
      'nieprzyjęte',
      'przyjęte',
      'nieprzyjęte',
    ]);
    expect(j.zrodla[0].uwagi[0].komunikat).toMatch(/zepsuty\.xlsx: nie jest poprawnym plikiem/);
    expect(j.zrodla[1].uwagi[0].komunikat).toMatch(/nie jest sprawozdanie szkoły/);
    expect(j.zrodla[2].uwagi.map((u) => u.komunikat).join('\n')).toMatch(/REGON/);
    expect(j.zrodla[4].uwagi[0].komunikat).toMatch(/140000017.*Dotacje/);
    expect(j.wynik.wiersze[0]).toMatchObject({ Plik: 'brak sprawozdania szkoły' });
    expect(
      w.uwagi.some((u) => u.regula === 'CS-R.3a' && u.waga === 'ostrzeżenie' && /140000023/.test(u.komunikat)),
    ).toBe(true);
  });

  test('CS-R.3a: two sources for one school → both nieprzyjęte, the school shown as brak sprawozdania szkoły', () => {
    const j = zbierz(cel, [szkolaA('a1.xlsx'), szkolaA('a2.xlsx'), szkolaB()], K).json as J;
    expect(j.zrodla.map((z) => z.status)).toEqual(['nieprzyjęte', 'nieprzyjęte', 'przyjęte']);
    expect(j.wynik.wiersze[0].Plik).toBe('brak sprawozdania szkoły');
  });

  test('CS-R.3a WB-1.9: 1 000 copies of one school report → each finding names 10 files and `… (+990)`', () => {
    const kopie = Array.from({ length: 1000 }, (_, i) => szkolaA(`kopia-${i}.xlsx`));
    const w = zbierz(cel, kopie, K);
    const powt = w.uwagi.filter((u) => u.regula === 'CS-R.3a' && /kilka sprawozdań/.test(u.komunikat));
    expect(powt).toHaveLength(1000);
    expect(powt[0].komunikat).toContain('(kopia-0.xlsx, kopia-1.xlsx, kopia-2.xlsx');
    for (const u of powt) expect(u.komunikat).toMatch(/kopia-9\.xlsx, … \(\+990\)\) — żadne nie jest przyjęte$/);
  });

  test('CS-R.3a: a variant or pupils different from `Dotacje` → błąd naming both; the `Dotacje` values count', () => {
    const w = zbierz(cel, [szkolaA('a.xlsx', { [ES.wariant]: tekst('I'), [ES.uczniowie]: liczba(80) })], K);
    const j = w.json as J;
    expect(j.zrodla[0].status).toBe('przyjęte');
    const teksty = j.zrodla[0].uwagi.map((u) => u.komunikat).join('\n');
    expect(teksty).toMatch(/Wariant I w sprawozdaniu, II w „Dotacje”/);
    expect(teksty).toMatch(/liczba uczniów 80 w sprawozdaniu, 250/);
    expect(j.wynik.wiersze[0]).toMatchObject({ Spełnione: 7, W1: 'TAK' }); // evaluated as średnia, variant II
  });

  test('CS-R.4 CS-17.1 CS-16.1: `Terminy` of a body target — late grant line, missing school report → zaległe', () => {
    const w = zbierz(cel, [szkolaA('a.xlsx', { [ES.data]: data('2013-06-12') })], K);
    const j = w.json as J;
    expect(j.terminy).toEqual([
      expect.objectContaining({ regula: 'CS-16.1', stan: 'po terminie', poTerminie: 1, wTerminie: 1 }),
      expect.objectContaining({ regula: 'CS-17.1', stan: 'zaległe', brak: 1, poTerminie: 1 }),
    ]);
    const t = arkuszPlanu(w.plan, 'Terminy');
    expect(t.wiersze[0][0]).toEqual({ t: 's', v: 'Stan na dzień: 2013-07-01 (CS-R.4)' });
    expect(w.uwagi.some((u) => u.regula === 'CS-17.1' && /a\.xlsx/.test(u.komunikat))).toBe(true);
  });

  test('CS-R.4: before the deadline a missing report leaves the step otwarte; all on time → zrobione', () => {
    const przed = { ...K, dzis: { y: 2013, m: 6, d: 1 } };
    const j1 = zbierz(cel, [szkolaA()], przed).json as J;
    expect(j1.terminy[1]).toMatchObject({ regula: 'CS-17.1', stan: 'otwarte', brak: 1 });
    const j2 = zbierz(cel, [szkolaA(), szkolaB()], K).json as J;
    expect(j2.terminy[1]).toMatchObject({ regula: 'CS-17.1', stan: 'zrobione', wTerminie: 2 });
  });

  test('CS-R.3 WB-3.1: the target input sheets are not in the write plan', () => {
    const w = zbierz(cel, [szkolaA()], K);
    const nazwy = w.plan!.arkusze.map((a) => a.nazwa);
    expect(nazwy).toEqual(['Sprawozdania szkół', 'Terminy', 'Uwagi', '_cyfrowa_szkola']);
  });

  test('CS-R.3: a target that is not a body report is blocked with a clear message', () => {
    const w = zbierz(zeszytZ(przykladSzkolyS8()), [szkolaA()], K);
    expect(w.status).toBe('zablokowane');
    expect(w.uwagi[0].komunikat).toMatch(/nie jest sprawozdaniem organu/);
  });
});
