/** WB-3.4 documents fit to sign, print and publish — the stored settings, checked on the CLI's written files. */
import type ExcelJS from 'exceljs';
import { skalaSzerokosci, tekstyArkusza, uruchom, type Przebieg } from './dokumenty';
import type { OperacjaZapisu } from '../addin/sciezki';

const PRZEBIEGI: Array<[OperacjaZapisu, string]> = [
  ['kwalifikuj', 'wojewodztwo-mazowieckie.xlsx'],
  ['kwalifikuj', 's7-koszyki.xlsx'],
  ['diagnozuj', 'gmina-jst.xlsx'],
  ['monitoruj', 'gmina-jst.xlsx'],
  ['podziel', 'podzial-srodkow.xlsx'],
  ['wskazniki', 'projekt-fers.xlsx'],
];
const LISTY = ['Wykaz wniosków', 'Zakwalifikowane', 'Niezakwalifikowane', 'Odrzucone formalnie'];

let wyniki: Map<string, Przebieg>;
let woj: Przebieg;
beforeAll(async () => {
  wyniki = new Map();
  for (const [op, plik] of PRZEBIEGI) wyniki.set(`${op} ${plik}`, await uruchom(op, plik));
  woj = wyniki.get('kwalifikuj wojewodztwo-mazowieckie.xlsx')!;
});

const arkusz = (p: Przebieg, n: string): ExcelJS.Worksheet => p.wb.getWorksheet(n)!;

