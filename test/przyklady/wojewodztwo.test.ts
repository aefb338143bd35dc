/**
 * Golden test of examples/wojewodztwo-mazowieckie.xlsx: the findings documented in examples/README.md
 * are exactly the findings the core produces (both ways), the run completes, the JSON equals the
 * committed examples/wojewodztwo-mazowieckie.json, and the committed file is what the generator writes.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { WynikOperacji } from '../../src/core/api';
import type { ZeszytSnapshot } from '../../src/core/zeszyt/model';
import { kwalifikujWojewodztwo } from '../../src/core/wojewodztwo/operacja';
import { walidujZeszyt } from '../../src/core/walidacja';
import { PLIK_MAZOWIECKI, przykladMazowiecki } from '../../src/przyklady/mazowieckie';
import { doSnapshotu } from '../../src/przyklady/snapshot';
import { parsujCelowe, parsujUwagi } from '../../src/przyklady/readme';
import { porownajUwagi } from '../../src/przyklady/porownanie';
import { kolumna } from '../../src/przyklady/wierszWniosku';
import { indeksKolumny } from '../../src/core/komorki/adres';
import { zbudowaneCli } from '../pomoc/cli';
import { czytajPrzyklad, K, KATALOG, readme, type JsonKwalifikacji } from './pomoc';

const kolumnaUzasadnienia = () => indeksKolumny(kolumna('uzasadnienie'));

let zeszyt: ZeszytSnapshot;
let wynik: WynikOperacji;

beforeAll(async () => {
  zeszyt = await czytajPrzyklad(PLIK_MAZOWIECKI);
  wynik = kwalifikujWojewodztwo(zeszyt, K);
});

describe('examples/wojewodztwo-mazowieckie.xlsx (golden)', () => {
  test('WB-5.1 WB-5.3 CS-5.2 CS-10.4 CS-4.3 CS-11.1 WB-1.2 WB-1.4 WB-1.6 the run completes (exit 0) with exactly the findings listed in examples/README.md', () => {
    expect(wynik.status).toBe('ok');
    const lista = parsujUwagi(readme(), `uwagi:${PLIK_MAZOWIECKI}`);
    expect(lista.length).toBeGreaterThanOrEqual(15);
    const { brakujace, nadmiarowe } = porownajUwagi(lista, wynik.uwagi);
    expect({ brakujace, nadmiarowe }).toEqual({ brakujace: [], nadmiarowe: [] });
  });

  test('WB-4 waliduj reports the same findings and exits 1 only because of the row-level errors', () => {
    const w = walidujZeszyt(zeszyt, K);
    const lista = parsujUwagi(readme(), `uwagi:${PLIK_MAZOWIECKI}`);
    expect(porownajUwagi(lista, w.uwagi)).toEqual({ brakujace: [], nadmiarowe: [] });
    expect(w.status).toBe(lista.some((u) => u.waga === 'błąd') ? 'zablokowane' : 'ok');
  });

  test('WB-4.1 the kwalifikuj --json object equals examples/wojewodztwo-mazowieckie.json', () => {
    const zapisany = JSON.parse(readFileSync(path.join(KATALOG, PLIK_MAZOWIECKI.replace(/\.xlsx$/, '.json')), 'utf8'));
    expect(JSON.parse(JSON.stringify(wynik.json))).toEqual(zapisany);
  });

  test('WB-4.1 the built CLI prints exactly the golden JSON on stdout and exits 0', () => {
    const katalog = mkdtempSync(path.join(tmpdir(), 'cs-przyklad-'));
    try {
      const r = spawnSync(
        process.execPath,
        [
          zbudowaneCli(),
          'kwalifikuj',
          path.join(KATALOG, PLIK_MAZOWIECKI),
          '-o',
          path.join(katalog, 'wynik.xlsx'),
          '--json',
        ],
        { encoding: 'utf8', env: { ...process.env, CS_DZIS: '2012-05-10' } },
      );
      expect(r.status).toBe(0);
      const zapisany = JSON.parse(
        readFileSync(path.join(KATALOG, PLIK_MAZOWIECKI.replace(/\.xlsx$/, '.json')), 'utf8'),
      );
      expect(JSON.parse(r.stdout)).toEqual(zapisany);
    } finally {
      rmSync(katalog, { recursive: true, force: true });
    }
  });

  test('WB-5.1 WB-5.2 CS-Z3.R the unusual rows get the decisions listed in examples/README.md', () => {
    const j = wynik.json as JsonKwalifikacji;
    const celowe = parsujCelowe(readme(), `celowe:${PLIK_MAZOWIECKI}`);
    expect(celowe.length).toBeGreaterThanOrEqual(15);
    for (const c of celowe) {
      const w = j.wnioski.find((x) => x.regon === c.regon);
      expect([
        c.regon,
        w?.decyzja === 'odrzucona formalnie' ? 'odrzucona formalnie' : w ? 'w losowaniu' : 'brak',
      ]).toEqual([c.regon, c.decyzja]);
    }
    // WB-5.2: the team's „negatywna” with a reason → the reason is the JSON's `powod`
    const neg = celowe.find((c) => /„negatywna”/.test(c.opis))!;
    const wnioski = zeszyt.arkusze.find((a) => a.nazwa === 'Wnioski')!;
    const uzasadnienie = wnioski.wiersze[neg.wiersz - 1][kolumnaUzasadnienia()];
    expect(uzasadnienie && uzasadnienie.t === 's').toBe(true);
    expect(j.wnioski.find((x) => x.regon === neg.regon)!.powod).toBe(
      `odrzucona formalnie: ${(uzasadnienie as { v: string }).v}`,
    );
  });

  test('CS-Z3.1 CS-13.1 Mazowieckie 2012: 607 applications for about 72 mln zł against 5 764 000,00 zł — a seeded draw, about 50 qualify', () => {
    const j = wynik.json as JsonKwalifikacji & { kwotaSrodkow: string };
    expect(j.parametry.kolejnoscReczna).toBe(false);
    expect(j.parametry.ziarno).toMatch(/^2012-05-10 losowanie/);
    const wLosowaniu = j.wnioski.filter((w) => w.pozycjaLosowania !== null).length;
    expect(j.wnioski).toHaveLength(607);
    expect(j.kwotaSrodkow).toBe('5764000.00');
    expect(wLosowaniu).toBeGreaterThanOrEqual(580); // several formally rejected
    expect(wLosowaniu).toBeLessThan(600);
    expect(j.podsumowanie.zakwalifikowane).toBeGreaterThanOrEqual(40);
    expect(j.podsumowanie.zakwalifikowane).toBeLessThanOrEqual(60);
    const wII = j.wnioski.filter((w) => w.wariant === 'II').length / j.wnioski.length;
    expect(wII).toBeGreaterThan(0.15);
    expect(wII).toBeLessThan(0.35);
    const wnioskowano = przykladMazowiecki().statystyka.sumaWnioskowana;
    expect(wnioskowano).toBeGreaterThan(70_000_000_00);
    expect(wnioskowano).toBeLessThan(74_000_000_00);
  });

  test('WB-3.3 the formula-like school name stays the same text in the written sheets', () => {
    const nazwa = '=SUMA(A1)';
    const wejscie = zeszyt.arkusze
      .find((a) => a.nazwa === 'Wnioski')!
      .wiersze.flat()
      .find((k) => k && k.t === 's' && k.v === nazwa);
    expect(wejscie).toBeDefined();
    const wykaz = wynik.plan!.arkusze.find((a) => a.nazwa === 'Wykaz wniosków')!;
    expect(wykaz.wiersze.some((r) => r.some((c) => c && c.v === nazwa && c.fmt === '@'))).toBe(true);
  });

  test('the committed file is what `npm run przyklady` generates now (in-memory snapshot gives the same result)', () => {
    const p = przykladMazowiecki();
    const w = kwalifikujWojewodztwo(doSnapshotu(p), K);
    expect(JSON.parse(JSON.stringify(w.json))).toEqual(JSON.parse(JSON.stringify(wynik.json)));
    expect(w.uwagi).toEqual(wynik.uwagi);
    expect(p.statystyka.wnioski).toBe(607);
    expect(p.statystyka.organy).toBeGreaterThanOrEqual(150);
  });
});
