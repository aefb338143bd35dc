/**
 * The owned output sheet `Podział środków — wynik` (WB-3.1, WB-3.3): one row per voivodeship with
 * every intermediate value of CS-9.1a–c, a total row, then the parameters and rules used.
 */
import type { ZapisArkusza, ZapisKomorki } from '../zeszyt/model';
import { FORMAT_PROCENT, liczba, naglowek, tekst, zl } from '../zeszyt/formaty';
import { kwotaTekst } from '../kwota';
import type { Jezyk } from '../uwagi';
import type { Program } from '../program/definicja';
import { limitWsparcia } from '../program/reguly';
import type { WynikPodzialu } from './algorytm';
import { ilorazTekst, procentKomorki, ulamek } from '../rational';
import { ARKUSZ_WYNIKU, KOL_DUZE, KOL_MALE, KOL_NAZWA, KOL_SREDNIE, KOL_TERYT, type NazwaJednostki } from './schemat';

export const NAGLOWKI_WYNIKU = [
  KOL_TERYT,
  KOL_NAZWA,
  KOL_MALE,
  KOL_SREDNIE,
  KOL_DUZE,
  'Waga W (zł)',
  'Udział w sumie wag (%)',
  'Iloraz q (jednostki)',
  'Część całkowita (jednostki)',
  '+1 z reszty',
  'Kwota A (zł)',
] as const;

/** Decimals shown for q_v (text, truncated; `…` when the expansion goes on). */
export const CYFRY_ILORAZU = 10;
const FORMAT_JEDNOSTEK = '#,##0';

type Wynik = Extract<WynikPodzialu, { ok: true }>;

export function arkuszWyniku(w: Wynik, jednostka: NazwaJednostki, jezyk: Jezyk, program: Program): ZapisArkusza {
  const sep = jezyk === 'en' ? '.' : ',';
  const t = (pl: string, en: string) => (jezyk === 'en' ? en : pl);
  const pogr = { pogrubienie: true };
  const dane: ZapisKomorki[][] = w.wojewodztwa.map((v) => [
    tekst(v.teryt),
    tekst(v.nazwa),
    liczba(v.nS),
    liczba(v.nM),
    liczba(v.nL),
    zl(Number(v.waga)),
    { v: procentKomorki(ulamek(v.waga, w.sumaWag), 4), fmt: FORMAT_PROCENT },
    tekst(ilorazTekst(ulamek(v.q.licznik, v.q.mianownik), sep, CYFRY_ILORAZU)),
    { v: Number(v.czescCalkowita), fmt: FORMAT_JEDNOSTEK },
    liczba(v.plusJeden ? 1 : 0),
    zl(v.kwota),
  ]);
  const suma = (f: (v: Wynik['wojewodztwa'][number]) => number) => w.wojewodztwa.reduce((s, v) => s + f(v), 0);
  const sumaCzesci = w.wojewodztwa.reduce((s, v) => s + v.czescCalkowita, 0n);
  const razem: ZapisKomorki[] = [
    null,
    tekst(t('Razem', 'Total'), pogr),
    liczba(
      suma((v) => v.nS),
      pogr,
    ),
    liczba(
      suma((v) => v.nM),
      pogr,
    ),
    liczba(
      suma((v) => v.nL),
      pogr,
    ),
    zl(Number(w.sumaWag), pogr),
    { v: 1, fmt: FORMAT_PROCENT, pogrubienie: true },
    tekst(String(w.jednostekRazem), pogr),
    { v: Number(sumaCzesci), fmt: FORMAT_JEDNOSTEK, pogrubienie: true },
    liczba(Number(w.jednostekRazem - sumaCzesci), pogr),
    zl(
      suma((v) => v.kwota),
      pogr,
    ),
  ];
  const zl0 = (g: number) => kwotaTekst(g, jezyk);
  const [m, s, d] = (['mała', 'średnia', 'duża'] as const).map((x) => zl0(limitWsparcia(x, program)));
  const info: Array<[string, ZapisKomorki]> = [
    [t('Kwota krajowa B (zł)', 'National sum B (PLN)'), zl(w.kwota)],
    [t('Jednostka zaokrąglenia u', 'Rounding unit u'), tekst(jednostka)],
    [t('Jednostek do podziału B / u', 'Units to split B / u'), { v: Number(w.jednostekRazem), fmt: FORMAT_JEDNOSTEK }],
    [t('Suma wag ΣW (zł)', 'Sum of weights ΣW (PLN)'), zl(Number(w.sumaWag))],
    [
      'CS-9.1a',
      tekst(t(`W = ${m} · małe + ${s} · średnie + ${d} · duże`, `W = ${m} · small + ${s} · medium + ${d} · large`)),
    ],
    [
      'CS-9.1b',
      tekst(
        t(
          `q = (B / u) · W / ΣW, dokładnie; pokazano ${CYFRY_ILORAZU} miejsc po przecinku bez zaokrąglenia, „…” = rozwinięcie trwa dalej`,
          `q = (B / u) · W / ΣW, exact; ${CYFRY_ILORAZU} decimals shown, truncated, "…" = the expansion goes on`,
        ),
      ),
    ],
    [
      'CS-9.1c',
      tekst(
        t(
          'każde województwo dostaje część całkowitą q; brakujące jednostki po jednej do największych części ułamkowych; remis: większa waga W, potem niższy TERYT; A = jednostki · u',
          'each voivodeship gets floor(q); the missing units go one each to the largest fractional parts; ties: larger W first, then lower TERYT; A = units · u',
        ),
      ),
    ],
  ];
  const start = dane.length + 3; // header, 16 rows, total, blank → info starts on this 0-based row
  return {
    nazwa: ARKUSZ_WYNIKU,
    wiersze: [
      NAGLOWKI_WYNIKU.map(naglowek),
      ...dane,
      razem,
      [],
      ...info.map(([e, v]) => [tekst(e, pogr), null, null, null, null, v]),
    ],
    szerokosciKolumn: [8, 22, 12, 12, 12, 20, 12, 26, 16, 10, 20],
    zamrozenie: { wiersze: 1, kolumny: 2 },
    scalenia: info.map((_, i) => `A${start + i + 1}:E${start + i + 1}`),
    wydruk: { orientacja: 'pozioma', powtarzaneWiersze: [1, 1], dopasujDoSzerokosci: true },
  };
}
