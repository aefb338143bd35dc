/**
 * A running body's application (`Wniosek organu` + `Szkoły`, WB-2, CS-11.1, CS-11.2): labels, per-school
 * rows, duplicates, agreement with the directors' application sheets of the same workbook.
 */
import type { Komorka, ZeszytSnapshot } from '../zeszyt/model';
import { brakArkusza, czytajEtykiety, czytajTabele, znajdzArkusz } from '../zeszyt/czytnik';
import { odczytajDate, odczytajSlownik } from '../komorki/odczyt';
import { dataIso, porownajDaty } from '../komorki/daty';
import type { Kontekst } from '../api';
import { CYFROWA_SZKOLA_2012, WOJEWODZTWA, type DataKalendarzowa } from '../program/definicja';
import type { Grosze } from '../kwota';
import type { Uwaga } from '../uwagi';
import { Slownik } from '../tekst/normalizuj';
import type { Wielkosc } from '../kwalifikacja/typy';
import { ARKUSZ_SZKOL, ARKUSZ_WNIOSKU_ORGANU, ETYKIETY_ORGANU, KOLUMNY_SZKOL, O } from './schemat';
import type { RodzajOrganu } from './slowniki';
import {
  bladOdczytu,
  miejsceEtykiety,
  sprawdzRodzajOrganu,
  sprawdzTekstWymagany,
  sprawdzTeryt,
  terytWojewodztwa,
  uwagaW,
  type Miejsce,
} from './szkola';
import { czytajSzkoly, type WierszSzkoly } from './szkolyOrganu';
import { sprawdzZgodnosc } from './zgodnosc';
import { walidujWnioskiDyrektorow, type ModelWnioskuDyrektora } from './wniosekDyrektora';
import { dolacz } from '../tablice/dolacz';

export const WOJEWODZTWO = new Slownik<string>(WOJEWODZTWA.map((w) => w.nazwa));

export interface GrupaWielkosci {
  /** null = size unknown (pupils unreadable) */
  wielkosc: Wielkosc | null;
  szkoly: WierszSzkoly[];
  /** subtotals of the readable amounts */
  wnioskowana: Grosze;
  wklad: Grosze;
}

export interface ModelWnioskuOrganu {
  arkusze: { wniosek: string | null; szkoly: string | null };
  organ: string | null;
  rodzajOrganu: RodzajOrganu | null;
  teryt: string | null;
  adres: string | null;
  wojewodztwo: string | null;
  dataWniosku: DataKalendarzowa | null;
  szkoly: WierszSzkoly[];
  /** CS-11.2 split: mała, średnia, duża (always), then unknown size (only when some) */
  wgWielkosci: GrupaWielkosci[];
  uwagi: Uwaga[];
}

/** CS-11.2 size split with subtotals. */
export function podzielWgWielkosci(szkoly: readonly WierszSzkoly[]): GrupaWielkosci[] {
  const grupy: GrupaWielkosci[] = (['mała', 'średnia', 'duża'] as const).map((w) => ({
    wielkosc: w,
    szkoly: [],
    wnioskowana: 0,
    wklad: 0,
  }));
  const nieznana: GrupaWielkosci = { wielkosc: null, szkoly: [], wnioskowana: 0, wklad: 0 };
  for (const s of szkoly) {
    const g = grupy.find((x) => x.wielkosc === s.wielkosc) ?? nieznana;
    g.szkoly.push(s);
    g.wnioskowana += s.wnioskowana ?? 0;
    g.wklad += s.wklad ?? 0;
  }
  return nieznana.szkoly.length > 0 ? [...grupy, nieznana] : grupy;
}

/**
 * Validate the organ's application; null model when the workbook has no `Wniosek organu` / `Szkoły`.
 * `dyrektorzy`: the directors' applications of the workbook (computed when not given; their own findings
 * are not repeated here).
 */
