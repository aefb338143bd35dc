/**
 * WB-2 templates of the JST workflow (`szablon diagnoza-jst | plan-jst | monitoring-jst | projekt-fers`):
 * user-owned input sheets with frozen headers and a dropdown for every vocabulary; `Reguły diagnozy`
 * and `Parametry monitoringu` come filled with the defaults.
 */
import type { ZapisArkusza, ZapisKomorki } from '../zeszyt/model';
import { arkuszEtykiet, arkuszTabeli, walidacjaPola, type KolumnaSzablonu } from '../zeszyt/szablon';
import { FORMAT_PROCENT, FORMAT_ZL, tekst, zl } from '../zeszyt/formaty';
import { literaKolumny } from '../komorki/adres';
import { TAK_NIE } from '../komorki/odczyt';
import { liczbaKomorki, procentKomorki } from '../rational';
import { ADMINISTROWANIE, PLCIE, PRIORYTETY, ROLE, TYPY_SZKOL, ZADANIA, ZRODLA } from './slowniki';
import { ARKUSZ_SZKOL, H, KOLUMNY_SZKOL } from './diagnoza/szkoly';
import { ARKUSZ_REGUL, HR } from './diagnoza/czytajReguly';
import { DOMYSLNE_PARAMETRY, DOMYSLNE_REGULY, ID_REGUL } from './diagnoza/reguly';
import { ARKUSZ_PLANU, HP } from './plan/plan';
import { ARKUSZ_MONITORINGU, HM } from './monitoring/monitoring';
import { ARKUSZ_PARAMETROW_MONITORINGU, ETYKIETA_BURSZTYNOWY, ETYKIETA_ZIELONY } from './monitoring/parametry';
import { ARKUSZ_UCZESTNIKOW, HU } from './projekt/uczestnicy';
import { ARKUSZ_BUDZETU_PROJEKTU, ARKUSZ_PLANU_ZADAN, HB, naglowekRoku } from './projekt/budzetProjektu';
import { PROJEKT_FERS_2023 } from './projekt/planProjektu';
import { arkuszRegulJst } from './arkuszRegul';

const TN = TAK_NIE.wartosci;
const LISTY_SZKOL: Partial<Record<string, readonly string[]>> = {
  [H.typ]: TYPY_SZKOL,
  [H.administrowanie]: ADMINISTROWANIE,
  [H.swiatlowod]: TN,
  [H.serwerownia]: TN,
  [H.dziennik]: TN,
  [H.platforma]: TN,
  [H.kopie]: TN,
  [H.polityka]: TN,
};

export function szablonSzkol(dane: ZapisKomorki[][] = []): ZapisArkusza {
  const kolumny: KolumnaSzablonu[] = KOLUMNY_SZKOL.map((k) => ({
    naglowek: k.naglowek,
    lista: LISTY_SZKOL[k.naglowek],
    szerokosc: k.naglowek === H.nazwa ? 34 : undefined,
  }));
  const a = arkuszTabeli(ARKUSZ_SZKOL, kolumny, dane, {
    tytul: 'Diagnoza JST — szkoły (jeden wiersz = jedna szkoła)',
    instrukcja:
      'Wpisuj dane w żółtych polach od wiersza pod nagłówkiem; pola z listą wybierz z listy. Nie zmieniaj nazw nagłówków.',
  });
  return { ...a, zamrozenie: { wiersze: a.zamrozenie!.wiersze, kolumny: 1 } };
}

