/**
 * CS-Z3.0 … CS-Z3.8: qualification inside one voivodeship (qualification-algorithm.md, part B).
 * Pure and deterministic; the caller has validated the inputs (WB-5).
 */
import type { Grosze } from '../kwota';
import { CYFROWA_SZKOLA_2012, type Program } from '../program/definicja';
import { coJesli } from './coJesli';
import { pasmo, udzialWariantuI } from './koperty';
import { wgKlucza } from '../tablice/wgKlucza';
import { uklad } from './silnik';
import { decyzja, podstawy, przebiegDlaUdzialu, ulozWgLosowania } from './uruchom';
import type {
  DecyzjaWniosku,
  Koperty,
  KrokPrzebiegu,
  ParametryKwalifikacji,
  WniosekDoKwalifikacji,
  WynikKwalifikacji,
} from './typy';

/** CS-Z3.0: everything fits — all qualify in v1 with r, no draw; one trace row each (row order). */
function wszystkieMieszcza(wnioski: readonly WniosekDoKwalifikacji[], A: Grosze): WynikKwalifikacji {
  const wg = [...wnioski].sort((a, b) => a.indeks - b.indeks);
  const przebieg: KrokPrzebiegu[] = [];
  const decyzje: DecyzjaWniosku[] = [];
  let dostepne = A;
  for (const w of wg) {
    przebieg.push({
      krok: '0',
      wariant: w.v1,
      grupa: '—',
      pozycja: null,
      regon: w.regon,
      klucz: null,
      r: w.r,
      dostepnePrzed: dostepne,
      wynik: 'zakwalifikowana',
      brak: null,
      dostepnePo: dostepne - w.r,
    });
    dostepne -= w.r;
    decyzje.push({
      indeks: w.indeks,
      regon: w.regon,
      decyzja: 'zakwalifikowana',
      wariant: w.v1,
      wsparcie: w.r,
      krok: '0',
      pozycja: null,
      klucz: null,
      brak: null,
      powod: null,
    });
  }
  return {
    wszystkieMieszcza: true,
    udzial: null,
    koperty: null,
    decyzje,
    przebieg,
    coJesli: null,
    przyznano: A - dostepne,
    niewykorzystane: dostepne,
  };
}

/** CS-Z3.0 … CS-Z3.8 with the full trace and the CS-Z3.W what-if table. */
export function kwalifikuj(
  wnioski: readonly WniosekDoKwalifikacji[],
  parametry: ParametryKwalifikacji,
  program: Program = CYFROWA_SZKOLA_2012,
): WynikKwalifikacji {
  const A = parametry.kwota;
  const R: [Grosze, Grosze] = [0, 0];
  for (const w of wnioski) R[w.v1 === 'I' ? 0 : 1] += w.r;
  if (R[0] + R[1] <= A) return wszystkieMieszcza(wnioski, A);

  const u = uklad(ulozWgLosowania(wnioski, parametry), A, pasmo(A, program));
  const udzial = udzialWariantuI(R[0], R[1], parametry, program);
  const b = podstawy(u, parametry, program);
  const { st, E, Es } = przebiegDlaUdzialu(u, udzial, b, program, true);
  // draw indices in row order (one counting pass: the elements come by draw index, the keys are row indices)
  const wgIndeksu = wgKlucza(
    u.wnioski.map((_, i) => i),
    (i) => u.wnioski[i].indeks,
    (i) => i,
  );
  const decyzje = wgIndeksu.map((i) => decyzja(st, i));
  const przyznano = decyzje.reduce((s, d) => s + (d.wsparcie ?? 0), 0);
  const kop: Koperty = { E, Es, D: { I: st.D[0], II: st.D[1] }, L: { I: st.L[0], II: st.L[1] } };
  return {
    wszystkieMieszcza: false,
    udzial,
    koperty: kop,
    decyzje,
    przebieg: st.przebieg ?? [],
    coJesli: coJesli(u, udzial, b, program, st),
    przyznano,
    niewykorzystane: A - przyznano,
  };
}
