import {
  type Kontekst,
  type ZapisArkusza,
  type ZapisKomorki,
  type ZeszytSnapshot,
  data,
  liczba,
  tekst,
  zl,
  kwotaPl,
  EO,
  szablonSprawozdaniaOrganu,
  wierszWydatku,
  umowyDotacji,
  ocenIKwalifikuj,
} from '../core';
/**
 * Reports example for the voivode (CS-R.3b): body reports of the first bodies of `Umowy dotacji` of the
 * voivodeship example after its protocol, each deliberate mistake listed for examples/README.md (late
 * reports, one school missing, one wrong grant amount). Deterministic: built from the protocol's decisions.
 */

export const KATALOG_SPRAWOZDAN_WOJEWODY = 'sprawozdania-wojewody';
/** how many bodies (in `Umowy dotacji` order) get a report file */
export const LICZBA_ORGANOW = 8;

export interface PlikOrganu {
  plik: string;
  arkusze: ZapisArkusza[];
  opis: string;
  /** what `zbierz` must say about it: the rule and a fragment of the text */
  oczekiwane: Array<{ regula: string; tekst: string }>;
}

export function przykladSprawozdanWojewody(wojewodztwo: ZeszytSnapshot, k: Kontekst): PlikOrganu[] {
  const o = ocenIKwalifikuj(wojewodztwo, k);
  if ('koniec' in o) throw new Error('the voivodeship example does not qualify');
  const decyzje = new Map(o.mp.wynik.decyzje.map((d) => [d.regon, d]));
  const nazwy = new Map(o.mp.wiersze.map((w) => [w.regon, w]));
  const umowy = umowyDotacji(o.mp.wiersze, o.mp.decyzje).slice(0, LICZBA_ORGANOW);
  // the first body with several schools leaves its last school out
  const bezSzkoly = umowy.findIndex((u) => u.regony.length > 1);
  return umowy.map((u, i) => {
    const nr = String(i + 1).padStart(2, '0');
    const spozniony = i === 1 || i === 5;
    const brakSzkoly = i === bezSzkoly;
    const zlaKwota = i === 3;
    const regony = brakSzkoly ? u.regony.slice(0, -1) : u.regony;
    const oczekiwane: PlikOrganu['oczekiwane'] = [];
    const opisy: string[] = [];
    if (spozniony) {
      opisy.push('złożone 2013-07-05, po terminie 30.06.2013 (CS-18.1, ostrzeżenie)');
      oczekiwane.push({ regula: 'CS-18.1', tekst: 'po terminie' });
    }
    if (brakSzkoly) {
      const r = u.regony[u.regony.length - 1];
      opisy.push(`brak szkoły ${r} w „Dotacje” — \`brak sprawozdania\`, cała dotacja do zwrotu (CS-R.3b, ostrzeżenie)`);
      oczekiwane.push({ regula: 'CS-R.3b', tekst: `Szkoła ${r}` });
    }
    const dotacje: ZapisKomorki[][] = [];
    const wydatki: ZapisKomorki[][] = [];
    regony.forEach((r, j) => {
      const d = decyzje.get(r)!;
      const G = d.wsparcie ?? 0;
      const Gzapisane = zlaKwota && j === 0 ? G + 100_000 : G;
      if (zlaKwota && j === 0) {
        opisy.push(
          `szkoła ${r}: „Kwota dotacji” ${kwotaPl(Gzapisane)} zamiast ${kwotaPl(G)} z protokołu — liczy się protokół (CS-R.3b, błąd)`,
        );
        oczekiwane.push({ regula: 'CS-R.3b', tekst: `szkoła ${r}: „Kwota dotacji”` });
      }
      const w = nazwy.get(r);
      dotacje.push([tekst(r), tekst(w?.nazwa ?? r), tekst(d.wariant), liczba(w?.uczniowie ?? null), zl(Gzapisane)]);
      wydatki.push(wierszWydatku(r, 1, 'komputer przenośny dla ucznia', 1, G, 'dotacja', 'NIE', '2012-10-15'));
      wydatki.push(wierszWydatku(r, 12, 'drukarka', 1, Math.ceil(G / 4), 'wkład własny', 'NIE', '2012-10-15'));
    });
    const arkusze = szablonSprawozdaniaOrganu({
      etykiety: {
        [EO.organ]: tekst(u.organ),
        ...(u.teryt ? { [EO.teryt]: tekst(u.teryt) } : {}),
        [EO.wojewodztwo]: tekst('mazowieckie'),
        [EO.data]: data(spozniony ? '2013-07-05' : `2013-06-${String(10 + i).padStart(2, '0')}`),
        [EO.ocena]: tekst('Szkoły zrealizowały zadania programu.'),
        [EO.wplyw]: tekst('Wzrosło wykorzystanie TIK na lekcjach.'),
        [EO.efektyI]: tekst('Komputery i tablice w klasach IV–VI.'),
        [EO.efektyII]: tekst('Uczniowie klasy IV pracują także w domu.'),
        [EO.problemy]: tekst('Słabe łącza internetowe w małych szkołach.'),
      },
      dotacje,
      wydatki,
    });
    return {
      plik: `organ-${nr}.xlsx`,
      arkusze,
      opis: `${u.organ} (szkół w „Dotacje”: ${regony.length}): ${opisy.length ? opisy.join('; ') : 'poprawne'}`,
      oczekiwane,
    };
  });
}

export function tabelaSprawozdanWojewody(pliki: readonly PlikOrganu[]): string {
  return [
    '| Plik | Co jest w nim nietypowe |',
    '|---|---|',
    ...pliki.map((p) => `| \`${KATALOG_SPRAWOZDAN_WOJEWODY}/${p.plik}\` | ${p.opis} |`),
  ].join('\n');
}
