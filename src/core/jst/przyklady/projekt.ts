/**
 * Example programme workbook (pure data): `Uczestnicy` with 160+ pseudonymous participants from 52
 * JSTs (mostly teams of 3–4, some of 2 or 5; some rows incomplete; some people listed twice, one with
 * conflicting answers, one with competences raised without the training), `Budżet projektu` spending
 * lines 2023–2025 (one outside its task window) and a `Plan zadania × rok` matrix. Run `wskazniki` on
 * it with a reporting date of 2025-06-30. Names and codes are invented.
 */
import type { ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { tekst, zl } from '../../zeszyt/formaty';
import { WOJEWODZTWA } from '../../program/definicja';
import { szablonBudzetuProjektu, szablonPlanuZadan, szablonUczestnikow } from '../szablony';

// prettier-ignore
const NAZWY = [
  'Brzozowa Wola', 'Dębowiec Górny', 'Jabłonna Mała', 'Kalinowo', 'Lipnica Wielka', 'Olszanka', 'Sosnowa Dolina', 'Wierzbica Stara', 'Grabowo', 'Jaworze Dolne',
  'Klonowice', 'Modrzewie', 'Orzechowo', 'Topolany', 'Wiązowna Mała', 'Bukowina', 'Cisowa', 'Jarzębina', 'Leszczyny', 'Malinowo',
  'Porzeczkowo', 'Różanka', 'Sadowie', 'Trzcianka Górna', 'Wrzosowo', 'Zielonka Wielka', 'Borówki', 'Chabrowo', 'Dziewanna', 'Głogowiec',
  'Jagodno', 'Kminkowo', 'Lawendowo', 'Miodowa Wola', 'Nagietkowo', 'Ostrężyna', 'Paprocie', 'Rumiankowo', 'Szałwiowo', 'Tatarakowo',
  'Wrzosy', 'Żurawinowo', 'Kaczeńce', 'Fiołkowo', 'Bławatki', 'Konwalie', 'Macierzanka', 'Piołunowo', 'Rdestowo', 'Stokrotkowo',
  'Tymiankowo', 'Zawilce',
];

/** team sizes: mostly 3, every 7th 4, two teams of 2 and two of 5 */
function rozmiar(i: number): number {
  if (i === 11 || i === 37) return 2;
  if (i === 19 || i === 44) return 5;
  return i % 7 === 3 ? 4 : 3;
}

function teryt(i: number): string {
  const woj = WOJEWODZTWA[i % 16].teryt;
  const powiat = String(1 + (i % 9)).padStart(2, '0');
  const gmina = String(1 + ((i * 5) % 13)).padStart(2, '0');
  return `${woj}${powiat}${gmina}${1 + (i % 3)}`;
}

const rodzaj = (i: number) => ['Gmina', 'Gmina', 'Miasto i Gmina'][i % 3];

function data(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function uczestnicy(): ZapisKomorki[][] {
  const wiersze: ZapisKomorki[][] = [];
  let nr = 0;
  NAZWY.forEach((nazwa, j) => {
    const t = teryt(j);
    const jst = `${rodzaj(j)} ${nazwa}`;
    // recruitment waves: April 2024 … June 2025; the last wave starts after the reporting date
    const fala = j % 6;
    const start =
      fala === 5 ? data(2025, 7, 1) : data(2024 + (fala >= 3 ? 1 : 0), [4, 9, 11, 2, 4][fala], 1 + (j % 20));
    const ukonczyli = fala <= 2;
    for (let k = 0; k < rozmiar(j); k++) {
      nr++;
      const id = `U-${String(nr).padStart(4, '0')}`;
      const plec = nr % 10 < 7 ? 'K' : 'M';
      const rola = k === 0 ? 'kierownictwo JST' : k === 4 ? 'dyrektor lub inny interesariusz' : 'kadra operacyjna';
      const szkolenia = ukonczyli || (fala === 3 && k < 2);
      let kompetencje = szkolenia && nr % 9 !== 0;
      if (nr === 100) kompetencje = true; // competences raised without the training (JST-5 error)
      const doradztwo = fala <= 3 || j % 5 === 0;
      const w: ZapisKomorki[] = [
        tekst(id),
        tekst(plec),
        tekst(jst),
        tekst(t),
        tekst(rola),
        tekst(start),
        tekst(szkolenia ? 'TAK' : 'NIE'),
        tekst(kompetencje ? 'TAK' : 'NIE'),
        tekst(doradztwo ? 'TAK' : 'NIE'),
      ];
      // incomplete rows: a missing sex, a missing start date, a missing TERYT
      if (nr === 17) w[1] = null;
      if (nr === 58) w[5] = null;
      if (nr === 131) w[3] = null;
      wiersze.push(w);
      // the same person listed twice (a second training module); U-0042 answers differently the second time
      if (nr === 5 || nr === 42 || nr === 77) {
        const drugi = [...w];
        drugi[5] = tekst(data(2024, 12, 2));
        if (nr === 42) drugi[7] = tekst(kompetencje ? 'NIE' : 'TAK');
        wiersze.push(drugi);
      }
    }
  });
  return wiersze;
}

// prettier-ignore
const WYDATKI: Array<[zadanie: string, data: string, grosze: number, opis: string]> = [
  ['Zadanie 1', '2023-05-15', 4_250_000, 'Opracowanie programu szkoleń (umowa z ekspertami)'],
  ['Zadanie 1', '2023-07-31', 6_830_550, 'Narzędzie diagnozy cyfrowej szkół — licencja i wdrożenie'],
  ['Zadanie 1', '2023-10-20', 3_912_000, 'Recenzje i pilotaż materiałów'],
  ['Zadanie 1', '2024-02-28', 5_100_000, 'Platforma e-learningowa — konfiguracja'],
  ['Zadanie 1', '2024-06-14', 2_415_075, 'Rekrutacja JST — kampania informacyjna'],
  ['Zadanie 2', '2024-04-22', 31_250_000, 'Szkolenia stacjonarne — fala I'],
  ['Zadanie 2', '2024-06-28', 28_740_120, 'Szkolenia stacjonarne — fala II'],
  ['Zadanie 2', '2024-09-30', 45_600_000, 'Doradztwo dla JST — III kw. 2024'],
  ['Zadanie 2', '2024-12-16', 52_380_450, 'Doradztwo dla JST — IV kw. 2024'],
  ['Zadanie 2', '2025-03-31', 61_275_000, 'Doradztwo dla JST — I kw. 2025'],
  ['Zadanie 2', '2025-06-27', 58_904_300, 'Szkolenia stacjonarne — fala III i doradztwo'],
  ['Zadanie 3', '2024-11-18', 1_850_000, 'Zaliczka na monitoring wdrożeń (przed oknem zadania)'],
  ['Zadanie 4', '2024-04-30', 6_250_000, 'Zarządzanie projektem — II kw. 2024'],
  ['Zadanie 4', '2024-07-31', 6_250_000, 'Zarządzanie projektem — III kw. 2024'],
  ['Zadanie 4', '2024-10-31', 6_250_000, 'Zarządzanie projektem — IV kw. 2024'],
  ['Zadanie 4', '2025-01-31', 6_250_000, 'Zarządzanie projektem — I kw. 2025'],
  ['Zadanie 4', '2025-04-30', 6_250_000, 'Zarządzanie projektem — II kw. 2025'],
  ['Zadanie 4', '2025-05-20', -125_000, 'Korekta — zwrot nadpłaty za usługę'],
];

/** task × year plan in grosze (rows Zadanie 1–4, columns 2023–2026); sums reconcile, Zadanie 2 in 2023 lies outside its window */
// prettier-ignore
const PLAN_ZADAN: number[][] = [
  [15_000_000, 15_000_000, 0, 0],
  [135_000_000, 135_000_000, 150_000_000, 0],
  [0, 0, 0, 60_000_000],
  [0, 0, 0, 90_000_000],
];

export function przykladProjektu(): ZapisArkusza[] {
  return [
    szablonUczestnikow(uczestnicy()),
    szablonBudzetuProjektu(WYDATKI.map(([z, d, g, o]) => [tekst(z), tekst(d), zl(g), tekst(o)])),
    szablonPlanuZadan(PLAN_ZADAN),
  ];
}
