/** The scenario example files reproduce scenarios.md (S2, S2 seeded, S3, S4) and the application examples exist. */
import type { ZeszytSnapshot } from '../../src/core/zeszyt/model';
import { kwalifikujWojewodztwo } from '../../src/core/wojewodztwo/operacja';
import { podziel } from '../../src/core/podzial/operacja';
import { walidujWnioski } from '../../src/core/wnioski/walidacja';
import * as jst from '../../src/core/jst';
import { parsujUwagi } from '../../src/przyklady/readme';
import { porownajUwagi } from '../../src/przyklady/porownanie';
import { NAZWA_FORMULOPODOBNA_S4 } from '../../src/przyklady/scenariusze';
import { czytajPrzyklad, K, readme, type JsonKwalifikacji } from './pomoc';

const wynikiWgRegonu = (j: JsonKwalifikacji) =>
  Object.fromEntries(
    j.wnioski.map((x) => [x.regon, [x.decyzja, x.wariant, x.kwotaWsparcia, x.krok, x.brakujacaKwota]]),
  );

/** deletes one Excel row (1-based) of a sheet, shifting the rows below up (like Excel's „Usuń wiersz”) */
function usunWiersz(z: ZeszytSnapshot, arkusz: string, wiersz: number): ZeszytSnapshot {
  return {
    arkusze: z.arkusze.map((a) =>
      a.nazwa === arkusz ? { ...a, wiersze: a.wiersze.filter((_, i) => i !== wiersz - 1) } : a,
    ),
  };
}

