/**
 * `szablon szkolenie` (issue 12): a trainer's workbook — S2's small voivodeship (seeded draw, so the key
 * exercises match the draw), an instruction sheet, exercises with the `CS.*` functions and their answers
 * in a hidden sheet `Odpowiedzi` that the trainer reveals (Excel: right-click a sheet tab → Odkryj…).
 * A hidden sheet, not a formula: the answers survive any host, print only when revealed, and a
 * participant cannot see them in the formula bar.
 */
import type { ZapisArkusza, ZapisKomorki } from '../zeszyt/model';
import { FORMAT_ZL, liczba, naglowek, tekst, zl } from '../zeszyt/formaty';
import { arkuszTabeli } from '../zeszyt/szablon';
import { serialZDaty } from '../komorki/daty';
import { literaKolumny } from '../komorki/adres';
import { minimalnyWklad } from '../program/reguly';
import { arkuszRegul } from '../program/arkuszRegul';
import { CYFROWA_SZKOLA_2012 } from '../program/definicja';
import { arkuszParametrow, KOLUMNY_SZABLONU_WNIOSKOW } from '../wojewodztwo/szablon';
import { ETYKIETY_PARAMETROW as E } from '../wojewodztwo/parametry';
import { ARKUSZ_WNIOSKI, K } from '../wojewodztwo/kolumny';
import { S2, SKLAD_S2, ZIARNO_S2 } from './daneS2';
import { cwiczenia, type Cwiczenie } from './cwiczenia';

export const ARKUSZ_INSTRUKCJA = 'Instrukcja';
export const ARKUSZ_CWICZENIA = 'Ćwiczenia';
export const ARKUSZ_ODPOWIEDZI = 'Odpowiedzi';
/** the first exercise row of `Ćwiczenia` (1-based; row 1 title, 2 hint, 3 headers) */
export const PIERWSZY_WIERSZ_CWICZEN = 4;

export const NAGLOWKI_CWICZEN = ['Nr', 'Ćwiczenie', 'Argument 1', 'Argument 2', 'Funkcja', 'Twoja odpowiedź', 'Reguła'];
export const NAGLOWKI_ODPOWIEDZI = ['Nr', 'Formuła', 'Odpowiedź', 'Reguła'];

const ZOLTY = 'FFF2CC';

function parametry(): ZapisArkusza {
  const a = arkuszParametrow();
  const wartosci: Record<string, ZapisKomorki> = {
    [E.wojewodztwo]: tekst('mazowieckie'),
    [E.kwota]: zl(600000_00),
    [E.ziarno]: tekst(ZIARNO_S2),
    [E.data]: { v: serialZDaty({ y: 2012, m: 5, d: 10 }), fmt: 'yyyy-mm-dd' },
    [E.sklad]: tekst(SKLAD_S2.join('; ')),
  };
  return { ...a, wiersze: a.wiersze.map((r) => [r[0], wartosci[String(r[0]?.v)] ?? r[1] ?? null, r[2] ?? null]) };
}

/** S2's rows in the template layout, without the manual order (the seed draws). */
function wnioski(): ZapisArkusza {
  const naglowki = KOLUMNY_SZABLONU_WNIOSKOW.map((k) => k.naglowek);
  const dane = S2.map(([regon, uczniowie, wariant, zastepczy, kwota], i) => {
    const w: ZapisKomorki[] = naglowki.map(() => null);
    const ustaw = (h: string, v: ZapisKomorki) => (w[naglowki.indexOf(h)] = v);
    ustaw(K.lp, liczba(i + 1));
    ustaw(K.organ, tekst('Gmina Testowa'));
    ustaw(K.nazwa, tekst(`SP ${regon}`));
    ustaw(K.regon, tekst(regon));
    ustaw(K.polozenie, tekst('wieś'));
    ustaw(K.uczniowie, liczba(uczniowie));
    ustaw(K.wariant, tekst(wariant));
    ustaw(K.zastepczy, tekst(zastepczy));
    ustaw(K.wnioskowana, zl(kwota * 100));
    ustaw(K.wklad, zl(minimalnyWklad(kwota * 100)));
    return w;
  });
  return arkuszTabeli(ARKUSZ_WNIOSKI, KOLUMNY_SZABLONU_WNIOSKOW, dane);
}

function argument(c: Cwiczenie, i: number): ZapisKomorki {
  const v = c.argumenty[i];
  if (v === undefined) return null;
  if (typeof v === 'string') return tekst(v);
  return c.kwotowe[i] ? { v, fmt: FORMAT_ZL } : liczba(v);
}

/** The formula a participant types, Polish Excel style (`;` separates arguments). */
export function formula(c: Cwiczenie, wiersz: number): string {
  const adresy = c.argumenty.map((_, i) => `${literaKolumny(2 + i)}${wiersz}`);
  return `=CS.${c.funkcja}(${adresy.join(';')})`;
}

