/**
 * `OperacjeDodatku` on top of the core. The core is injected (`RdzenDodatku`), so this file is the only
 * glue between the task pane's contract and `src/core`; `rdzen.ts` builds the real one.
 */
import {
  dataWWarszawie,
  type DataKalendarzowa,
  type Kontekst,
  type Operacja,
  type RodzajSzablonu,
  type WynikOperacji,
  type PlanZapisu,
  type ZeszytSnapshot,
  uwaga,
  type Jezyk,
  type Uwaga,
  ARKUSZ_STANU,
  ARKUSZ_REGUL,
  planWSystemie1904,
  wsrodArkuszy,
  type ZrodloZbierania,
} from '../../core';
import type { OperacjeDodatku, Postep } from './operacje';
import { operacjePanelu } from './panel';
import type { HostExcel, OpcjeUruchomienia } from './host';
import { czytajZeszyt, wczytajStan, type OdczytZeszytu } from './odczyt';
import { kolizje, zapiszPlan, zeSkutkiem } from './zapis';
import { BladDodatku, bladExcela } from './bledy';
import { nowaSesja, type Sesja } from './sesja';
import { ARKUSZ_OZNACZEN, klucz, oznaczeniaZUwag } from './oznaczenia';
import { spisPrzyOdczycie, zastosujOznaczenia, type Dawne } from './oznaczanie';
import { WalidacjaNaZywo } from './naZywo';

/** What the add-in needs from `src/core` (see `rdzen.ts`). */
export interface RdzenDodatku {
  szablon(rodzaj: RodzajSzablonu): PlanZapisu;
  waliduj(z: ZeszytSnapshot, k: Kontekst): { uwagi: Uwaga[] };
  kwalifikuj(z: ZeszytSnapshot, k: Kontekst): WynikOperacji<'kwalifikuj'>;
  podziel(z: ZeszytSnapshot, k: Kontekst): WynikOperacji<'podziel'>;
  /** the sheets an operation reads ('wszystkie' = every sheet) */
  arkuszeDo(operacja: Operacja): readonly string[] | 'wszystkie';
  /** WB-3.1: the owned sheet names recorded in `_cyfrowa_szkola` */
  wlasne(z: ZeszytSnapshot): string[];
  /** WB-5.3, WB-3.2: a blocked run writes only its own rows of `Uwagi` (null when even that cannot be written) */
  planUwag(z: ZeszytSnapshot, uwagi: readonly Uwaga[], k: Kontekst, operacja: Operacja): PlanZapisu | null;
  /** CS-Z3.F: the fingerprint of the current inputs and the one stored with the protocol */
  odciski(z: ZeszytSnapshot, k: Kontekst): { odcisk: string | null; odciskProtokolu: string | null };
  /** any other writing operation (JST-1…JST-6: diagnozuj, monitoruj, wskazniki); absent = not offered */
  wykonaj?<O extends OperacjaZapisu>(operacja: O, z: ZeszytSnapshot, k: Kontekst): WynikOperacji<O>;
  /** CS-R.3 with the sources the pane read; absent = not offered */
  zbierz?(z: ZeszytSnapshot, zrodla: readonly ZrodloZbierania[], k: Kontekst): WynikOperacji<'zbierz'>;
}

export type OperacjaZapisu = Exclude<Operacja, 'waliduj'>;

/** what the user was doing, for Excel error messages */
const CO_ROBIONO: Record<OperacjaZapisu, string> = {
  kwalifikuj: 'kwalifikacja',
  podziel: 'podział środków',
  diagnozuj: 'diagnoza JST',
  monitoruj: 'monitoring JST',
  wskazniki: 'wskaźniki projektu',
  sprawozdanie: 'sprawozdanie',
  zbierz: 'zbieranie sprawozdań',
};

export interface OpcjeDodatku {
  jezyk?: Jezyk;
  /** today in Europe/Warsaw (injectable for tests) */
  dzis?: () => DataKalendarzowa;
  /** live validation quiet period */
  opoznienieMs?: number;
  /** live validation: pause before retrying a pass refused during cell edit */
  przerwaMs?: number;
  naBlad?: (e: BladDodatku) => void;
}

