/**
 * Deliberate NON-blocking problems planted in a generated voivodeship workbook, each on its own row,
 * spread over the sheet. Each one records the finding it must produce (cell, severity, rule) — the
 * README table and the golden test are built from these records, so they cannot drift apart.
 */
import { tekst, CYFROWA_SZKOLA_2012, kwotaPl } from '../core';
import type { Los } from './los';
import type { GeneratorRegonow } from './regony';
import { limit, type Szkola } from './szkoly';
import { d, komorkaDaty } from './komorki';
import { PATRONI } from './nazwy';

interface BladCelowy {
  opis: string;
  decyzja: 'odrzucona formalnie' | 'w losowaniu';
  /** extra condition on the row that receives it */
  pasuje?: (s: Szkola) => boolean;
  zastosuj: (s: Szkola, regony: GeneratorRegonow, los: Los) => void;
}

const mala = (s: Szkola) => s.uczniowie <= 100 && s.typ === null;
const jednaSzkola = (s: Szkola) => s.organ.liczbaSzkol === 1; // the body's date concerns only this row
const termin = CYFROWA_SZKOLA_2012.terminy.wniosekOrganu;

const BLEDY: BladCelowy[] = [
  {
    opis: 'REGON z błędną cyfrą kontrolną',
    decyzja: 'odrzucona formalnie',
    zastosuj: (s, r) => {
      s.regon = r.zBlednaCyfra();
      s.oczekiwane.push({
        klucz: 'regon',
        waga: 'błąd',
        regula: 'CS-10.4',
        opis: `REGON ${s.regon} — błędna cyfra kontrolna`,
      });
    },
  },
  {
    opis: 'wkład własny = 20 % wsparcia zamiast 20 % wartości zadania',
    decyzja: 'odrzucona formalnie',
    pasuje: mala,
    zastosuj: (s) => {
      s.wnioskowana = 9_000_000;
      s.wklad = 1_800_000;
      s.zapisKwot = 'liczba';
      s.oczekiwane.push({
        klucz: 'wklad',
        waga: 'błąd',
        regula: 'CS-4.3',
        opis: 'wkład 18 000,00 zł przy wsparciu 90 000,00 zł (minimum 22 500,00 zł)',
      });
    },
  },
  {
    opis: 'liczba uczniów 0',
    decyzja: 'odrzucona formalnie',
    zastosuj: (s) => {
      s.uczniowie = 0;
      s.uczniowieTekstem = false;
      s.oczekiwane.push({ klucz: 'uczniowie', waga: 'błąd', regula: 'CS-5.1', opis: 'liczba uczniów klas I-VI = 0' });
    },
  },
  {
    opis: 'TERYT organu z innego województwa',
    decyzja: 'odrzucona formalnie',
    zastosuj: (s) => {
      s.nadpisane.organ = tekst('Gmina Miejska Kraków');
      s.nadpisane.rodzajOrganu = tekst('gmina');
      s.nadpisane.teryt = tekst('1261011');
      s.oczekiwane.push({
        klucz: 'teryt',
        waga: 'błąd',
        regula: 'CS-10.4',
        opis: 'TERYT 1261011 (małopolskie) w zeszycie mazowieckim',
      });
    },
  },
  {
    opis: 'wniosek organu złożony po terminie',
    decyzja: 'odrzucona formalnie',
    pasuje: jednaSzkola,
    zastosuj: (s) => {
      s.nadpisane.dataWniosku = komorkaDaty(d(2012, 5, 4));
      s.oczekiwane.push({
        klucz: 'dataWniosku',
        waga: 'błąd',
        regula: 'CS-11.1',
        opis: `data wniosku organu 2012-05-04, termin ${termin.y}-0${termin.m}-${termin.d}`,
      });
    },
  },
  {
    opis: 'wniosek po terminie, zespół ocenia pozytywnie z uzasadnieniem',
    decyzja: 'w losowaniu',
    pasuje: jednaSzkola,
    zastosuj: (s) => {
      s.nadpisane.dataWniosku = komorkaDaty(d(2012, 5, 2));
      s.ocena = 'pozytywna';
      s.uzasadnienie = 'Wniosek nadany w placówce pocztowej 30.04.2012 (data stempla) — złożony w terminie.';
      s.oczekiwane.push({
        klucz: 'dataWniosku',
        waga: 'błąd',
        regula: 'CS-11.1',
        opis: 'data wniosku 2012-05-02; zespół: „pozytywna” z uzasadnieniem (wniosek bierze udział w losowaniu)',
      });
    },
  },
  {
    opis: 'kwota z trzema miejscami po przecinku (tekst)',
    decyzja: 'odrzucona formalnie',
    pasuje: mala,
    zastosuj: (s) => {
      s.nadpisane.wnioskowana = tekst('87500,125');
      s.oczekiwane.push({
        klucz: 'wnioskowana',
        waga: 'błąd',
        regula: 'WB-1.4',
        opis: 'tekst „87500,125” — więcej niż 2 miejsca po przecinku',
      });
    },
  },
  {
    opis: 'wkład własny z kropką jako separatorem tysięcy',
    decyzja: 'odrzucona formalnie',
    zastosuj: (s) => {
      s.nadpisane.wklad = tekst('22.500,00');
      s.oczekiwane.push({
        klucz: 'wklad',
        waga: 'błąd',
        regula: 'WB-1.4',
        opis: 'tekst „22.500,00” — kropka jako separator tysięcy',
      });
    },
  },
  {
    opis: 'nazwa szkoły wyglądająca jak formuła',
    decyzja: 'w losowaniu',
    zastosuj: (s) => {
      s.nazwa = '=SUMA(A1)';
    },
  },
  {
    opis: 'rezygnacja bez wcześniejszego protokołu',
    decyzja: 'odrzucona formalnie',
    zastosuj: (s) => {
      s.rezygnacja = 'TAK';
      s.dataRezygnacji = d(2012, 6, 1);
      s.oczekiwane.push({
        klucz: 'rezygnacja',
        waga: 'błąd',
        regula: 'CS-Z3.R',
        opis: '„TAK” w kolumnie Rezygnacja, a zeszyt nie ma protokołu',
      });
    },
  },
  {
    opis: 'organ prowadzący niebędący JST (rodzaj „inny”)',
    decyzja: 'odrzucona formalnie',
    zastosuj: (s) => {
      s.nadpisane.organ = tekst('Stowarzyszenie Oświatowe „Nasza Szkoła”');
      s.nadpisane.rodzajOrganu = tekst('inny');
      s.nadpisane.teryt = null;
      s.oczekiwane.push({
        klucz: 'rodzajOrganu',
        waga: 'błąd',
        regula: 'CS-3.1',
        opis: 'rodzaj organu „inny” (stowarzyszenie)',
      });
    },
  },
  {
    opis: 'wariant zastępczy równy wariantowi',
    decyzja: 'odrzucona formalnie',
    zastosuj: (s) => {
      s.zastepczy = s.wariant;
      s.oczekiwane.push({
        klucz: 'zastepczy',
        waga: 'błąd',
        regula: 'CS-8.1',
        opis: `wariant ${s.wariant}, wariant zastępczy ${s.wariant}`,
      });
    },
  },
  {
    opis: 'szkoła niekwalifikująca się (gimnazjum)',
    decyzja: 'odrzucona formalnie',
    zastosuj: (s, _r, los) => {
      s.nazwa = `Gimnazjum nr ${los.calkowita(1, 5)} im. ${los.wybierz(PATRONI)}`;
      s.nadpisane.typ = tekst('gimnazjum');
      s.oczekiwane.push({ klucz: 'typ', waga: 'błąd', regula: 'CS-2.1', opis: 'typ szkoły „gimnazjum”' });
    },
  },
  {
    opis: 'ocena formalna „negatywna” zespołu z uzasadnieniem (bez uwagi)',
    decyzja: 'odrzucona formalnie',
    zastosuj: (s) => {
      s.ocena = 'negatywna';
      s.uzasadnienie = 'Brak oryginałów wniosków dyrektorów szkół (CS-11.1) — nie uzupełniono w wyznaczonym terminie.';
    },
  },
  {
    opis: 'REGON wpisany jako liczba (utracone zero wiodące)',
    decyzja: 'w losowaniu',
    zastosuj: (s, r) => {
      s.regon = r.zZerem();
      s.nadpisane.regon = { v: Number(s.regon) };
      s.oczekiwane.push({
        klucz: 'regon',
        waga: 'informacja',
        regula: 'WB-1.6',
        opis: `liczba ${Number(s.regon)} uzupełniona zerem do ${s.regon}`,
      });
    },
  },
  {
    opis: 'liczba uczniów jako formuła z błędem #N/A',
    decyzja: 'odrzucona formalnie',
    zastosuj: (s) => {
      s.specjalne.uczniowie = { formula: 'NA()', wynik: { blad: '#N/A' } };
      s.oczekiwane.push({
        klucz: 'uczniowie',
        waga: 'błąd',
        regula: 'CS-5.1',
        opis: 'formuła =NA() — błąd formuły #N/A',
      });
    },
  },
  {
    opis: 'liczba uczniów jako formuła z wynikiem (bez uwagi)',
    decyzja: 'w losowaniu',
    zastosuj: (s) => {
      const a = Math.floor(s.uczniowie / 2);
      s.specjalne.uczniowie = { formula: `${a}+${s.uczniowie - a}`, wynik: s.uczniowie };
    },
  },
];

