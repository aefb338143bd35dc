/**
 * Not a test: the add-in's numbers for `npm run bench` (issue 3), on the fake Excel host with the real
 * core. Run by `npx jest --config jest.pomiary.config.js`; prints one line on stdout:
 *
 *   POMIAR {"odczyt":…,"sprawdz":…,"naZywo":…,"kwalifikuj":[…],"monitoruj":…,"czas6000":…,"wyniki":[…]}
 *
 * - `odczyt`: syncs of reading every sheet (607 and 6 000 applications — must be equal);
 * - `sprawdz`, `naZywo` (one typed cell), `kwalifikuj` per size, `monitoruj` (JST example): syncs, read
 *   syncs, payload, largest request, the budget 4 + ⌈payload / 4 MB⌉ and wall time;
 * - `czas6000`: fake-host wall time of Sprawdź + Kwalifikacja for 6 000 applications;
 * - `wyniki`: the same per size in the shape of src/bench/dodatek.ts `PomiarDodatku`.
 * Workbooks: examples/wojewodztwo-mazowieckie.xlsx (607) and its rows repeated to 6 000 with fresh REGONs.
 */
import type ExcelJS from 'exceljs';
import { gminaJst, wojewodztwo, WNIOSKI_PRZYKLADU } from '../addin/przyklady';
import { naHoscie } from '../addin/sciezki';
import { budzet, czytajPrzezHost, type Budzet } from '../addin/arkusze';
import type { FakeExcel } from '../fakehost';

const MB = 1024 * 1024;
const ROZMIARY = [WNIOSKI_PRZYKLADU, 6000];

interface Pomiar {
  ms: number;
  syncs: number;
  odczyty: number;
  budzet: number;
  ladunekMB: number;
  najwiekszyMB: number;
}

async function mierz<T>(fx: FakeExcel, f: () => Promise<T>): Promise<{ wynik: T; p: Pomiar }> {
  fx.zeruj();
  const t0 = performance.now();
  const wynik = await f();
  const ms = Math.round(performance.now() - t0);
  const b: Budzet = budzet(fx);
  const mb = (x: number) => Math.round((x / MB) * 1000) / 1000;
  return {
    wynik,
    p: {
      ms,
      syncs: b.synchronizacje,
      odczyty: b.odczyty,
      budzet: b.budzet,
      ladunekMB: mb(b.ladunek),
      najwiekszyMB: mb(b.najwiekszy),
    },
  };
}

async function wojewodztwoNaHoscie(n: number) {
  const wb: ExcelJS.Workbook = await wojewodztwo(n);
  const { fx, dodatek } = naHoscie(wb);
  const odczyt = await mierz(fx, () => czytajPrzezHost(fx));
  const sprawdz = await mierz(fx, () => dodatek.sprawdz());
  const kwalifikuj = await mierz(fx, () => dodatek.kwalifikuj());
  return {
    wb,
    fx,
    dodatek,
    odczyt: odczyt.p,
    sprawdz: { ...sprawdz.p, uwagi: sprawdz.wynik.length },
    kwalifikuj: { ...kwalifikuj.p, status: kwalifikuj.wynik.status },
  };
}

/** one typed cell (`Wkład własny` of row 101 below the CS-4.3 minimum) with live validation on */
async function zmianaNaZywo(n: number): Promise<Pomiar & { uwagi: number }> {
  const wb = await wojewodztwo(n);
  const { fx, dodatek } = naHoscie(wb);
  let uwagi = 0;
  await dodatek.walidacjaNaZywo(true, (u) => (uwagi = u.length));
  const ws = wb.getWorksheet('Wnioski')!;
  let kol = 0;
  ws.getRow(1).eachCell((c, i) => (c.value === 'Wkład własny (zł)' ? (kol = i) : undefined));
  const { p } = await mierz(fx, async () => {
    fx.wpisz('Wnioski', ws.getCell(101, kol).address, 1);
    await new Promise((r) => setTimeout(r, 10));
    await dodatek.naZywoGotowe();
  });
  await dodatek.walidacjaNaZywo(false);
  return { ...p, uwagi };
}

test('pomiar dodatku na fałszywym hoście Excela', async () => {
  const rozmiary = [];
  for (const n of ROZMIARY) rozmiary.push({ n, ...(await wojewodztwoNaHoscie(n)) });
  const naZywo = await zmianaNaZywo(6000);
  const gmina = naHoscie(await gminaJst(), { y: 2026, m: 1, d: 15 });
  const monitoruj = await mierz(gmina.fx, () => gmina.dodatek.wykonaj('monitoruj'));

  const duzy = rozmiary.find((r) => r.n === 6000)!;
  const wynik = {
    odczyt: Object.fromEntries(rozmiary.map((r) => [r.n, r.odczyt])),
    sprawdz: Object.fromEntries(rozmiary.map((r) => [r.n, r.sprawdz])),
    naZywo: { wnioski: 6000, ...naZywo },
    kwalifikuj: rozmiary.map((r) => ({ wnioski: r.n, ...r.kwalifikuj })),
    monitoruj: {
      ...monitoruj.p,
      status: monitoruj.wynik.status,
      wykresy: gmina.fx.wykresy('Pulpit monitoringu').length,
    },
    czas6000: {
      sprawdzMs: duzy.sprawdz.ms,
      kwalifikujMs: duzy.kwalifikuj.ms,
      razemMs: duzy.sprawdz.ms + duzy.kwalifikuj.ms,
    },
    wyniki: rozmiary.map((r) => ({ wnioski: r.n, sprawdz: r.sprawdz, kwalifikuj: r.kwalifikuj })),
  };
  process.stdout.write(`POMIAR ${JSON.stringify(wynik)}\n`);

  // the numbers are only worth quoting if the runs did what they should
  for (const r of rozmiary) {
    expect(r.kwalifikuj.status).toBe('ok');
    expect(r.kwalifikuj.syncs).toBeLessThanOrEqual(r.kwalifikuj.budzet);
    expect(r.odczyt.syncs).toBe(rozmiary[0].odczyt.syncs);
  }
  expect(naZywo.syncs).toBeLessThanOrEqual(2);
  expect(monitoruj.wynik.status).toBe('ok');
});
