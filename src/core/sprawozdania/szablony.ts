/**
 * Templates `sprawozdanie-szkoly` (CS-R.1) and `sprawozdanie-organu` (CS-R.2: `Sprawozdanie organu`,
 * `Dotacje`, `Wydatki`), with dropdowns for every vocabulary; filled variants for the examples.
 */
import type { ZapisArkusza, ZapisKomorki } from '../zeszyt/model';
import { arkuszEtykiet, arkuszTabeli, type EtykietaSzablonu, type KolumnaSzablonu } from '../zeszyt/szablon';
import { FORMAT_DATA, FORMAT_TEKST, FORMAT_ZL } from '../zeszyt/formaty';
import { WARIANT } from '../wnioski/slowniki';
import { TAK_NIE } from '../komorki/odczyt';
import { WOJEWODZTWA } from '../program/definicja';
import {
  ARKUSZ_DOTACJI,
  ARKUSZ_SPRAWOZDANIA_ORGANU,
  ARKUSZ_SPRAWOZDANIA_SZKOLY,
  ARKUSZ_WYDATKOW,
  EO,
  ES,
  KD,
  KW,
  ZRODLA,
} from './schemat';

const TN = TAK_NIE.wartosci;
const DATY = { rodzaj: 'data', min: '2000-01-01', max: '2099-12-31' } as const;
const C0 = { rodzaj: 'calkowita', min: 0 } as const;

const ETYKIETY_SZKOLY: ReadonlyArray<Omit<EtykietaSzablonu, 'wartosc'>> = [
  { etykieta: ES.nazwa },
  { etykieta: ES.regon, regula: { rodzaj: 'dlugoscTekstu', min: 9, max: 14 }, podpowiedz: '9 lub 14 cyfr (CS-10.4)' },
  {
    etykieta: ES.teryt,
    regula: { rodzaj: 'dlugoscTekstu', min: 2, max: 7 },
    podpowiedz: 'kod TERYT organu prowadzącego (CS-10.4)',
  },
  {
    etykieta: ES.uczniowie,
    regula: { rodzaj: 'calkowita', min: 1 },
    podpowiedz: 'SIO, 30.09.2011 — wyznacza wielkość szkoły (CS-5.1)',
  },
  { etykieta: ES.wariant, lista: WARIANT.wartosci, podpowiedz: 'wariant przyznany' },
  { etykieta: ES.data, regula: DATY, podpowiedz: 'RRRR-MM-DD; termin 10.06.2013 (CS-17.1)' },
  { etykieta: ES.nauczyciele, regula: { rodzaj: 'calkowita', min: 1 }, podpowiedz: 'T ≥ 1' },
  { etykieta: ES.ekoordWyznaczony, lista: TN },
  { etykieta: ES.ekoordPrzeszkolony, lista: TN },
  { etykieta: ES.wsparcie, lista: TN },
  { etykieta: ES.przeszkoleni, regula: C0, podpowiedz: '0…T; wymagane ≥ 20 % T (CS-7.1)' },
  { etykieta: ES.wSieciach, regula: C0, podpowiedz: '0…T; wymagane ≥ 50 % T' },
  { etykieta: ES.spotkania, regula: C0, podpowiedz: '0…liczba w sieciach' },
  { etykieta: ES.lekcje, regula: C0, podpowiedz: 'mała / średnia / duża: 2 / 4 / 6' },
  { etykieta: ES.scenariusze, regula: C0, podpowiedz: '3 / 6 / 9' },
  { etykieta: ES.projekty, regula: C0, podpowiedz: '2 / 4 / 6' },
  { etykieta: ES.godziny, regula: C0, podpowiedz: '3 / 6 / 9; klasy IV–VI (wariant I), klasa IV (wariant II)' },
  { etykieta: ES.wypozyczone, regula: C0, podpowiedz: 'tylko wariant II' },
  { etykieta: ES.zasady, lista: TN, podpowiedz: 'tylko wariant II' },
  { etykieta: ES.szkolenieTechniczne, lista: TN, podpowiedz: 'CS-6.3' },
  { etykieta: ES.obsluga, lista: TN, podpowiedz: 'CS-6.3' },
  { etykieta: ES.tryb, podpowiedz: 'nieobowiązkowe' },
  { etykieta: ES.dataZamowienia, podpowiedz: 'nieobowiązkowe' },
];

const NIE_ZMIENIAJ = 'Nie zmieniaj nazw nagłówków ani etykiet.';

/** `sprawozdanie-szkoly`: empty, or filled with `wartosci` (label → cell). */
export function szablonSprawozdaniaSzkoly(wartosci: Record<string, ZapisKomorki> = {}): ZapisArkusza[] {
  return [
    arkuszEtykiet(
      ARKUSZ_SPRAWOZDANIA_SZKOLY,
      ETYKIETY_SZKOLY.map((e) => ({ ...e, wartosc: wartosci[e.etykieta] ?? null })),
      {
        tytul: 'Sprawozdanie szkoły z realizacji zadań (§17, CS-R.1)',
        instrukcja: `Wpisz wartości w żółtych polach kolumny B; pola z listą wybierz z listy. Podpowiedzi są w kolumnie C. ${NIE_ZMIENIAJ}`,
      },
    ),
  ];
}

