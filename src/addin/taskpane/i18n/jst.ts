/**
 * Strings of the JST section's result views (diagnosis, monitoring dashboard, project indicators):
 * Polish first, English with the same shape. They live beside pl.ts / en.ts but in their own module,
 * imported only by the lazily loaded JST section, so they stay out of the pane's initial bundle.
 */
import { useJezyk } from './jezyk';
import { ile } from '../../../core';

export const jstPl = {
  wynikiPonizej: 'Wyniki poniżej, arkusze zapisano w skoroszycie.',
  uwagiWDanych: (liczby: string) => `Uwagi w danych: ${liczby} (także w arkuszu „Uwagi”).`,
  pokazUwagi: (n: number) => `Pokaż uwagi (${n})`,
  ukryjUwagi: 'Ukryj uwagi',
  kolor: { zielony: 'zielony', bursztynowy: 'bursztynowy', czerwony: 'czerwony' },
  kolorMnoga: { zielony: 'Zielone', bursztynowy: 'Bursztynowe', czerwony: 'Czerwone' },
  kolorSkrot: { zielony: 'Z', bursztynowy: 'B', czerwony: 'C' },
  brakDanych: 'Brak danych',
  pokazTabele: 'Pokaż tabelę danych',
  ukryjTabele: 'Ukryj tabelę danych',
  zZ: (a: string, b: string) => `${a} z ${b}`,
  diagnoza: {
    tytul: 'Diagnoza i rekomendacje',
    skrot: (szkol: number, czerwonych: number) =>
      `${ile(szkol, 'szkoła', 'szkoły', 'szkół')}, czerwonych: ${czerwonych}`,
    szkoly: 'Szkoły',
    uczniowie: 'Uczniowie',
    ranking: 'Ryzyko wykluczenia cyfrowego (JST\u20111.7)',
    rankingOpis: (czerwony: string, bursztynowy: string) =>
      `Udział = (uczniowie bez urządzenia + bez internetu w domu) / uczniowie; czerwony od ${czerwony}, bursztynowy od ${bursztynowy}. SPE — uczniowie ze specjalnymi potrzebami, OPS — z rodzin w pomocy społecznej.`,
    lp: 'Lp.',
    szkola: 'Szkoła · udział wykluczonych',
    status: 'Status',
    grupy: (spe: string, ops: string) => `· SPE ${spe} · OPS ${ops}`,
    wskazniki: 'Wskaźniki JST (ilorazy sum, JST-1)',
    nazwy: {
      uczniowieNaKomputer: 'Uczniów na komputer',
      starszeKomputery: 'Komputery starsze niż 5 lat',
      mbpsNaUcznia: 'Mb/s na ucznia',
      saleWifi: 'Sale z Wi-Fi',
      saleMonitor: 'Sale z monitorem lub tablicą',
      etatyNa100: 'Etaty IT na 100 komputerów',
      nauczycieleB1: 'Nauczyciele na poziomie B1+',
      wykluczenie: 'Wykluczenie cyfrowe',
    },
    stany: { 'brak komputerów': 'brak komputerów', 'brak oceny': 'brak oceny', 'brak danych': 'brak danych' } as Record<
      string,
      string
    >,
    lacze: (mbps: string) => `Łącze ≥ ${mbps} Mb/s`,
    rekomendacje: 'Rekomendacje do planu strategicznego (JST-2)',
    brakRekomendacji: 'Żadna reguła rekomendacji nie została spełniona.',
    priorytet: { wysoki: 'priorytet wysoki', średni: 'priorytet średni', niski: 'priorytet niski' } as Record<
      string,
      string
    >,
    szkolRek: (n: number) => ile(n, 'szkoła', 'szkoły', 'szkół'),
    wartoscJst: (w: string) => `Cała JST: ${w}`,
    arkusze: 'Zapisano arkusze: Diagnoza JST, Objaśnienia diagnozy, Rekomendacje.',
  },
  pulpit: {
    tytul: 'Pulpit monitoringu',
    skrot: (miesiac: string, czerwonych: number) => `${miesiac}: czerwonych ${czerwonych}`,
    opis: (miesiecy: number, dzialan: number) =>
      `${ile(miesiecy, 'miesiąc', 'miesiące', 'miesięcy')} monitoringu, ${ile(dzialan, 'działanie', 'działania', 'działań')} planu (JST-4).`,
    wMiesiacu: (m: string) => `Status w ${m}`,
    wydano: 'Wydano narastająco',
    planDo: (kw: string) => `plan: ${kw}`,
    budzetDo: (kw: string) => `budżet planu: ${kw}`,
    statusy: 'Status działań w miesiącach',
    wiersz: (m: string, z: number, b: number, c: number, brak: number) =>
      `${m}: zielone ${z}, bursztynowe ${b}, czerwone ${c}${brak > 0 ? `, brak danych ${brak}` : ''}`,
    miesiac: 'Miesiąc',
    wydatki: 'Wydatki narastająco a plan',
    wykonanie: 'Wydatki',
    plan: 'Plan',
    wykonanieZl: 'Wydatki (zł)',
    planZl: 'Plan (zł)',
    budzet: 'Budżet planu',
    opisWykresu: (m: string, wyd: string, plan: string, budzet: string) =>
      `Wydatki narastająco do ${m}: ${wyd}; plan ${plan}; budżet planu ${budzet}.`,
    czerwone: 'Działania z czerwonym statusem',
    brakCzerwonych: 'Żadne działanie nie ma obecnie czerwonego statusu.',
    czerwoneOd: (od: string, n: number) => `czerwone od: ${od} (${ile(n, 'miesiąc', 'miesiące', 'miesięcy')})`,
    postep: (p: string, plan: string) => `postęp ${p}, plan ${plan}`,
    poTerminie: 'po terminie',
    przekroczenie: 'wydatki ponad budżet',
    tabela: 'Dane pulpitu',
    arkusze: 'Zapisano arkusze: Harmonogram, Budżet planu, Pulpit monitoringu (z dwoma wykresami).',
  },
  projekt: {
    tytul: 'Wskaźniki projektu (JST-5)',
    stan: (data: string, osob: number, jst: number) =>
      `Stan na ${data}: ${ile(osob, 'osoba', 'osoby', 'osób')}, ${jst} JST.`,
    /** names by indicator id; empty = the core's (Polish) name */
    nazwy: {} as Record<string, string>,
    rodzaj: { produkt: 'wskaźnik produktu', rezultat: 'wskaźnik rezultatu' } as Record<string, string>,
    cel: 'cel',
    k: 'K',
    m: 'M',
    kobiety: 'Kobiety',
    mezczyzni: 'Mężczyźni',
    bezPlci: (n: number) =>
      `K + M ≠ ogółem: ${ile(n, 'osoba', 'osoby', 'osób')} bez poprawnej płci — szczegóły w arkuszu „Uwagi”.`,
    budzet: (wyd: string, plan: string, poza: string) =>
      `Wydatki projektu (JST-6): ${wyd} z ${plan}; poza oknami zadań: ${poza}.`,
    arkusze: 'Zapisano arkusze: Wskaźniki projektu, Budżet projektu — rozliczenie.',
  },
};

