/**
 * CS-R.2 reading of a body's report: `Sprawozdanie organu` (labels), `Dotacje`, `Wydatki`, the catalogue
 * (`Katalog pomocy` when present, else CS-A1), then the settlement of every school (CS-R.2b).
 */
import type { ZeszytSnapshot } from '../zeszyt/model';
import { brakArkusza, czytajEtykiety, znajdzArkusz } from '../zeszyt/czytnik';
import { odczytajDate, odczytajTekst, czyPusta } from '../komorki/odczyt';
import { dataIso, porownajDaty } from '../komorki/daty';
import { maBlokujace, uwaga, type Uwaga } from '../uwagi';
import { kwotaEn, kwotaPl } from '../kwota';
import type { DataKalendarzowa, Program } from '../program/definicja';
import type { PozycjaKatalogu } from '../program/katalogi';
import { czytajKatalogi } from '../wnioski/katalog';
import { poleEtykiety } from './pola';
import { czytajTeryt } from './identyfikatory';
import { czytajDotacje, type SzkolaDotacji } from './czytajDotacje';
import { czytajWydatki, type LiniaNieuwzgledniona, type LiniaWydatku } from './czytajWydatki';
import { rozliczSzkole, type RozliczenieSzkoly } from './rozliczenie';
import { ARKUSZ_DOTACJI, ARKUSZ_SPRAWOZDANIA_ORGANU, ARKUSZ_WYDATKOW, EO, TEKSTY_PAR18 } from './schemat';
import { dolacz } from '../tablice/dolacz';
import { doGrupy } from '../tablice/grupy';

export interface SprawozdanieOrganu {
  organ: string | null;
  teryt: string | null;
  data: DataKalendarzowa | null;
  szkoly: Array<SzkolaDotacji & { rozliczenie: RozliczenieSzkoly }>;
  uwzglednione: LiniaWydatku[];
  /** the counted lines of each school (REGON), in their order */
  uwzglednioneWgSzkoly: ReadonlyMap<string, readonly LiniaWydatku[]>;
  nieuwzglednione: LiniaNieuwzgledniona[];
  katalog: PozycjaKatalogu[];
}

export type OdczytOrganu = { dane: SprawozdanieOrganu | null; uwagi: Uwaga[]; odmowa: Uwaga | null };

