import { walidujWniosekOrganu } from '../../src/core/wnioski/wniosekOrganu';
import { walidujWnioski } from '../../src/core/wnioski/walidacja';
import { arkuszSzkolWgWielkosci, arkuszSzkolZWnioskowDyrektorow } from '../../src/core/wnioski/arkuszeOrganu';
import { walidujWnioskiDyrektorow } from '../../src/core/wnioski/wniosekDyrektora';
import { bledy, err, KONTEKST, ostrzezenia, zeszyt, zZapisu } from './pomoc';
import { kalkulacja, szkoly, SZKOLY_DOMYSLNE, wniosekDyrektora, wniosekOrganu, wyposazenie } from './budowa';
import type { ArkuszSnapshot } from '../../src/core/zeszyt/model';

function organ(...arkusze: ArkuszSnapshot[]) {
  return walidujWniosekOrganu(zeszyt(...arkusze), KONTEKST);
}
const zmien = (r: number, c: number, v: unknown) =>
  SZKOLY_DOMYSLNE.map((w, i) => (i === r ? w.map((x, j) => (j === c ? v : x)) : w));

describe('Wniosek organu labels', () => {
  test('WB-2 a valid organ application has no findings and a model', () => {
    const r = organ(wniosekOrganu(), szkoly());
    expect(r.uwagi).toEqual([]);
    expect(r.wniosek).toMatchObject({
      organ: 'Gmina Testowo',
      rodzajOrganu: 'gmina',
      teryt: '1412011',
      wojewodztwo: 'mazowieckie',
      dataWniosku: { y: 2012, m: 4, d: 27 },
    });
    expect(r.wniosek?.szkoly.map((s) => s.wielkosc)).toEqual(['mała', 'średnia', 'duża', 'mała']);
  });
  test('WB-2 no organ sheets → null model', () => {
    expect(organ(wniosekDyrektora())).toEqual({ wniosek: null, uwagi: [] });
  });
  test('WB-2 missing label / missing Szkoły sheet → blocking błąd', () => {
    expect(bledy(organ(wniosekOrganu({ Adres: undefined }), szkoly()).uwagi)).toEqual([
      expect.objectContaining({ regula: 'WB-1.1', blokujaca: true, komunikat: expect.stringContaining('„Adres”') }),
    ]);
    expect(bledy(organ(wniosekOrganu()).uwagi)).toEqual([
      expect.objectContaining({ arkusz: 'Szkoły', blokujaca: true }),
    ]);
  });
  test('CS-11.1 an organ application after 30 Apr 2012 → błąd; 30 Apr is in time', () => {
    expect(bledy(organ(wniosekOrganu({ 'Data wniosku': '2012-05-01' }), szkoly()).uwagi, 'CS-11.1')).toEqual([
      expect.objectContaining({ komorka: 'B6' }),
    ]);
    expect(organ(wniosekOrganu({ 'Data wniosku': '30.04.2012' }), szkoly()).uwagi).toEqual([]);
  });
  test('CS-3.1 Rodzaj organu "inny" → błąd; empty → not checked', () => {
    expect(bledy(organ(wniosekOrganu({ 'Rodzaj organu': 'inny' }), szkoly()).uwagi, 'CS-3.1')).toHaveLength(1);
    expect(organ(wniosekOrganu({ 'Rodzaj organu': null }), szkoly()).uwagi).toEqual([]);
  });
  test('CS-10.4 TERYT of another voivodeship than `Województwo` → błąd; bad type digit → błąd; empty → fine', () => {
    expect(bledy(organ(wniosekOrganu({ 'TERYT organu': '1261011' }), szkoly()).uwagi, 'CS-10.4')).toEqual([
      expect.objectContaining({ komorka: 'B3' }),
    ]);
    expect(bledy(organ(wniosekOrganu({ 'TERYT organu': '1412015' }), szkoly()).uwagi, 'CS-10.4')).toHaveLength(1);
    expect(organ(wniosekOrganu({ 'TERYT organu': null }), szkoly()).uwagi).toEqual([]);
  });
  test('WB-2 Województwo must be one of the 16', () => {
    expect(bledy(organ(wniosekOrganu({ Województwo: 'mazowsze' }), szkoly()).uwagi, 'WB-2')).toHaveLength(1);
    expect(organ(wniosekOrganu({ Województwo: 'Mazowieckie' }), szkoly()).uwagi).toEqual([]);
  });
});