/** ExcelApi 1.18 brings cell notes; below it the message lives only in the findings (`Uwagi`). */
const NOTATKI = '1.18';

export interface DodatekExcel extends OperacjeDodatku {
  /** resolves when live validation has processed every change so far */
  naZywoGotowe(): Promise<void>;
  /** every writing operation on this adapter (JST included), same read → compute → write as `kwalifikuj` */
  wykonaj: NonNullable<OperacjeDodatku['wykonaj']>;
  czytajArkusze: NonNullable<OperacjeDodatku['czytajArkusze']>;
  obserwujZmiany: NonNullable<OperacjeDodatku['obserwujZmiany']>;
  zapiszParametry: NonNullable<OperacjeDodatku['zapiszParametry']>;
  zbierz: NonNullable<OperacjeDodatku['zbierz']>;
}

/** WB-1.10: values far to the right of every table are named, not read. */
function dalekaKomorka(d: { arkusz: string; adres: string }): Uwaga {
  return uwaga(
    d.arkusz,
    d.adres.split(':')[0],
    'ostrzeżenie',
    'WB-1.10',
    `Komórki ${d.adres} leżą daleko na prawo od tabeli (za kolumną IV) i nie są odczytywane. Jeśli trafiły tam przez pomyłkę, wyczyść je.`,
    `Cells ${d.adres} lie far to the right of the table (beyond column IV) and are not read. If they got there by mistake, clear them.`,
  );
}

