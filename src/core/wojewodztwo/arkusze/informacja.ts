/**
 * WB-3.2 `Informacja dla ministra` (CS-15.1): support granted per variant and in all, counts, protocol date,
 * and the table the ministry tabulated for every voivodeship — qualified schools and support by variant ×
 * size × `Położenie`, with totals per variant, per size and in all.
 */
import type { ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { liczba, naglowek, tekst, zl } from '../../zeszyt/formaty';
import { dataKomorka, liniiTekstu, WYSOKOSC_LINII, noweWysokosci, ustawWysokosc, wGrupach } from '../../zeszyt/wydruk';
import type { Wariant, Wielkosc } from '../../kwalifikacja';
import type { Polozenie } from '../../wnioski/slowniki';
import type { Grosze } from '../../kwota';
import { literaKolumny } from '../../komorki/adres';
import type { ModelProtokolu } from '../model';

export const ARKUSZ_INFORMACJA = 'Informacja dla ministra';

const WARIANTY: Wariant[] = ['I', 'II'];
const WIELKOSCI: Wielkosc[] = ['mała', 'średnia', 'duża'];
const POLOZENIA: Polozenie[] = ['wieś', 'miasto do 5 tys.', 'miasto powyżej 5 tys.'];
/** a qualified row whose `Położenie` the team accepted unreadable gets a column of its own */
const NIEOKRESLONE = 'nieokreślone';

/** The qualified schools of one variant × size × `Położenie`: how many, and their support. */
interface Zakwalifikowana {
  wariant: Wariant;
  wielkosc: Wielkosc | null;
  polozenie: string;
  liczba: number;
  wsparcie: Grosze;
}

/** The qualified rows summed once by variant × size × `Położenie` (at most 32 groups; every total adds groups). */
function zakwalifikowane(mp: ModelProtokolu): Zakwalifikowana[] {
  const grupy = new Map<number, Zakwalifikowana>();
  for (const w of mp.wiersze) {
    const d = mp.decyzje[w.indeks];
    if (d?.decyzja !== 'zakwalifikowana') continue;
    const polozenie = w.polozenie ?? NIEOKRESLONE;
    // one number per variant × size (or none) × Położenie (or nieokreślone)
    const klucz =
      (d.wariant === 'I' ? 0 : 16) +
      4 * (w.wielkosc ? WIELKOSCI.indexOf(w.wielkosc) + 1 : 0) +
      (w.polozenie ? POLOZENIA.indexOf(w.polozenie) + 1 : 0);
    let g = grupy.get(klucz);
    if (!g) grupy.set(klucz, (g = { wariant: d.wariant, wielkosc: w.wielkosc, polozenie, liczba: 0, wsparcie: 0 }));
    g.liczba++;
    g.wsparcie += d.wsparcie ?? 0;
  }
  return [...grupy.values()];
}

/** count and sum of the groups matching `f` */
function razem(l: Zakwalifikowana[], f: (z: Zakwalifikowana) => boolean, pogrubienie = false): ZapisKomorki[] {
  let n = 0;
  let s = 0;
  for (const z of l)
    if (f(z)) {
      n += z.liczba;
      s += z.wsparcie;
    }
  return [liczba(n, { pogrubienie }), zl(s, { pogrubienie })];
}

export function arkuszInformacji(mp: ModelProtokolu): ZapisArkusza {
  const p = mp.parametry;
  const zakw = zakwalifikowane(mp);
  const pogr = { pogrubienie: true };
  const wiersze: ZapisKomorki[][] = [
    [tekst('Informacja wojewody dla ministra właściwego do spraw oświaty i wychowania (§15 — CS-15.1)', pogr)],
    [],
    [tekst('Województwo'), tekst(p.wojewodztwo ?? '— brak —')],
    [tekst('Data protokołu (posiedzenia zespołu)'), p.data ? dataKomorka(p.data) : tekst('— brak —')],
    [],
    [naglowek('Wariant'), naglowek('Liczba szkół'), naglowek('Kwota wsparcia (zł)')],
    ...WARIANTY.map((v) => [tekst(v), ...razem(zakw, (z) => z.wariant === v)]),
    [tekst('Razem', pogr), ...razem(zakw, () => true, true)],
    [],
    [
      tekst('Kopia protokołu: arkusz „Protokół”; odcisk danych (CS-Z3.F)', { zawijaj: true }),
      tekst(mp.odcisk, { zawijaj: true }),
    ],
    [],
  ];
  const odcisk = wiersze.length - 1; // 1-based row of the fingerprint
  const wysokosci = noweWysokosci();
  ustawWysokosc(wysokosci, odcisk, 2 * WYSOKOSC_LINII);

  // the ministry's table: variant × size rows, Położenie column pairs (count, support), totals
  const polozenia = zakw.some((z) => z.polozenie === NIEOKRESLONE) ? [...POLOZENIA, NIEOKRESLONE] : POLOZENIA;
  const tytulTabeli = wiersze.length + 1;
  wiersze.push([tekst('Szkoły zakwalifikowane i kwota wsparcia wg wariantu, wielkości szkoły i położenia', pogr)]);
  const grupy = wiersze.length + 1;
  wiersze.push([naglowek('Wariant i wielkość szkoły'), ...[...polozenia, 'Razem'].flatMap((g) => [naglowek(g), null])]);
  const podNaglowki = ['Liczba szkół', 'Kwota wsparcia (zł)'];
  wiersze.push([null, ...[...polozenia, 'Razem'].flatMap(() => podNaglowki.map(naglowek))]);
  const wiersz = (etykieta: string, f: (z: Zakwalifikowana) => boolean, b = false): ZapisKomorki[] => [
    tekst(etykieta, b ? pogr : undefined),
    ...polozenia.flatMap((g) => razem(zakw, (z) => z.polozenie === g && f(z), b)),
    ...razem(zakw, f, true),
  ];
  for (const v of WARIANTY) {
    for (const s of WIELKOSCI) wiersze.push(wiersz(`wariant ${v} — ${s}`, (z) => z.wariant === v && z.wielkosc === s));
    wiersze.push(wiersz(`Razem wariant ${v}`, (z) => z.wariant === v, true));
  }
  for (const s of WIELKOSCI) wiersze.push(wiersz(`oba warianty — ${s}`, (z) => z.wielkosc === s));
  wiersze.push(wiersz('Razem', () => true, true));

  const szerokosci = [38, ...[...polozenia, 'Razem'].flatMap(() => [9, 17])];
  const ostatnia = literaKolumny(szerokosci.length - 1);
  const kolumna = literaKolumny;
  ustawWysokosc(
    wysokosci,
    grupy + 1,
    Math.max(...podNaglowki.map((h, i) => liniiTekstu(h, szerokosci[1 + i] - 1))) * WYSOKOSC_LINII,
  );
  return {
    nazwa: ARKUSZ_INFORMACJA,
    wiersze,
    szerokosciKolumn: szerokosci,
    scalenia: [
      `A1:${ostatnia}1`,
      `B${odcisk}:${ostatnia}${odcisk}`,
      `A${tytulTabeli}:${ostatnia}${tytulTabeli}`,
      `A${grupy}:A${grupy + 1}`,
      ...[...polozenia, 'Razem'].map((_, i) => `${kolumna(1 + 2 * i)}${grupy}:${kolumna(2 + 2 * i)}${grupy}`),
    ],
    wysokosciWierszy: wGrupach(wysokosci),
    wydruk: {
      orientacja: 'pozioma',
      dopasujDoSzerokosci: true,
      powtarzaneWiersze: [grupy, grupy + 1],
    },
  };
}
