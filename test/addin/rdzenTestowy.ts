/** A tiny stand-in core for adapter tests: `Wnioski` column D must be a number, REGONs in C unique. */
import type { RdzenDodatku } from '../../src/addin/office/dodatek';
import type { ZeszytSnapshot } from '../../src/core/zeszyt/model';
import { uwaga, type Uwaga } from '../../src/core/uwagi';
import { czytajStan } from '../../src/core/zeszyt/wlasnosc';

export function walidujTestowo(z: ZeszytSnapshot): Uwaga[] {
  const a = z.arkusze.find((s) => s.nazwa === 'Wnioski');
  if (!a) return [];
  const uwagi: Uwaga[] = [];
  const regony = new Map<string, number>();
  a.wiersze.forEach((w, r) => {
    if (r === 0 || !w) return;
    const k = w[3];
    if (!k || k.t !== 'n')
      uwagi.push(
        uwaga('Wnioski', `D${r + 1}`, 'błąd', 'WB-1.4', 'kwota nie jest liczbą', 'not a number', { wiersz: r + 1 }),
      );
    const regon = w[2] && w[2].t === 's' ? w[2].v : '';
    const byl = regony.get(regon);
    if (regon && byl !== undefined) {
      uwagi.push(
        uwaga('Wnioski', `C${r + 1}`, 'błąd', 'CS-10.4', `REGON powtórzony (także C${byl + 1})`, 'duplicate REGON'),
      );
      uwagi.push(
        uwaga('Wnioski', `C${byl + 1}`, 'błąd', 'CS-10.4', `REGON powtórzony (także C${r + 1})`, 'duplicate REGON'),
      );
    }
    regony.set(regon, r);
  });
  return uwagi;
}

export const RDZEN_TESTOWY: RdzenDodatku = {
  szablon: () => ({ arkusze: [{ nazwa: 'Wnioski', wiersze: [[{ v: 'Lp.' }]] }] }),
  waliduj: (z) => ({ uwagi: walidujTestowo(z) }),
  kwalifikuj: () => {
    throw new Error('not in the test core');
  },
  podziel: () => {
    throw new Error('not in the test core');
  },
  arkuszeDo: () => 'wszystkie',
  wlasne: (z) => czytajStan(z)?.arkusze ?? [],
  planUwag: () => null,
  odciski: () => ({ odcisk: null, odciskProtokolu: null }),
};