describe('Szkoły rows', () => {
  test('CS-5.2 in an organ application a request above the cap → błąd', () => {
    const rows = zmien(1, 8, 150000).map((w, i) => (i === 1 ? w.map((x, j) => (j === 9 ? 37500 : x)) : w));
    const r = organ(wniosekOrganu(), szkoly(rows));
    expect(bledy(r.uwagi)).toEqual([
      expect.objectContaining({ regula: 'CS-5.2', arkusz: 'Szkoły', komorka: 'I3', wiersz: 3 }),
    ]);
  });
  test('CS-4.3 own contribution below the minimum → błąd stating it', () => {
    const r = organ(wniosekOrganu(), szkoly(zmien(0, 9, 18000)));
    expect(bledy(r.uwagi, 'CS-4.3')).toEqual([
      expect.objectContaining({ komorka: 'J2', komunikat: expect.stringContaining('22\u00a0500,00') }),
    ]);
  });
  test.each([[0], [-5], [12.5], ['sto'], [null], [err('#N/A')]])(
    'CS-5.1 S1 pupils %p in Szkoły → błąd at the cell',
    (v) => {
      const r = organ(wniosekOrganu(), szkoly(zmien(2, 5, v)));
      expect(bledy(r.uwagi)).toEqual([expect.objectContaining({ regula: 'CS-5.1', komorka: 'F4' })]);
      expect(r.wniosek?.wgWielkosci.map((g) => g.wielkosc)).toEqual(['mała', 'średnia', 'duża', null]);
    },
  );
  test('CS-10.4 duplicate REGON → błąd on both rows', () => {
    const r = organ(wniosekOrganu(), szkoly(zmien(3, 2, '140-000-017')));
    expect(bledy(r.uwagi, 'CS-10.4').map((u) => u.komorka)).toEqual(['C2', 'C5']);
  });
  test('CS-2.1, CS-8.1 per row', () => {
    expect(bledy(organ(wniosekOrganu(), szkoly(zmien(0, 3, 'gimnazjum'))).uwagi, 'CS-2.1')).toHaveLength(1);
    expect(bledy(organ(wniosekOrganu(), szkoly(zmien(0, 7, 'I'))).uwagi, 'CS-8.1')).toEqual([
      expect.objectContaining({ komorka: 'H2' }),
    ]);
  });
});

