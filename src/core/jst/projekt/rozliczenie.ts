/**
 * JST-6 reconciliation: the plan itself (tasks and years sum to the total, task shares, EU share =
 * total × rate to the grosz, no own contribution), the optional task × year matrix against it, and the
 * spending summed per task, per year and per task × year against the plan.
 */
import { kwotaEn, kwotaPl, type Grosze } from '../../kwota';
import { uwaga, type Uwaga } from '../../uwagi';
import { dziesietny, roundHalfUpBig } from '../../rational';
import type { NazwaZadania } from '../slowniki';
import type { PlanProjektu, ZadanieProjektu } from './planProjektu';
import { ARKUSZ_BUDZETU_PROJEKTU, ARKUSZ_PLANU_ZADAN, type LiniaWydatku, type MacierzPlanu } from './budzetProjektu';
import { dolacz } from '../../tablice/dolacz';

export interface Kontrola {
  kontrola: string;
  kontrolaEn: string;
  /** money in grosze, or a share in hundredths of a percent */
  jednostka: 'zł' | '%';
  oczekiwane: number;
  wartosc: number;
  zgodne: boolean;
}

/** a check's value for display */
export function wartoscKontroli(k: Kontrola, v: number, jezyk: 'pl' | 'en' = 'pl'): string {
  if (k.jednostka === '%') return `${dziesietny(BigInt(v), 2, jezyk === 'pl' ? ',' : '.')} %`;
  return jezyk === 'pl' ? kwotaPl(v) : kwotaEn(v);
}

export interface Rozliczenie {
  uzgodnienia: Kontrola[];
  zadania: Array<{ zadanie: ZadanieProjektu; wydatki: Grosze; pozaOknem: Grosze; linii: number }>;
  /** plan years first, then other years with spending (plan null) */
  lata: Array<{ rok: number; plan: Grosze | null; wydatki: Grosze }>;
  zadanieRok: Map<NazwaZadania, Map<number, Grosze>>;
  macierz: MacierzPlanu | null;
  razem: Grosze;
  pozaOknem: Grosze;
  /** lines that could not be counted (task, date or amount unreadable) */
  pominiete: number;
  uwagi: Uwaga[];
}

const procentSetne = (s: number) => `${dziesietny(BigInt(s), 2, ',')} %`;

/** total × hundredths-of-a-percent rate, rounded half up to the grosz */
export function udzialKwoty(ogolem: Grosze, setne: number): Grosze {
  return Number(roundHalfUpBig(BigInt(ogolem) * BigInt(setne), 10_000n));
}

/** JST-6: the plan must reconcile */
export function uzgodnieniaPlanu(plan: PlanProjektu): Kontrola[] {
  const k: Kontrola[] = [];
  const dodaj = (kontrola: string, kontrolaEn: string, oczekiwane: Grosze, wartosc: Grosze) =>
    k.push({ kontrola, kontrolaEn, jednostka: 'zł', oczekiwane, wartosc, zgodne: oczekiwane === wartosc });
  dodaj(
    'Suma zadań = budżet ogółem',
    'Sum of tasks = total budget',
    plan.ogolem,
    plan.zadania.reduce((s, z) => s + z.kwota, 0),
  );
  dodaj(
    'Suma lat = budżet ogółem',
    'Sum of years = total budget',
    plan.ogolem,
    plan.lata.reduce((s, l) => s + l.kwota, 0),
  );
  k.push({
    kontrola: 'Suma udziałów zadań = 100 %',
    kontrolaEn: 'Sum of task shares = 100 %',
    jednostka: '%',
    oczekiwane: 10_000,
    wartosc: plan.zadania.reduce((s, z) => s + z.udzialSetne, 0),
    zgodne: plan.zadania.reduce((s, z) => s + z.udzialSetne, 0) === 10_000,
  });
  for (const z of plan.zadania)
    dodaj(
      `${z.zadanie} = ${procentSetne(z.udzialSetne)} × budżet ogółem`,
      `${z.zadanie} = ${dziesietny(BigInt(z.udzialSetne), 2)} % × total`,
      udzialKwoty(plan.ogolem, z.udzialSetne),
      z.kwota,
    );
  dodaj(
    `Wkład UE = ${procentSetne(plan.udzialUeSetne)} × budżet ogółem (do grosza)`,
    `EU share = ${dziesietny(BigInt(plan.udzialUeSetne), 2)} % × total (to the grosz)`,
    udzialKwoty(plan.ogolem, plan.udzialUeSetne),
    plan.wkladUe,
  );
  dodaj('Wkład własny = 0,00 zł', 'Own contribution = 0.00 zł', 0, plan.wkladWlasny);
  return k;
}

