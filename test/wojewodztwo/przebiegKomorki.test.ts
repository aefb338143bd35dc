import { kwalifikujWojewodztwo } from '../../src/core/wojewodztwo/operacja';
import type { Kontekst } from '../../src/core/api';
import type { ZapisArkusza, ZapisKomorki, ZeszytSnapshot } from '../../src/core/zeszyt/model';
import { NAGLOWKI_WNIOSKOW, zeszytS2 } from '../pomoc/s2';
import { ustaw } from '../pomoc/host';

const K: Kontekst = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' };
const DLUGA = 'Zespół Szkolno-Przedszkolny nr 3 im. Marii Konopnickiej w Wólce Kosowskiej';

/** S2 with the first school's name long enough to wrap in `Nazwa szkoły` (WB-3.4). */
const zDlugaNazwa = (z: ZeszytSnapshot): ZeszytSnapshot =>
  ustaw(z, 'Wnioski', 1, NAGLOWKI_WNIOSKOW.indexOf('Nazwa szkoły'), { t: 's', v: DLUGA });

function komorki(a: ZapisArkusza, naglowek: string): Map<string, ZapisKomorki> {
  const h = a.wiersze.findIndex((w) => w.some((c) => c?.v === naglowek));
  const [r, n] = [
    a.wiersze[h].findIndex((c) => c?.v === 'REGON szkoły'),
    a.wiersze[h].indexOf(a.wiersze[h].find((c) => c?.v === naglowek)!),
  ];
  return new Map(
    a.wiersze
      .slice(h + 1)
      .filter((w) => typeof w[r]?.v === 'string')
      .map((w) => [String(w[r]!.v), w[n]]),
  );
}

describe('WB-3.2 the trace shows each school with the cells the lists made for it', () => {
  const arkusze = (z: ZeszytSnapshot) => {
    const w = kwalifikujWojewodztwo(z, K);
    expect(w.status).toBe('ok');
    const a = (n: string) => w.plan!.arkusze.find((x) => x.nazwa === n)!;
    return { wykaz: a('Wykaz wniosków'), przebieg: a('Przebieg kwalifikacji') };
  };

  test('WB-3.4 by draw position: REGON and a wrapped name are the lists’ cells; a short name stays unwrapped', () => {
    const { wykaz, przebieg } = arkusze(zDlugaNazwa(zeszytS2()));
    const [regonyW, nazwyW] = [komorki(wykaz, 'REGON szkoły'), komorki(wykaz, 'Nazwa szkoły')];
    const [regonyP, nazwyP] = [komorki(przebieg, 'REGON szkoły'), komorki(przebieg, 'Nazwa szkoły')];
    expect(regonyP.size).toBe(8);
    for (const [regon, c] of regonyP) {
      expect(c).toBe(regonyW.get(regon));
      const [p, w] = [nazwyP.get(regon)!, nazwyW.get(regon)!];
      expect(p.v).toBe(w.v);
      if (p.v === DLUGA) expect(p).toBe(w);
      else expect([p.zawijaj, w.zawijaj]).toEqual([undefined, true]);
    }
    expect([...nazwyP.values()].map((c) => c!.v)).toContain(DLUGA);
  });

  test('CS-Z3.0 with no draw (everything fits) the names are found by REGON', () => {
    const z = ustaw(zDlugaNazwa(zeszytS2()), 'Parametry', 1, 1, { t: 'n', v: 10_000_000 });
    const { wykaz, przebieg } = arkusze(z);
    const [nazwyW, nazwyP] = [komorki(wykaz, 'Nazwa szkoły'), komorki(przebieg, 'Nazwa szkoły')];
    expect(nazwyP.size).toBe(8);
    for (const [regon, c] of nazwyP) expect(c!.v).toBe(nazwyW.get(regon)!.v);
    expect(nazwyP.get([...nazwyP].find(([, c]) => c!.v === DLUGA)![0])!.zawijaj).toBe(true);
  });
});
