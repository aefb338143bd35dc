/**
 * Not a test: the benchmark's add-in measurement (issue 3), run by `npm run bench` as
 * `node -r dist-cli/bench/hakTs.js test/przyklady/pomiarDodatku.ts 600 6000`. For each size it loads a
 * generated voivodeship workbook (600 = examples/wojewodztwo-mazowieckie, deliberate errors included)
 * into the fake Excel host and runs the add-in's `Sprawdź` and `Kwalifikacja` with the real core,
 * printing one JSON line per size: wall time, syncs, payload and the sync budget 4 + ⌈payload / 4 MB⌉.
 */
import ExcelJS from 'exceljs';
import { utworzFakeExcel, type FakeExcel } from '../fakehost';
import { utworzDodatek } from '../../src/addin/office/dodatek';
import { RDZEN } from '../../src/addin/office/rdzen';
import { LIMIT_PORCJI } from '../../src/addin/office/porcje';
import { przykladMazowiecki } from '../../src/przyklady/mazowieckie';
import { generujWojewodztwo } from '../../src/przyklady/wojewodztwo';
import { zeszytExcelJS } from '../../src/przyklady/zapis';

async function zeszyt(n: number): Promise<ExcelJS.Workbook> {
  const p = n === 600 ? przykladMazowiecki() : generujWojewodztwo({ teryt: '14', liczbaWnioskow: n, ziarno: 6000 + n, bledyCelowe: true, ziarnoLosowania: '2012-05-10 fake host' });
  // through .xlsx bytes, as a real file would arrive (dates become date cells)
  const bufor = await zeszytExcelJS(p).xlsx.writeBuffer();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bufor);
  return wb;
}

function synchronizacje(fx: FakeExcel) {
  const ladunek = fx.ladunki.reduce((s, x) => s + x, 0);
  return { syncs: fx.synchronizacje, ladunekMB: ladunek / 1048576, najwiekszyMB: Math.max(0, ...fx.ladunki) / 1048576, budzet: 4 + Math.ceil(ladunek / LIMIT_PORCJI) };
}

async function pomiar(n: number) {
  const wb = await zeszyt(n);
  const fx = utworzFakeExcel(wb);
  const dodatek = utworzDodatek(RDZEN, fx.host, { dzis: () => ({ y: 2012, m: 5, d: 10 }) });
  fx.zeruj();
  const t0 = performance.now();
  const uwagi = await dodatek.sprawdz();
  const sprawdz = { ms: performance.now() - t0, uwagi: uwagi.length, ...synchronizacje(fx) };
  fx.zeruj();
  const t1 = performance.now();
  const wynik = await dodatek.kwalifikuj();
  const kwalifikuj = { ms: performance.now() - t1, status: wynik.status, ...synchronizacje(fx) };
  return { wnioski: n, sprawdz, kwalifikuj };
}

async function main(): Promise<void> {
  const rozmiary = process.argv.slice(2).map(Number).filter((x) => x > 0);
  for (const n of rozmiary.length ? rozmiary : [600, 6000]) process.stdout.write(`${JSON.stringify(await pomiar(n))}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 1;
});
