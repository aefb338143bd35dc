/**
 * `zbierz` on a voivodeship workbook (CS-R.3b, §19): the protocol's frozen state (fingerprint checked as
 * in CS-Z3.R), the body reports gathered by `zbierzOrgany`, then `Sprawozdanie wojewody` and `Terminy`
 * (CS-11.1, CS-15.1 as left; CS-16.1, CS-18.1 per body; CS-19.1 from `Parametry`).
 */
import type { Kontekst, WynikOperacji } from '../api';
import type { ZeszytSnapshot } from '../zeszyt/model';
import { czytajEtykiety, znajdzArkusz } from '../zeszyt/czytnik';
import { czytajStan } from '../zeszyt/wlasnosc';
import { czyPusta, odczytajDate } from '../komorki/odczyt';
import type { DataKalendarzowa, Program } from '../program/definicja';
import type { StanZamrozony } from '../kwalifikacja';
import { uwaga, type Uwaga } from '../uwagi';
import { zablokowane } from '../wynikOperacji';
import { ocenIKwalifikuj } from '../wojewodztwo/operacja';
import { KLUCZ_STANU } from '../wojewodztwo/przygotuj';
import { ARKUSZ_PARAMETRY } from '../wojewodztwo/parametry';
import { umowyDotacji } from './umowy';
import { terminyKwalifikacji } from './terminyKwalifikacji';
import { ocenTermin, type Termin } from './terminy';
import { zbierzOrgany, type SzkolaProtokolu, type WynikZbieraniaOrganow } from './zbierzOrgany';
import { arkuszWojewody, wierszeWojewody } from './arkuszWojewody';
import type { ZrodloZbierania } from './zrodla';
import { wynikZbierania } from './wynikZbierania';

export const ETYKIETA_DATY_WOJEWODY = 'Data sprawozdania wojewody';
export const ETYKIETA_OCENY_EFEKTOW = 'Ocena efektów realizacji programu';

export function zbierzDoWojewody(
  cel: ZeszytSnapshot,
  zrodla: readonly ZrodloZbierania[],
  k: Kontekst,
): WynikOperacji<'zbierz'> {
  const o = ocenIKwalifikuj(cel, { ...k, postep: undefined });
  if ('koniec' in o) return o.koniec;
  const { mp, tabela, program } = o;
  const zamrozony = stanProtokolu(cel);
  if (!zamrozony || zamrozony.odcisk !== mp.odcisk)
    return zablokowane([...mp.uwagi, bladProtokolu(zamrozony !== null)], k.jezyk, 'zbierz');

  const umowy = umowyDotacji(mp.wiersze, mp.decyzje);
  const organSzkoly = new Map<string, number>();
  umowy.forEach((u, i) => u.regony.forEach((r) => organSzkoly.set(r, i)));
  const zakwalifikowane = new Map<string, SzkolaProtokolu>();
  const zrezygnowane = new Set<string>();
  for (const d of mp.wynik.decyzje) {
    if (d.decyzja === 'rezygnacja') zrezygnowane.add(d.regon);
    if (d.decyzja !== 'zakwalifikowana') continue;
    zakwalifikowane.set(d.regon, {
      regon: d.regon,
      wariant: d.wariant,
      G: d.wsparcie ?? 0,
      organ: organSzkoly.get(d.regon)!,
    });
  }
  const w = zbierzOrgany(umowy, zakwalifikowane, zrezygnowane, zrodla, program, k.postep);
  const par = parametryWojewody(cel);
  const terminy = [
    ...terminyKwalifikacji(cel, tabela.arkusz, mp.wiersze, mp.parametry.data, program),
    ...terminyOrganow(w, par.data, program),
  ].map((t) => ocenTermin(t, k.dzis));
  return wynikZbierania(
    cel,
    k,
    arkuszWojewody(w),
    w.zrodla,
    wierszeWojewody(w),
    terminy,
    [...w.uwagi, ...par.uwagi],
    (p, n, jezyk) =>
      jezyk === 'en'
        ? `Body reports accepted: ${p} of ${n} (CS-R.3b).`
        : `Przyjęte sprawozdania organów: ${p} z ${n} (CS-R.3b).`,
  );
}

function stanProtokolu(z: ZeszytSnapshot): StanZamrozony | null {
  const tekstStanu = czytajStan(z)?.dane[KLUCZ_STANU];
  if (!tekstStanu) return null;
  try {
    return JSON.parse(tekstStanu) as StanZamrozony;
  } catch {
    return null;
  }
}

