/** WB-3.2 `Przebieg kwalifikacji`: one row per examination, shift and move-back, in execution order. */
import type { ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { liczba, naglowek, tekst, tekstyPowtarzalne, zl } from '../../zeszyt/formaty';
import type { KrokPrzebiegu } from '../../kwalifikacja';
import { pusteLubTekst } from './lista';

export const ARKUSZ_PRZEBIEG = 'Przebieg kwalifikacji';

const NAGLOWKI = [
  'Lp.',
  'Krok',
  'Wariant',
  'Grupa',
  'Pozycja w losowaniu',
  'REGON szkoły',
  'Klucz',
  'r (zł)',
  'Dostępne przed (zł)',
  'Wynik',
  'Brakująca kwota (zł)',
  'Dostępne po (zł)',
];

const POZYCJA = NAGLOWKI.indexOf('Pozycja w losowaniu');

function wiersz(k: KrokPrzebiegu, lp: number, t: (v: string) => ZapisKomorki, koszyki: boolean): ZapisKomorki[] {
  const przesun = k.wynik === 'przesunięcie' || (k.wynik === 'zwrot' && k.zWariantu !== undefined);
  const wariant = przesun ? `${k.zWariantu} → ${k.zWariantu === 'I' ? 'II' : 'I'}` : k.wariant;
  return [
    liczba(lp),
    t(k.podkrok ? `${k.krok} (${k.podkrok})` : k.krok),
    wariant ? t(wariant) : null,
    t(k.grupa),
    liczba(k.pozycja),
    ...(koszyki ? [liczba(k.numerWKoszyku ?? null)] : []),
    pusteLubTekst(k.regon),
    pusteLubTekst(k.klucz),
    zl(k.r ?? k.kwota ?? null),
    zl(k.dostepnePrzed),
    t(k.wynik),
    zl(k.brak),
    zl(k.dostepnePo),
  ];
}

/** Excel's sheet limit is 1 048 576 rows: the header, the trace rows and one closing note must fit. */
export const MAKS_WIERSZY_PRZEBIEGU = 1_048_576 - 2;

/** `koszyki`: the manual order was drawn in baskets → `Numer w koszyku` after `Pozycja w losowaniu` (WB-3.2). */
export function arkuszPrzebiegu(przebieg: readonly KrokPrzebiegu[], koszyki = false): ZapisArkusza {
  const n = Math.min(przebieg.length, MAKS_WIERSZY_PRZEBIEGU);
  const naglowki = koszyki
    ? [...NAGLOWKI.slice(0, POZYCJA + 1), 'Numer w koszyku', ...NAGLOWKI.slice(POZYCJA + 1)]
    : NAGLOWKI;
  const szerokosci = [7, 7, 10, 11, 11, 16, 66, 15, 17, 16, 17, 17];
  if (koszyki) szerokosci.splice(POZYCJA + 1, 0, 10);
  const wiersze: ZapisKomorki[][] = [naglowki.map(naglowek)];
  const t = tekstyPowtarzalne();
  for (let i = 0; i < n; i++) wiersze.push(wiersz(przebieg[i], i + 1, t, koszyki));
  if (n < przebieg.length)
    wiersze.push([
      null,
      tekst(
        `Przebieg skrócony do ${n} z ${przebieg.length} wierszy (limit arkusza Excela); decyzje i braki w pozostałych arkuszach są pełne.`,
        { pogrubienie: true },
      ),
    ]);
  return {
    nazwa: ARKUSZ_PRZEBIEG,
    wiersze,
    szerokosciKolumn: szerokosci,
    zamrozenie: { wiersze: 1, kolumny: 0 },
    wydruk: { orientacja: 'pozioma', powtarzaneWiersze: [1, 1], dopasujDoSzerokosci: true },
  };
}
