/**
 * Where the CLI writes. With `--json` stdout holds exactly one JSON object (WB-4.1) and every other
 * line goes to stderr; without it, results go to stdout and errors to stderr.
 */
import type { Jezyk } from '../core';
import { wJezyku, type Tekst } from './tekst';

export interface Strumien {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface WeWy {
  stdout: Strumien;
  stderr: Strumien;
  env: Record<string, string | undefined>;
  cwd: string;
}

export class Wyjscie {
  private jsonWypisany = false;
  constructor(
    private readonly io: WeWy,
    readonly json: boolean,
    readonly jezyk: Jezyk,
  ) {}

  /** A result line (stdout, or stderr in JSON mode). */
  linia(s: string): void {
    (this.json ? this.io.stderr : this.io.stdout).write(`${s}\n`);
  }

  tekst(x: Tekst): void {
    this.linia(wJezyku(x, this.jezyk));
  }

  /** A diagnostic line: always stderr. */
  blad(s: string): void {
    this.io.stderr.write(`${s}\n`);
  }

  /** The one JSON object of a `--json` run (ignored without `--json`, and after the first). */
  obiekt(o: unknown): void {
    if (!this.json || this.jsonWypisany) return;
    this.jsonWypisany = true;
    this.io.stdout.write(`${JSON.stringify(o, null, 2)}\n`);
  }

  get wypisanoJson(): boolean {
    return this.jsonWypisany;
  }
}
