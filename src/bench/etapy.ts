/**
 * Where the core's time goes on one workbook: WB-1/WB-5 reading and validation (`przygotuj`), the
 * CS-Z3 algorithm alone (`kwalifikuj` on the positive rows, what-if table included), and the rest of
 * `kwalifikujWojewodztwo` (fingerprint, protocol sheets, `Uwagi`, JSON) as the difference.
 */
import { type ZeszytSnapshot, CYFROWA_SZKOLA_2012, doKwalifikacji, przygotuj, kwalifikuj } from '../core';

export interface Etapy {
  walidacjaMs: number;
  algorytmMs: number;
}

export function zmierzEtapy(z: ZeszytSnapshot): Etapy {
  const t0 = performance.now();
  const pr = przygotuj(z, CYFROWA_SZKOLA_2012);
  const t1 = performance.now();
  const p = pr.parametry;
  if (!p || p.kwota === null) throw new Error('the benchmark workbook has no usable Parametry');
  const doKwal = pr.wiersze.filter((w) => pr.oceny[w.indeks] === 'pozytywna').map((w) => doKwalifikacji(w, false));
  const t2 = performance.now();
  kwalifikuj(doKwal, {
    kwota: p.kwota,
    udzialWariantuISetne: p.udzialSetne,
    podzial: p.podzial,
    sio: p.sio,
    ziarno: p.ziarno,
    kolejnoscReczna: false,
  });
  const t3 = performance.now();
  return { walidacjaMs: t1 - t0, algorytmMs: t3 - t2 };
}
