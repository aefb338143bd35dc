/**
 * CS-R.2 written sheets: `Rozliczenie dotacji` (per school, subtotals per variant, `Razem`),
 * `Zestawienie wydatków` (§18 pkt 1, counted lines per catalogue point) and `Wydatki nieuwzględnione`.
 */
import type { ZapisArkusza, ZapisKomorki } from '../zeszyt/model';
import { FORMAT_PROCENT, liczba, naglowek, tekst, zl } from '../zeszyt/formaty';
import { dataIso } from '../komorki/daty';
import type { Grosze } from '../kwota';
import type { SprawozdanieOrganu } from './czytajOrgan';
import { sumaKwot, udzialWkladu, type Kwoty } from './rozliczenie';
import { ARKUSZ_NIEUWZGLEDNIONYCH, ARKUSZ_ROZLICZENIA, ARKUSZ_ZESTAWIENIA } from './schemat';

const NAGLOWKI_ROZLICZENIA = [
  'REGON szkoły',
  'Nazwa szkoły',
  'Wariant',
  'Dotacja (zł)',
  'Wydatki z dotacji (zł)',
  'Wkład własny (zł)',
  'Wydatki kwalifikowane z dotacji (zł)',
  'Dotacja rozliczona (zł)',
  'Do zwrotu (zł)',
  'w tym niewydane',
  'w tym ponad 50 % inwestycji',
  'w tym wkład poniżej 20 %',
  'Udział wkładu własnego',
];

function udzialKomorka(k: Kwoty, pogrubienie = false): ZapisKomorki {
  const u = udzialWkladu(k);
  return u === null ? tekst('—') : { v: Number(u) / 100, fmt: FORMAT_PROCENT, pogrubienie };
}

function kwotyKomorki(k: Kwoty, pogrubienie = false): ZapisKomorki[] {
  return [k.G, k.S, k.W, k.E, k.Z, k.D, k.niewydane, k.ponad50, k.ponizej20].map((g) => zl(g, { pogrubienie }));
}

export interface SumyRozliczenia {
  warianty: Array<{ wariant: 'I' | 'II'; kwoty: Kwoty }>;
  razem: Kwoty;
}

export function sumyRozliczenia(o: SprawozdanieOrganu): SumyRozliczenia {
  const warianty = (['I', 'II'] as const)
    .map((wariant) => ({
      wariant,
      lista: o.szkoly.filter((s) => s.wariant === wariant).map((s) => s.rozliczenie),
    }))
    .filter((w) => w.lista.length > 0)
    .map((w) => ({ wariant: w.wariant, kwoty: sumaKwot(w.lista) }));
  return { warianty, razem: sumaKwot(o.szkoly.map((s) => s.rozliczenie)) };
}

export function arkuszRozliczenia(o: SprawozdanieOrganu): ZapisArkusza {
  const sumy = sumyRozliczenia(o);
  const wiersze: ZapisKomorki[][] = [
    NAGLOWKI_ROZLICZENIA.map(naglowek),
    ...o.szkoly.map((s) => [
      tekst(s.regon),
      tekst(s.nazwa),
      tekst(s.wariant ?? '—'),
      ...kwotyKomorki(s.rozliczenie),
      udzialKomorka(s.rozliczenie),
    ]),
    ...sumy.warianty.map((w) => [
      tekst(`Razem wariant ${w.wariant}`, { pogrubienie: true }),
      null,
      tekst(w.wariant),
      ...kwotyKomorki(w.kwoty, true),
      udzialKomorka(w.kwoty, true),
    ]),
    [
      tekst('Razem', { pogrubienie: true }),
      null,
      null,
      ...kwotyKomorki(sumy.razem, true),
      udzialKomorka(sumy.razem, true),
    ],
    [],
    [
      tekst(
        'E = (S − Σ S_t) + Σ min(S_t, W_t) po typach inwestycyjnych t (CS-4.4); Z = min(E, G, 4·W) (CS-4.3); D = G − Z (CS-R.2b).',
      ),
    ],
  ];
  return {
    nazwa: ARKUSZ_ROZLICZENIA,
    wiersze,
    szerokosciKolumn: [16, 34, 9, ...Array(9).fill(16), 12],
    zamrozenie: { wiersze: 1, kolumny: 2 },
    wydruk: { orientacja: 'pozioma', powtarzaneWiersze: [1, 1], dopasujDoSzerokosci: true },
  };
}

