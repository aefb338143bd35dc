/**
 * WB-4 files are sacred under faults: the built CLI is killed with `kill -9` at random moments (a seeded
 * draw: uniformly over a whole run, or just after its temporary file appears) — the input and any
 * existing output are always whole (the old bytes or a complete new package), and the next run leaves
 * no temporary file behind; Ctrl-C (SIGINT) while writing exits at once (130) with nothing left behind.
 * Small input, three workers at a time: about 50 runs in some 40 s of two cores.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { zbudowaneCli } from '../pomoc/cli';
import { Archiwum } from '../../src/cli/pakiet/archiwum';
import { katalogTymczasowy, sha256 } from './pomocnicze';

const PRZYKLAD = path.resolve(__dirname, '..', '..', 'examples', 's2-mazowieckie.xlsx');
const PROB = 51;
const WATKI = 3;
const ZIARNO = Number(process.env.CS_ZIARNO_SYGNALOW ?? Date.now() % 1_000_000);

/** mulberry32: a seeded draw, so a failure can be replayed with CS_ZIARNO_SYGNALOW */
function losowe(ziarno: number): () => number {
  let a = ziarno >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Przebieg {
  kod: number | null;
  sygnal: NodeJS.Signals | null;
  ms: number;
}

/** Runs the CLI in `dir`; `zabij(p)` is given the child to kill when it chooses. */
function uruchomCli(dir: string, argv: string[], zabij?: (p: ChildProcess) => void): Promise<Przebieg> {
  return new Promise((ok, nie) => {
    const t0 = Date.now();
    const p = spawn(process.execPath, [zbudowaneCli(), ...argv], {
      cwd: dir,
      env: { ...process.env, CS_DZIS: '2012-05-10', CS_BEZ_POSTEPU: '1' },
      stdio: 'ignore',
    });
    p.on('error', nie);
    p.on('close', (kod, sygnal) => ok({ kod, sygnal, ms: Date.now() - t0 }));
    zabij?.(p);
  });
}

/** A whole package: every entry inflates to its recorded CRC-32 (a partial file never passes). */
function calyPakiet(plik: string): boolean {
  try {
    const a = new Archiwum(fs.readFileSync(plik));
    for (const n of a.kolejnosc) {
      const w = a.wpisy.get(n)!;
      const dane = w.metoda === 0 ? a.surowe(w) : inflateRawSync(a.surowe(w));
      if (crc32(dane) >>> 0 !== w.crc >>> 0) return false;
    }
    return a.kolejnosc.includes('xl/workbook.xml');
  } catch {
    return false;
  }
}

const tymczasowe = (dir: string): string[] => fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'));

/** Kills the child when its temporary file appears, after a random 0–20 ms. */
function poTymczasowym(dir: string, los: () => number, sygnal: NodeJS.Signals): (p: ChildProcess) => void {
  return (p) => {
    const w = fs.watch(dir, (_e, n) => {
      if (!n || !String(n).endsWith('.tmp')) return;
      w.close();
      setTimeout(() => p.kill(sygnal), Math.floor(los() * 20));
    });
    p.on('close', () => w.close());
  };
}

describe('WB-4 kill -9 and Ctrl-C', () => {
  test(`WB-4 kill -9 at ${PROB} random moments: input and existing output whole, no temporary file survives the next run`, async () => {
    const los = losowe(ZIARNO);
    const katalogi: string[] = [];
    let zabite = 0;
    let wOknieZapisu = 0;
    const watek = async (nr: number, ile: number): Promise<void> => {
      const dir = katalogTymczasowy();
      katalogi.push(dir);
      fs.copyFileSync(PRZYKLAD, path.join(dir, 'woj.xlsx'));
      fs.copyFileSync(PRZYKLAD, path.join(dir, 'master.xlsx'));
      const wej = sha256(path.join(dir, 'woj.xlsx'));
      const pelny = await uruchomCli(dir, ['kwalifikuj', 'woj.xlsx']); // the existing output
      expect(pelny.kod).toBe(0);
      for (let i = 0; i < ile; i++) {
        const wMiejscu = (i + nr) % 2 === 1;
        const cel = path.join(dir, wMiejscu ? 'master.xlsx' : 'woj.protokol.xlsx');
        const przed = sha256(cel);
        const argv = wMiejscu ? ['kwalifikuj', 'master.xlsx', '--w-miejscu'] : ['kwalifikuj', 'woj.xlsx'];
        const okno = los() < 0.25;
        const opoznienie = Math.floor(los() * pelny.ms);
        const r = await uruchomCli(
          dir,
          argv,
          okno ? poTymczasowym(dir, los, 'SIGKILL') : (p) => setTimeout(() => p.kill('SIGKILL'), opoznienie),
        );
        if (r.sygnal === 'SIGKILL') zabite++;
        if (okno && r.sygnal === 'SIGKILL') wOknieZapisu++;
        const opis = `ziarno ${ZIARNO}, wątek ${nr}, próba ${i}${okno ? ' (po pliku tymczasowym)' : ` (${opoznienie} ms)`}`;
        expect([opis, sha256(path.join(dir, 'woj.xlsx'))]).toEqual([opis, wej]);
        expect([opis, sha256(cel) === przed || calyPakiet(cel)]).toEqual([opis, true]);
      }
      // the next run of each target cleans what the killed ones left
      expect((await uruchomCli(dir, ['kwalifikuj', 'woj.xlsx'])).kod).toBe(0);
      expect((await uruchomCli(dir, ['kwalifikuj', 'master.xlsx', '--w-miejscu'])).kod).toBe(0);
      expect(tymczasowe(dir)).toEqual([]);
      expect(fs.readdirSync(dir).sort()).toEqual(['master.xlsx', 'woj.protokol.xlsx', 'woj.xlsx']);
    };
    try {
      await Promise.all(Array.from({ length: WATKI }, (_, nr) => watek(nr, Math.ceil(PROB / WATKI))));
    } finally {
      for (const d of katalogi) fs.rmSync(d, { recursive: true, force: true });
    }
    expect(zabite).toBeGreaterThanOrEqual(PROB / 2);
    expect(wOknieZapisu).toBeGreaterThan(0);
  }, 400_000); // ~40 s on two cores; the machine's other work can stretch it several times

  test('WB-4 Ctrl-C (SIGINT) while writing: exit 130 at once, the input and the output untouched, no temporary file', async () => {
    const dir = katalogTymczasowy();
    try {
      fs.copyFileSync(PRZYKLAD, path.join(dir, 'woj.xlsx'));
      const wej = sha256(path.join(dir, 'woj.xlsx'));
      for (const argv of [
        ['kwalifikuj', 'woj.xlsx'],
        ['kwalifikuj', 'woj.xlsx', '--w-miejscu'],
      ]) {
        const r = await uruchomCli(
          dir,
          argv,
          poTymczasowym(dir, () => 0, 'SIGINT'),
        );
        expect(r.sygnal === null ? r.kod : r.sygnal).toBe(130);
        expect(tymczasowe(dir)).toEqual([]);
        expect(sha256(path.join(dir, 'woj.xlsx'))).toBe(wej);
        expect(fs.readdirSync(dir)).toEqual(['woj.xlsx']);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
