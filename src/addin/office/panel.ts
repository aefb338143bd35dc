/**
 * The task pane's optional operations (`OperacjeDodatku.czytajArkusze`, `zapiszParametry`, `wykonaj`)
 * on a `HostExcel`, for a `DodatekExcel` that does not implement them itself yet. Reads cost the two
 * syncs of `czytajZeszyt`; `zapiszParametry` one more; `wykonaj` the same as `kwalifikuj`.
 */
import type { Operacja, WynikOperacji } from '../../core/api';
import type { ZeszytSnapshot } from '../../core/zeszyt/model';
import { normalizuj } from '../../core/tekst/normalizuj';
import { ARKUSZ_PARAMETRY } from '../../core/wojewodztwo/parametry';
import type { HostExcel } from './host';
import type { OperacjeDodatku, Postep, WartoscEtykiety, WyborArkuszy } from './operacje';
import { czytajZeszyt } from './odczyt';
import { zapiszPlan } from './zapis';
import { bladExcela, BladDodatku } from './bledy';
import { ARKUSZ_OZNACZEN } from './oznaczenia';
import type { DataKalendarzowa } from '../../core/program/definicja';

type OperacjePanelu = Required<Pick<OperacjeDodatku, 'czytajArkusze' | 'zapiszParametry' | 'wykonaj'>>;

const male = (s: string) => s.toLowerCase();

function dzisWWarszawie(): DataKalendarzowa {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date()).split('-').map(Number);
  return { y, m, d };
}

function filtr(wybor: WyborArkuszy): (nazwa: string) => boolean {
  if (typeof wybor === 'function') return (n) => n !== ARKUSZ_OZNACZEN && wybor(n);
  const chce = new Set(wybor.map(male));
  return (n) => chce.has(male(n));
}

/** Row (0-based) of each label in column A, by WB-1.3 matching; duplicates refuse (WB-1.1). */
function wierszeEtykiet(z: ZeszytSnapshot): Map<string, number> {
  const m = new Map<string, number>();
  z.arkusze[0].wiersze.forEach((w, r) => {
    const k = w?.[0];
    if (!k || k.t !== 's') return;
    const n = normalizuj(k.v);
    if (m.has(n))
      throw new BladDodatku('inny', `Etykieta „${k.v}” występuje w arkuszu „${ARKUSZ_PARAMETRY}” dwukrotnie (A${m.get(n)! + 1} i A${r + 1}) — usuń jedną i zapisz ponownie. Nic nie zapisano.`);
    m.set(n, r);
  });
  return m;
}

export function operacjePanelu(host: HostExcel): OperacjePanelu {
  return {
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
          const o = await czytajZeszyt(ctx, (nazwy) => nazwy.filter((n) => male(n) === male(ARKUSZ_PARAMETRY)));
          if (o.zeszyt.arkusze.length === 0)
            throw new BladDodatku('inny', `Brak arkusza „${ARKUSZ_PARAMETRY}” — wstaw szablon „wojewodztwo” albo dodaj ten arkusz. Nic nie zapisano.`);
          const wiersze = wierszeEtykiet(o.zeszyt);
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

    async wykonaj(operacja: Exclude<Operacja, 'waliduj'>, postep?: Postep): Promise<WynikOperacji> {
      const [{ RDZEN }, { wykonaj, dostepnaOperacja }] = await Promise.all([import(/* webpackChunkName: "rdzen" */ './rdzen'), import(/* webpackChunkName: "rdzen" */ '../../core/operacje')]);
      if (!dostepnaOperacja(operacja))
        throw new BladDodatku('inny', `Operacja „${operacja}” nie jest jeszcze dostępna w tej wersji dodatku.`);
      try {
        return await host.run(async (ctx) => {
          const o = await czytajZeszyt(ctx, (nazwy) => nazwy.filter((n) => n !== ARKUSZ_OZNACZEN));
          const z = o.zeszyt;
          const k = { dzis: dzisWWarszawie(), jezyk: 'pl' as const, postep: postep && ((f: number, etap: string) => postep(f / 2, etap)) };
          const wynik = wykonaj(operacja, z, k);
          const plan = wynik.status === 'ok' ? wynik.plan : wynik.status === 'zablokowane' ? RDZEN.planUwag(z, wynik.uwagi, k) : null;
          if (plan) await zapiszPlan(ctx, plan, { wlasne: RDZEN.wlasne(z), stan: o.stan, postep: postep && ((f, etap) => postep(0.5 + f / 2, etap)) });
          return wynik;
        });
      } catch (e) {
        throw bladExcela(e, operacja);
      }
    },
  };
}
