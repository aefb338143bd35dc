/** CS-6.1 coverage table of a director's application as a sheet (display; used by the example). */
import type { ZapisArkusza, ZapisKomorki } from '../zeszyt/model';
import { liczba, naglowek, tekst } from '../zeszyt/formaty';
import type { ModelWnioskuDyrektora } from './wniosekDyrektora';
import { mnoznikWyswietlany } from './pokrycie';

export const ARKUSZ_POKRYCIA = 'Pokrycie funkcjonalności';

const NAGLOWKI = [
  'Funkcjonalność',
  'Wariant',
  'Spełniana przez pkt katalogu',
  'Ilości (pkt: sztuk / k)',
  'Wymagane',
  'Zapewnione',
  'Brakuje',
  'Spełniona',
];

export function arkuszPokrycia(
  m: ModelWnioskuDyrektora,
  nazwa = `${ARKUSZ_POKRYCIA}${m.arkusze.przyrostek}`,
): ZapisArkusza {
  const wiersze: ZapisKomorki[][] = [
    [
      tekst(
        `Pokrycie funkcjonalności z załącznika nr 2 (CS-6.1) — ${m.dane.nazwaSzkoly ?? ''}; wielkość: ${m.dane.wielkosc ?? '—'}, wariant: ${m.dane.wariant ?? '—'}, N = ${m.dane.liczbaUczniowWOddziale}`,
        { pogrubienie: true },
      ),
    ],
    [
      tekst(
        'Wliczane: wszystkie pozycje kalkulacji kosztów oraz wyposażenie oznaczone „Wliczane do funkcjonalności” = TAK.',
        { kolorTekstu: '595959' },
      ),
    ],
    NAGLOWKI.map(naglowek),
  ];
  for (const w of m.pokrycie ?? []) {
    const ilosci = w.terminy
      .map(
        (t) =>
          `${t.punkty.join('|')}: ${t.suma} / ${mnoznikWyswietlany(t.k, m.dane.liczbaUczniowWOddziale)} → ${t.jednostki}`,
      )
      .join('; ');
    const ok = w.brakJednostek === null ? '?' : w.brakJednostek === 0 ? 'TAK' : 'NIE';
    wiersze.push([
      tekst(w.funkcjonalnosc),
      tekst(w.wariant),
      tekst(w.spelnianaPrzez),
      tekst(ilosci),
      liczba(w.wymagane),
      liczba(w.pokryte),
      liczba(w.brakJednostek),
      tekst(ok, { tlo: ok === 'TAK' ? 'C6EFCE' : 'FFC7CE' }),
    ]);
  }
  return { nazwa, wiersze, szerokosciKolumn: [52, 10, 26, 40, 12, 12, 10, 10], zamrozenie: { wiersze: 3, kolumny: 0 } };
}
