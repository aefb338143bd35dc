/** WB-2 templates of the JST workflow: dropdowns for every vocabulary, defaults filled, readable back. */
import { diagnozuj, monitoruj, SZABLONY_JST, wskazniki } from '../../src/core/jst';
import { ADMINISTROWANIE, PLCIE, PRIORYTETY, ROLE, TYPY_SZKOL, ZADANIA, ZRODLA } from '../../src/core/jst/slowniki';
import { ID_REGUL } from '../../src/core/jst/diagnoza/reguly';
import { jestLista, type ZapisArkusza } from '../../src/core/zeszyt/model';
import { jakoSnapshot, KONTEKST } from './pomoc';

const listy = (a: ZapisArkusza) =>
  Object.fromEntries(
    (a.walidacje ?? [])
      .filter(jestLista)
      .map((w) => [String(a.wiersze[(a.zamrozenie?.wiersze ?? 1) - 1][colIdx(w.zakres)]?.v), w.lista]),
  );
const colIdx = (zakres: string) => zakres.charCodeAt(0) - 65;
const arkusz = (rodzaj: keyof typeof SZABLONY_JST, nazwa: string) =>
  SZABLONY_JST[rodzaj]().find((a) => a.nazwa === nazwa)!;

describe('WB-2 JST templates', () => {
  test('WB-2 diagnoza-jst: `Szkoły JST` with dropdowns for Typ, Administrowanie IT and every TAK/NIE column; `Reguły diagnozy` with the defaults in order', () => {
    const l = listy(arkusz('diagnoza-jst', 'Szkoły JST'));
    expect(l['Typ']).toEqual([...TYPY_SZKOL]);
    expect(l['Administrowanie IT']).toEqual([...ADMINISTROWANIE]);
    for (const h of [
      'Światłowód',
      'Serwerownia lub chmura',
      'Dziennik elektroniczny',
      'Platforma edukacyjna',
      'Kopie zapasowe',
      'Polityka ochrony danych',
    ])
      expect(l[h]).toEqual(['TAK', 'NIE']);
    const r = arkusz('diagnoza-jst', 'Reguły diagnozy');
    expect(r.wiersze.slice(r.zamrozenie!.wiersze).map((w) => w[0]?.v)).toEqual([
      ...ID_REGUL,
      'P-LACZE',
      'P-WYKLUCZENIE-CZERWONY',
      'P-WYKLUCZENIE-BURSZTYNOWY',
    ]);
    expect(listy(r)['Priorytet']).toEqual([...PRIORYTETY]);
    expect(r.zamrozenie).toEqual({ wiersze: 4, kolumny: 0 }); // WB-2.0 title block above the header
  });

  test('WB-2 plan-jst, monitoring-jst, projekt-fers dropdowns', () => {
    const p = listy(arkusz('plan-jst', 'Plan strategiczny'));
    expect(p['Źródło finansowania']).toEqual([...ZRODLA]);
    expect(p['Rekomendacja']).toEqual([...ID_REGUL]);
    expect(SZABLONY_JST['monitoring-jst']().map((a) => a.nazwa)).toEqual([
      'Monitoring',
      'Parametry monitoringu',
      'Reguły',
    ]);
    const u = listy(arkusz('projekt-fers', 'Uczestnicy'));
    expect(u['Płeć']).toEqual([...PLCIE]);
    expect(u['Rola']).toEqual([...ROLE]);
    for (const h of ['Ukończył szkolenia', 'Podniósł kompetencje', 'JST objęta doradztwem'])
      expect(u[h]).toEqual(['TAK', 'NIE']);
    expect(listy(arkusz('projekt-fers', 'Budżet projektu'))['Zadanie']).toEqual([...ZADANIA]);
    const plan = arkusz('projekt-fers', 'Plan zadania × rok'); // WB-2.0 title block, then the header
    expect(plan.wiersze.slice(plan.zamrozenie!.wiersze - 1).map((w) => w[0]?.v)).toEqual(['Zadanie', ...ZADANIA]);
  });

  test('WB-2 empty templates read back: the operations run (ok), the defaults of `Reguły diagnozy` are taken as written', () => {
    const d = diagnozuj(jakoSnapshot(SZABLONY_JST['diagnoza-jst']()), KONTEKST);
    expect(d.status).toBe('ok');
    expect((d.json as { parametry: { domyslne: string[] } }).parametry.domyslne).toEqual([]);
    expect(d.uwagi.filter((u) => u.waga === 'błąd')).toEqual([]);
    const m = monitoruj(jakoSnapshot([...SZABLONY_JST['plan-jst'](), ...SZABLONY_JST['monitoring-jst']()]), KONTEKST);
    expect(m.status).toBe('ok');
    expect(m.uwagi.filter((u) => u.waga === 'błąd')).toEqual([]);
    const w = wskazniki(jakoSnapshot(SZABLONY_JST['projekt-fers']()), KONTEKST);
    expect(w.status).toBe('ok');
    expect(w.uwagi.filter((u) => u.waga === 'błąd')).toEqual([]);
  });
});
