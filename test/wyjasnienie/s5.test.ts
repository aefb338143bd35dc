import { kwalifikujWojewodztwo } from '../../src/core/wojewodztwo/operacja';
import { wyjasnienieWniosku, krokPoKroku, type Kontekst } from '../../src/core';
import { zeszytS2, NAGLOWKI_WNIOSKOW } from '../pomoc/s2';
import { ustaw, zastosujPlan } from '../pomoc/host';

const K: Kontekst = { dzis: { y: 2012, m: 6, d: 1 }, jezyk: 'pl' };
const kol = (h: string) => NAGLOWKI_WNIOSKOW.indexOf(h);

/** S5: S2's protocol, then 140000030 resigns on 2012-06-01 */
function s5() {
  const z = zeszytS2();
  let r = zastosujPlan(z, kwalifikujWojewodztwo(z, K).plan!);
  r = ustaw(r, 'Wnioski', 3, kol('Rezygnacja'), { t: 's', v: 'TAK' });
  return ustaw(r, 'Wnioski', 3, kol('Data rezygnacji'), { t: 'd', y: 2012, m: 6, d: 1 });
}

describe('wyjasnij after a resignation (CS-Z3.R, S5)', () => {
  test('CS-Z3.R S5: 140000023 qualifies in step R (the narrative cites CS-Z3.R); 140000030 is rezygnacja', () => {
    const z = s5();
    const a = wyjasnienieWniosku(z, '140000023', K);
    if ('koniec' in a) throw new Error('blocked');
    const ost = a.wyjasnienie.zdarzenia.at(-1)!;
    expect(ost).toMatchObject({ rodzaj: 'decyzja', decyzja: 'zakwalifikowana', krok: 'R', regula: 'CS-Z3.R' });
    expect(ost.rodzaj === 'decyzja' && ost.wsparcie).toBe(140000_00);
    expect(a.wyjasnienie.zdarzenia.some((e) => e.rodzaj === 'przejscie' && e.krok === 'R' && e.miesci)).toBe(true);
    const b = wyjasnienieWniosku(z, '140000030', K);
    if ('koniec' in b) throw new Error('blocked');
    expect(b.wyjasnienie.zdarzenia.at(-1)).toMatchObject({
      rodzaj: 'decyzja',
      decyzja: 'rezygnacja',
      regula: 'CS-Z3.R',
    });
    const p = krokPoKroku(z, K);
    if ('koniec' in p) throw new Error('blocked');
    expect(p.kroki.some((s) => s.krok === 'R')).toBe(true);
  });
});
