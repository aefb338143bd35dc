/**
 * Sheets written for a running body's application: the owned `Szkoły wg wielkości` (CS-11.2 split into
 * mała / średnia / duża with subtotals, WB-3.1) and a `Szkoły` table filled from the directors'
 * applications (user-owned; the host asks the user to confirm before writing it).
 */
import type { ZapisArkusza, ZapisKomorki } from '../zeszyt/model';
import { liczba, naglowek, tekst, zl } from '../zeszyt/formaty';
import { arkuszTabeli } from '../zeszyt/szablon';
import { kwotaPl } from '../kwota';
import { CYFROWA_SZKOLA_2012, type Program } from '../program/definicja';
import type { Wielkosc } from '../kwalifikacja/typy';
import { ARKUSZ_SZKOL_WG_WIELKOSCI } from './schemat';
import type { ModelWnioskuOrganu } from './wniosekOrganu';
import type { ModelWnioskuDyrektora } from './wniosekDyrektora';
import { KOLUMNY_SZABLONU_SZKOL } from './kolumnySzablonow';

const NAGLOWKI = [
  'Lp.',
  'Nazwa szkoły',
  'REGON szkoły',
  'Liczba uczniów klas I-VI',
  'Wariant',
  'Wariant zastępczy',
  'Wnioskowana kwota (zł)',
  'Wkład własny (zł)',
];
const TLO_SEKCJI = 'EDEDED';
const MNOGA: Record<Wielkosc, string> = { mała: 'małe', średnia: 'średnie', duża: 'duże' };

function opisSekcji(w: Wielkosc | null, program: Program): string {
  if (w === null) return 'Szkoły o nieustalonej wielkości (błędna liczba uczniów)';
  const p = program.progi.find((x) => x.wielkosc === w)!;
  const zakres = p.do === null ? `od ${p.od}` : `${p.od}–${p.do}`;
  return `Szkoły ${MNOGA[w]} (${zakres} uczniów klas I-VI; maks. wsparcie ${kwotaPl(p.limit)})`;
}

/** `Szkoły wg wielkości` (owned): Lp. runs over the whole sheet; a subtotal after each section; a grand total. */
export function arkuszSzkolWgWielkosci(m: ModelWnioskuOrganu, program: Program = CYFROWA_SZKOLA_2012): ZapisArkusza {
  const wiersze: ZapisKomorki[][] = [
    [tekst('Wniosek organu prowadzącego — szkoły według wielkości (CS-11.2)', { pogrubienie: true })],
    [tekst('Organ prowadzący'), tekst(m.organ ?? '')],
    [],
    NAGLOWKI.map(naglowek),
  ];
  const wierszNaglowka = wiersze.length;
  let lp = 0;
  let razemW = 0;
  let razemK = 0;
  for (const g of m.wgWielkosci) {
    wiersze.push([tekst(opisSekcji(g.wielkosc, program), { pogrubienie: true, tlo: TLO_SEKCJI })]);
    for (const s of g.szkoly)
      wiersze.push([
        liczba(++lp),
        tekst(s.nazwa ?? ''),
        tekst(s.regonCyfry ?? ''),
        liczba(s.uczniowie),
        tekst(s.wariant ?? ''),
        tekst(s.wariantZastepczy ?? ''),
        zl(s.wnioskowana),
        zl(s.wklad),
      ]);
    const etykieta = g.wielkosc ? `Razem szkoły ${MNOGA[g.wielkosc]}` : 'Razem szkoły o nieustalonej wielkości';
    wiersze.push([
      null,
      tekst(etykieta, { pogrubienie: true }),
      null,
      liczba(g.szkoly.length, { pogrubienie: true }),
      null,
      null,
      zl(g.wnioskowana, { pogrubienie: true }),
      zl(g.wklad, { pogrubienie: true }),
    ]);
    razemW += g.wnioskowana;
    razemK += g.wklad;
  }
  wiersze.push([]);
  wiersze.push([
    null,
    tekst('Razem', { pogrubienie: true }),
    null,
    liczba(lp, { pogrubienie: true }),
    null,
    null,
    zl(razemW, { pogrubienie: true }),
    zl(razemK, { pogrubienie: true }),
  ]);
  return {
    nazwa: ARKUSZ_SZKOL_WG_WIELKOSCI,
    wiersze,
    szerokosciKolumn: [6, 44, 16, 14, 10, 16, 22, 20],
    zamrozenie: { wiersze: wierszNaglowka, kolumny: 0 },
    wydruk: { orientacja: 'pozioma', powtarzaneWiersze: [wierszNaglowka, wierszNaglowka], dopasujDoSzerokosci: true },
  };
}

/** A `Szkoły` table filled from the directors' applications (one row per application, in sheet order). */
export function arkuszSzkolZWnioskowDyrektorow(wnioski: readonly ModelWnioskuDyrektora[]): ZapisArkusza {
  const dane = wnioski.map((w, i) => [
    liczba(i + 1),
    tekst(w.dane.nazwaSzkoly ?? ''),
    tekst(w.dane.regonCyfry ?? ''),
    tekst(w.dane.typSzkoly ?? ''),
    tekst(w.dane.polozenie ?? ''),
    liczba(w.dane.uczniowie),
    tekst(w.dane.wariant ?? ''),
    tekst(w.dane.wariantZastepczy ?? ''),
    zl(w.dane.wnioskowana),
    zl(w.wklad?.wkladWlasny ?? null),
  ]);
  return arkuszTabeli('Szkoły', KOLUMNY_SZABLONU_SZKOL, dane);
}
