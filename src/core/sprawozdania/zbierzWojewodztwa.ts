/**
 * CS-R.3c minister ← voivodes (§15, §19): sources are voivodeship workbooks with protocols. Each is read
 * from its frozen state (`_cyfrowa_szkola`): the fingerprint is verified (`NIE` → błąd, the source is
 * still included with the numbers of its frozen state); the allocation of the split beside the
 * workbook's `Kwota środków`; schools and support per variant × size × `Położenie`; the voivode's
 * `Sprawozdanie wojewody` totals when present. Two sources for one voivodeship → both `nieprzyjęte`.
 */
import type { Kontekst } from '../api';
import type { ZeszytSnapshot } from '../zeszyt/model';
import { pole, znajdzArkusz } from '../zeszyt/czytnik';
import { czytajStan } from '../zeszyt/wlasnosc';
import { odczytajKwote, odczytajSlownik, tekstKomorki } from '../komorki/odczyt';
import { dataIso, porownajDaty } from '../komorki/daty';
import { kwotaEn, kwotaPl, type Grosze } from '../kwota';
import type { DataKalendarzowa, Program } from '../program/definicja';
import { czytajStanZamrozony, type StanZamrozony } from '../kwalifikacja';
import type { Wariant, Wielkosc } from '../kwalifikacja/typy';
import { POLOZENIE } from '../wnioski/slowniki';
import { normalizuj } from '../tekst/normalizuj';
import { uwaga, type Uwaga } from '../uwagi';
import { przygotuj, KLUCZ_STANU } from '../wojewodztwo/przygotuj';
import { losowanieIReczna } from '../wojewodztwo/weryfikacja';
import { odciskWnioskow } from '../wojewodztwo/odciskWnioskow';
import { ARKUSZ_WNIOSKI, K } from '../wojewodztwo/kolumny';
import { dataInformacji } from './terminyKwalifikacji';
import { ARKUSZ_WOJEWODY, NAGLOWKI_WOJEWODY } from './arkuszWojewody';
import { bladZrodla, uwagaZrodla, type OcenaZrodla, type ZrodloZbierania } from './zrodla';
import { dataWojewody } from './zbierzWojewody';
import { lista as ograniczona, MAKS_PLIKOW } from '../tekst/lista';
import { doGrupy } from '../tablice/grupy';

export type Polozenie = (typeof POLOZENIE.wartosci)[number] | 'brak danych';

export interface KomorkaSzczegolu {
  wariant: Wariant;
  wielkosc: Wielkosc;
  polozenie: Polozenie;
  szkoly: number;
  wsparcie: Grosze;
}

export interface Wojewodztwo {
  teryt: string;
  nazwa: string;
  przydzial: Grosze;
  /** null: no accepted source (`brak`) */
  zrodlo: null | {
    plik: string;
    kwota: Grosze | null;
    data: DataKalendarzowa | null;
    zweryfikowany: boolean;
    szkoly: number;
    wsparcie: Record<Wariant, Grosze>;
    niewykorzystane: Grosze;
    szczegoly: KomorkaSzczegolu[];
    /** G, Z, W, D of its `Sprawozdanie wojewody` (Razem), when present */
    rozliczenie: Record<'G' | 'Z' | 'W' | 'D', Grosze> | null;
    dataWojewody: DataKalendarzowa | null;
  };
}

export interface WynikZbieraniaWojewodztw {
  zrodla: OcenaZrodla[];
  wojewodztwa: Wojewodztwo[];
  uwagi: Uwaga[];
}

