import { sprawozdanie } from '../../src/core/sprawozdania';
import { przykladOrganuS8, przykladSzkolyS8 } from '../../src/core/sprawozdania/przyklady';
import { szablonSprawozdaniaOrganu } from '../../src/core/sprawozdania/szablony';
import { ES, EO } from '../../src/core/sprawozdania/schemat';
import { data, liczba, tekst, zl } from '../../src/core/zeszyt/formaty';
import type { ZapisArkusza } from '../../src/core/zeszyt/model';
import { K, zeszytZ } from './pomoc';

/** the data rows of a template table, below its WB-2.0 title block and header row */
const dane = (a: ZapisArkusza) => a.wiersze.slice(a.zamrozenie!.wiersze);

type JS = {
  zadania: Array<{ id: string; spelnione: string; wymagane: string | null; osiagniete: string | null }>;
  spelnione: number;
};
const szkola = (zmiany = {}) => sprawozdanie(zeszytZ(przykladSzkolyS8(zmiany)), K);
const bezEtykiety = (arkusze: ZapisArkusza[], etykieta: string): ZapisArkusza[] =>
  arkusze.map((a, i) => (i === 0 ? { ...a, wiersze: a.wiersze.filter((w) => !(w[0] && w[0].v === etykieta)) } : a));

describe('CS-R.1 school report rules (CS-R, CS-7, CS-7.1, CS-7.2, CS-5.1, CS-6.3, CS-17.1)', () => {
  test('CS-R.1: a blocking label missing (REGON, pupils, variant) → blocked, nothing evaluated', () => {
    for (const e of [ES.regon, ES.uczniowie, ES.wariant]) {
      const w = sprawozdanie(zeszytZ(bezEtykiety(przykladSzkolyS8(), e)), K);
      expect(w.status).toBe('zablokowane');
      expect(w.plan).toBeNull();
    }
  });

  test('CS-R.1: a label present twice → blocked; the sheet missing → blocked', () => {
    const a = przykladSzkolyS8();
    a[0] = { ...a[0], wiersze: [...a[0].wiersze, [tekst(ES.lekcje), liczba(3)]] };
    expect(sprawozdanie(zeszytZ(a), K).status).toBe('zablokowane');
    expect(sprawozdanie({ arkusze: [{ nazwa: 'Inny', wiersze: [] }] }, K).status).toBe('zablokowane');
  });

  test('CS-R.1 CS-7.1: a missing or out-of-range value is a non-blocking błąd at its cell and its tasks show brak danych', () => {
    const w = szkola({ [ES.nauczyciele]: null, [ES.spotkania]: liczba(9) });
    expect(w.status).toBe('ok');
    const j = w.json as JS;
    expect(j.zadania.filter((z) => z.spelnione === 'brak danych').map((z) => z.id)).toEqual(['Z3', 'Z4', 'Z5']);
    expect(j.spelnione).toBe(5); // brak danych counts as not met
    const bledy = w.uwagi.filter((u) => u.waga === 'błąd');
    expect(bledy.map((u) => u.komorka).sort()).toEqual(['B10', 'B16']); // below the WB-2.0 title block
    expect(bledy.every((u) => !u.blokujaca)).toBe(true);
  });

  test('CS-7 CS-7.2 CS-R.1: an unmet task is a result, not a finding (reported as unmet)', () => {
    const w = szkola({ [ES.lekcje]: liczba(0), [ES.projekty]: liczba(0) });
    expect(w.uwagi).toEqual([]);
    expect((w.json as JS).spelnione).toBe(5);
  });

  test('CS-5.1 CS-R.1: the size follows the pupils — a small school needs 2 / 3 / 2 / 3 h, a large one 6 / 9 / 6 / 9 h', () => {
    const mala = (szkola({ [ES.uczniowie]: liczba(100) }).json as JS).zadania;
    expect(mala.slice(5).map((z) => z.wymagane)).toEqual(['2', '3', '2', '3']);
    const duza = (szkola({ [ES.uczniowie]: liczba(301) }).json as JS).zadania;
    expect(duza.slice(5).map((z) => z.wymagane)).toEqual(['6', '9', '6', '9']);
  });

  test('CS-6.3: technical training or administration NIE → ostrzeżenie; CS-17.1: a late report → ostrzeżenie', () => {
    const w = szkola({ [ES.szkolenieTechniczne]: tekst('NIE'), [ES.data]: data('2013-06-11') });
    expect(w.uwagi.map((u) => [u.regula, u.waga])).toEqual([
      ['CS-6.3', 'ostrzeżenie'],
      ['CS-17.1', 'ostrzeżenie'],
    ]);
  });

  test('CS-R.1-W1: variant I has no lending line; variant II without rules → W1 NIE', () => {
    expect((szkola({ [ES.wariant]: tekst('I') }).json as { wypozyczanie: unknown }).wypozyczanie).toBeNull();
    expect((szkola({ [ES.zasady]: tekst('NIE') }).json as { wypozyczanie: unknown }).wypozyczanie).toBe('NIE');
  });

  test('CS-R: a workbook that is neither report → blocked with a clear message', () => {
    const w = sprawozdanie({ arkusze: [] }, K);
    expect(w.status).toBe('zablokowane');
    expect(w.uwagi[0].komunikat).toMatch(/nie jest sprawozdaniem/);
  });
});

