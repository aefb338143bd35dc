import { sprawozdanie, zbierz } from '../../src/core/sprawozdania';
import { przykladSprawozdan } from '../../src/przyklady/sprawozdania';
import { K, zeszytZ } from './pomoc';

describe('reports example (examples/sprawozdania, CS-R.2, CS-R.3a)', () => {
  const p = przykladSprawozdan();
  const cel = zeszytZ(p.organ);

  test('CS-R.2: `sprawozdanie` on the body report gives exactly the documented findings, in both directions', () => {
    const w = sprawozdanie(cel, K);
    expect(w.status).toBe('ok');
    const klucz = (u: { arkusz: string | null; komorka: string | null; waga: string; regula: string }) =>
      `${u.arkusz}!${u.komorka ?? ''} ${u.waga} ${u.regula}`;
    expect(w.uwagi.map(klucz).sort()).toEqual(p.oczekiwane.map(klucz).sort());
  });

  test('CS-R.3a: `zbierz` over the school reports gives the documented status of every file', () => {
    const w = zbierz(
      cel,
      p.szkoly.map((s) => ({ plik: s.plik, zeszyt: zeszytZ(s.arkusze) })),
      K,
    );
    const j = w.json as { zrodla: Array<{ plik: string; status: string }> };
    expect(j.zrodla.map((z) => [z.plik, z.status])).toEqual(p.szkoly.map((s) => [s.plik, s.status]));
  });
});