const KOLUMNY_DOTACJI: readonly KolumnaSzablonu[] = [
  { naglowek: KD.regon, szerokosc: 16, format: FORMAT_TEKST },
  { naglowek: KD.nazwa, szerokosc: 40 },
  { naglowek: KD.wariant, szerokosc: 10, lista: WARIANT.wartosci },
  { naglowek: KD.uczniowie, szerokosc: 14, regula: { rodzaj: 'calkowita', min: 1 } },
  { naglowek: KD.kwota, szerokosc: 18, format: FORMAT_ZL },
];

const KOLUMNY_WYDATKOW: readonly KolumnaSzablonu[] = [
  { naglowek: KW.regon, szerokosc: 16, format: FORMAT_TEKST },
  { naglowek: KW.pkt, szerokosc: 10, regula: { rodzaj: 'calkowita', min: 1 } },
  { naglowek: KW.pomoc, szerokosc: 40 },
  { naglowek: KW.liczba, szerokosc: 10, regula: { rodzaj: 'calkowita', min: 1 } },
  { naglowek: KW.cena, szerokosc: 18, format: FORMAT_ZL },
  // WB-2.0: computed, re-checked by the reader (CS-R.2a)
  {
    naglowek: KW.wartosc,
    szerokosc: 18,
    format: FORMAT_ZL,
    formula: (r) => `IF(OR(D${r}="",E${r}=""),"",ROUND(D${r}*E${r},2))`,
  },
  { naglowek: KW.zrodlo, szerokosc: 14, lista: ZRODLA },
  { naglowek: KW.inwestycja, szerokosc: 12, lista: TN },
  { naglowek: KW.data, szerokosc: 14, format: FORMAT_DATA },
  { naglowek: KW.dokument, szerokosc: 24 },
];

export interface DaneSzablonuOrganu {
  etykiety?: Record<string, ZapisKomorki>;
  dotacje?: ZapisKomorki[][];
  wydatki?: ZapisKomorki[][];
}

/** `sprawozdanie-organu`: empty, or filled. */
export function szablonSprawozdaniaOrganu(d: DaneSzablonuOrganu = {}): ZapisArkusza[] {
  const e = d.etykiety ?? {};
  const et = (etykieta: string, extra: Omit<EtykietaSzablonu, 'etykieta'> = {}): EtykietaSzablonu => ({
    etykieta,
    ...extra,
    wartosc: e[etykieta] ?? null,
  });
  return [
    arkuszEtykiet(
      ARKUSZ_SPRAWOZDANIA_ORGANU,
      [
        et(EO.organ),
        et(EO.teryt, { podpowiedz: 'CS-10.4', regula: { rodzaj: 'dlugoscTekstu', min: 2, max: 7 } }),
        et(EO.wojewodztwo, { lista: WOJEWODZTWA.map((w) => w.nazwa) }),
        et(EO.data, { regula: DATY, podpowiedz: 'RRRR-MM-DD; termin 30.06.2013 (CS-18.1)' }),
        et(EO.ocena, { podpowiedz: '§18 pkt 2' }),
        et(EO.wplyw, { podpowiedz: '§18 pkt 2' }),
        et(EO.efektyI, { podpowiedz: '§18 pkt 3' }),
        et(EO.efektyII, { podpowiedz: '§18 pkt 3' }),
        et(EO.problemy, { podpowiedz: '§18 pkt 4' }),
      ],
      {
        tytul: 'Sprawozdanie organu prowadzącego (§18, CS-R.2)',
        instrukcja: `Wpisz wartości w żółtych polach kolumny B; dotacje i wydatki w arkuszach „${ARKUSZ_DOTACJI}” i „${ARKUSZ_WYDATKOW}”. ${NIE_ZMIENIAJ}`,
      },
    ),
    arkuszTabeli(ARKUSZ_DOTACJI, KOLUMNY_DOTACJI, d.dotacje ?? [], {
      tytul: 'Dotacje przekazane szkołom (jeden wiersz = jedna szkoła)',
      instrukcja: `Wpisuj dane w żółtych polach od wiersza pod nagłówkiem. ${NIE_ZMIENIAJ}`,
    }),
    arkuszTabeli(ARKUSZ_WYDATKOW, KOLUMNY_WYDATKOW, d.wydatki ?? [], {
      tytul: 'Wydatki do rozliczenia (jeden wiersz = jedna pozycja dokumentu)',
      instrukcja: `Wpisuj dane w żółtych polach; „Wartość (zł)” liczy się sama (Liczba × Cena) i jest sprawdzana. ${NIE_ZMIENIAJ}`,
    }),
  ];
}
