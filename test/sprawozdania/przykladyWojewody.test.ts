import { readdirSync } from 'node:fs';
import path from 'node:path';
import { zbierz } from '../../src/core/sprawozdania';
import { kwalifikujWojewodztwo } from '../../src/core/wojewodztwo/operacja';
import {
  KATALOG_SPRAWOZDAN_WOJEWODY,
  przykladSprawozdanWojewody,
  tabelaSprawozdanWojewody,
} from '../../src/przyklady/sprawozdaniaWojewody';
import { czytajSekcje } from '../../src/przyklady/readme';
import { czytajPrzyklad, KATALOG, K as K_PROTOKOLU, readme } from '../przyklady/pomoc';
import { zastosujPlan } from '../pomoc/host';

const K = { dzis: { y: 2013, m: 7, d: 20 }, jezyk: 'pl' as const };

describe('body reports example for the voivode (examples/sprawozdania-wojewody, CS-R.3b)', () => {
  test('CS-R.3b CS-18.1: the written files gathered into wojewodztwo-mazowieckie after its protocol give every documented finding; the others are clean; README table as generated', async () => {
    const woj = await czytajPrzyklad('wojewodztwo-mazowieckie.xlsx');
    const pliki = przykladSprawozdanWojewody(woj, K_PROTOKOLU);
    expect(czytajSekcje(readme(), 'sprawozdania-wojewody').trim()).toBe(tabelaSprawozdanWojewody(pliki));
    expect(readdirSync(path.join(KATALOG, KATALOG_SPRAWOZDAN_WOJEWODY)).sort()).toEqual(
      pliki.map((p) => p.plik).sort(),
    );

    const protokol = zastosujPlan(woj, kwalifikujWojewodztwo(woj, K_PROTOKOLU).plan!);
    const zrodla = await Promise.all(
      pliki.map(async (p) => ({
        plik: p.plik,
        zeszyt: await czytajPrzyklad(`${KATALOG_SPRAWOZDAN_WOJEWODY}/${p.plik}`),
      })),
    );
    const w = zbierz(protokol, zrodla, K);
    expect(w.status).toBe('ok');
    const j = w.json as { zrodla: Array<{ plik: string; status: string; uwagi: Array<{ regula: string }> }> };
    expect(j.zrodla.every((z) => z.status === 'przyjęte')).toBe(true);
    for (const p of pliki) {
      for (const o of p.oczekiwane)
        expect(w.uwagi.some((u) => u.regula === o.regula && u.komunikat.includes(o.tekst))).toBe(true);
      if (p.oczekiwane.length === 0) expect(j.zrodla.find((z) => z.plik === p.plik)!.uwagi).toEqual([]);
    }
    const t = (w.json as { terminy: Array<{ regula: string; stan: string }> }).terminy;
    expect(t.find((x) => x.regula === 'CS-18.1')!.stan).toBe('zaległe');
  });
});
