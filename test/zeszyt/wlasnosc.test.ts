import { ARKUSZ_STANU, arkuszStanu, CZESC_STANU, czytajStan, planWlasny } from '../../src/core/zeszyt/wlasnosc';
import { doSnapshotu } from '../pomoc/host';
import { arkusz, zeszyt } from '../pomoc/zeszyt';

describe('WB-3 owned sheets', () => {
  test('WB-3.1 the state sheet round-trips owned names, metadata and long data in parts', () => {
    const dlugi = JSON.stringify({ x: 'ą'.repeat(70_000) });
    const a = arkuszStanu({ arkusze: ['Protokół', 'Uwagi'], meta: { k: 'v' }, dane: { kwalifikacja: dlugi } });
    expect(a.nazwa).toBe(ARKUSZ_STANU);
    expect(a.widocznosc).toBe('bardzoUkryty');
    const st = czytajStan(zeszyt(doSnapshotu(a)))!;
    expect(st.arkusze).toEqual(['Protokół', 'Uwagi']);
    expect(st.meta).toEqual({ k: 'v' });
    expect(st.dane.kwalifikacja).toBe(dlugi);
  });

  test('WB-3.1 data given in parts is written one part per cell and read back joined; a part too long is cut', () => {
    const czesci = ['{"a":', '"b', 'c"}'];
    const z = zeszyt(arkusz('Wnioski', [['x']]));
    const p = planWlasny(z, [], { dane: { k: czesci, dlugi: ['x'.repeat(CZESC_STANU + 5)] } });
    const a = p.arkusze.find((x) => x.nazwa === ARKUSZ_STANU)!;
    const komorki = (klucz: string) => a.wiersze.filter((w) => w[1]?.v === klucz).map((w) => w[3]?.v);
    expect(komorki('k')).toEqual(czesci);
    expect(komorki('dlugi')).toEqual(['x'.repeat(CZESC_STANU), 'xxxxx']);
    const st = czytajStan(zeszyt(doSnapshotu(a)))!;
    expect(st.dane).toEqual({ k: '{"a":"bc"}', dlugi: 'x'.repeat(CZESC_STANU + 5) });
  });

  test('WB-3.1 a user sheet named like an output sheet is never overwritten: nothing is planned, the user is told', () => {
    const z = zeszyt(arkusz('Protokół', [['mój protokół']]));
    const p = planWlasny(z, [
      { nazwa: 'Protokół', wiersze: [] },
      { nazwa: 'Uwagi', wiersze: [] },
    ]);
    expect(p.arkusze).toEqual([]);
    expect(p.uwagi).toHaveLength(1);
    expect(p.uwagi[0].komunikat).toMatch(/Zmień nazwę swojego arkusza/);
  });

  test('WB-3.1 owned sheets are replaced and recorded; re-running gives the same state', () => {
    const z0 = zeszyt(arkusz('Wnioski', [['x']]));
    const p1 = planWlasny(z0, [{ nazwa: 'Uwagi', wiersze: [] }], { meta: { a: '1' } });
    const z1 = zeszyt(...z0.arkusze, ...p1.arkusze.map(doSnapshotu));
    const p2 = planWlasny(z1, [{ nazwa: 'Uwagi', wiersze: [] }], { meta: { a: '1' } });
    expect(p2.uwagi).toEqual([]);
    expect(p2.arkusze).toEqual(p1.arkusze);
  });
});