describe('CS-R.2 body report rules (CS-R.2, CS-R.2a, CS-4.2, CS-A1, CS-18.1)', () => {
  const organ = (zmiany: { etykiety?: object; dotacje?: unknown[][]; wydatki?: unknown[][] } = {}) => {
    const baza = przykladOrganuS8();
    return szablonSprawozdaniaOrganu({
      etykiety: {
        [EO.organ]: tekst('Gmina'),
        [EO.teryt]: tekst('1465011'),
        [EO.data]: data('2013-06-28'),
        [EO.ocena]: tekst('x'),
        [EO.wplyw]: tekst('x'),
        [EO.efektyI]: tekst('x'),
        [EO.efektyII]: tekst('x'),
        [EO.problemy]: tekst('x'),
        ...zmiany.etykiety,
      },
      dotacje: (zmiany.dotacje as never) ?? dane(baza[1]),
      wydatki: (zmiany.wydatki as never) ?? dane(baza[2]),
    });
  };

  test('CS-R.2: Dotacje REGON repeated or invalid, or Kwota ≤ 0 → blocked', () => {
    const d = dane(przykladOrganuS8()[1]);
    for (const dotacje of [[d[0], d[0]], [[tekst('140000024'), ...d[0].slice(1)]], [[...d[0].slice(0, 4), zl(0)]]])
      expect(sprawozdanie(zeszytZ(organ({ dotacje })), K).status).toBe('zablokowane');
  });

  test('CS-R.2: a missing sheet or required header blocks', () => {
    const a = organ();
    expect(sprawozdanie(zeszytZ([a[0], a[1]]), K).status).toBe('zablokowane');
    const n = a[2].zamrozenie!.wiersze - 1; // the header row below the title block
    const bezNaglowka = {
      ...a[2],
      wiersze: [...a[2].wiersze.slice(0, n), a[2].wiersze[n].filter((k) => k && k.v !== 'Źródło')],
    };
    expect(sprawozdanie(zeszytZ([a[0], a[1], bezNaglowka]), K).status).toBe('zablokowane');
  });

  test('CS-R.2: empty §18 texts → ostrzeżenie naming the point; Efekty wariantu I only when a variant I school is listed', () => {
    const d = dane(przykladOrganuS8()[1]).slice(0, 1); // only school A (variant II)
    const w = sprawozdanie(zeszytZ(organ({ etykiety: { [EO.problemy]: null, [EO.efektyI]: null }, dotacje: d })), K);
    const ostrz = w.uwagi.filter((u) => u.regula === 'CS-R.2').map((u) => u.komunikat);
    expect(ostrz).toEqual(['„Problemy i bariery” jest puste (§18 pkt 4).']);
  });

  test('CS-R.2a CS-4.2 CS-A1: wrong value, unknown point, unknown school, own contribution before 2012 → not counted, each named', () => {
    const A = '140000023';
    const wiersz = (
      pkt: number,
      regon: string,
      ilosc: number,
      cena: number,
      wartosc: number,
      zrodlo: string,
      dataW: string,
    ) => [
      tekst(regon),
      liczba(pkt),
      tekst('x'),
      liczba(ilosc),
      zl(cena),
      zl(wartosc),
      tekst(zrodlo),
      tekst('NIE'),
      data(dataW),
    ];
    const wydatki = [
      wiersz(1, A, 2, 100, 201, 'dotacja', '2012-09-01'),
      wiersz(99, A, 1, 100, 100, 'dotacja', '2012-09-01'),
      wiersz(1, '140000017', 1, 100, 100, 'dotacja', '2012-09-01'),
      wiersz(1, A, 1, 100, 100, 'wkład własny', '2011-12-31'),
      wiersz(1, A, 1, 100, 100, 'wkład własny', '2013-03-01'),
    ];
    const w = sprawozdanie(zeszytZ(organ({ wydatki })), K);
    expect(w.status).toBe('ok');
    expect(w.uwagi.filter((u) => u.waga === 'błąd').map((u) => u.regula)).toEqual([
      'CS-R.2a',
      'CS-A1',
      'CS-R.2a',
      'CS-4.2',
    ]);
    const j = w.json as { szkoly: Array<{ S: string; W: string }> };
    expect(j.szkoly[0]).toMatchObject({ S: '0.00', W: '1.00' }); // a late own contribution still counts
  });

  test('CS-18.1: a body report dated after 30 Jun 2013 → ostrzeżenie; CS-R.2b: S > G → ostrzeżenie naming the excess', () => {
    const d = [[tekst('140000023'), tekst('SP'), tekst('II'), liczba(250), zl(5_000_000)]];
    const w = sprawozdanie(zeszytZ(organ({ etykiety: { [EO.data]: data('2013-07-01') }, dotacje: d })), K);
    expect(w.uwagi.find((u) => u.regula === 'CS-18.1')?.waga).toBe('ostrzeżenie');
    const nadwyzka = w.uwagi.find((u) => u.regula === 'CS-R.2b' && /przekraczają/.test(u.komunikat));
    expect(nadwyzka?.komunikat).toMatch(/o 46\u00a0000,00/);
  });
});