/** `Reguły diagnozy` with the defaults (JST-2 rules in their fixed order, then the JST-1.3/1.7 parameters) */
export function szablonRegul(): ZapisArkusza {
  const prog = (rodzaj: string, u: Parameters<typeof procentKomorki>[0] | null): ZapisKomorki =>
    !u || rodzaj === 'brak'
      ? null
      : rodzaj === 'procent'
        ? { v: procentKomorki(u), fmt: FORMAT_PROCENT }
        : { v: liczbaKomorki(u, 4) };
  const dane: ZapisKomorki[][] = [
    ...DOMYSLNE_REGULY.map((r) => [
      tekst(r.id),
      tekst(r.warunek),
      prog(r.rodzajProgu, r.prog),
      tekst(r.priorytet),
      tekst(r.tekst),
    ]),
    ...DOMYSLNE_PARAMETRY.map((p) => [
      tekst(p.id),
      tekst(`${p.opis} [${p.jednostka}]`),
      prog(p.rodzajProgu, p.wartosc),
      null,
      null,
    ]),
  ];
  const a = arkuszTabeli(
    ARKUSZ_REGUL,
    [
      { naglowek: HR.id, szerokosc: 28 },
      { naglowek: HR.warunek, szerokosc: 60 },
      { naglowek: HR.prog, szerokosc: 10 },
      { naglowek: HR.priorytet, lista: PRIORYTETY, szerokosc: 10 },
      { naglowek: HR.tekst, szerokosc: 80 },
    ],
    dane,
    {
      tytul: 'Reguły diagnozy JST — rekomendacje (JST-2) i parametry (JST-1.3, JST-1.7)',
      instrukcja:
        'Wartości domyślne programu; możesz zmienić progi, priorytety i teksty w żółtych polach. Nie zmieniaj identyfikatorów ani nagłówków.',
    },
  );
  // the priority dropdown only on the rule rows (below the title block and the header row)
  const n = a.zamrozenie!.wiersze;
  return {
    ...a,
    walidacje: [walidacjaPola(`D${n + 1}:D${n + ID_REGUL.length}`, HR.priorytet, { lista: PRIORYTETY })!],
  };
}

export function szablonPlanu(dane: ZapisKomorki[][] = []): ZapisArkusza {
  return arkuszTabeli(
    ARKUSZ_PLANU,
    [
      { naglowek: HP.cel, szerokosc: 30 },
      { naglowek: HP.dzialanie, szerokosc: 40 },
      { naglowek: HP.odpowiedzialny, szerokosc: 22 },
      { naglowek: HP.poczatek, szerokosc: 12 },
      { naglowek: HP.koniec, szerokosc: 12 },
      { naglowek: HP.budzet, szerokosc: 16, regula: { rodzaj: 'dziesietna', min: 0 } },
      { naglowek: HP.zrodlo, lista: ZRODLA, szerokosc: 18 },
      { naglowek: HP.wskaznik, szerokosc: 34 },
      { naglowek: HP.bazowa, szerokosc: 12 },
      { naglowek: HP.docelowa, szerokosc: 12 },
      { naglowek: HP.rekomendacja, lista: ID_REGUL, szerokosc: 18 },
      { naglowek: HP.konsultacje, szerokosc: 34 },
    ],
    dane,
    {
      tytul: 'Plan strategiczny rozwoju cyfrowego JST (jeden wiersz = jedno działanie)',
      instrukcja:
        'Wpisuj dane w żółtych polach od wiersza pod nagłówkiem; pola z listą wybierz z listy. Nie zmieniaj nazw nagłówków.',
    },
  );
}

export function szablonMonitoringu(dane: ZapisKomorki[][] = []): ZapisArkusza {
  return arkuszTabeli(
    ARKUSZ_MONITORINGU,
    [
      { naglowek: HM.dzialanie, szerokosc: 40 },
      { naglowek: HM.miesiac, szerokosc: 10 },
      { naglowek: HM.postep, szerokosc: 11 },
      { naglowek: HM.wartosc, szerokosc: 14 },
      { naglowek: HM.wydatki, szerokosc: 14, regula: { rodzaj: 'dziesietna', min: 0 } },
      { naglowek: HM.uwagi, szerokosc: 50 },
    ],
    dane,
    {
      tytul: 'Monitoring planu (jeden wiersz = działanie w miesiącu)',
      instrukcja:
        'Wpisuj dane w żółtych polach od wiersza pod nagłówkiem; pola z listą wybierz z listy. Nie zmieniaj nazw nagłówków.',
    },
  );
}

export function szablonParametrowMonitoringu(): ZapisArkusza {
  const progi = { rodzaj: 'dziesietna', min: 0, max: 100 } as const;
  return arkuszEtykiet(
    ARKUSZ_PARAMETROW_MONITORINGU,
    [
      {
        etykieta: ETYKIETA_ZIELONY,
        regula: progi,
        wartosc: { v: 10 },
        podpowiedz: 'zielony, gdy postęp ≥ postęp planowany − ten próg (JST-4)',
      },
      {
        etykieta: ETYKIETA_BURSZTYNOWY,
        regula: progi,
        wartosc: { v: 25 },
        podpowiedz: 'bursztynowy, gdy postęp ≥ postęp planowany − ten próg; poniżej czerwony (JST-4)',
      },
    ],
    {
      tytul: 'Parametry monitoringu (JST-4)',
      instrukcja: 'Progi statusów w punktach procentowych; możesz je zmienić w żółtych polach kolumny B.',
    },
  );
}