/** Plants every deliberate problem on its own row, spread evenly over the rows. */
export function wstawBledyCelowe(szkoly: Szkola[], regony: GeneratorRegonow, los: Los): void {
  const n = szkoly.length;
  BLEDY.forEach((b, i) => {
    const start = Math.floor(((i + 0.5) * n) / BLEDY.length);
    for (let j = 0; j < n; j++) {
      const s = szkoly[(start + j) % n];
      if (s.celowy || s.wnioskowana > limit(s.uczniowie) || s.zapisKwot !== 'liczba' || s.uczniowieTekstem) continue;
      if (b.pasuje && !b.pasuje(s)) continue;
      s.ocena = null; // the team's entry is part of some problems only
      b.zastosuj(s, regony, los);
      s.celowy = { opis: b.opis, decyzja: b.decyzja };
      return;
    }
    throw new Error(`no row fits the deliberate error "${b.opis}"`);
  });
}

/** CS-5.2: a request above the cap is capped with a warning at the amount (every such row). */
export function oczekiwaneLimity(szkoly: Szkola[]): void {
  for (const s of szkoly) {
    const cap = limit(s.uczniowie);
    if (s.nadpisane.wnioskowana !== undefined || s.specjalne.uczniowie || cap === 0 || s.wnioskowana <= cap) continue;
    s.oczekiwane.push({
      klucz: 'wnioskowana',
      waga: 'ostrzeżenie',
      regula: 'CS-5.2',
      opis: `wnioskowana ${kwotaPl(s.wnioskowana, true, ' ')} > limit ${kwotaPl(cap, true, ' ')} (do kwalifikacji przyjęto limit)`,
    });
  }
}
