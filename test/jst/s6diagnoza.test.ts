/** S6 (scenarios.md): JST diagnosis and recommendations, every number. */
import { diagnozuj } from '../../src/core/jst';
import type { DiagnozaJson } from '../../src/core/jst/diagnoza/json';
import { regonPoprawny } from '../../src/core/identyfikatory';
import { arkuszSzkol, SP1, SP2, SP3 } from './dane';
import { arkuszPlanu, KONTEKST, szukaj, wartosci, zeszyt } from './pomoc';

const wynik = diagnozuj(zeszyt(arkuszSzkol([SP1, SP2, SP3])), KONTEKST);
const j = wynik.json as DiagnozaJson;
const szk = (n: string) => j.szkoly.find((s) => s.nazwa === n)!;
const w = (n: string, k: keyof DiagnozaJson['jst']['wskazniki']) => szk(n).wskazniki[k];

describe('S6 diagnosis', () => {
  test('JST-1 S6 REGONs of the test schools are valid (CS-10.4)', () => {
    expect([SP1, SP2, SP3].every((s) => regonPoprawny(s.regon))).toBe(true);
  });

  test('JST-1 JST-2 S6 runs with no errors', () => {
    expect(wynik.status).toBe('ok');
    expect(szukaj(wynik.uwagi, { waga: 'błąd' })).toEqual([]);
  });

  test('JST-1.1 S6 pupils per pupil computer: SP1 10,5, SP2 15, SP3 brak komputerów, JST 720/46 ≈ 15,65', () => {
    expect(w('SP1', 'uczniowieNaKomputer').wartosc).toBe('10.50');
    expect(w('SP2', 'uczniowieNaKomputer').wartosc).toBe('15.00');
    expect(w('SP3', 'uczniowieNaKomputer')).toMatchObject({ wartosc: null, stan: 'brak komputerów' });
    expect(j.jst.wskazniki.uczniowieNaKomputer.wartosc).toBe('15.65');
    expect(j.jst.wskazniki.uczniowieNaKomputer.objasnienie.dane).toContain('720 / 46');
  });

  test('JST-1.2 S6 old computers SP1 62,50 %, SP2 83,33 %, SP3 brak komputerów, JST 65,22 %', () => {
    expect(w('SP1', 'starszeKomputery').wartosc).toBe('62.50');
    expect(w('SP2', 'starszeKomputery').wartosc).toBe('83.33');
    expect(w('SP3', 'starszeKomputery').stan).toBe('brak komputerów');
    expect(j.jst.wskazniki.starszeKomputery.wartosc).toBe('65.22');
  });

  test('JST-1.4 S6 Wi-Fi rooms SP2 37,50 %, JST 88,10 %', () => {
    expect(w('SP2', 'saleWifi').wartosc).toBe('37.50');
    expect(j.jst.wskazniki.saleWifi.wartosc).toBe('88.10');
  });

  test('JST-1.5 S6 IT FTE per 100 computers SP1 0,83, SP2 0, SP3 2,08, JST 0,91', () => {
    expect(w('SP1', 'etatyNa100').wartosc).toBe('0.83');
    expect(w('SP2', 'etatyNa100').wartosc).toBe('0.00');
    expect(w('SP3', 'etatyNa100').wartosc).toBe('2.08');
    expect(j.jst.wskazniki.etatyNa100.wartosc).toBe('0.91');
  });

  test('JST-1.6 S6 B1 or higher SP2 36,36 % (4 of 11, warning: 3 not assessed), JST 72,06 %; SP1 A1–A2 28,57 %', () => {
    expect(w('SP2', 'nauczycieleB1').wartosc).toBe('36.36');
    expect(w('SP2', 'nauczycieleB1').objasnienie.dane).toContain('= 4; ');
    expect(j.jst.wskazniki.nauczycieleB1.wartosc).toBe('72.06');
    expect(w('SP1', 'nauczycieleA').wartosc).toBe('28.57');
    const ostrz = szukaj(wynik.uwagi, { regula: 'JST-1.6', waga: 'ostrzeżenie' });
    expect(ostrz).toHaveLength(1);
    expect(ostrz[0].arkusz).toBe('Szkoły JST');
    expect(ostrz[0].wiersz).toBe(3);
    expect(ostrz[0].komunikat).toContain('3 bez oceny');
    expect(szk('SP2').nieocenieni).toBe(3);
  });

  test('JST-1.7 S6 exclusion SP1 3,33 % amber, SP2 14,44 % red, SP3 1,90 % green', () => {
    expect([w('SP1', 'wykluczenie').wartosc, szk('SP1').wykluczenie]).toEqual(['3.33', 'bursztynowy']);
    expect([w('SP2', 'wykluczenie').wartosc, szk('SP2').wykluczenie]).toEqual(['14.44', 'czerwony']);
    expect([w('SP3', 'wykluczenie').wartosc, szk('SP3').wykluczenie]).toEqual(['1.90', 'zielony']);
    expect(j.rankingWykluczenia.map((r) => r.nazwa)).toEqual(['SP2', 'SP1', 'SP3']);
  });

  test('JST-2 S6 recommendations triggered per school', () => {
    const rek = Object.fromEntries(j.rekomendacje.map((r) => [r.id, r.szkoly.map((s) => s.nazwa)]));
    expect(rek).toEqual({
      'R-LACZE': ['SP2'],
      'R-SPRZET': ['SP1', 'SP2', 'SP3'],
      'R-WYMIANA': ['SP1', 'SP2'],
      'R-WIFI': ['SP2'],
      'R-IT': ['SP2'],
      'R-BEZPIECZENSTWO': ['SP2'],
      'R-KOMPETENCJE': ['SP2'],
      'R-WYKLUCZENIE': ['SP2'],
    });
    expect(j.rekomendacje.map((r) => r.id)).toEqual([
      'R-LACZE',
      'R-SPRZET',
      'R-WYMIANA',
      'R-WIFI',
      'R-IT',
      'R-BEZPIECZENSTWO',
      'R-KOMPETENCJE',
      'R-WYKLUCZENIE',
    ]);
    expect(j.rekomendacje.every((r) => r.nieocenione.length === 0)).toBe(true);
  });

  test('JST-2 S6 written sheets: Rekomendacje lists schools with values and the JST value beside', () => {
    const rek = wartosci(arkuszPlanu(wynik.plan?.arkusze, 'Rekomendacje'));
    const sprzet = rek.filter((r) => r[1] === 'R-SPRZET');
    expect(sprzet.map((r) => [r[6], r[9], r[10]])).toEqual([
      ['SP1', '10,50', '15,65'],
      ['SP2', '15,00', '15,65'],
      ['SP3', 'brak komputerów', '15,65'],
    ]);
    const names = wynik.plan!.arkusze.map((a) => a.nazwa);
    expect(names).toEqual(['Diagnoza JST', 'Objaśnienia diagnozy', 'Rekomendacje', 'Uwagi', '_cyfrowa_szkola']);
    const diag = wartosci(arkuszPlanu(wynik.plan?.arkusze, 'Diagnoza JST'));
    const jst = diag.find((r) => r[1] === 'Razem JST')!;
    expect(jst[4]).toBe(720);
    expect(jst[10]).toBe(15.65);
  });
});
