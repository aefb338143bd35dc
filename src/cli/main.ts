#!/usr/bin/env node
/** `cyfrowa-szkola` (WB-4): wires the core's operations and templates into `uruchom`. */
import { arkuszeOperacji, dostepnaOperacja, dostepnySzablon, szablon, wykonaj, wyjasnij, zbierzZeszyty } from '../core';
import { uruchom } from './uruchom';

const json = process.argv.includes('--json');

// stdout belongs to the one JSON object (WB-4.1): a library's stray console.log goes to stderr.
for (const m of ['log', 'info', 'debug'] as const) console[m] = (...a: unknown[]) => console.error(...a);

function awaria(e: unknown): void {
  const komunikat = `Błąd wewnętrzny / internal error: ${e instanceof Error ? e.message : String(e)}`;
  process.stderr.write(`${komunikat}${process.env.CS_DEBUG === '1' && e instanceof Error ? `\n${e.stack}` : ''}\n`);
  if (json && !process.exitCode) process.stdout.write(`${JSON.stringify({ blad: komunikat })}\n`);
  process.exitCode = 2;
  process.exit(2);
}
process.on('uncaughtException', awaria);
// `… | head`: a reader that leaves early is not an error. What it no longer reads is dropped and the run
// ends normally, with its own exit code (a result file is still written whole).
for (const strumien of [process.stdout, process.stderr])
  strumien.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') awaria(e);
  });
process.on('unhandledRejection', awaria);

const io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
uruchom(process.argv.slice(2), io, {
  wykonaj,
  szablon,
  dostepnaOperacja,
  dostepnySzablon,
  zbierz: zbierzZeszyty,
  wyjasnij,
  arkuszeDoOdczytu: arkuszeOperacji,
})
  .then((kod) => {
    process.exitCode = kod;
  })
  .catch(awaria);
