/**
 * A long text written piece by piece straight into parts of at most `rozmiar` characters (WB-3.1: the state's
 * JSON is stored one part per cell). Parts are cut between pieces (a piece longer than a part is cut itself), so
 * no one string of the whole text is ever made: 100 000 frozen applications are 16.7 million characters, which
 * as one string were 33 MB of old-generation memory plus as much again of the builder's garbage.
 */
export class TekstWCzesciach {
  private readonly gotowe: string[] = [];
  private biezaca: string[] = [];
  private dlugosc = 0;

  constructor(private readonly rozmiar: number) {
    if (!(rozmiar >= 1)) throw new RangeError(`rozmiar części: ${rozmiar}`);
  }

  dopisz(s: string): void {
    if (this.dlugosc + s.length > this.rozmiar) this.zamknij();
    let i = 0;
    for (; s.length - i > this.rozmiar; i += this.rozmiar) this.gotowe.push(s.slice(i, i + this.rozmiar));
    this.biezaca.push(i ? s.slice(i) : s);
    this.dlugosc += s.length - i;
  }

  /** The parts in order (their concatenation is the text; no part is empty unless the text is). */
  czesci(): string[] {
    this.zamknij();
    return this.gotowe.length ? this.gotowe : [''];
  }

  private zamknij(): void {
    if (this.dlugosc) this.gotowe.push(this.biezaca.join(''));
    this.biezaca = [];
    this.dlugosc = 0;
  }
}