export function walidujWniosekOrganu(
  z: ZeszytSnapshot,
  kontekst: Pick<Kontekst, 'program'>,
  dyrektorzy?: readonly ModelWnioskuDyrektora[],
): { wniosek: ModelWnioskuOrganu | null; uwagi: Uwaga[] } {
  const program = kontekst.program ?? CYFROWA_SZKOLA_2012;
  const aw = znajdzArkusz(z, ARKUSZ_WNIOSKU_ORGANU);
  const as = znajdzArkusz(z, ARKUSZ_SZKOL);
  if (!aw && !as) return { wniosek: null, uwagi: [] };
  const uwagi: Uwaga[] = [];
  const m: ModelWnioskuOrganu = {
    arkusze: { wniosek: aw?.nazwa ?? null, szkoly: as?.nazwa ?? null },
    organ: null,
    rodzajOrganu: null,
    teryt: null,
    adres: null,
    wojewodztwo: null,
    dataWniosku: null,
    szkoly: [],
    wgWielkosci: [],
    uwagi,
  };

  if (!aw) uwagi.push(brakArkusza(ARKUSZ_WNIOSKU_ORGANU, 'WB-2'));
  else {
    const e = czytajEtykiety(aw, ETYKIETY_ORGANU);
    dolacz(uwagi, e.uwagi);
    const przy = <T>(
      et: string,
      f: (k: Komorka, mm: Miejsce) => { wartosc: T | null; uwagi: readonly Uwaga[] },
    ): T | null => {
      const mm = miejsceEtykiety(e, et);
      if (!mm) return null;
      const s = f(e.wartosci.get(et)!.komorka, mm);
      dolacz(uwagi, s.uwagi);
      return s.wartosc;
    };
    m.organ = przy(O.organ, (k, mm) => sprawdzTekstWymagany(k, mm, O.organ, 'CS-11.2'));
    m.rodzajOrganu = przy(O.rodzaj, sprawdzRodzajOrganu);
    m.adres = przy(O.adres, (k, mm) => sprawdzTekstWymagany(k, mm, O.adres, 'CS-11.2'));
    m.wojewodztwo = przy(O.wojewodztwo, (k, mm) => {
      const o = odczytajSlownik(k, WOJEWODZTWO);
      return o.ok ? { wartosc: o.v, uwagi: [] } : { wartosc: null, uwagi: [bladOdczytu(mm, 'WB-2', O.wojewodztwo, o)] };
    });
    // CS-10.4: TERYT of the body, its voivodeship = `Województwo`
    m.teryt = przy(O.teryt, (k, mm) => sprawdzTeryt(k, mm, m.wojewodztwo ? terytWojewodztwa(m.wojewodztwo) : null));
    // CS-11.1: applied to the voivode by 30 Apr 2012 (late → evaluation proposed negative)
    m.dataWniosku = przy(O.data, (k, mm) => {
      const o = odczytajDate(k);
      if (!o.ok) return { wartosc: null, uwagi: [bladOdczytu(mm, 'WB-1.7', O.data, o)] };
      const termin = program.terminy.wniosekOrganu;
      if (porownajDaty(o.v, termin) > 0)
        return {
          wartosc: o.v,
          uwagi: [
            uwagaW(
              mm,
              'błąd',
              'CS-11.1',
              `Wniosek organu z ${dataIso(o.v)} złożono po terminie ${dataIso(termin)} — ocena formalna proponowana jako negatywna (zespół może ją zmienić z uzasadnieniem).`,
              `The body's application of ${dataIso(o.v)} is after the deadline ${dataIso(termin)} — the formal evaluation is proposed negative (the team may override it with a reason).`,
            ),
          ],
        };
      return { wartosc: o.v, uwagi: [] };
    });
  }

  if (!as) uwagi.push(brakArkusza(ARKUSZ_SZKOL, 'WB-2'));
  else {
    const t = czytajTabele(as, KOLUMNY_SZKOL);
    dolacz(uwagi, t.uwagi);
    if (t.odmowa) uwagi.push(t.odmowa);
    if (t.wierszNaglowka0 >= 0) {
      const r = czytajSzkoly(t, program);
      m.szkoly = r.szkoly;
      dolacz(uwagi, r.uwagi);
      const d = dyrektorzy ?? walidujWnioskiDyrektorow(z, { program }).wnioski;
      dolacz(uwagi, sprawdzZgodnosc(r.szkoly, d));
    }
  }
  m.wgWielkosci = podzielWgWielkosci(m.szkoly);
  return { wniosek: m, uwagi };
}