export type TekstyJst = typeof jstPl;

const s = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const jstEn: TekstyJst = {
  wynikiPonizej: 'Results below; the sheets are written to the workbook.',
  uwagiWDanych: (liczby) => `Findings in the data: ${liczby} (also in the “Uwagi” sheet).`,
  pokazUwagi: (n) => `Show findings (${n})`,
  ukryjUwagi: 'Hide findings',
  kolor: { zielony: 'green', bursztynowy: 'amber', czerwony: 'red' },
  kolorMnoga: { zielony: 'Green', bursztynowy: 'Amber', czerwony: 'Red' },
  kolorSkrot: { zielony: 'G', bursztynowy: 'A', czerwony: 'R' },
  brakDanych: 'No data',
  pokazTabele: 'Show data table',
  ukryjTabele: 'Hide data table',
  zZ: (a, b) => `${a} of ${b}`,
  diagnoza: {
    tytul: 'Diagnosis and recommendations',
    skrot: (szkol, czerwonych) => `${s(szkol, 'school', 'schools')}, red: ${czerwonych}`,
    szkoly: 'Schools',
    uczniowie: 'Pupils',
    ranking: 'Digital-exclusion risk (JST\u20111.7)',
    rankingOpis: (czerwony, bursztynowy) =>
      `Share = (pupils without a device + without internet at home) / pupils; red from ${czerwony}, amber from ${bursztynowy}. SEN — pupils with special needs, SA — from families receiving social assistance.`,
    lp: 'No.',
    szkola: 'School · share excluded',
    status: 'Status',
    grupy: (spe, ops) => `· SEN ${spe} · SA ${ops}`,
    wskazniki: 'JST indicators (ratios of sums, JST-1)',
    nazwy: {
      uczniowieNaKomputer: 'Pupils per computer',
      starszeKomputery: 'Computers older than 5 years',
      mbpsNaUcznia: 'Mb/s per pupil',
      saleWifi: 'Rooms with Wi-Fi',
      saleMonitor: 'Rooms with a display or board',
      etatyNa100: 'IT FTE per 100 computers',
      nauczycieleB1: 'Teachers at B1 or higher',
      wykluczenie: 'Digital exclusion',
    },
    stany: { 'brak komputerów': 'no computers', 'brak oceny': 'not assessed', 'brak danych': 'no data' },
    lacze: (mbps) => `Connection ≥ ${mbps} Mb/s`,
    rekomendacje: 'Recommendations for the strategic plan (JST-2)',
    brakRekomendacji: 'No recommendation rule was triggered.',
    priorytet: { wysoki: 'high priority', średni: 'medium priority', niski: 'low priority' },
    szkolRek: (n) => s(n, 'school', 'schools'),
    wartoscJst: (w) => `Whole JST: ${w}`,
    arkusze: 'Sheets written: Diagnoza JST, Objaśnienia diagnozy, Rekomendacje.',
  },
  pulpit: {
    tytul: 'Monitoring dashboard',
    skrot: (miesiac, czerwonych) => `${miesiac}: ${czerwonych} red`,
    opis: (miesiecy, dzialan) =>
      `${s(miesiecy, 'month', 'months')} of monitoring, ${s(dzialan, 'action', 'actions')} in the plan (JST-4).`,
    wMiesiacu: (m) => `Status in ${m}`,
    wydano: 'Spent to date',
    planDo: (kw) => `plan: ${kw}`,
    budzetDo: (kw) => `plan budget: ${kw}`,
    statusy: 'Action status by month',
    wiersz: (m, z, b, c, brak) => `${m}: green ${z}, amber ${b}, red ${c}${brak > 0 ? `, no data ${brak}` : ''}`,
    miesiac: 'Month',
    wydatki: 'Cumulative spending vs plan',
    wykonanie: 'Spent',
    plan: 'Plan',
    wykonanieZl: 'Spent (PLN)',
    planZl: 'Plan (PLN)',
    budzet: 'Plan budget',
    opisWykresu: (m, wyd, plan, budzet) => `Cumulative spending to ${m}: ${wyd}; plan ${plan}; plan budget ${budzet}.`,
    czerwone: 'Actions with a red status',
    brakCzerwonych: 'No action is red at the moment.',
    czerwoneOd: (od, n) => `red since ${od} (${s(n, 'month', 'months')})`,
    postep: (p, plan) => `progress ${p}, planned ${plan}`,
    poTerminie: 'past its end',
    przekroczenie: 'spending over budget',
    tabela: 'Dashboard data',
    arkusze: 'Sheets written: Harmonogram, Budżet planu, Pulpit monitoringu (with two charts).',
  },
  projekt: {
    tytul: 'Project indicators (JST-5)',
    stan: (data, osob, jst) => `As of ${data}: ${s(osob, 'person', 'people')}, ${jst} JSTs.`,
    nazwy: {
      'kadra-wsparcie': 'JST staff supported',
      'kadra-kompetencje': 'JST staff who raised their competences',
      'jst-doradztwo': 'JSTs covered by advisory on digital strategic solutions',
    },
    rodzaj: { produkt: 'output indicator', rezultat: 'result indicator' },
    cel: 'target',
    k: 'W',
    m: 'M',
    kobiety: 'Women',
    mezczyzni: 'Men',
    bezPlci: (n) => `K + M ≠ total: ${s(n, 'person', 'people')} without a valid sex — details in the “Uwagi” sheet.`,
    budzet: (wyd, plan, poza) => `Project spending (JST-6): ${wyd} of ${plan}; outside task windows: ${poza}.`,
    arkusze: 'Sheets written: Wskaźniki projektu, Budżet projektu — rozliczenie.',
  },
};

export function useTekstyJst(): TekstyJst {
  return useJezyk().jezyk === 'en' ? jstEn : jstPl;
}