describe('WB-3.4 documents fit to sign, print and publish (stored settings of the written files)', () => {
  test('WB-3.4 every run of the examples writes its sheets', () => {
    for (const [k, p] of wyniki) expect([k, p.wynik.status]).toEqual([k, 'ok']);
  });

  test('WB-3.4 no header or label of a written sheet speaks jargon: no E_k, D_k, L_k, spec file name or raw grosze', () => {
    const zle: string[] = [];
    for (const [k, p] of wyniki)
      for (const n of p.zapisane)
        for (const t of tekstyArkusza(arkusz(p, n))) {
          const etykieta = t.naglowek || (n === 'Protokół' && t.kolumna === 1);
          if (/\b[EDL]_(k|I|II)\b|\.md\b/.test(t.tekst)) zle.push(`${k} ${n}!${t.adres}: ${t.tekst}`);
          if (/\d{7,}\s*\/\s*\d{7,}/.test(t.tekst)) zle.push(`${k} ${n}!${t.adres}: ${t.tekst}`);
          if (etykieta && /\d{7,}/.test(t.tekst)) zle.push(`${k} ${n}!${t.adres}: ${t.tekst}`);
          if (t.naglowek && /^r\b|\(r\)/.test(t.tekst)) zle.push(`${k} ${n}!${t.adres}: ${t.tekst}`);
        }
    expect(zle).toEqual([]);
  });

  test('WB-3.4 every written visible sheet has a page setup and a footer with the sheet name and "strona N z M"', () => {
    for (const [k, p] of wyniki)
      for (const n of p.zapisane) {
        const ws = arkusz(p, n);
        expect([k, n, ws.pageSetup.paperSize, ws.headerFooter?.oddFooter]).toEqual([
          k,
          n,
          9,
          expect.stringMatching(/&A.*strona &P z &N/),
        ]);
        // one page wide; `Diagnoza JST` (30 columns) two, with Lp. and Nazwa szkoły repeated on each
        const szeroki = n === 'Diagnoza JST';
        if (ws.pageSetup.fitToPage)
          expect([k, n, ws.pageSetup.fitToWidth, ws.pageSetup.printTitlesColumn]).toEqual([
            k,
            n,
            szeroki ? 2 : 1,
            szeroki ? 'A:B' : undefined,
          ]);
      }
  });

  test('WB-3.4 Protokół: A4 portrait, no fit-to-page, scale 85–100, columns within the printable width at that scale, header with voivodeship and date', () => {
    const ws = arkusz(woj, 'Protokół');
    const p = ws.pageSetup;
    expect([p.paperSize, p.orientation, !!p.fitToPage]).toEqual([9, 'portrait', false]);
    expect(p.scale).toBeGreaterThanOrEqual(85);
    expect(p.scale).toBeLessThanOrEqual(100);
    expect(skalaSzerokosci(ws)).toBeGreaterThanOrEqual(p.scale! / 100);
    expect(ws.headerFooter.oddHeader).toMatch(/Województwo mazowieckie.*10\.05\.2012/);
  });

  test('WB-3.4 Protokół: the date is a date cell, the seed and fingerprint are whole in wrapped cells, signatures and approval line', () => {
    const ws = arkusz(woj, 'Protokół');
    const teksty = tekstyArkusza(ws);
    const komorka = (etykieta: RegExp) => {
      const t = teksty.find((x) => x.kolumna === 1 && etykieta.test(x.tekst))!;
      return ws.getCell(Number(ws.getCell(t.adres).row), 2);
    };
    const data = komorka(/^Data posiedzenia/);
    expect(data.value).toBeInstanceOf(Date);
    expect(data.numFmt).toBe('dd.mm.yyyy');
    const json = woj.wynik.json as { odcisk: string; parametry: { ziarno: string } };
    for (const [etykieta, wartosc] of [
      [/^Ziarno losowania/, json.parametry.ziarno],
      [/^Odcisk danych/, json.odcisk],
    ] as const) {
      const c = komorka(etykieta);
      expect(c.value).toBe(wartosc);
      expect(c.alignment?.wrapText).toBe(true);
      expect(c.isMerged).toBe(true); // across B:F, so no neighbour cuts it
      expect(ws.getRow(Number(c.row)).height ?? 15).toBeGreaterThanOrEqual(15);
    }
    const sklad = ['Elżbieta Kamińska (przewodnicząca)', 'Tomasz Lewandowski', 'Agnieszka Dąbrowska'];
    for (const s of sklad) {
      const t = teksty.filter((x) => x.tekst === s);
      expect(t).toHaveLength(1);
      expect(ws.getRow(Number(ws.getCell(t[0].adres).row)).height).toBeGreaterThanOrEqual(30); // room to sign
    }
    expect(teksty.some((t) => t.tekst === 'Miejscowość i data')).toBe(true);
    expect(teksty.some((t) => /^Zatwierdzam — Wojewoda/.test(t.tekst))).toBe(true);
  });

  test('WB-3.4 every list: title block with "załącznik nr N do protokołu", AutoFilter on the header row, header repeated, wrapped names, landscape one page wide at ≥ 70 %', () => {
    LISTY.forEach((n, i) => {
      const ws = arkusz(woj, n);
      const p = ws.pageSetup;
      expect(String(ws.getCell('A1').value)).toContain(`załącznik nr ${i + 1} do protokołu`);
      expect(String(ws.getCell('A2').value)).toBe('Województwo mazowieckie');
      expect(ws.getCell('D3').value).toBeInstanceOf(Date);
      expect(ws.getCell('A5').value).toBe('Lp.');
      expect(ws.getRow(5).height).toBeGreaterThan(15);
      expect(ws.autoFilter).toMatch(/^A5:[A-Z]+\d+$/);
      expect([p.orientation, p.fitToPage, p.fitToWidth, p.printTitlesRow]).toEqual(['landscape', true, 1, '5:5']);
      expect(skalaSzerokosci(ws)).toBeGreaterThanOrEqual(0.7);
      expect(ws.headerFooter.oddHeader).toMatch(/Województwo mazowieckie/);
      const nazwa = tekstyArkusza(ws).find((t) => /^Szkoła Podstawowa/.test(t.tekst))!;
      expect(ws.getCell(nazwa.adres).alignment?.wrapText).toBe(true);
    });
  });

  test('WB-3.4 `Do publikacji — wariant I/II`: only Lp., Nazwa szkoły, Organ prowadzący, Kwota wsparcia — the qualified schools of the variant, title block, AutoFilter, footer, landscape at ≥ 70 %', () => {
    const zakw = arkusz(woj, 'Zakwalifikowane');
    for (const v of ['I', 'II']) {
      const n = `Do publikacji — wariant ${v}`;
      expect(n.length).toBeLessThanOrEqual(31);
      const ws = arkusz(woj, n);
      const p = ws.pageSetup;
      expect(String(ws.getCell('A1').value)).toMatch(new RegExp(`^Lista szkół zakwalifikowanych.*wariant ${v}$`));
      expect(String(ws.getCell('A1').value)).not.toContain('załącznik');
      expect(String(ws.getCell('A2').value)).toBe('Województwo mazowieckie');
      expect(ws.getRow(5).values).toEqual([
        undefined,
        'Lp.',
        'Nazwa szkoły',
        'Organ prowadzący',
        'Kwota wsparcia (zł)',
      ]);
      expect(ws.autoFilter).toMatch(/^A5:D\d+$/);
      expect([p.orientation, p.fitToPage, p.fitToWidth, p.printTitlesRow]).toEqual(['landscape', true, 1, '5:5']);
      expect(skalaSzerokosci(ws)).toBeGreaterThanOrEqual(0.7);
      expect(ws.headerFooter.oddFooter).toMatch(/&A.*strona &P z &N/);
      const szkoly: string[] = [];
      ws.eachRow((r, i) => {
        if (i > 5 && typeof r.getCell(1).value === 'number')
          szkoly.push(`${String(r.getCell(2).value)} ${String(r.getCell(4).value)}`);
      });
      const oczekiwane: string[] = []; // Zakwalifikowane: Lp., Wariant, Organ, Nazwa, …, Kwota wsparcia (col 8)
      zakw.eachRow((r, i) => {
        if (i > 5 && typeof r.getCell(1).value === 'number' && r.getCell(2).value === v)
          oczekiwane.push(`${String(r.getCell(4).value)} ${String(r.getCell(8).value)}`);
      });
      expect(szkoly.length).toBeGreaterThan(0);
      expect(szkoly).toEqual(oczekiwane); // same schools, amounts and order
    }
  });

  test('WB-3.2 WB-3.4 Przebieg kwalifikacji: a school name longer than its column is wrapped in a row tall enough; short names stay one line', () => {
    const ws = arkusz(woj, 'Przebieg kwalifikacji');
    let kolumna = 0;
    let naglowek = 0;
    ws.eachRow((r) =>
      r.eachCell((c, i) => {
        if (c.value === 'Nazwa szkoły') [kolumna, naglowek] = [i, r.number];
      }),
    );
    expect(kolumna).toBeGreaterThan(0);
    const szer = ws.getColumn(kolumna).width!;
    let dlugie = 0;
    let krotkie = 0;
    ws.eachRow((r) => {
      const v = r.getCell(kolumna).value;
      if (r.number <= naglowek || typeof v !== 'string') return;
      if (v.length > szer) {
        dlugie++;
        expect([v, r.getCell(kolumna).alignment?.wrapText]).toEqual([v, true]);
        expect(r.height).toBeGreaterThanOrEqual(30);
      } else if (v.length < szer / 2) {
        krotkie++;
        expect(r.getCell(kolumna).alignment?.wrapText).toBeFalsy();
      }
    });
    expect(dlugie).toBeGreaterThan(0);
    expect(dlugie + krotkie).toBeGreaterThan(0);
  });

  test('WB-3.2 WB-3.4 `Odrzucone formalnie` holds exactly the formally rejected rows; `Niezakwalifikowane` none of them', () => {
    type J = { wnioski: Array<{ regon: string | null; decyzja: string }> };
    const odrzucone = (woj.wynik.json as J).wnioski
      .filter((w) => w.decyzja === 'odrzucona formalnie')
      .map((w) => w.regon);
    expect(odrzucone.length).toBeGreaterThan(0);
    const regony = (n: string) => {
      const ws = arkusz(woj, n);
      const out: Array<string | null> = [];
      ws.eachRow((r, i) => {
        if (i > 5 && typeof r.getCell(1).value === 'number') out.push((r.getCell(5).value as string | null) ?? null);
      });
      return out;
    };
    expect(regony('Odrzucone formalnie').sort()).toEqual([...odrzucone].sort());
    const nie = new Set(regony('Niezakwalifikowane'));
    expect(odrzucone.filter((r) => nie.has(r))).toEqual([]);
  });
});
