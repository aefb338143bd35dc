/**
 * JST-6 written sheet `Budżet projektu — rozliczenie`: the plan reconciliation checks, spending per task
 * (with the window and the part outside it), per year, and per task × year (with the user's plan matrix
 * when given; cells outside a task's window are shaded).
 */
import type { ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { naglowek, tekst, zl } from '../../zeszyt/formaty';
import { dataIso } from '../../komorki/daty';
import { procent, sekcja, stan, tytul } from '../komorki';
import { TLO_KOLORU, TLO_NIEAKTYWNE } from '../slowniki';
import { ulamek } from '../../rational';
import type { PlanProjektu } from './planProjektu';
import { wartoscKontroli, type Kontrola, type Rozliczenie } from './rozliczenie';

export const ARKUSZ_ROZLICZENIA = 'Budżet projektu — rozliczenie';

const wykonanie = (a: number, b: number | null): ZapisKomorki =>
  b ? procent(ulamek(BigInt(a), BigInt(b))) : stan('—');
const kontrolaKom = (k: Kontrola, v: number): ZapisKomorki =>
  k.jednostka === 'zł' ? zl(v) : tekst(wartoscKontroli(k, v));

export function arkuszRozliczenia(plan: PlanProjektu, r: Rozliczenie): ZapisArkusza {
  const wiersze: ZapisKomorki[][] = [[tytul(`Budżet projektu — rozliczenie (JST-6): ${plan.nazwa}`)], []];
  wiersze.push([sekcja('Uzgodnienie planu')], ['Kontrola', 'Oczekiwane', 'Wartość', 'Wynik'].map(naglowek));
  for (const k of r.uzgodnienia)
    wiersze.push([
      tekst(k.kontrola),
      kontrolaKom(k, k.oczekiwane),
      kontrolaKom(k, k.wartosc),
      tekst(k.zgodne ? 'zgodne' : 'niezgodne', { tlo: TLO_KOLORU[k.zgodne ? 'zielony' : 'czerwony'] }),
    ]);

  wiersze.push(
    [],
    [sekcja('Wydatki według zadań')],
    [
      'Zadanie',
      'Okno realizacji',
      'Od',
      'Do',
      'Plan (zł)',
      'Wydatki (zł)',
      'Pozostało (zł)',
      'Wykonanie',
      'W tym poza oknem (zł)',
      'Linii',
    ].map(naglowek),
  );
  for (const z of r.zadania)
    wiersze.push([
      tekst(z.zadanie.zadanie),
      tekst(z.zadanie.opisOkna),
      tekst(dataIso(z.zadanie.okno.od)),
      tekst(dataIso(z.zadanie.okno.do)),
      zl(z.zadanie.kwota),
      zl(z.wydatki),
      zl(z.zadanie.kwota - z.wydatki, z.wydatki > z.zadanie.kwota ? { tlo: TLO_KOLORU.czerwony } : {}),
      wykonanie(z.wydatki, z.zadanie.kwota),
      zl(z.pozaOknem, z.pozaOknem ? { tlo: TLO_KOLORU.bursztynowy } : {}),
      { v: z.linii },
    ]);
  wiersze.push([
    tekst('Razem', { pogrubienie: true }),
    null,
    null,
    null,
    zl(plan.ogolem, { pogrubienie: true }),
    zl(r.razem, { pogrubienie: true }),
    zl(plan.ogolem - r.razem, { pogrubienie: true }),
    wykonanie(r.razem, plan.ogolem),
    zl(r.pozaOknem, { pogrubienie: true }),
    null,
  ]);

  wiersze.push(
    [],
    [sekcja('Wydatki według lat')],
    ['Rok', 'Plan (zł)', 'Wydatki (zł)', 'Pozostało (zł)', 'Wykonanie'].map(naglowek),
  );
  for (const l of r.lata)
    wiersze.push([
      tekst(String(l.rok)),
      l.plan === null ? stan('poza planem') : zl(l.plan),
      zl(l.wydatki),
      l.plan === null ? null : zl(l.plan - l.wydatki),
      wykonanie(l.wydatki, l.plan),
    ]);

  const lata = r.lata.map((l) => l.rok);
  wiersze.push(
    [],
    [
      sekcja(
        r.macierz
          ? 'Zadanie × rok: wydatki / plan z arkusza „Plan zadania × rok” (szare = poza oknem zadania)'
          : 'Zadanie × rok: wydatki (szare = poza oknem zadania)',
      ),
    ],
  );
  wiersze.push(
    [
      'Zadanie',
      ...lata.flatMap((rok) => (r.macierz ? [`${rok} wydatki (zł)`, `${rok} plan (zł)`] : [`${rok} (zł)`])),
    ].map(naglowek),
  );
  for (const z of plan.zadania) {
    const w = r.zadanieRok.get(z.zadanie);
    wiersze.push([
      tekst(z.zadanie),
      ...lata.flatMap((rok) => {
        const poza = rok < z.okno.od.y || rok > z.okno.do.y;
        const styl = poza ? { tlo: TLO_NIEAKTYWNE } : {};
        const wyd = zl(w?.get(rok) ?? 0, styl);
        return r.macierz ? [wyd, zl(r.macierz.get(z.zadanie)?.get(rok) ?? 0, styl)] : [wyd];
      }),
    ]);
  }
  if (r.pominiete)
    wiersze.push(
      [],
      [stan(`Pominięto linii wydatków z błędami (zadanie, data lub kwota): ${r.pominiete} — patrz arkusz Uwagi.`)],
    );
  return {
    nazwa: ARKUSZ_ROZLICZENIA,
    wiersze,
    szerokosciKolumn: [58, 22, 16, 16, 16, 16, 16, 12, 18, 8, 16, 16],
    zamrozenie: { wiersze: 0, kolumny: 1 },
  };
}