export function zbierzWojewodztwa(
  podzial: ReadonlyArray<{ teryt: string; nazwa: string; kwota: Grosze }>,
  zrodla: readonly ZrodloZbierania[],
  program: Program,
  postep?: Kontekst['postep'],
): WynikZbieraniaWojewodztw {
  const oceny: OcenaZrodla[] = [];
  const wgTeryt = new Map<string, Array<{ i: number; z: NonNullable<Wojewodztwo['zrodlo']> }>>();
  const przydzial = new Map(podzial.map((p) => [p.teryt, p]));
  zrodla.forEach((zr, i) => {
    postep?.(i / Math.max(1, zrodla.length), 'zeszyty województw');
    const o: OcenaZrodla = { plik: zr.plik, status: 'nieprzyjęte', uwagi: [] };
    oceny.push(o);
    const blad = (regula: string, pl: string, en: string): void => {
      o.uwagi.push(bladZrodla(zr.plik, regula, pl, en));
    };
    if (!zr.zeszyt)
      return blad('CS-R.3', zr.blad?.pl ?? 'nie można odczytać pliku', zr.blad?.en ?? 'cannot read the file');
    const r = czytajWojewodztwo(zr.zeszyt, zr.plik, program, o.uwagi);
    if (typeof r === 'string') return blad('CS-R.3c', ...POWODY[r]);
    const p = przydzial.get(r.teryt);
    if (!p)
      return blad('CS-R.3c', `województwa ${r.teryt} nie ma w podziale`, `voivodeship ${r.teryt} is not in the split`);
    if (r.kwota !== p.kwota)
      blad(
        'CS-R.3c',
        `„Kwota środków” ${r.kwota === null ? '—' : kwotaPl(r.kwota)} w zeszycie, ${kwotaPl(p.kwota)} z podziału`,
        `allocation ${r.kwota === null ? '—' : kwotaEn(r.kwota)} in the workbook, ${kwotaEn(p.kwota)} in the split`,
      );
    if (!r.zweryfikowany)
      blad(
        'CS-Z3.F',
        'odcisk danych jest inny niż zapisany z protokołem — liczby ze stanu zamrożonego protokołu',
        'the data fingerprint differs from the one stored with the protocol — numbers of the frozen protocol state',
      );
    if (r.data && porownajDaty(r.data, program.terminy.informacjaDlaMinistra) > 0)
      o.uwagi.push(
        uwaga(
          null,
          null,
          'ostrzeżenie',
          'CS-15.1',
          `${zr.plik}: informacja z ${dataIso(r.data)} — po terminie ${dataIso(program.terminy.informacjaDlaMinistra)}.`,
          `${zr.plik}: information dated ${dataIso(r.data)} — after the deadline ${dataIso(program.terminy.informacjaDlaMinistra)}.`,
        ),
      );
    o.status = 'przyjęte';
    doGrupy(wgTeryt, r.teryt, { i, z: r });
  });
  for (const [teryt, lista] of wgTeryt) {
    if (lista.length < 2) continue;
    const pliki = ograniczona(
      lista.map((l) => l.z.plik),
      MAKS_PLIKOW,
    );
    for (const l of lista) {
      oceny[l.i].status = 'nieprzyjęte';
      oceny[l.i].uwagi.push(
        bladZrodla(
          l.z.plik,
          'CS-R.3c',
          `województwo ${teryt} ma kilka zeszytów (${pliki}) — żaden nie jest przyjęty`,
          `voivodeship ${teryt} has several workbooks (${pliki}) — none is accepted`,
        ),
      );
    }
  }
  const uwagi = oceny.flatMap((o) => o.uwagi);
  const wojewodztwa = podzial.map((p) => {
    const lista = wgTeryt.get(p.teryt);
    const zrodlo = lista?.length === 1 ? lista[0].z : null;
    if (!zrodlo)
      uwagi.push(
        uwaga(
          null,
          null,
          'ostrzeżenie',
          'CS-R.3c',
          `Województwo ${p.nazwa} (${p.teryt}): brak zeszytu.`,
          `Voivodeship ${p.nazwa} (${p.teryt}): no workbook.`,
        ),
      );
    return { teryt: p.teryt, nazwa: p.nazwa, przydzial: p.kwota, zrodlo };
  });
  return { zrodla: oceny, wojewodztwa, uwagi };
}

type Powod = 'rodzaj' | 'protokol' | 'teryt';
const POWODY: Record<Powod, [string, string]> = {
  rodzaj: [
    'to nie jest zeszyt województwa (brak arkuszy „Parametry” i „Wnioski”)',
    'this is not a voivodeship workbook (no "Parametry" and "Wnioski" sheets)',
  ],
  protokol: [
    'zeszyt nie ma zapisanego protokołu (najpierw kwalifikuj) — nieprzyjęte',
    'the workbook has no stored protocol (run kwalifikuj first) — not accepted',
  ],
  teryt: [
    'nie można ustalić województwa („Województwo” w „Parametry”)',
    'cannot tell the voivodeship ("Województwo" in "Parametry")',
  ],
};

function stanZamrozony(z: ZeszytSnapshot): StanZamrozony | null {
  const t = czytajStan(z)?.dane[KLUCZ_STANU];
  return t ? czytajStanZamrozony(t) : null;
}

