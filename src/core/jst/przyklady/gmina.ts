/**
 * Example JST workbook (pure data): a gmina with 12 schools and institutions with varied problems,
 * the default rules, a strategic plan that answers the diagnosis, monitoring parameters and 12 months
 * of monitoring (2025-01 … 2025-12) — every sheet an official fills in. Run `diagnozuj` and
 * `monitoruj` on it. Names and numbers are invented.
 */
import type { ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { tekst, zl } from '../../zeszyt/formaty';
import { cyfraKontrolnaRegon } from '../../identyfikatory';
import { dataIso, dataZTekstu } from '../../komorki/daty';
import {
  szablonMonitoringu,
  szablonParametrowMonitoringu,
  szablonPlanu,
  szablonRegul,
  szablonSzkol,
} from '../szablony';
import { miesiacIso, miesiace, ostatniDzien, pierwszyDzien, type Miesiac } from '../kalendarz';
import { postepPlanowany } from '../monitoring/status';
import { zaokraglij, ulamek } from '../../rational';

const regon = (i: number): string => {
  const p = `146${String(10_000 + i * 37).padStart(5, '0')}`;
  return `${p}${cyfraKontrolnaRegon(p)}`;
};

type S = [
  nazwa: string,
  typ: string,
  u: number,
  n: number,
  s: number,
  ku: number,
  ks: number,
  kn: number,
  sm: number,
  sw: number,
  mbps: number,
  sw1: string,
  serw: string,
  dz: string,
  pl: string,
  kop: string,
  pol: string,
  et: number,
  adm: string,
  a: number,
  b: number,
  c: number,
  bu: number,
  bi: number,
  dzl: number,
  sp: number,
  pom: number,
];

// prettier-ignore
const SZKOLY: S[] = [
  ['Szkoła Podstawowa nr 1 im. Marii Konopnickiej w Zielonej Dolinie', 'szkoła podstawowa', 612, 48, 30, 64, 18, 34, 26, 30, 1000, 'TAK', 'TAK', 'TAK', 'TAK', 'TAK', 'TAK', 1, 'centrum usług wspólnych JST', 8, 30, 10, 6, 5, 41, 22, 35],
  ['Szkoła Podstawowa nr 2 w Zielonej Dolinie', 'szkoła podstawowa', 455, 39, 24, 40, 31, 26, 12, 24, 300, 'TAK', 'NIE', 'TAK', 'TAK', 'TAK', 'TAK', 0.5, 'informatyk szkolny', 12, 20, 7, 9, 7, 38, 17, 41],
  ['Szkoła Podstawowa w Brzozówce', 'szkoła podstawowa', 96, 15, 8, 8, 6, 6, 2, 3, 20, 'NIE', 'NIE', 'TAK', 'NIE', 'NIE', 'TAK', 0, 'nauczyciel', 9, 5, 0, 7, 6, 19, 4, 18],
  ['Szkoła Podstawowa w Lipowie', 'szkoła podstawowa', 74, 12, 7, 0, 0, 5, 1, 7, 50, 'TAK', 'NIE', 'TAK', 'NIE', 'TAK', 'NIE', 0, 'brak', 4, 6, 1, 5, 3, 12, 3, 11],
  ['Szkoła Podstawowa w Dębinie', 'szkoła podstawowa', 138, 17, 10, 12, 4, 10, 6, 10, 100, 'TAK', 'TAK', 'TAK', 'TAK', 'TAK', 'TAK', 0.25, 'firma zewnętrzna', 5, 9, 3, 11, 9, 33, 6, 37],
  ['Szkoła Podstawowa w Olszynach', 'szkoła podstawowa', 203, 21, 12, 22, 5, 14, 8, 12, 150, 'TAK', 'NIE', 'TAK', 'TAK', 'NIE', 'NIE', 0.25, 'firma zewnętrzna', 6, 11, 4, 4, 3, 20, 9, 14],
  ['Przedszkole Samorządowe nr 1 w Zielonej Dolinie', 'przedszkole', 175, 16, 8, 4, 1, 9, 3, 8, 100, 'TAK', 'NIE', 'TAK', 'NIE', 'TAK', 'TAK', 0, 'centrum usług wspólnych JST', 3, 10, 3, 0, 0, 0, 7, 9],
  ['Przedszkole w Brzozówce', 'przedszkole', 48, 5, 3, 0, 0, 3, 0, 1, 20, 'NIE', 'NIE', 'NIE', 'NIE', 'NIE', 'NIE', 0, 'nauczyciel', 0, 0, 0, 0, 0, 0, 2, 6],
  ['Zespół Szkolno-Przedszkolny w Jabłonowie', 'szkoła podstawowa', 247, 26, 14, 20, 9, 16, 9, 9, 300, 'TAK', 'TAK', 'TAK', 'TAK', 'TAK', 'TAK', 0.5, 'centrum usług wspólnych JST', 7, 14, 5, 6, 4, 25, 8, 22],
  ['Szkoła Podstawowa w Kalinówce', 'szkoła podstawowa', 121, 14, 9, 11, 2, 9, 5, 9, 100, 'TAK', 'NIE', 'TAK', 'TAK', 'TAK', 'TAK', 0.25, 'centrum usług wspólnych JST', 0, 0, 0, 3, 2, 14, 5, 10],
  ['Szkoła Podstawowa Specjalna nr 3 w Zielonej Dolinie', 'szkoła specjalna', 64, 22, 10, 12, 3, 14, 7, 10, 300, 'TAK', 'TAK', 'TAK', 'TAK', 'TAK', 'TAK', 0.25, 'centrum usług wspólnych JST', 5, 12, 2, 4, 3, 9, 64, 21],
  ['Szkoła Podstawowa nr 4 w Zielonej Dolinie', 'szkoła podstawowa', 388, 33, 21, 30, 11, 22, 14, 21, 500, 'TAK', 'TAK', 'TAK', 'TAK', 'TAK', 'TAK', 0.5, 'informatyk szkolny', 14, 13, 3, 8, 7, 31, 15, 29],
];

function wierszSzkoly(x: S, i: number): ZapisKomorki[] {
  const [nazwa, typ, ...reszta] = x;
  const liczby = reszta.map((v) => (typeof v === 'number' ? { v } : tekst(v)));
  // order of KOLUMNY_SZKOL after `Nazwa szkoły`, `REGON szkoły`, `Typ`
  return [tekst(nazwa), tekst(regon(i + 1)), tekst(typ), ...liczby];
}

// prettier-ignore
/** budget in złoty; base and target values in hundredths (11,25 → 1125) */
type D = [cel: string, nazwa: string, kto: string, poczatek: string, koniec: string, budzet: number, zrodlo: string, wskaznik: string, baza: number, docelowa: number, rek: string, konsultacje: string, profil: Profil];
type Profil = 'dobry' | 'opozniony' | 'zagrozony' | 'poTerminie' | 'przekroczenie';

const C1 = 'C1. Szybki i bezpieczny internet w każdej szkole';
const C2 = 'C2. Nowoczesny sprzęt dla uczniów';
const C3 = 'C3. Sprawna obsługa IT i bezpieczeństwo danych';
const C4 = 'C4. Kompetencje cyfrowe nauczycieli';
const C5 = 'C5. Przeciwdziałanie wykluczeniu cyfrowemu uczniów';
const KONS = 'dyrektorzy szkół; rady pedagogiczne; rady rodziców; samorząd uczniowski';

// prettier-ignore
const DZIALANIA: D[] = [
  [C1, 'Podłączenie SP Brzozówka i Przedszkola w Brzozówce do OSE', 'Wydział Edukacji', '2025-01-01', '2025-06-30', 48_000, 'program rządowy', 'Placówki z łączem ≥ 100 Mb/s (liczba)', 1000, 1200, 'R-LACZE', KONS, 'dobry'],
  [C1, 'Rozbudowa sieci Wi-Fi w 6 szkołach', 'Centrum Usług Wspólnych', '2025-02-01', '2025-11-30', 186_000, 'KPO', 'Sale z Wi-Fi (%)', 7800, 10000, 'R-WIFI', KONS, 'opozniony'],
  [C2, 'Zakup 120 laptopów dla uczniów', 'Wydział Edukacji', '2025-03-01', '2025-08-31', 384_000, 'fundusze UE', 'Uczniów na komputer uczniowski', 1125, 800, 'R-SPRZET', KONS, 'przekroczenie'],
  [C2, 'Plan wymiany komputerów starszych niż 5 lat 2025–2026', 'Centrum Usług Wspólnych', '2025-06-01', '2026-05-31', 240_000, 'budżet JST', 'Komputery starsze niż 5 lat (%)', 3600, 1500, 'R-WYMIANA', 'dyrektorzy szkół', 'dobry'],
  [C3, 'Centralna obsługa informatyczna szkół w CUW', 'Centrum Usług Wspólnych', '2025-01-01', '2025-12-31', 156_000, 'budżet JST', 'Etaty IT na 100 komputerów', 62, 100, 'R-IT', 'dyrektorzy szkół; CUW', 'zagrozony'],
  [C3, 'Kopie zapasowe w chmurze i polityka ochrony danych', 'Inspektor Ochrony Danych', '2025-01-01', '2025-09-30', 42_000, 'budżet JST', 'Placówki z kopią zapasową i polityką (liczba)', 600, 1200, 'R-BEZPIECZENSTWO', 'dyrektorzy szkół; IOD', 'poTerminie'],
  [C4, 'Szkolenia DigCompEdu dla nauczycieli', 'Wydział Edukacji', '2025-02-01', '2025-12-31', 96_000, 'fundusze UE', 'Ocenieni nauczyciele na poziomie B1+ (%)', 7200, 8500, 'R-KOMPETENCJE', 'rady pedagogiczne', 'dobry'],
  [C5, 'Wypożyczalnia laptopów i dofinansowanie internetu w domu', 'Ośrodek Pomocy Społecznej', '2025-01-01', '2026-06-30', 210_000, 'inne', 'Uczniowie bez urządzenia lub internetu (%)', 348, 150, 'R-WYKLUCZENIE', 'rady rodziców; OPS; pedagodzy szkolni', 'dobry'],
];

const MIESIACE: Miesiac[] = miesiace({ y: 2025, m: 1 }, { y: 2025, m: 12 });
const dzien = (s: string) => dataZTekstu(s)!.data!;

/** actual progress (whole percent) per profile, from the exact planned progress */
function postepRzeczywisty(profil: Profil, plan: bigint, i: number): bigint {
  const obetnij = (x: bigint) => (x < 0n ? 0n : x > 100n ? 100n : x);
  switch (profil) {
    case 'dobry':
      return obetnij(plan + 2n);
    case 'przekroczenie':
      return plan;
    case 'opozniony':
      return obetnij(plan - 14n);
    case 'zagrozony':
      return obetnij(i < 4 ? plan - 5n : plan - 28n);
    case 'poTerminie':
      return plan > 90n ? 90n : plan;
  }
}

function monitoring(): ZapisKomorki[][] {
  const wiersze: ZapisKomorki[][] = [];
  for (const [, nazwa, , od, doD, budzet, , , baza, cel, , , profil] of DZIALANIA) {
    const p = dzien(od);
    const k = dzien(doD);
    let wydanoGr = 0;
    MIESIACE.forEach((m, i) => {
      if (dataIso(ostatniDzien(m)) < od) return;
      const plan = zaokraglij(postepPlanowany(p, k, m).procent, 0);
      const fakt = postepRzeczywisty(profil, plan, i);
      // after its end an action is reported only while it is unfinished
      if (dataIso(pierwszyDzien(m)) > doD && fakt >= 100n) return;
      // spending follows the actual progress; the over-budget action spends 12 % more
      const narast = Number(
        zaokraglij(ulamek(BigInt(budzet * 100) * fakt * (profil === 'przekroczenie' ? 112n : 100n), 10_000n), 0),
      );
      const wydatki = Math.max(narast - wydanoGr, 0);
      wydanoGr += wydatki;
      const wartosc = Number(zaokraglij(ulamek(BigInt(baza) * (100n - fakt) + BigInt(cel) * fakt, 10_000n), 2)) / 100;
      const uwagi =
        profil === 'poTerminie' && dataIso(ostatniDzien(m)) > doD
          ? 'opóźnienie wdrożenia polityki w 2 placówkach'
          : profil === 'przekroczenie' && fakt > 50n
            ? 'wzrost cen sprzętu'
            : '';
      wiersze.push([
        tekst(nazwa),
        tekst(miesiacIso(m)),
        { v: Number(fakt) },
        { v: wartosc },
        zl(wydatki),
        tekst(uwagi),
      ]);
    });
  }
  return wiersze;
}

export function przykladGminy(): ZapisArkusza[] {
  const plan: ZapisKomorki[][] = DZIALANIA.map(
    ([cel, nazwa, kto, od, doD, budzet, zrodlo, wsk, baza, docel, rek, kons]) => [
      tekst(cel),
      tekst(nazwa),
      tekst(kto),
      tekst(od),
      tekst(doD),
      zl(budzet * 100),
      tekst(zrodlo),
      tekst(wsk),
      { v: baza / 100 },
      { v: docel / 100 },
      tekst(rek),
      tekst(kons),
    ],
  );
  return [
    szablonSzkol(SZKOLY.map(wierszSzkoly)),
    szablonRegul(),
    szablonPlanu(plan),
    szablonMonitoringu(monitoring()),
    szablonParametrowMonitoringu(),
  ];
}