function kontroleMacierzy(plan: PlanProjektu, m: MacierzPlanu, uwagi: Uwaga[]): Kontrola[] {
  const k: Kontrola[] = [];
  for (const z of plan.zadania) {
    const wiersz = m.get(z.zadanie);
    const suma = wiersz ? [...wiersz.values()].reduce((s, v) => s + v, 0) : 0;
    k.push({
      kontrola: `${ARKUSZ_PLANU_ZADAN}: ${z.zadanie} (suma lat) = plan zadania`,
      kontrolaEn: `${ARKUSZ_PLANU_ZADAN}: ${z.zadanie} (sum of years) = task plan`,
      jednostka: 'zł',
      oczekiwane: z.kwota,
      wartosc: suma,
      zgodne: suma === z.kwota,
    });
    for (const [rok, v] of wiersz ?? []) {
      if (v !== 0 && (rok < z.okno.od.y || rok > z.okno.do.y))
        uwagi.push(
          uwaga(
            ARKUSZ_PLANU_ZADAN,
            null,
            'ostrzeżenie',
            'JST-6',
            `${z.zadanie}: plan ${kwotaPl(v)} w roku ${rok}, poza oknem zadania (${z.opisOkna}).`,
            `${z.zadanie}: ${kwotaEn(v)} planned in ${rok}, outside the task window.`,
          ),
        );
    }
  }
  for (const l of plan.lata) {
    const suma = plan.zadania.reduce((s, z) => s + (m.get(z.zadanie)?.get(l.rok) ?? 0), 0);
    k.push({
      kontrola: `${ARKUSZ_PLANU_ZADAN}: rok ${l.rok} (suma zadań) = plan roku`,
      kontrolaEn: `${ARKUSZ_PLANU_ZADAN}: year ${l.rok} (sum of tasks) = year plan`,
      jednostka: 'zł',
      oczekiwane: l.kwota,
      wartosc: suma,
      zgodne: suma === l.kwota,
    });
  }
  return k;
}