describe('CS-11.2 agreement with directors\u2019 applications', () => {
  const dyr = () => [wniosekDyrektora(), kalkulacja(), wyposazenie()];
  test('CS-11.2 an agreeing row gives no finding', () => {
    expect(organ(wniosekOrganu(), szkoly(), ...dyr()).uwagi).toEqual([]);
  });
  test('CS-11.2 pupils, variant, fallback, request and contribution disagreeing → błąd naming both values', () => {
    const rows = SZKOLY_DOMYSLNE.map((w, i) =>
      i === 0 ? [1, 'SP nr 1', '140000017', null, 'wieś', 81, 'II', 'I', 80000, 20000] : w,
    );
    const r = organ(wniosekOrganu(), szkoly(rows), ...dyr());
    const b = bledy(r.uwagi, 'CS-11.2');
    expect(b.map((u) => u.komorka)).toEqual(['F2', 'G2', 'H2', 'I2', 'J2']);
    expect(b[0].komunikat).toBe(
      'Liczba uczniów klas I-VI: w arkuszu „Szkoły” 81, a we wniosku dyrektora („Wniosek dyrektora”) 80.',
    );
    expect(b[3].komunikat).toContain('80\u00a0000,00\u00a0zł');
    expect(b[3].komunikat).toContain('90\u00a0000,00\u00a0zł');
  });
  test('CS-11.2 matched by normalised REGON (numeric cell, spaces)', () => {
    const rows = SZKOLY_DOMYSLNE.map((w, i) =>
      i === 0 ? [1, 'SP nr 1', 140000017, null, 'wieś', 85, 'I', 'II', 90000, 22500] : w,
    );
    expect(bledy(organ(wniosekOrganu(), szkoly(rows), ...dyr()).uwagi, 'CS-11.2')).toEqual([
      expect.objectContaining({ komorka: 'F2' }),
    ]);
  });
  test('CS-11.2 a director\u2019s application not listed in Szkoły → ostrzeżenie', () => {
    const r = organ(wniosekOrganu(), szkoly(SZKOLY_DOMYSLNE.slice(1)), ...dyr());
    expect(ostrzezenia(r.uwagi, 'CS-11.2')).toEqual([expect.objectContaining({ arkusz: 'Wniosek dyrektora' })]);
  });
});

describe('Szkoły wg wielkości (CS-11.2 owned sheet)', () => {
  test('CS-11.2 sections mała / średnia / duża with subtotals and a total; Lp. runs over the sheet', () => {
    const r = walidujWnioski(zeszyt(wniosekOrganu(), szkoly()), KONTEKST);
    expect(r.arkusze.map((a) => a.nazwa)).toEqual(['Szkoły wg wielkości']);
    const a = arkuszSzkolWgWielkosci(r.organ!);
    const tekstowo = a.wiersze.map((w) => w.map((k) => (k ? k.v : '')).join('|'));
    expect(tekstowo[3]).toBe(
      'Lp.|Nazwa szkoły|REGON szkoły|Liczba uczniów klas I-VI|Wariant|Wariant zastępczy|Wnioskowana kwota (zł)|Wkład własny (zł)',
    );
    expect(tekstowo.slice(4)).toEqual([
      expect.stringMatching(/^Szkoły małe \(1–100/),
      '1|SP nr 1 w Testowie|140000017|80|I|II|90000|22500',
      '2|SP w Lesie|140000046|95|II|I|60000|15000',
      '|Razem szkoły małe||2|||150000|37500',
      expect.stringMatching(/^Szkoły średnie \(101–300/),
      '3|SP nr 2 w Testowie|140000023|250|I|odstąpienie|140000|35000',
      '|Razem szkoły średnie||1|||140000|35000',
      expect.stringMatching(/^Szkoły duże \(od 301/),
      '4|SP w Woli|140000030|420|II|I|200000|50000',
      '|Razem szkoły duże||1|||200000|50000',
      '',
      '|Razem||4|||490000|122500',
    ]);
    expect(a.wiersze[5][6]).toMatchObject({ fmt: '#,##0.00\\ "zł"' });
  });
  test('WB-2 Szkoły can be filled from the directors\u2019 applications and then agrees (CS-11.2)', () => {
    const d = walidujWnioskiDyrektorow(zeszyt(wniosekDyrektora(), kalkulacja(), wyposazenie()), KONTEKST);
    const s = zZapisu(arkuszSzkolZWnioskowDyrektorow(d.wnioski));
    expect(s.wiersze[1].map((k) => (k && 'v' in k ? k.v : null))).toEqual([
      1,
      'Szkoła Podstawowa nr 1 w Testowie',
      '140000017',
      'szkoła podstawowa',
      'wieś',
      80,
      'I',
      'II',
      90000,
      22500,
    ]);
    expect(organ(wniosekOrganu(), s, wniosekDyrektora(), kalkulacja(), wyposazenie()).uwagi).toEqual([]);
  });
});