export function szablonUczestnikow(dane: ZapisKomorki[][] = []): ZapisArkusza {
  return arkuszTabeli(
    ARKUSZ_UCZESTNIKOW,
    [
      { naglowek: HU.id, szerokosc: 14 },
      { naglowek: HU.plec, lista: PLCIE, szerokosc: 6 },
      { naglowek: HU.jst, szerokosc: 30 },
      { naglowek: HU.teryt, szerokosc: 11 },
      { naglowek: HU.rola, lista: ROLE, szerokosc: 30 },
      { naglowek: HU.start, szerokosc: 12 },
      { naglowek: HU.szkolenia, lista: TN, szerokosc: 11 },
      { naglowek: HU.kompetencje, lista: TN, szerokosc: 11 },
      { naglowek: HU.doradztwo, lista: TN, szerokosc: 11 },
    ],
    dane,
    {
      tytul: 'Uczestnicy projektu FERS (jeden wiersz = jedna osoba)',
      instrukcja:
        'Wpisuj dane w żółtych polach od wiersza pod nagłówkiem; pola z listą wybierz z listy. Nie zmieniaj nazw nagłówków.',
    },
  );
}

export function szablonBudzetuProjektu(dane: ZapisKomorki[][] = []): ZapisArkusza {
  return arkuszTabeli(
    ARKUSZ_BUDZETU_PROJEKTU,
    [
      { naglowek: HB.zadanie, lista: ZADANIA, szerokosc: 12 },
      { naglowek: HB.data, szerokosc: 12 },
      { naglowek: HB.kwota, szerokosc: 16, regula: { rodzaj: 'dziesietna', min: 0 } },
      { naglowek: HB.opis, szerokosc: 50 },
    ],
    dane,
    {
      tytul: 'Budżet projektu FERS (jeden wiersz = jeden wydatek)',
      instrukcja:
        'Wpisuj dane w żółtych polach od wiersza pod nagłówkiem; pola z listą wybierz z listy. Nie zmieniaj nazw nagłówków.',
    },
  );
}

/** `Plan zadania × rok` (optional): one row per task, one column per plan year (kwoty in grosze) */
export function szablonPlanuZadan(kwoty?: ReadonlyArray<readonly number[]>): ZapisArkusza {
  const lata = PROJEKT_FERS_2023.lata.map((l) => l.rok);
  const dane: ZapisKomorki[][] = ZADANIA.map((z, i) => [
    tekst(z),
    ...lata.map((_, j) => (kwoty ? zl(kwoty[i][j]) : null)),
  ]);
  const a = arkuszTabeli(
    ARKUSZ_PLANU_ZADAN,
    [
      { naglowek: HB.zadanie, szerokosc: 12, staly: true },
      ...lata.map((r) => ({ naglowek: naglowekRoku(r), szerokosc: 16, format: FORMAT_ZL })),
    ],
    dane,
    {
      tytul: 'Plan wydatków zadania × rok (JST-6, nieobowiązkowy)',
      instrukcja: 'Wpisz planowane kwoty w zł w żółtych polach; nazw zadań i nagłówków lat nie zmieniaj.',
    },
  );
  // four task rows, not a 1000-row table: the input cells and money rules on those rows only
  const n = a.zamrozenie!.wiersze;
  const zakres = (i: number) => `${literaKolumny(i + 1)}${n + 1}:${literaKolumny(i + 1)}${n + ZADANIA.length}`;
  return {
    ...a,
    polaWejsciowe: lata.map((_, i) => zakres(i)),
    walidacje: lata.map((r, i) =>
      walidacjaPola(zakres(i), naglowekRoku(r), { regula: { rodzaj: 'dziesietna', min: 0 } })!,
    ),
  };
}

export const SZABLONY_JST: Record<
  'diagnoza-jst' | 'plan-jst' | 'monitoring-jst' | 'projekt-fers',
  () => ZapisArkusza[]
> = {
  // WB-2.0: every template has the `Reguły` sheet (here the JST programme's parameters)
  'diagnoza-jst': () => [szablonSzkol(), szablonRegul(), arkuszRegulJst()],
  'plan-jst': () => [szablonPlanu(), arkuszRegulJst()],
  'monitoring-jst': () => [szablonMonitoringu(), szablonParametrowMonitoringu(), arkuszRegulJst()],
  'projekt-fers': () => [szablonUczestnikow(), szablonBudzetuProjektu(), szablonPlanuZadan(), arkuszRegulJst()],
};
