import { przykladPodzialu, szablonPodzialu, podziel, type PodzialJson } from '../../src/core/podzial';
import { WOJEWODZTWA } from '../../src/core/program/definicja';
import { FORMAT_ZL } from '../../src/core/zeszyt/formaty';
import { jakoSnapshot, KONTEKST } from './pomoc';

describe('WB-2 template podzial-srodkow', () => {
  test('WB-2 template: label sheet with the unit dropdown, Województwa with the 16 TERYT codes and names, counts empty', () => {
    const [p, w] = szablonPodzialu();
    expect(p.nazwa).toBe('Podział środków');
    // WB-2.0: title, instruction and a blank row above the labels
    expect(p.wiersze.slice(3).map((r) => r[0]!.v)).toEqual(['Kwota krajowa (zł)', 'Jednostka zaokrąglenia']);
    expect(p.walidacje).toMatchObject([
      { zakres: 'B4' },
      { zakres: 'B5', lista: ['1 gr', '1 zł', '100 zł', '1 000 zł'] },
    ]);
    expect(w.nazwa).toBe('Województwa');
    expect(w.wiersze[3].map((k) => k!.v)).toEqual([
      'TERYT',
      'Województwo',
      'Liczba szkół małych',
      'Liczba szkół średnich',
      'Liczba szkół dużych',
    ]);
    expect(w.wiersze.slice(4).map((r) => [r[0]!.v, r[1]!.v])).toEqual(WOJEWODZTWA.map((x) => [x.teryt, x.nazwa]));
    expect(w.wiersze[4][0]).toMatchObject({ fmt: '@' }); // '02' stays text
    expect(w.wiersze.slice(4).every((r) => r.slice(2).every((k) => k === null))).toBe(true);
    expect(w.zamrozenie).toEqual({ wiersze: 4, kolumny: 0 });
    expect(w.polaWejsciowe).toEqual(['C5:C1004', 'D5:D1004', 'E5:E1004']); // TERYT and names are fixed
  });

  test('WB-1.4 the empty template read back blocks on the missing amount and counts', () => {
    const r = podziel(jakoSnapshot(szablonPodzialu()), KONTEKST);
    expect(r.status).toBe('zablokowane');
    expect(r.uwagi.some((u) => u.arkusz === 'Podział środków' && u.komorka === 'B4')).toBe(true);
    expect(r.uwagi.filter((u) => u.arkusz === 'Województwa')).toHaveLength(48);
  });

  test('S3 CS-9.1c example template read back gives the S3 split with the 1 000 zł unit; the sheet says its counts are illustrative', () => {
    const arkusze = przykladPodzialu();
    expect(arkusze[0].wiersze[3][1]).toEqual({ v: 44_000_000, fmt: FORMAT_ZL });
    const r = podziel(jakoSnapshot(arkusze), KONTEKST);
    expect(r.status).toBe('ok');
    expect(r.uwagi).toEqual([]);
    const j = r.json as PodzialJson;
    expect(j.wojewodztwa.find((w) => w.teryt === '14')!.kwota).toBe('6187000.00');
    expect(arkusze[0].wiersze.flat().some((k) => typeof k?.v === 'string' && k.v.includes('przykładowe'))).toBe(true);
    expect(j.suma).toBe('44000000.00');
  });
});
