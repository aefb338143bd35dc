/** Unique, valid (CS-10.4 check digit) REGONs for generated schools, and deliberately wrong ones. */
import { cyfraKontrolnaRegon, regonPoprawny } from '../core';
import type { Los } from './los';

/** Leading digits seen on school REGONs (older units often start with 0, hence text cells). */
const PREFIKSY = ['00', '01', '01', '02', '14', '14', '14', '36', '38', '52', '61', '67', '71'];

export class GeneratorRegonow {
  private readonly uzyte = new Set<string>();

  constructor(private readonly los: Los) {}

  /** a new 9-digit REGON (or a 14-digit one of a local unit, with probability p14) */
  nowy(p14 = 0.03): string {
    for (;;) {
      const osiem = this.los.wybierz(PREFIKSY) + this.los.cyfry(6);
      let regon = osiem + cyfraKontrolnaRegon(osiem);
      if (this.los.szansa(p14)) {
        const trzynascie = regon + this.los.cyfry(4);
        regon = trzynascie + cyfraKontrolnaRegon(trzynascie);
      }
      if (!this.uzyte.has(regon)) {
        this.uzyte.add(regon);
        return regon;
      }
    }
  }

  /** a new 9-digit REGON beginning with 0 (for the "number cell lost its leading zero" example) */
  zZerem(): string {
    for (;;) {
      const osiem = '0' + this.los.calkowita(1, 9) + this.los.cyfry(6);
      const regon = osiem + cyfraKontrolnaRegon(osiem);
      if (!this.uzyte.has(regon)) {
        this.uzyte.add(regon);
        return regon;
      }
    }
  }

  /** a 9-digit string whose check digit is wrong (not used by any other row) */
  zBlednaCyfra(): string {
    for (;;) {
      const dobry = this.nowy(0);
      const zly = dobry.slice(0, 8) + String((Number(dobry[8]) + 3) % 10);
      if (!regonPoprawny(zly) && !this.uzyte.has(zly)) {
        this.uzyte.add(zly);
        return zly;
      }
    }
  }
}