/** One voivodeship workbook read for CS-R.3c; a string names why it is not accepted. */
function czytajWojewodztwo(
  z: ZeszytSnapshot,
  plik: string,
  program: Program,
  uwagiZrodla: Uwaga[],
): (NonNullable<Wojewodztwo['zrodlo']> & { teryt: string }) | Powod {
  if (!znajdzArkusz(z, ARKUSZ_WNIOSKI)) return 'rodzaj';
  const stan = stanZamrozony(z);
  if (!stan) return 'protokol';
  const pr = przygotuj(z, program);
  if (pr.odmowa) {
    uwagiZrodla.push(uwagaZrodla(plik, pr.odmowa));
    return 'rodzaj';
  }
  const p = pr.parametry;
  if (!p?.teryt) return 'teryt';
  const odcisk =
    p.kwota === null ? null : odciskWnioskow(p, pr.wiersze, pr.oceny, losowanieIReczna(pr, p.kwota).recznaWOdcisku);
  const polozenie = new Map<string, Polozenie>();
  if (pr.tabela)
    for (const tw of pr.tabela.wiersze) {
      const w = pr.wiersze[tw.indeks];
      const o = odczytajSlownik(pole(pr.tabela, tw, K.polozenie), POLOZENIE);
      if (w?.regon) polozenie.set(w.regon, o.ok ? o.v : 'brak danych');
    }
  const szczegoly = new Map<string, KomorkaSzczegolu>();
  const wsparcie: Record<Wariant, Grosze> = { I: 0, II: 0 };
  let szkoly = 0;
  for (const w of stan.wnioski) {
    if (w.decyzja !== 'zakwalifikowana') continue;
    const g = w.wsparcie ?? 0;
    const pol = polozenie.get(w.regon) ?? 'brak danych';
    const klucz = `${w.wariant}|${w.wielkosc}|${pol}`;
    const k = szczegoly.get(klucz) ?? {
      wariant: w.wariant,
      wielkosc: w.wielkosc,
      polozenie: pol,
      szkoly: 0,
      wsparcie: 0,
    };
    k.szkoly++;
    k.wsparcie += g;
    szczegoly.set(klucz, k);
    wsparcie[w.wariant] += g;
    szkoly++;
  }
  return {
    teryt: p.teryt,
    plik,
    kwota: p.kwota,
    data: dataInformacji(z, p.data),
    zweryfikowany: odcisk === stan.odcisk,
    szkoly,
    wsparcie,
    niewykorzystane: stan.kwota - wsparcie.I - wsparcie.II,
    szczegoly: [...szczegoly.values()].sort(porzadekSzczegolow),
    rozliczenie: rozliczenieWojewody(z),
    dataWojewody: dataWojewody(z),
  };
}

const WIELKOSCI: readonly Wielkosc[] = ['mała', 'średnia', 'duża'];
const porzadekSzczegolow = (a: KomorkaSzczegolu, b: KomorkaSzczegolu) =>
  a.wariant.localeCompare(b.wariant) ||
  WIELKOSCI.indexOf(a.wielkosc) - WIELKOSCI.indexOf(b.wielkosc) ||
  a.polozenie.localeCompare(b.polozenie, 'pl');

/** The `Razem` row of a source's `Sprawozdanie wojewody` (CS-R.3b), when present and readable. */
function rozliczenieWojewody(z: ZeszytSnapshot): Record<'G' | 'Z' | 'W' | 'D', Grosze> | null {
  const a = znajdzArkusz(z, ARKUSZ_WOJEWODY);
  if (!a) return null;
  const naglowki = (a.wiersze[0] ?? []).map((k) => normalizuj(tekstKomorki(k)));
  const kol = (h: (typeof NAGLOWKI_WOJEWODY)[number]) => naglowki.indexOf(normalizuj(h));
  const wiersz = a.wiersze.find((w) => tekstKomorki(w?.[kol('Organ prowadzący')]) === 'Razem');
  if (!wiersz) return null;
  const kwoty = (['Dotacja (zł)', 'Dotacja rozliczona (zł)', 'Wkład własny (zł)', 'Do zwrotu (zł)'] as const).map((h) =>
    odczytajKwote(wiersz[kol(h)]),
  );
  if (kwoty.some((o) => !o.ok)) return null;
  const [G, Z, W, D] = kwoty.map((o) => (o.ok ? o.v : 0));
  return { G, Z, W, D };
}
