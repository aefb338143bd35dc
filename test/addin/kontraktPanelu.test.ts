/**
 * The pane shows what the core computed: its envelope preview (read through the pane's own path:
 * `daneWojewodztwa` → `ocenParametry` → the core's `podgladKwalifikacji`) equals the run's CS-Z3.2/3.3
 * envelopes, and the summary it shows (`dane.podsumowanie`) equals a recount of the WB-4.1 JSON, on S2,
 * S4 (blocked as given, and with its duplicate removed) and the example workbook.
 */
import type { WynikOperacji } from '../../src/core/api';
import { wykonaj } from '../../src/core/operacje';
import type { ZeszytSnapshot } from '../../src/core/zeszyt/model';
import { daneWojewodztwa } from '../../src/addin/taskpane/sekcje/kwalifikacja/dane';
import { ocenParametry } from '../../src/addin/taskpane/sekcje/kwalifikacja/parametry';
import { podgladKwalifikacji } from '../../src/core/wojewodztwo/podglad';
import { zeszytS2, ZIARNO_S2 } from '../pomoc/s2';
import { czytajPrzyklad, K } from '../przyklady/pomoc';

/** test-side reading of WB-4.1 money ("123.45"), independent of the core's parser */
const gr = (s: string | null): number | null => (s === null ? null : Math.round(Number(s) * 100));

interface WniosekJson {
  regon: string | null;
  decyzja: string;
  wariant: 'I' | 'II' | null;
  kwotaWsparcia: string | null;
  brakujacaKwota: string | null;
}
interface Json {
  kwotaSrodkow: string;
  parametry: { udzialWariantuI: string | null };
  koperty: Record<string, string | null>;
  wnioski: WniosekJson[];
  podsumowanie: Record<'I' | 'II', { zakwalifikowane: number; kwota: string; niewykorzystane: string | null }> & {
    zakwalifikowane: number;
    kwotaPrzyznana: string;
    niewykorzystane: string;
  };
}

function podgladPanelu(z: ZeszytSnapshot) {
  const d = daneWojewodztwa(z);
  return podgladKwalifikacji(d.przygotowanie!, ocenParametry(d.arkuszParametrow, {}).parametry);
}

function porownaj(z: ZeszytSnapshot): WynikOperacji<'kwalifikuj'> {
  const p = podgladPanelu(z);
  const w = wykonaj('kwalifikuj', z, K);
  if (w.status !== 'ok') return w;
  const d = w.dane;
  const j = w.json as Json;
  // preview = run (CS-Z3.0, CS-Z3.2, CS-Z3.3)
  expect(p.A).toBe(d.kwotaSrodkow);
  expect(p.pozytywne).toBe(d.podsumowanie.pozytywne);
  expect(p.wszystkieMieszcza).toBe(d.koperty === null);
  if (d.koperty) {
    expect(p.koperty!.E).toEqual(d.koperty.E);
    expect(p.koperty!.Es).toEqual(d.koperty.Es);
    expect(p.koperty!.udzialSetne).toBe(Math.round(Number(j.parametry.udzialWariantuI) * 10000));
  }
  // summary shown = a recount of the WB-4.1 JSON
  const s = d.podsumowanie;
  expect(s.zakwalifikowane).toBe(j.podsumowanie.zakwalifikowane);
  expect(s.przyznano).toBe(gr(j.podsumowanie.kwotaPrzyznana));
  expect(s.niewykorzystane).toBe(gr(j.podsumowanie.niewykorzystane));
  expect(s.przyznano + s.niewykorzystane).toBe(gr(j.kwotaSrodkow));
  for (const v of ['I', 'II'] as const) {
    expect(s.warianty[v].liczba).toBe(j.podsumowanie[v].zakwalifikowane);
    expect(s.warianty[v].kwota).toBe(gr(j.podsumowanie[v].kwota));
    expect(s.warianty[v].niewykorzystane).toBe(gr(j.podsumowanie[v].niewykorzystane));
    const wg = Object.values(s.warianty[v].wgWielkosci);
    expect(wg.reduce((a, x) => a + x.liczba, 0)).toBe(s.warianty[v].liczba);
    expect(wg.reduce((a, x) => a + x.kwota, 0)).toBe(s.warianty[v].kwota);
  }
  const ile = (decyzja: string) => j.wnioski.filter((x) => x.decyzja === decyzja).length;
  expect([s.niezakwalifikowane, s.odrzucone, s.rezygnacje]).toEqual([
    ile('niezakwalifikowana'),
    ile('odrzucona formalnie'),
    ile('rezygnacja'),
  ]);
  const braki = j.wnioski.filter((x) => x.brakujacaKwota !== null);
  const min = braki.length ? Math.min(...braki.map((x) => gr(x.brakujacaKwota)!)) : null;
  expect(s.najmniejszyBrak?.kwota ?? null).toBe(min);
  if (s.najmniejszyBrak) expect(s.najmniejszyBrak.regon).toBe(braki.find((x) => gr(x.brakujacaKwota) === min)!.regon);
  // the CLI's summary lines are made from the same numbers
  expect(w.podsumowanie[0]).toContain(`zakwalifikowane: ${s.zakwalifikowane}`);
  return w;
}

describe('the pane shows the core’s preview and summary (CS-Z3.2, CS-Z3.3, WB-4.1)', () => {
  test('S2 with a seed (a draw: envelopes)', () => {
    expect(porownaj(zeszytS2({ reczna: false, ziarno: ZIARNO_S2 })).status).toBe('ok');
  });

  test('S2 with the manual order', () => {
    expect(porownaj(zeszytS2({ ziarno: ZIARNO_S2 })).status).toBe('ok');
  });

  test('S4 as given: blocked (the pane shows the findings, no summary); the preview still reads', async () => {
    const z = await czytajPrzyklad('s4-bledne-dane.xlsx');
    expect(porownaj(z).status).toBe('zablokowane');
    expect(podgladPanelu(z).pozytywne).toBeGreaterThan(0);
  });

  test('S4 with the duplicate row removed', async () => {
    const z = await czytajPrzyklad('s4-bledne-dane.xlsx');
    const bez15 = {
      arkusze: z.arkusze.map((a) =>
        a.nazwa === 'Wnioski' ? { ...a, wiersze: a.wiersze.filter((_, i) => i !== 14) } : a,
      ),
    };
    expect(porownaj(bez15).status).toBe('ok');
  });

  test('examples/wojewodztwo-mazowieckie.xlsx', async () => {
    const w = porownaj(await czytajPrzyklad('wojewodztwo-mazowieckie.xlsx'));
    expect(w.status).toBe('ok');
    expect(w.dane!.koperty).not.toBeNull();
  });
});