function arkuszCwiczen(lista: readonly Cwiczenie[]): ZapisArkusza {
  const wiersze: ZapisKomorki[][] = [
    [tekst('Ćwiczenia z funkcjami CS.* (dane: województwo S2)', { pogrubienie: true })],
    [
      tekst(
        'W kolumnie „Twoja odpowiedź” wpisz formułę z funkcją z kolumny „Funkcja”, np. =CS.WIELKOSC_SZKOLY(C4). Odpowiedzi ma prowadzący.',
        { kolorTekstu: '595959' },
      ),
    ],
    NAGLOWKI_CWICZEN.map(naglowek),
  ];
  lista.forEach((c, i) =>
    wiersze.push([
      liczba(i + 1),
      tekst(c.tresc, { zawijaj: true }),
      argument(c, 0),
      argument(c, 1),
      tekst(`CS.${c.funkcja}`),
      { v: '', tlo: ZOLTY },
      tekst(c.regula),
    ]),
  );
  return {
    nazwa: ARKUSZ_CWICZENIA,
    wiersze,
    szerokosciKolumn: [5, 60, 32, 16, 24, 30, 10],
    zamrozenie: { wiersze: 3, kolumny: 0 },
    wydruk: { orientacja: 'pozioma', powtarzaneWiersze: [3, 3], dopasujDoSzerokosci: true },
  };
}

function odpowiedz(v: Cwiczenie['odpowiedz']): ZapisKomorki {
  if (typeof v === 'boolean') return { v };
  if (typeof v === 'number') return { v, fmt: FORMAT_ZL };
  return tekst(v);
}

function arkuszOdpowiedzi(lista: readonly Cwiczenie[]): ZapisArkusza {
  const wiersze: ZapisKomorki[][] = [NAGLOWKI_ODPOWIEDZI.map(naglowek)];
  lista.forEach((c, i) =>
    wiersze.push([
      liczba(i + 1),
      tekst(formula(c, PIERWSZY_WIERSZ_CWICZEN + i)),
      odpowiedz(c.odpowiedz),
      tekst(c.regula),
    ]),
  );
  return {
    nazwa: ARKUSZ_ODPOWIEDZI,
    wiersze,
    szerokosciKolumn: [5, 50, 70, 10],
    zamrozenie: { wiersze: 1, kolumny: 0 },
    widocznosc: 'ukryty',
  };
}

const INSTRUKCJA = [
  'Cyfrowa szkoła — zeszyt szkoleniowy (scenariusz S2, województwo mazowieckie)',
  '',
  'Co jest w zeszycie',
  '• Parametry i Wnioski: małe województwo — 600 000,00 zł i 8 wniosków; losowanie według ziarna z arkusza Parametry.',
  '• Ćwiczenia: 13 zadań z funkcjami CS.* (wielkość szkoły, limit wsparcia, minimalny wkład własny, klucz losowania).',
  '• Reguły: parametry programu (progi wielkości, limity, wkład własny).',
  '',
  'Dla uczestników',
  '1. Funkcje CS.* działają w Excelu z zainstalowanym dodatkiem „Cyfrowa szkoła”.',
  '2. W arkuszu Ćwiczenia w żółtej kolumnie „Twoja odpowiedź” wpisz formułę, np. =CS.LIMIT_WSPARCIA(C8).',
  '3. Argumenty są w kolumnach C i D tego samego wiersza; funkcję podpowiada kolumna „Funkcja”.',
  '',
  'Dla prowadzącego — odpowiedzi',
  '• Odpowiedzi (formuła i wynik) są w ukrytym arkuszu „Odpowiedzi”.',
  '• Pokaż: prawy przycisk myszy na karcie dowolnego arkusza → Odkryj… → Odpowiedzi (LibreOffice: Arkusz → Pokaż arkusz).',
  '• Ukryj ponownie: prawy przycisk na karcie „Odpowiedzi” → Ukryj.',
  '',
  'Dalej: kwalifikacja i wyjaśnienia',
  '• Kwalifikuj: w dodatku sekcja Kwalifikacja; w wierszu poleceń: cyfrowa-szkola kwalifikuj szkolenie.xlsx',
  '• Krok po kroku i Co jeśli: w panelu dodatku, po kwalifikacji (nic nie zapisują w zeszycie).',
  '• Dlaczego?: dla wybranej szkoły, np. cyfrowa-szkola wyjasnij szkolenie.xlsx 140000023',
];

function instrukcja(): ZapisArkusza {
  const naglowki = new Set([0, 2, 7, 12, 17]);
  return {
    nazwa: ARKUSZ_INSTRUKCJA,
    wiersze: INSTRUKCJA.map((l, i) => (l ? [tekst(l, naglowki.has(i) ? { pogrubienie: true } : undefined)] : [])),
    szerokosciKolumn: [120],
    wydruk: { orientacja: 'pionowa', dopasujDoSzerokosci: true },
  };
}

export function szablonSzkolenia(): ZapisArkusza[] {
  const lista = cwiczenia();
  return [
    instrukcja(),
    parametry(),
    wnioski(),
    arkuszCwiczen(lista),
    arkuszOdpowiedzi(lista),
    arkuszRegul(CYFROWA_SZKOLA_2012),
  ];
}