describe('scenario example files', () => {
  test('CS-Z3.2 CS-Z3.4 CS-Z3.5 CS-Z3.7 examples/s2-mazowieckie.xlsx is S2 with the manual order: results and unused 25 000,00', async () => {
    const w = kwalifikujWojewodztwo(await czytajPrzyklad('s2-mazowieckie.xlsx'), K);
    expect(w.status).toBe('ok');
    expect(porownajUwagi(parsujUwagi(readme(), 'uwagi:s2-mazowieckie.xlsx'), w.uwagi)).toEqual({
      brakujace: [],
      nadmiarowe: [],
    });
    const j = w.json as JsonKwalifikacji;
    expect(j.parametry.kolejnoscReczna).toBe(true);
    expect(wynikiWgRegonu(j)).toEqual({
      '140000017': ['zakwalifikowana', 'I', '90000.00', '4', null],
      '140000023': ['niezakwalifikowana', 'I', null, null, '15507.25'],
      '140000030': ['zakwalifikowana', 'I', '200000.00', '4', null],
      '140000046': ['zakwalifikowana', 'II', '60000.00', '7', null],
      '140000052': ['zakwalifikowana', 'II', '140000.00', '4', null],
      '140000069': ['zakwalifikowana', 'I', '85000.00', '5', null],
      '140000075': ['niezakwalifikowana', 'I', null, null, '160507.25'],
      '140000081': ['niezakwalifikowana', 'II', null, null, '74492.75'],
    });
    expect([
      j.podsumowanie.niewykorzystane,
      j.podsumowanie.I.niewykorzystane,
      j.podsumowanie.II.niewykorzystane,
    ]).toEqual(['25000.00', '25000.00', '0.00']);
  });

  test('CS-Z3.1 WB-1.8 examples/s2-losowanie.xlsx is S2 seeded: positions and unused 45 000,00', async () => {
    const w = kwalifikujWojewodztwo(await czytajPrzyklad('s2-losowanie.xlsx'), K);
    expect(w.status).toBe('ok');
    expect(porownajUwagi(parsujUwagi(readme(), 'uwagi:s2-mazowieckie.xlsx'), w.uwagi)).toEqual({
      brakujace: [],
      nadmiarowe: [],
    });
    const j = w.json as JsonKwalifikacji;
    const poz = Object.fromEntries(j.wnioski.map((x) => [x.regon!.slice(6), x.pozycjaLosowania]));
    expect(poz).toEqual({ '023': 1, '046': 2, '017': 3, '069': 4, '030': 5, '081': 6, '075': 7, '052': 8 });
    expect(j.parametry.ziarno).toBe('2012-05-10 losowanie 7-13-22');
    expect(j.podsumowanie.niewykorzystane).toBe('45000.00');
  });

  test('WB-1.4 WB-1.6 CS-10.4 WB-5.3 WB-1.2 examples/s4-bledne-dane.xlsx: every README finding located, blocked by the duplicate', async () => {
    const w = kwalifikujWojewodztwo(await czytajPrzyklad('s4-bledne-dane.xlsx'), K);
    expect(w.status).toBe('zablokowane');
    expect(w.plan).toBeNull();
    expect(porownajUwagi(parsujUwagi(readme(), 'uwagi:s4-bledne-dane.xlsx'), w.uwagi)).toEqual({
      brakujace: [],
      nadmiarowe: [],
    });
    const blokujace = w.uwagi.filter((u) => u.blokujaca).map((u) => `${u.komorka} ${u.regula}`);
    expect(blokujace.sort()).toEqual(['F15 CS-10.4', 'F2 CS-10.4']);
  });

  test('CS-Z3.4 CS-Z3.7 WB-5.1 S4 after deleting the duplicate row: rows 9–13 rejected, seeded positions, unused 30 000,00', async () => {
    const w = kwalifikujWojewodztwo(usunWiersz(await czytajPrzyklad('s4-bledne-dane.xlsx'), 'Wnioski', 15), K);
    expect(w.status).toBe('ok');
    const j = w.json as JsonKwalifikacji;
    expect(j.wnioski.filter((x) => x.decyzja === 'odrzucona formalnie').map((x) => x.regon)).toEqual([
      '140000106',
      '140000112',
      '140000129',
      '140000018',
      '140000135',
    ]);
    const poz = Object.fromEntries(
      j.wnioski.filter((x) => x.pozycjaLosowania !== null).map((x) => [x.regon!.slice(6), x.pozycjaLosowania]),
    );
    expect(poz).toEqual({ '098': 1, '023': 2, '046': 3, '017': 4, '069': 5, '030': 6, '081': 7, '075': 8, '052': 9 });
    const zakw = Object.fromEntries(
      j.wnioski
        .filter((x) => x.decyzja === 'zakwalifikowana')
        .map((x) => [x.regon!.slice(6), `${x.wariant}/${x.krok}`]),
    );
    expect(zakw).toEqual({ '098': 'I/4', '017': 'I/4', '030': 'I/4', '081': 'II/4', '046': 'II/7' });
    expect(j.podsumowanie.niewykorzystane).toBe('30000.00');
    const zak = w.plan!.arkusze.find((a) => a.nazwa === 'Zakwalifikowane')!;
    expect(zak.wiersze.some((r) => r.some((c) => c && c.v === NAZWA_FORMULOPODOBNA_S4 && c.fmt === '@'))).toBe(true);
  });

  test('CS-9.1 CS-9.1c examples/podzial-srodkow.xlsx is S3 with the 1 000 zł unit: 02, 06, 14, 16 and the exact sum', async () => {
    const w = podziel(await czytajPrzyklad('podzial-srodkow.xlsx'), K);
    expect(w.status).toBe('ok');
    const j = w.json as { wojewodztwa: Array<{ teryt: string; kwota: string }>; suma: string };
    const kwoty = Object.fromEntries(j.wojewodztwa.map((v) => [v.teryt, v.kwota]));
    expect([kwoty['02'], kwoty['06'], kwoty['14'], kwoty['16'], j.suma]).toEqual([
      '2904000.00',
      '2892000.00',
      '6187000.00',
      '1085000.00',
      '44000000.00',
    ]);
  });

  test('CS-10.2 CS-11.2 CS-6.1 the application examples read back with no errors', async () => {
    for (const plik of ['wniosek-dyrektora.xlsx', 'wniosek-organu.xlsx']) {
      const w = walidujWnioski(await czytajPrzyklad(plik), K);
      expect(w.dyrektorzy.length).toBeGreaterThan(0);
      expect([
        plik,
        w.uwagi.filter((u) => u.waga === 'błąd').map((u) => `${u.arkusz}!${u.komorka} ${u.regula} ${u.komunikat}`),
      ]).toEqual([plik, []]);
    }
  });

  test('JST-1 JST-4 JST-5 the JST examples run through diagnozuj, monitoruj and wskazniki (exit 0)', async () => {
    const gmina = await czytajPrzyklad('gmina-jst.xlsx');
    expect(jst.diagnozuj(gmina, K).status).toBe('ok');
    expect(jst.monitoruj(gmina, K).status).toBe('ok');
    expect(jst.wskazniki(await czytajPrzyklad('projekt-fers.xlsx'), K).status).toBe('ok');
  });
});
