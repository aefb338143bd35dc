/**
 * `Wyposażenie szkoły` (WB-2, CS-10.2): equipment the school already has; lines with
 * `Wliczane do funkcjonalności` = TAK count towards Annex 2 coverage (CS-6.1).
 */
import { pole, type Tabela } from '../zeszyt/czytnik';
import { czyPusta, odczytajLiczbeCalkowita, odczytajSlownik, odczytajTekst, TAK_NIE } from '../komorki/odczyt';
import type { PozycjaKatalogu } from '../program/katalogi';
import type { Uwaga } from '../uwagi';
import { W } from './schemat';
import { bladOdczytu, miejscePola, uwagaW } from './szkola';

export interface LiniaWyposazenia {
  wiersz: number;
  /** null for other equipment (empty `Pkt katalogu`) or when unreadable */
  pkt: number | null;
  nazwa: string;
  liczba: number | null;
  wliczane: boolean;
  /** counts towards CS-6.1: TAK, a catalogue point and a readable quantity */
  liczySie: boolean;
}

export function czytajWyposazenie(
  t: Tabela,
  katalog: readonly PozycjaKatalogu[],
): { linie: LiniaWyposazenia[]; uwagi: Uwaga[] } {
  const uwagi: Uwaga[] = [];
  const punkty = new Set(katalog.map((p) => p.pkt));
  const linie = t.wiersze.map((w): LiniaWyposazenia => {
    const m = (h: string) => miejscePola(t, w, h);
    let pkt: number | null = null;
    const kp = pole(t, w, W.pkt);
    if (!czyPusta(kp)) {
      const o = odczytajLiczbeCalkowita(kp);
      if (!o.ok) uwagi.push(bladOdczytu(m(W.pkt), 'WB-2', W.pkt, o));
      else pkt = o.v;
    }
    const nazwa = odczytajTekst(pole(t, w, W.nazwa));
    if (!nazwa.ok) uwagi.push(bladOdczytu(m(W.nazwa), 'WB-2', W.nazwa, nazwa));
    const lo = odczytajLiczbeCalkowita(pole(t, w, W.liczba));
    let liczba: number | null = null;
    if (!lo.ok) uwagi.push(bladOdczytu(m(W.liczba), 'WB-2', W.liczba, lo));
    else if (lo.v < 0)
      uwagi.push(
        uwagaW(
          m(W.liczba),
          'błąd',
          'WB-2',
          `${W.liczba}: ${lo.v} — wymagana liczba całkowita ≥ 0.`,
          `Quantity: ${lo.v} — a whole number ≥ 0 is required.`,
        ),
      );
    else liczba = lo.v;
    const kw = pole(t, w, W.wliczane);
    let wliczane = false;
    if (kw && kw.t === 'b') wliczane = kw.v;
    else {
      const o = odczytajSlownik(kw, TAK_NIE);
      if (o.ok) wliczane = o.v === 'TAK';
      else uwagi.push(bladOdczytu(m(W.wliczane), 'WB-2', W.wliczane, o));
    }
    let liczySie = wliczane && liczba !== null && pkt !== null;
    if (wliczane && czyPusta(kp))
      uwagi.push(
        uwagaW(
          m(W.pkt),
          'ostrzeżenie',
          'CS-6.1',
          'Wyposażenie wliczane do funkcjonalności bez punktu katalogu — nie zostanie wliczone.',
          'Equipment counted towards the functionalities without a catalogue point — it is not counted.',
        ),
      );
    if (pkt !== null && !punkty.has(pkt)) {
      liczySie = false;
      uwagi.push(
        uwagaW(
          m(W.pkt),
          'ostrzeżenie',
          'CS-6.1',
          `Pkt ${pkt} nie należy do katalogu pomocy — pozycja nie zostanie wliczona do funkcjonalności.`,
          `Point ${pkt} is not in the catalogue — the line is not counted towards the functionalities.`,
        ),
      );
    }
    return { wiersz: w.wiersz0 + 1, pkt, nazwa: nazwa.ok ? nazwa.v : '', liczba, wliczane, liczySie };
  });
  return { linie, uwagi };
}