export function utworzDodatek(rdzen: RdzenDodatku, host: HostExcel, opcje: OpcjeDodatku = {}): DodatekExcel {
  const sesja: Sesja = nowaSesja();
  const kontekst = (postep?: Postep): Kontekst => ({
    dzis: opcje.dzis?.() ?? dataWWarszawie(new Date()),
    jezyk: opcje.jezyk ?? 'pl',
    postep,
  });
  const notatki = () => host.obsluguje(NOTATKI);
  let naZywo: WalidacjaNaZywo | null = null;

  const wybor =
    (operacja: Operacja, dodatkowe: readonly string[] = []) =>
    (nazwy: readonly string[]) => {
      const chce = rdzen.arkuszeDo(operacja);
      const wlasne = new Set<string>([ARKUSZ_STANU, ...dodatkowe]);
      const zadeklarowany = chce === 'wszystkie' ? (n: string) => n !== ARKUSZ_OZNACZEN : wsrodArkuszy(chce);
      return nazwy.filter((n) => zadeklarowany(n) || wlasne.has(n));
    };
  /** the snapshot the core sees: without the adapter's own highlight sheet */
  const dlaRdzenia = (o: OdczytZeszytu): ZeszytSnapshot => ({
    arkusze: o.zeszyt.arkusze.filter((a) => a.nazwa !== ARKUSZ_OZNACZEN),
  });
  let wlasneSesji = new Set<string>();
  /** highlights go only on input sheets that were read: never on owned sheets (WB-3.1) */
  const dozwolony = (arkusz: string) =>
    sesja.zeszyt !== null &&
    sesja.zeszyt.arkusze.some((a) => a.nazwa === arkusz) &&
    !arkusz.startsWith(ARKUSZ_STANU) &&
    !wlasneSesji.has(arkusz);

  /** the old highlight register (versions before conditional formats), to clear once */
  const dawne = (o: OdczytZeszytu): Dawne | null => {
    const rejestr = o.zeszyt.arkusze.find((a) => a.nazwa === ARKUSZ_OZNACZEN);
    return rejestr
      ? {
          rejestr,
          tla: o.wypelnienia.get(ARKUSZ_OZNACZEN) ?? [],
          istniejace: new Set(o.stan.arkusze.map((a) => a.nazwa)),
        }
      : null;
  };

  /**
   * Sprawdź: read (2 syncs, our rules and notes listed in the second), validate, locate notes (1, with
   * ExcelApi 1.18 and notes present), write the highlights (1, more only beyond 1 MB of writes).
   */
  async function sprawdz(): Promise<Uwaga[]> {
    await naZywo?.ustabilizuj();
    return sprawdzTeraz();
  }

  /** (live validation calls it inside its own pass, in the background: it waits out a cell edit) */
  async function sprawdzTeraz(opcjeRun?: OpcjeUruchomienia): Promise<Uwaga[]> {
    try {
      return await host.run(
        async (ctx) => {
          const s = spisPrzyOdczycie(ctx, notatki());
          const o = await czytajZeszyt(ctx, wybor('waliduj', [ARKUSZ_OZNACZEN]), {
            zWypelnieniem: [ARKUSZ_OZNACZEN],
            dolacz: s.dolacz,
          });
          const z = dlaRdzenia(o);
          sesja.zeszyt = z;
          sesja.system1904 = o.stan.system1904;
          sesja.nazwyWgId = new Map(o.stan.arkusze.map((a) => [a.id, a.nazwa]));
          wlasneSesji = new Set(rdzen.wlasne(z));
          const uwagi = [...rdzen.waliduj(z, kontekst()).uwagi, ...o.dalekie.map(dalekaKomorka)];
          const docelowe = oznaczeniaZUwag(uwagi, dozwolony);
          await zastosujOznaczenia(ctx, s.spis(), docelowe, dawne(o));
          sesja.cele = new Map(docelowe.map((x) => [klucz(x.arkusz, x.komorka), x]));
          return uwagi;
        },
        undefined,
        opcjeRun,
      );
    } catch (e) {
      throw bladExcela(e, 'sprawdzanie');
    }
  }

  /** Wyczyść oznaczenia: list ours on every sheet (2 syncs), delete them (1); returns the cells cleared. */
  async function wyczyscOznaczenia(): Promise<number> {
    await naZywo?.ustabilizuj();
    try {
      return await host.run(async (ctx) => {
        const s = spisPrzyOdczycie(ctx, notatki());
        const o = await czytajZeszyt(ctx, (n) => n.filter((x) => x === ARKUSZ_OZNACZEN), {
          zWypelnieniem: [ARKUSZ_OZNACZEN],
          dolacz: s.dolacz,
        });
        const n = await zastosujOznaczenia(ctx, s.spis(), [], dawne(o));
        sesja.cele = new Map();
        return n;
      });
    } catch (e) {
      throw bladExcela(e, 'czyszczenie oznaczeń');
    }
  }

  function obliczenie<O extends OperacjaZapisu>(operacja: O): (z: ZeszytSnapshot, k: Kontekst) => WynikOperacji<O> {
    if (operacja === 'kwalifikuj') return (z, k) => rdzen.kwalifikuj(z, k) as WynikOperacji<O>;
    if (operacja === 'podziel') return (z, k) => rdzen.podziel(z, k) as WynikOperacji<O>;
    const f = rdzen.wykonaj;
    if (!f) throw new BladDodatku('inny', `Operacja „${operacja}” nie jest dostępna w tej wersji dodatku.`);
    return (z, k) => f(operacja, z, k);
  }

  /** any writing operation: read (2 syncs), compute, write the plan (portions + 1, the inputs re-read with the last portion; charts go with the layout). */
  async function uruchom<O extends OperacjaZapisu>(
    operacja: O,
    postep?: Postep,
    oblicz = obliczenie(operacja), // an operation this core does not offer costs no sync
  ): Promise<WynikOperacji<O>> {
    try {
      return await host.run(async (ctx) => {
        const o = await czytajZeszyt(ctx, wybor(operacja));
        const z = dlaRdzenia(o);
        const k = kontekst(postep && ((f, etap) => postep(f / 2, etap)));
        const wynik = oblicz(z, k);
        const plan =
          wynik.status === 'ok'
            ? wynik.plan
            : wynik.status === 'zablokowane'
              ? rdzen.planUwag(z, wynik.uwagi, k, operacja)
              : null;
        // WB-1.7: the plan's date serials are in the 1900 system; a 1904 workbook gets them shifted
        if (plan)
          await zapiszPlan(ctx, o.stan.system1904 ? planWSystemie1904(plan) : plan, {
            wlasne: rdzen.wlasne(z),
            stan: o.stan,
            postep: postep && ((f, etap) => postep(0.5 + f / 2, etap)),
            wejscie: { zeszyt: o.zeszyt, wybor: wybor(operacja) },
            obsluguje: host.obsluguje,
          });
        return wynik;
      });
    } catch (e) {
      // WB-3.1: a failure before the write touched nothing (`zapiszPlan` says itself what it left)
      throw e instanceof BladDodatku ? e : zeSkutkiem(e, 'poprzedni', CO_ROBIONO[operacja]);
    }
  }

  return {
    async wstawSzablon(rodzaj) {
      try {
        return await host.run(async (ctx) => {
          const stan = await wczytajStan(ctx);
          const wszystkie = rdzen.szablon(rodzaj);
          // WB-2.0: every template carries the display-only `Reguły`; one already in the workbook (an earlier
          // template of the same workflow) is kept, not a reason to refuse
          const jest = wsrodArkuszy(stan.arkusze.map((a) => a.nazwa));
          const plan = { arkusze: wszystkie.arkusze.filter((a) => a.nazwa !== ARKUSZ_REGUL || !jest(a.nazwa)) };
          // template sheets are user-owned: any existing sheet of the same name refuses the insert (WB-3.1)
          const zajete = kolizje(
            plan.arkusze,
            [],
            stan.arkusze.map((a) => a.nazwa),
          );
          if (zajete.length > 0)
            return {
              wstawione: [],
              uwagi: zajete.map((n) =>
                uwaga(
                  n,
                  null,
                  'błąd',
                  'WB-3.1',
                  `Arkusz „${n}” już istnieje — zmień jego nazwę albo usuń go, aby wstawić szablon. Nic nie wstawiono.`,
                  `Sheet "${n}" already exists — rename or delete it to insert the template. Nothing was inserted.`,
                ),
              ),
            };
          const w = await zapiszPlan(ctx, plan, { wlasne: [], stan, obsluguje: host.obsluguje });
          return { wstawione: w.zapisane, uwagi: [] };
        });
      } catch (e) {
        throw bladExcela(e, 'wstawianie szablonu');
      }
    },
    sprawdz,
    wyczyscOznaczenia,
    async zaznacz(arkusz, komorka) {
      try {
        await host.run(async (ctx) => {
          const s = ctx.workbook.worksheets.getItem(arkusz);
          s.activate();
          if (komorka) s.getRange(komorka).select();
          await ctx.sync();
        });
      } catch (e) {
        throw bladExcela(e, `zaznaczanie ${arkusz}${komorka ? `!${komorka}` : ''}`);
      }
    },
    async walidacjaNaZywo(wlacz, naZmiane) {
      await naZywo?.wylacz();
      naZywo = null;
      if (!wlacz) return;
      const uwagi = await sprawdz();
      naZmiane?.(uwagi);
      naZywo = new WalidacjaNaZywo({
        host,
        sesja,
        waliduj: (z) => rdzen.waliduj(z, kontekst()).uwagi,
        dozwolony,
        notatki: notatki(),
        opoznienieMs: opcje.opoznienieMs ?? 400,
        przerwaMs: opcje.przerwaMs,
        pelne: () => sprawdzTeraz({ poEdycjiKomorki: true }),
        naZmiane: naZmiane ?? (() => undefined),
        naBlad: opcje.naBlad ?? ((e) => console.error(e.komunikat)),
      });
      await naZywo.wlacz();
    },
    naZywoGotowe: async () => {
      await naZywo?.ustabilizuj();
    },
    kwalifikuj: (postep) => uruchom('kwalifikuj', postep),
    podziel: (postep) => uruchom('podziel', postep),
    wykonaj: (operacja, postep) => uruchom(operacja, postep),
    async zbierz(zrodla, postep) {
      const f = rdzen.zbierz;
      if (!f) throw new BladDodatku('inny', 'Operacja „zbierz” nie jest dostępna w tej wersji dodatku.');
      return uruchom('zbierz', postep, (z, k) => f(z, zrodla, k));
    },
    async zweryfikujProtokol() {
      try {
        return await host.run(async (ctx) => {
          const o = await czytajZeszyt(ctx, wybor('kwalifikuj'));
          const { odcisk, odciskProtokolu } = rdzen.odciski(dlaRdzenia(o), kontekst());
          return { zgodny: odcisk !== null && odcisk === odciskProtokolu, odcisk: odcisk ?? '', odciskProtokolu };
        });
      } catch (e) {
        throw bladExcela(e, 'weryfikacja protokołu');
      }
    },
    ...operacjePanelu(host),
  };
}