function bladProtokolu(jest: boolean): Uwaga {
  const [pl, en] = jest
    ? [
        'Dane zmieniły się po protokole (odcisk danych jest inny niż zapisany) — sprawozdań organów nie można sprawdzić względem protokołu. Przywróć dane z protokołu albo uruchom kwalifikację ponownie.',
        'The data changed after the protocol (the fingerprint differs from the stored one) — body reports cannot be checked against the protocol. Restore the protocol data or run the qualification again.',
      ]
    : [
        'Zeszyt województwa nie ma zapisanego protokołu — najpierw uruchom kwalifikację (kwalifikuj), potem zbierz sprawozdania organów.',
        'The voivodeship workbook has no stored protocol — run the qualification (kwalifikuj) first, then gather the body reports.',
      ];
  return uwaga(ARKUSZ_PARAMETRY, null, 'błąd', 'CS-R.3b', pl, en, { blokujaca: true });
}

/** §19 labels the team fills in `Parametry`, read if present; an empty assessment → ostrzeżenie. */
function parametryWojewody(z: ZeszytSnapshot): { data: DataKalendarzowa | null; uwagi: Uwaga[] } {
  const a = znajdzArkusz(z, ARKUSZ_PARAMETRY);
  const uwagi: Uwaga[] = [];
  if (!a) return { data: null, uwagi };
  const e = czytajEtykiety(a, [
    { etykieta: ETYKIETA_DATY_WOJEWODY, wymagana: false },
    { etykieta: ETYKIETA_OCENY_EFEKTOW, wymagana: false },
  ]);
  const d = e.wartosci.get(ETYKIETA_DATY_WOJEWODY);
  const od = d ? odczytajDate(d.komorka) : null;
  if (d && od && !od.ok && !od.pusta)
    uwagi.push(
      uwaga(
        a.nazwa,
        d.adres,
        'błąd',
        'CS-19.1',
        `„${ETYKIETA_DATY_WOJEWODY}”: ${od.pl}.`,
        `"${ETYKIETA_DATY_WOJEWODY}": ${od.en}.`,
      ),
    );
  const ocena = e.wartosci.get(ETYKIETA_OCENY_EFEKTOW);
  if (!ocena || czyPusta(ocena.komorka))
    uwagi.push(
      uwaga(
        a.nazwa,
        ocena?.adres ?? null,
        'ostrzeżenie',
        'CS-19',
        `„${ETYKIETA_OCENY_EFEKTOW}” jest puste (§19).`,
        `"${ETYKIETA_OCENY_EFEKTOW}" is empty (§19).`,
      ),
    );
  return { data: od?.ok ? od.v : null, uwagi };
}

/** CS-R.4 for a voivodeship target: CS-16.1 and CS-18.1 per body, CS-19.1 the voivode's own date. */
function terminyOrganow(w: WynikZbieraniaOrganow, dataWojewody: DataKalendarzowa | null, program: Program): Termin[] {
  const nazwa = (o: WynikZbieraniaOrganow['organy'][number]) => o.umowa.teryt ?? o.umowa.organ;
  return [
    {
      regula: 'CS-16.1',
      krok: 'wykorzystanie dotacji (wydatki z dotacji)',
      termin: program.terminy.wydatkowanieDotacji,
      pozycje: w.organy.map((o) => ({ nazwa: nazwa(o), obecna: true, data: o.ostatniWydatek })),
    },
    {
      regula: 'CS-18.1',
      krok: 'sprawozdania organów prowadzących dla wojewody',
      termin: program.terminy.sprawozdanieOrganu,
      pozycje: w.organy.map((o) => ({ nazwa: nazwa(o), obecna: o.pliki.length > 0, data: o.data })),
    },
    {
      regula: 'CS-19.1',
      krok: 'sprawozdanie wojewody dla ministra',
      termin: program.terminy.sprawozdanieWojewody,
      pozycje: [{ nazwa: ETYKIETA_DATY_WOJEWODY, obecna: dataWojewody !== null, data: dataWojewody }],
    },
  ];
}

/** CS-19.1 evidence: `Data sprawozdania wojewody` in `Parametry`, when readable. */
export function dataWojewody(z: ZeszytSnapshot): DataKalendarzowa | null {
  const a = znajdzArkusz(z, ARKUSZ_PARAMETRY);
  const d =
    a &&
    czytajEtykiety(a, [{ etykieta: ETYKIETA_DATY_WOJEWODY, wymagana: false }]).wartosci.get(ETYKIETA_DATY_WOJEWODY);
  const o = d ? odczytajDate(d.komorka) : null;
  return o?.ok ? o.v : null;
}