export function rozlicz(plan: PlanProjektu, linie: readonly LiniaWydatku[], macierz: MacierzPlanu | null): Rozliczenie {
  const uwagi: Uwaga[] = [];
  const uzgodnienia = uzgodnieniaPlanu(plan);
  if (macierz) dolacz(uzgodnienia, kontroleMacierzy(plan, macierz, uwagi));
  for (const k of uzgodnienia.filter((x) => !x.zgodne)) {
    const arkusz = k.kontrola.startsWith(ARKUSZ_PLANU_ZADAN) ? ARKUSZ_PLANU_ZADAN : ARKUSZ_BUDZETU_PROJEKTU;
    uwagi.push(
      uwaga(
        arkusz,
        null,
        'błąd',
        'JST-6',
        `Plan się nie uzgadnia: ${k.kontrola} — oczekiwane ${wartoscKontroli(k, k.oczekiwane)}, jest ${wartoscKontroli(k, k.wartosc)}.`,
        `The plan does not reconcile: ${k.kontrolaEn} — expected ${wartoscKontroli(k, k.oczekiwane, 'en')}, found ${wartoscKontroli(k, k.wartosc, 'en')}.`,
      ),
    );
  }

  const zadanieRok = new Map<NazwaZadania, Map<number, Grosze>>();
  const wgZadania = new Map<NazwaZadania, { wydatki: Grosze; pozaOknem: Grosze; linii: number }>();
  const wgRoku = new Map<number, Grosze>();
  let razem = 0;
  let pozaOknem = 0;
  let pominiete = 0;
  for (const l of linie) {
    if (l.zadanie === null || l.data === null || l.kwota === null) {
      pominiete++;
      continue;
    }
    const r = l.data.y;
    const zr = zadanieRok.get(l.zadanie) ?? zadanieRok.set(l.zadanie, new Map()).get(l.zadanie)!;
    zr.set(r, (zr.get(r) ?? 0) + l.kwota);
    const z =
      wgZadania.get(l.zadanie) ?? wgZadania.set(l.zadanie, { wydatki: 0, pozaOknem: 0, linii: 0 }).get(l.zadanie)!;
    z.wydatki += l.kwota;
    z.linii++;
    if (l.wOknie === false) {
      z.pozaOknem += l.kwota;
      pozaOknem += l.kwota;
    }
    wgRoku.set(r, (wgRoku.get(r) ?? 0) + l.kwota);
    razem += l.kwota;
  }
  const zadania = plan.zadania.map((z) => ({
    zadanie: z,
    ...(wgZadania.get(z.zadanie) ?? { wydatki: 0, pozaOknem: 0, linii: 0 }),
  }));
  const lataPlanu = new Set(plan.lata.map((l) => l.rok));
  const lata = [
    ...plan.lata.map((l) => ({ rok: l.rok, plan: l.kwota as Grosze | null, wydatki: wgRoku.get(l.rok) ?? 0 })),
    ...[...wgRoku.keys()]
      .filter((r) => !lataPlanu.has(r))
      .sort((a, b) => a - b)
      .map((rok) => ({ rok, plan: null, wydatki: wgRoku.get(rok)! })),
  ];

  // spending above the plan (warnings)
  for (const z of zadania)
    if (z.wydatki > z.zadanie.kwota)
      uwagi.push(
        uwaga(
          ARKUSZ_BUDZETU_PROJEKTU,
          null,
          'ostrzeżenie',
          'JST-6',
          `${z.zadanie.zadanie}: wydatki ${kwotaPl(z.wydatki)} przekraczają plan ${kwotaPl(z.zadanie.kwota)}.`,
          `${z.zadanie.zadanie}: spending ${kwotaEn(z.wydatki)} exceeds the plan ${kwotaEn(z.zadanie.kwota)}.`,
        ),
      );
  for (const l of lata) {
    if (l.plan === null)
      uwagi.push(
        uwaga(
          ARKUSZ_BUDZETU_PROJEKTU,
          null,
          'ostrzeżenie',
          'JST-6',
          `Wydatki ${kwotaPl(l.wydatki)} w roku ${l.rok}, poza latami planu.`,
          `Spending of ${kwotaEn(l.wydatki)} in ${l.rok}, outside the plan years.`,
        ),
      );
    else if (l.wydatki > l.plan)
      uwagi.push(
        uwaga(
          ARKUSZ_BUDZETU_PROJEKTU,
          null,
          'ostrzeżenie',
          'JST-6',
          `Rok ${l.rok}: wydatki ${kwotaPl(l.wydatki)} przekraczają plan ${kwotaPl(l.plan)}.`,
          `Year ${l.rok}: spending ${kwotaEn(l.wydatki)} exceeds the plan ${kwotaEn(l.plan)}.`,
        ),
      );
  }
  if (macierz)
    for (const [zad, lataZ] of zadanieRok)
      for (const [rok, w] of lataZ) {
        const pl = macierz.get(zad)?.get(rok);
        if (pl !== undefined && w > pl)
          uwagi.push(
            uwaga(
              ARKUSZ_BUDZETU_PROJEKTU,
              null,
              'ostrzeżenie',
              'JST-6',
              `${zad}, rok ${rok}: wydatki ${kwotaPl(w)} przekraczają plan z „${ARKUSZ_PLANU_ZADAN}” ${kwotaPl(pl)}.`,
              `${zad}, ${rok}: spending ${kwotaEn(w)} exceeds the "${ARKUSZ_PLANU_ZADAN}" plan ${kwotaEn(pl)}.`,
            ),
          );
      }
  if (razem > plan.ogolem)
    uwagi.push(
      uwaga(
        ARKUSZ_BUDZETU_PROJEKTU,
        null,
        'ostrzeżenie',
        'JST-6',
        `Wydatki razem ${kwotaPl(razem)} przekraczają budżet ${kwotaPl(plan.ogolem)}.`,
        `Total spending ${kwotaEn(razem)} exceeds the budget ${kwotaEn(plan.ogolem)}.`,
      ),
    );
  return { uzgodnienia, zadania, lata, zadanieRok, macierz, razem, pozaOknem, pominiete, uwagi };
}
