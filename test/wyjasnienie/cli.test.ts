import * as path from 'node:path';
import { uruchom } from '../../src/cli/uruchom';
import { dostepnaOperacja, dostepnySzablon, szablon, wykonaj } from '../../src/core/operacje';
import { wyjasnij } from '../../src/core';
import { przechwyc } from '../cli/pomocnicze';

const PRZYKLADY = path.resolve(__dirname, '..', '..', 'examples');
const deps = { wykonaj, szablon, dostepnaOperacja, dostepnySzablon, wyjasnij };

describe('cyfrowa-szkola wyjasnij <plik.xlsx> <REGON> [--json] (WB-4, issue 12)', () => {
  test('WB-4 CS-Z3.8 the narrative on examples/s2-mazowieckie.xlsx: exit 0, sentences with rule ids on stdout', async () => {
    const c = przechwyc(PRZYKLADY);
    expect(await uruchom(['wyjasnij', 's2-mazowieckie.xlsx', '140000081'], c.io, deps)).toBe(0);
    const linie = c.out().trim().split('\n');
    expect(linie[0]).toMatch(/^Dlaczego\? .*140000081/);
    expect(c.out()).toContain('74\u00a0492,75\u00a0zł');
    expect(linie.at(-1)).toMatch(/\[CS-Z3\.W\]$/);
  });

  test('WB-4.1 --json: exactly one object on stdout; every event has its rule id and WB-4.1 amounts', async () => {
    const c = przechwyc(PRZYKLADY);
    expect(await uruchom(['wyjasnij', 's2-mazowieckie.xlsx', '140000046', '--json'], c.io, deps)).toBe(0);
    const j = JSON.parse(c.out()) as { regon: string; zdarzenia: Array<Record<string, unknown>> };
    expect(j.regon).toBe('140000046');
    for (const e of j.zdarzenia) expect(e.regula).toMatch(/^(CS|WB)-/);
    const przejscia = j.zdarzenia.filter((e) => e.rodzaj === 'przejscie');
    expect(przejscia.map((e) => [e.krok, e.dostepnePrzed, e.brak, e.dostepnePo])).toEqual([
      ['4', '34782.61', '25217.39', '34782.61'],
      ['5', '45507.25', '14492.75', '45507.25'],
      ['6', '39492.75', '20507.25', '39492.75'],
      ['7', '85000.00', null, '25000.00'],
    ]);
    expect(j.zdarzenia.at(-1)).toMatchObject({ rodzaj: 'decyzja', wsparcie: '60000.00', krok: '7', regula: 'CS-Z3.7' });
  });

  test('WB-4 an unknown REGON exits 1 with a clear Polish message; usage errors exit 2', async () => {
    const c = przechwyc(PRZYKLADY);
    expect(await uruchom(['wyjasnij', 's2-mazowieckie.xlsx', '140000099'], c.io, deps)).toBe(1);
    expect(c.out()).toMatch(/Nie ma wniosku o REGON 140000099 w arkuszu Wnioski/);
    const b = przechwyc(PRZYKLADY);
    expect(await uruchom(['wyjasnij', 's2-mazowieckie.xlsx'], b.io, deps)).toBe(2);
    expect(b.err()).toMatch(/wymaga pliku \.xlsx i numeru REGON/);
    const o = przechwyc(PRZYKLADY);
    expect(await uruchom(['wyjasnij', 's2-mazowieckie.xlsx', '140000023', '-o', 'x.xlsx'], o.io, deps)).toBe(2);
  });
});
