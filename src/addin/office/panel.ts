/**
 * The task pane's reads and its one explicit input write: `OperacjeDodatku.czytajArkusze` and
 * `zapiszParametry` on a `HostExcel` (part of every `DodatekExcel`). A read costs the two syncs of
 * `czytajZeszyt`; `zapiszParametry` one more (the write).
 */
import { type ZeszytSnapshot, normalizuj, ARKUSZ_PARAMETRY } from '../../core';
import type { HostExcel } from './host';
import type { OperacjeDodatku, WartoscEtykiety, WyborArkuszy } from './operacje';
import { czytajZeszyt } from './odczyt';
import { bladExcela, BladDodatku } from './bledy';
import { ARKUSZ_OZNACZEN } from './oznaczenia';
import { obserwujZmiany } from './obserwator';

type OperacjePanelu = Required<Pick<OperacjeDodatku, 'czytajArkusze' | 'zapiszParametry' | 'obserwujZmiany'>>;

const male = (s: string) => s.toLowerCase();

function filtr(wybor: WyborArkuszy): (nazwa: string) => boolean {
  if (typeof wybor === 'function') return (n) => n !== ARKUSZ_OZNACZEN && wybor(n);
  const chce = new Set(wybor.map(male));
  return (n) => chce.has(male(n));
}

/** Row (0-based) of each label to write, in column A by WB-1.3 matching; a label present twice refuses (WB-1.1). */
function wierszeEtykiet(z: ZeszytSnapshot, etykiety: readonly string[]): Map<string, number> {
  const szukane = new Set(etykiety.map(normalizuj));
  const m = new Map<string, number>();
  z.arkusze[0].wiersze.forEach((w, r) => {
    const k = w?.[0];
    if (!k || k.t !== 's') return;
    const n = normalizuj(k.v);
    if (!szukane.has(n)) return;
    if (m.has(n))
      throw new BladDodatku(
        'inny',
        `Etykieta „${k.v}” występuje w arkuszu „${ARKUSZ_PARAMETRY}” dwukrotnie (A${m.get(n)! + 1} i A${r + 1}) — usuń jedną i zapisz ponownie. Nic nie zapisano.`,
      );
    m.set(n, r);
  });
  return m;
}

export function operacjePanelu(host: HostExcel): OperacjePanelu {
  return {
    obserwujZmiany: (naZmiane) => obserwujZmiany(host, naZmiane),
    async czytajArkusze(wybor) {
      const f = filtr(wybor);
      try {
        return await host.run(async (ctx) => (await czytajZeszyt(ctx, (nazwy) => nazwy.filter(f))).zeszyt);
      } catch (e) {
        throw bladExcela(e, 'odczyt arkuszy');
      }
    },

    async zapiszParametry(wartosci: readonly WartoscEtykiety[]) {
      try {
        await host.run(async (ctx) => {
          const parametry = (nazwy: readonly string[]) => nazwy.filter((n) => male(n) === male(ARKUSZ_PARAMETRY));
          const o = await czytajZeszyt(ctx, parametry, { zOchrona: [ARKUSZ_PARAMETRY] });
          if (o.zeszyt.arkusze.length === 0)
            throw new BladDodatku(
              'inny',
              `Brak arkusza „${ARKUSZ_PARAMETRY}” — wstaw szablon „wojewodztwo” albo dodaj ten arkusz. Nic nie zapisano.`,
            );
          // checked before the one write request: a protected sheet would accept some cells and refuse others
          if (o.chronione.length > 0)
            throw new BladDodatku(
              'chroniony',
              `Arkusz „${o.chronione[0]}” jest chroniony — wyłącz ochronę (Recenzja → Nie chroń arkusza) i zapisz ponownie. Nic nie zapisano.`,
              o.chronione,
            );
          const wiersze = wierszeEtykiet(
            o.zeszyt,
            wartosci.map((w) => w.etykieta),
          );
          const arkusz = ctx.workbook.worksheets.getItem(o.zeszyt.arkusze[0].nazwa);
          let nastepny = o.zeszyt.arkusze[0].wiersze.length;
          for (const w of wartosci) {
            let r = wiersze.get(normalizuj(w.etykieta));
            if (r === undefined) {
              r = nastepny++;
              const a = arkusz.getRange(`A${r + 1}`);
              a.numberFormat = [['@']];
              a.values = [[w.etykieta]];
              a.format.font.bold = true;
            }
            const b = arkusz.getRange(`B${r + 1}`);
            b.numberFormat = [[w.format ?? (typeof w.wartosc === 'string' ? '@' : 'General')]];
            b.values = [[w.wartosc ?? '']];
          }
          await ctx.sync();
        });
      } catch (e) {
        throw bladExcela(e, 'zapis parametrów');
      }
    },
  };
}
