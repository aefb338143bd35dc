/**
 * Preloaded into measured child processes (`node -r dist-cli/bench/szczyt.js …`): at exit, writes the
 * process's peak resident set size (KB, getrusage maxrss) to the file named by CS_BENCH_SZCZYT.
 * The measured program itself is not changed.
 */
import { writeFileSync } from 'node:fs';

const plik = process.env.CS_BENCH_SZCZYT;
if (plik) {
  process.on('exit', () => {
    try {
      writeFileSync(plik, String(process.resourceUsage().maxRSS));
    } catch {
      // the measurement is best effort; never change the child's exit
    }
  });
}
