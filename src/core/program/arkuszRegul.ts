/** The `Reguły` sheet: every programme parameter for display (rules as data, spec README). */
import type { ZapisArkusza, ZapisKomorki } from '../zeszyt/model';
import { naglowek, tekst, zl } from '../zeszyt/formaty';
import { dataIso } from '../komorki/daty';
import type { Program } from './definicja';
import { ETYKIETA_REKONSTRUKCJI_A1, ETYKIETA_REKONSTRUKCJI_A2 } from './katalogi';

export const ARKUSZ_REGUL = 'Reguły';

export function arkuszRegul(p: Program): ZapisArkusza {
  const w: ZapisKomorki[][] = [
    [tekst(`${p.nazwa} — parametry programu`, { pogrubienie: true })],
    [tekst(p.podstawa)],
    [],
    [naglowek('Reguła'), naglowek('Parametr'), naglowek('Wartość')],
  ];
  for (const pr of p.progi) {
    w.push([
      tekst('CS-5.1'),
      tekst(`Szkoła ${pr.wielkosc}: liczba uczniów klas I-VI`),
      tekst(pr.do === null ? `${pr.od} i więcej` : `${pr.od}–${pr.do}`),
    ]);
    w.push([tekst('CS-5.2'), tekst(`Maksymalna kwota wsparcia — szkoła ${pr.wielkosc}`), zl(pr.limit)]);
  }
  const { licznik, mianownik } = p.wkladMinimalny;
  w.push([
    tekst('CS-4.3'),
    tekst('Minimalny wkład własny (część wartości zadania = wsparcie + wkład)'),
    tekst(`${licznik}/${mianownik} — tj. wkład ≥ wsparcie × ${licznik}/${mianownik - licznik}`),
  ]);
  w.push([
    tekst('CS-4.4'),
    tekst('Wkład własny na typ pomocy stanowiący wydatek inwestycyjny'),
    tekst('≥ 50 % kosztu tego typu (wkład_t ≥ wsparcie_t)'),
  ]);
  w.push([tekst('CS-4.2'), tekst('Wkład poniesiony wliczany od dnia'), tekst(dataIso(p.wkladPoniesionyOd))]);
  w.push([
    tekst('CS-9.2'),
    tekst('Udział kwoty dla każdego wariantu (%)'),
    tekst(`${p.udzialWariantu.min}–${p.udzialWariantu.max}`),
  ]);
  w.push([tekst('CS-12.1'), tekst('Minimalny skład zespołu wojewody'), { v: p.minimalnySkladZespolu }]);
  const t = p.terminy;
  const terminy: Array<[string, string, typeof t.wniosekDyrektora]> = [
    ['CS-10.1', 'Wniosek dyrektora do organu prowadzącego', t.wniosekDyrektora],
    ['CS-11.1', 'Wniosek organu prowadzącego do wojewody', t.wniosekOrganu],
    ['CS-15.1', 'Informacja wojewody dla ministra', t.informacjaDlaMinistra],
    ['CS-16.1', 'Wydatkowanie dotacji', t.wydatkowanieDotacji],
    ['CS-7.2', 'Realizacja zadań szkoły', t.zadaniaSzkoly],
    ['CS-17.1', 'Sprawozdanie szkoły', t.sprawozdanieSzkoly],
    ['CS-18.1', 'Sprawozdanie organu prowadzącego', t.sprawozdanieOrganu],
    ['CS-19.1', 'Sprawozdanie wojewody', t.sprawozdanieWojewody],
  ];
  for (const [id, opis, d] of terminy) w.push([tekst(id), tekst(`Termin: ${opis} (włącznie)`), tekst(dataIso(d))]);
  w.push([
    tekst('CS-Z3'),
    tekst('Algorytm kwalifikacji (załącznik nr 3 — nasza rekonstrukcja)'),
    tekst('CS-Z3/1: losowanie SHA-256(ziarno|REGON) lub kolejność ręczna; koperty wariantów i wielkości; kroki 4–7'),
  ]);
  w.push([
    tekst('CS-A1'),
    tekst('Katalog pomocy dydaktycznych (arkusz „Katalog pomocy”)'),
    tekst(ETYKIETA_REKONSTRUKCJI_A1),
  ]);
  w.push([tekst('CS-A2'), tekst('Funkcjonalności (arkusz „Funkcjonalności”)'), tekst(ETYKIETA_REKONSTRUKCJI_A2)]);
  return { nazwa: ARKUSZ_REGUL, wiersze: w, szerokosciKolumn: [10, 64, 60] };
}