export interface PozycjaZestawienia {
  pkt: number;
  nazwa: string;
  liczba: number;
  wartosc: Grosze;
  zDotacji: Grosze;
  zWkladu: Grosze;
}

/** §18 pkt 1: counted lines per catalogue point, ascending. */
export function zestawienie(o: SprawozdanieOrganu): PozycjaZestawienia[] {
  const m = new Map<number, PozycjaZestawienia>();
  for (const l of o.uwzglednione) {
    const p = m.get(l.pkt) ?? {
      pkt: l.pkt,
      nazwa: o.katalog.find((k) => k.pkt === l.pkt)?.nazwa ?? '',
      liczba: 0,
      wartosc: 0,
      zDotacji: 0,
      zWkladu: 0,
    };
    p.liczba += l.liczba;
    p.wartosc += l.wartosc;
    if (l.zrodlo === 'dotacja') p.zDotacji += l.wartosc;
    else p.zWkladu += l.wartosc;
    m.set(l.pkt, p);
  }
  return [...m.values()].sort((a, b) => a.pkt - b.pkt);
}

export function arkuszZestawienia(o: SprawozdanieOrganu): ZapisArkusza {
  const poz = zestawienie(o);
  const suma = (f: (p: PozycjaZestawienia) => number) => poz.reduce((s, p) => s + f(p), 0);
  return {
    nazwa: ARKUSZ_ZESTAWIENIA,
    wiersze: [
      ['Pkt katalogu', 'Pomoc dydaktyczna', 'Liczba', 'Wartość (zł)', 'z dotacji (zł)', 'z wkładu własnego (zł)'].map(
        naglowek,
      ),
      ...poz.map((p) => [
        liczba(p.pkt),
        tekst(p.nazwa),
        liczba(p.liczba),
        zl(p.wartosc),
        zl(p.zDotacji),
        zl(p.zWkladu),
      ]),
      [
        tekst('Razem', { pogrubienie: true }),
        null,
        liczba(
          suma((p) => p.liczba),
          { pogrubienie: true },
        ),
        zl(
          suma((p) => p.wartosc),
          { pogrubienie: true },
        ),
        zl(
          suma((p) => p.zDotacji),
          { pogrubienie: true },
        ),
        zl(
          suma((p) => p.zWkladu),
          { pogrubienie: true },
        ),
      ],
    ],
    szerokosciKolumn: [12, 60, 10, 16, 16, 18],
    zamrozenie: { wiersze: 1, kolumny: 0 },
    wydruk: { orientacja: 'pionowa', powtarzaneWiersze: [1, 1], dopasujDoSzerokosci: true },
  };
}

export function arkuszNieuwzglednionych(o: SprawozdanieOrganu, arkuszWydatkow: string): ZapisArkusza {
  return {
    nazwa: ARKUSZ_NIEUWZGLEDNIONYCH,
    wiersze: [
      ['Wiersz arkusza', 'REGON szkoły', 'Źródło', 'Data wydatku', 'Wartość (zł)', 'Reguła', 'Powód'].map(naglowek),
      ...o.nieuwzglednione.map((l) => [
        tekst(`${arkuszWydatkow}!${l.wiersz}`),
        tekst(l.regon ?? ''),
        tekst(l.zrodlo ?? ''),
        tekst(l.data ? dataIso(l.data) : ''),
        zl(l.wartosc),
        tekst([...new Set(l.powody.map((p) => p.regula))].join(', ')),
        tekst(l.powody.map((p) => p.pl).join('; ')),
      ]),
    ],
    szerokosciKolumn: [16, 16, 14, 12, 16, 16, 80],
    zamrozenie: { wiersze: 1, kolumny: 0 },
  };
}