export function czytajSprawozdanieOrganu(z: ZeszytSnapshot, program: Program): OdczytOrganu {
  const uwagi: Uwaga[] = [];
  const ao = znajdzArkusz(z, ARKUSZ_SPRAWOZDANIA_ORGANU);
  const ad = znajdzArkusz(z, ARKUSZ_DOTACJI);
  const aw = znajdzArkusz(z, ARKUSZ_WYDATKOW);
  for (const [a, n] of [
    [ao, ARKUSZ_SPRAWOZDANIA_ORGANU],
    [ad, ARKUSZ_DOTACJI],
    [aw, ARKUSZ_WYDATKOW],
  ] as const)
    if (!a) uwagi.push(brakArkusza(n, 'CS-R.2'));
  if (!ao || !ad || !aw) return { dane: null, uwagi, odmowa: null };

  const e = czytajEtykiety(
    ao,
    Object.values(EO).map((etykieta) => ({ etykieta, wymagana: true })),
    'CS-R.2',
  );
  dolacz(uwagi, e.uwagi);
  const organ = poleEtykiety(e, EO.organ, odczytajTekst, uwagi, { regula: 'CS-R.2' });
  const teryt = poleEtykiety(e, EO.teryt, czytajTeryt, uwagi, { regula: 'CS-10.4' });
  const data = poleEtykiety(e, EO.data, odczytajDate, uwagi, { regula: 'CS-R.2' });
  const termin = program.terminy.sprawozdanieOrganu;
  if (data && porownajDaty(data, termin) > 0)
    uwagi.push(
      uwaga(
        ao.nazwa,
        e.wartosci.get(EO.data)!.adres,
        'ostrzeżenie',
        'CS-18.1',
        `Sprawozdanie organu z ${dataIso(data)} — po terminie ${dataIso(termin)} (CS-18.1).`,
        `Body report dated ${dataIso(data)} — after the deadline ${dataIso(termin)} (CS-18.1).`,
      ),
    );

  const d = czytajDotacje(ad, uwagi);
  if (d.odmowa) return { dane: null, uwagi: [...uwagi, d.odmowa], odmowa: d.odmowa };
  const warianty = new Set(d.szkoly.map((s) => s.wariant));
  for (const tx of TEKSTY_PAR18) {
    const w = e.wartosci.get(tx.etykieta);
    if (!w || !czyPusta(w.komorka) || (tx.wariant && !warianty.has(tx.wariant))) continue;
    uwagi.push(
      uwaga(
        ao.nazwa,
        w.adres,
        'ostrzeżenie',
        'CS-R.2',
        `„${tx.etykieta}” jest puste (${tx.pkt}).`,
        `"${tx.etykieta}" is empty (${tx.pkt}).`,
      ),
    );
  }

  const katalogi = czytajKatalogi(z, program);
  dolacz(uwagi, katalogi.uwagi);
  const wy = czytajWydatki(
    aw,
    new Set(d.szkoly.map((s) => s.regon)),
    new Set(katalogi.pomoce.map((p) => p.pkt)),
    program,
    uwagi,
  );
  if (wy.odmowa) return { dane: null, uwagi: [...uwagi, wy.odmowa], odmowa: wy.odmowa };
  if (maBlokujace(uwagi)) return { dane: null, uwagi, odmowa: null };

  const wgSzkoly = new Map<string, LiniaWydatku[]>();
  for (const l of wy.uwzglednione) doGrupy(wgSzkoly, l.regon, l);
  const szkoly = d.szkoly.map((s) => {
    const rozliczenie = rozliczSzkole(s.G, wgSzkoly.get(s.regon) ?? []);
    uwagiRozliczenia(ad.nazwa, s, rozliczenie, uwagi);
    return { ...s, rozliczenie };
  });
  return {
    dane: {
      organ,
      teryt,
      data,
      szkoly,
      uwzglednione: wy.uwzglednione,
      uwzglednioneWgSzkoly: wgSzkoly,
      nieuwzglednione: wy.nieuwzglednione,
      katalog: katalogi.pomoce,
    },
    uwagi,
    odmowa: null,
  };
}

/** CS-R.2b warnings: mixed investment flags on one point; grant spending above G. */
function uwagiRozliczenia(arkusz: string, s: SzkolaDotacji, r: RozliczenieSzkoly, uwagi: Uwaga[]): void {
  for (const pkt of r.punktyMieszane)
    uwagi.push(
      uwaga(
        ARKUSZ_WYDATKOW,
        null,
        'ostrzeżenie',
        'CS-R.2b',
        `Szkoła ${s.regon}: pkt ${pkt} ma wydatki oznaczone jako inwestycyjne i nieinwestycyjne — cały punkt liczony jako inwestycja (CS-4.4).`,
        `School ${s.regon}: point ${pkt} has lines flagged both as investment and not — the whole point counts as investment (CS-4.4).`,
      ),
    );
  if (r.S > r.G)
    uwagi.push(
      uwaga(
        arkusz,
        s.adres,
        'ostrzeżenie',
        'CS-R.2b',
        `Szkoła ${s.regon}: wydatki z dotacji ${kwotaPl(r.S)} przekraczają dotację ${kwotaPl(r.G)} o ${kwotaPl(r.S - r.G)} — dotacja nie pokrywa więcej niż G.`,
        `School ${s.regon}: grant spending ${kwotaEn(r.S)} exceeds the grant ${kwotaEn(r.G)} by ${kwotaEn(r.S - r.G)} — the grant never pays more than G.`,
      ),
    );
}
