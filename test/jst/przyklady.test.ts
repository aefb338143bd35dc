/** The example workbooks run through the operations (what examples/*.xlsx will show). */
import { diagnozuj, monitoruj, przykladGminy, przykladProjektu, wskazniki } from '../../src/core/jst';
import type { DiagnozaJson } from '../../src/core/jst/diagnoza/json';
import type { MonitoringJson } from '../../src/core/jst/monitoring/json';
import type { WskaznikiJson } from '../../src/core/jst/projekt/json';
import { writeFileSync } from 'fs';
import { jakoSnapshot, KONTEKST } from './pomoc';

const wypisz = process.env.JST_WYPISZ === '1';

describe('examples', () => {
  test('JST-1 JST-2 JST-3 JST-4 przykladGminy: 12 schools, plan and 12 months of monitoring run without errors', () => {
    const z = jakoSnapshot(przykladGminy());
    const d = diagnozuj(z, KONTEKST);
    const m = monitoruj(z, KONTEKST);
    if (wypisz)
      writeFileSync(
        '/tmp/gmina.json',
        JSON.stringify(
          { d: d.uwagi, m: m.uwagi, dj: d.json, mj: m.json, pd: d.podsumowanie, pm: m.podsumowanie },
          null,
          1,
        ),
      );
    expect(d.status).toBe('ok');
    expect(m.status).toBe('ok');
    expect(d.uwagi.filter((u) => u.waga === 'błąd')).toEqual([]);
    expect(m.uwagi.filter((u) => u.waga === 'błąd')).toEqual([]);
    const dj = d.json as DiagnozaJson;
    expect(dj.szkoly).toHaveLength(12);
    const mj = m.json as MonitoringJson;
    expect(mj.miesiace).toHaveLength(12);
    expect(mj.pokrycieRekomendacji.nieuwzglednione).toEqual([]);
  });

  test('JST-5 JST-6 przykladProjektu: 150+ participants from 50+ JSTs', () => {
    const z = jakoSnapshot(przykladProjektu());
    const w = wskazniki(z, KONTEKST);
    if (wypisz)
      writeFileSync('/tmp/projekt.json', JSON.stringify({ u: w.uwagi, j: w.json, p: w.podsumowanie }, null, 1));
    expect(w.status).toBe('ok');
    const j = w.json as WskaznikiJson;
    expect(j.uczestnicy.osob).toBeGreaterThanOrEqual(150);
    expect(j.uczestnicy.jst).toBeGreaterThanOrEqual(50);
  });
});
