/**
 * `cyfrowa-szkola … | head`: a reader that closes the pipe early is not an error. The built CLI drops
 * what is no longer read and ends with its own exit code — no „Błąd wewnętrzny / internal error: write EPIPE”.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { zbudowaneCli } from '../pomoc/cli';

const PRZYKLAD = path.resolve(__dirname, '..', '..', 'examples', 'wojewodztwo-mazowieckie.xlsx');

/** runs the CLI with stdout read by nobody (closed at once) and returns its exit code and stderr */
function zZamknietymWyjsciem(argumenty: string[]): Promise<{ kod: number | null; stderr: string }> {
  return new Promise((ok, nie) => {
    const p = spawn(process.execPath, [zbudowaneCli(), ...argumenty], {
      env: { ...process.env, CS_DZIS: '2012-05-10' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    p.stdout.destroy(); // the reader is gone before the CLI writes its first line
    let stderr = '';
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    p.on('error', nie);
    p.on('close', (kod) => ok({ kod, stderr }));
  });
}

test('WB-4 waliduj piped into a reader that closed early ends quietly with its own exit code (1: errors in the data)', async () => {
  const { kod, stderr } = await zZamknietymWyjsciem(['waliduj', PRZYKLAD]);
  expect(stderr).not.toMatch(/EPIPE|internal error|Błąd wewnętrzny/);
  expect(kod).toBe(1);
});

test('WB-4.1 --help and --json output into a closed pipe: exit 0, nothing on stderr', async () => {
  for (const argumenty of [['--help'], ['--help', '--json']]) {
    const { kod, stderr } = await zZamknietymWyjsciem(argumenty);
    expect({ argumenty, kod, stderr }).toEqual({ argumenty, kod: 0, stderr: '' });
  }
});

test('WB-4 the stderr pipe closed early as well: still no crash', async () => {
  const wynik = await new Promise<number | null>((ok, nie) => {
    const p = spawn(process.execPath, [zbudowaneCli(), 'waliduj', PRZYKLAD], { stdio: ['ignore', 'pipe', 'pipe'] });
    p.stdout.destroy();
    p.stderr.destroy();
    p.on('error', nie);
    p.on('close', ok);
  });
  expect(wynik).toBe(1);
});
