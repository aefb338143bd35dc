/**
 * Child process of the benchmark, goal (a): the core alone on snapshots already in memory.
 * `node --expose-gc dist-cli/bench/rdzen.js <krajowy|stres> <runs>` prints one JSON object:
 * the time of `kwalifikuj` (WB-1 reading, WB-5 evaluation, CS-Z3, protocol plan and JSON) over the
 * whole set per run, its median and best, a breakdown (validation / CS-Z3 algorithm / the rest), the
 * time of `waliduj`, the garbage collector's pauses inside each timed run (and how many runs had a full
 * mark-compact: one is the difference between a fast and a slow run at 100 000), and the process's peak memory.
 */
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { type Kontekst, type ZeszytSnapshot, kwalifikujWojewodztwo, walidujZeszyt } from '../core';
import { generujWojewodztwo } from '../przyklady/wojewodztwo';
import { doSnapshotu } from '../przyklady/snapshot';
import { mediana } from './proces';
import { zmierzEtapy } from './etapy';
import { zbiorKrajowy, zbiorStresu } from './zbior';

const K: Kontekst = { dzis: { y: 2012, m: 5, d: 10 }, jezyk: 'pl' };
const gc = (globalThis as { gc?: () => void }).gc;

/** the garbage collector's pauses (start, duration in ms, full mark-compact?), delivered by the observer some turns later */
const pauzyGc: Array<[number, number, boolean]> = [];
new PerformanceObserver((lista) => {
  for (const e of lista.getEntries())
    pauzyGc.push([
      e.startTime,
      e.duration,
      (e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR,
    ]);
}).observe({ entryTypes: ['gc'] });

/**
 * Waits until the observer has delivered every pause up to `koniec`: an explicit GC after it is a pause that
 * must arrive, and entries arrive in order (one timer turn was not always enough: the pauses then read 0).
 */
async function wszystkiePauzy(koniec: number): Promise<void> {
  if (!gc) return;
  gc();
  const dotarla = () => pauzyGc.some(([t]) => t >= koniec);
  for (let i = 0; i < 200 && !dotarla(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!dotarla()) throw new Error('the GC observer delivered no pause after the runs');
}

/** One timed run over the set; its window [start, end] goes to `okna` when given. */
function przebieg(
  snapshoty: readonly ZeszytSnapshot[],
  f: (z: ZeszytSnapshot, k: Kontekst) => { status: string },
  oczekiwany: string,
  okna?: Array<[number, number]>,
): number {
  gc?.();
  const t0 = performance.now();
  for (const z of snapshoty) {
    const w = f(z, K);
    if (w.status !== oczekiwany) throw new Error(`unexpected status ${w.status}`);
  }
  const t1 = performance.now();
  okna?.push([t0, t1]);
  return t1 - t0;
}

async function main(): Promise<void> {
  const [rodzaj = 'krajowy', ile = '5'] = process.argv.slice(2);
  const zbior = rodzaj === 'stres' ? [zbiorStresu()] : zbiorKrajowy();
  const t0 = performance.now();
  const snapshoty = zbior.map((z) => doSnapshotu(generujWojewodztwo(z.opcje)));
  const generowanieMs = performance.now() - t0;
  const wnioski = zbior.reduce((s, z) => s + z.opcje.liczbaWnioskow, 0);

  // warm-up: one whole run, so every workbook's paths are compiled before the timed runs (the first of them
  // was 1.5–2× the others when only four workbooks warmed up)
  przebieg(snapshoty, kwalifikujWojewodztwo, 'ok');
  const przebiegiMs: number[] = [];
  const okna: Array<[number, number]> = [];
  for (let i = 0; i < Number(ile); i++) przebiegiMs.push(przebieg(snapshoty, kwalifikujWojewodztwo, 'ok', okna));
  await wszystkiePauzy(okna[okna.length - 1][1]);
  // GC pauses that started inside each timed run (the explicit gc() before a run is outside its window)
  const gcMs = okna.map(([a, b]) => pauzyGc.reduce((s, [t, d]) => (t >= a && t < b ? s + d : s), 0));
  const zPelnym = okna.filter(([a, b]) => pauzyGc.some(([t, , pelne]) => pelne && t >= a && t < b)).length;
  // the examples carry deliberate row-level errors, so `waliduj` reports błąd (exit 1) by design
  const walidujMs = przebieg(snapshoty, walidujZeszyt, 'zablokowane');
  gc?.();
  const etapy = snapshoty
    .map(zmierzEtapy)
    .reduce((a, e) => ({ walidacjaMs: a.walidacjaMs + e.walidacjaMs, algorytmMs: a.algorytmMs + e.algorytmMs }));
  const m = process.memoryUsage();
  process.stdout.write(
    `${JSON.stringify({
      rodzaj,
      zeszyty: zbior.length,
      wnioski,
      generowanieMs,
      przebiegiMs,
      medianaMs: mediana(przebiegiMs),
      najlepszyMs: Math.min(...przebiegiMs),
      etapy,
      walidujMs,
      gcMs,
      gcMedianaMs: mediana(gcMs),
      zPelnymGc: zPelnym,
      rssMB: m.rss / 1048576,
      szczytRssMB: process.resourceUsage().maxRSS / 1024,
    })}\n`,
  );
}

void main();
