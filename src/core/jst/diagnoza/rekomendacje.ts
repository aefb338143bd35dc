/**
 * JST-2: each rule evaluated per school on the JST-1 indicators, with strict exact comparisons
 * (`> 10`, `> 30 %`, `< 100 %`, `< 0,5`); the JST value is shown beside. An input that cannot be read
 * leaves the condition unknown ("nie oceniono") unless another part of an "or" is already true.
 */
import { porownaj, type Ulamek } from '../../rational';
import { pokazSkalowana } from '../pola';
import { SKALA_MBPS } from './szkoly';
import { progTekst } from './czytajReguly';
import { wartoscTekst, type Diagnoza, type Wskaznik, type WynikSzkoly } from './wskazniki';
import type { IdReguly, RegulaDiagnozy, RegulyDiagnozy } from './reguly';

type Trojstan = boolean | null;

/** Kleene "or": true if any is true, false if all are false, else unknown */
function lub(...v: Trojstan[]): Trojstan {
  if (v.some((x) => x === true)) return true;
  return v.every((x) => x === false) ? false : null;
}

const tn = (b: boolean | null): string => (b === null ? '?' : b ? 'TAK' : 'NIE');

/** compares an indicator with a threshold: `>` or `<`; a special state gives its fixed answer */
function prog(
  w: Wskaznik,
  p: Ulamek | null,
  znak: '>' | '<',
  specjalny: Partial<Record<Wskaznik['stan'], boolean>>,
): Trojstan {
  if (w.stan !== 'ok' || !w.wartosc || !p) return specjalny[w.stan] ?? null;
  const c = porownaj(w.wartosc, p);
  return znak === '>' ? c > 0 : c < 0;
}

interface Ocena {
  tak: Trojstan;
  wartosc: string;
}

interface Sprawdzenie {
  wskaznik: string;
  szkola: (r: WynikSzkoly, regula: RegulaDiagnozy) => Ocena;
  jst: (d: Diagnoza) => string;
}

const ile = (d: Diagnoza, f: (r: WynikSzkoly) => boolean | null): string => {
  const znane = d.szkoly.map(f).filter((v) => v !== null);
  return `${znane.filter(Boolean).length} z ${znane.length}`;
};

const mbps = (r: WynikSzkoly): string => (r.szkola.mbps === null ? '?' : pokazSkalowana(r.szkola.mbps, SKALA_MBPS));

const SPRAWDZENIA: Record<IdReguly, Sprawdzenie> = {
  'R-LACZE': {
    wskaznik: 'Przepustowość (Mb/s); światłowód',
    szkola: (r) => ({
      tak: lub(
        r.standardLacza === null ? null : !r.standardLacza,
        r.szkola.swiatlowod === null ? null : !r.szkola.swiatlowod,
      ),
      wartosc: `${mbps(r)} Mb/s; światłowód: ${tn(r.szkola.swiatlowod)}`,
    }),
    jst: (d) =>
      `standard spełnia ${d.jst.standardLacza.spelnia} z ${d.jst.standardLacza.z} szkół; światłowód: ${ile(d, (r) => r.szkola.swiatlowod)}`,
  },
  'R-SPRZET': {
    wskaznik: 'Uczniowie na komputer uczniowski',
    szkola: (r, g) => ({
      tak: prog(r.w.uczniowieNaKomputer, g.prog, '>', { 'brak komputerów': true }),
      wartosc: wartoscTekst(r.w.uczniowieNaKomputer),
    }),
    jst: (d) => wartoscTekst(d.jst.w.uczniowieNaKomputer),
  },
  'R-WYMIANA': {
    wskaznik: 'Komputery uczniowskie starsze niż 5 lat',
    szkola: (r, g) => ({
      tak: prog(r.w.starszeKomputery, g.prog, '>', { 'brak komputerów': false }),
      wartosc: wartoscTekst(r.w.starszeKomputery),
    }),
    jst: (d) => wartoscTekst(d.jst.w.starszeKomputery),
  },
  'R-WIFI': {
    wskaznik: 'Sale z Wi-Fi',
    szkola: (r, g) => ({ tak: prog(r.w.saleWifi, g.prog, '<', {}), wartosc: wartoscTekst(r.w.saleWifi) }),
    jst: (d) => wartoscTekst(d.jst.w.saleWifi),
  },
  'R-IT': {
    wskaznik: 'Etaty informatyka na 100 komputerów; administrowanie IT',
    szkola: (r, g) => ({
      tak: lub(prog(r.w.etatyNa100, g.prog, '<', { 'brak komputerów': false }), r.administrowanieNieskuteczne),
      wartosc: `${wartoscTekst(r.w.etatyNa100)}; ${r.szkola.administrowanie ?? '?'}`,
    }),
    jst: (d) =>
      `${wartoscTekst(d.jst.w.etatyNa100)}; administrowanie przez nauczyciela lub brak: ${d.jst.administrowanieNieskuteczne.tak} z ${d.jst.administrowanieNieskuteczne.z}`,
  },
  'R-BEZPIECZENSTWO': {
    wskaznik: 'Kopie zapasowe; polityka ochrony danych',
    szkola: (r) => ({
      tak: lub(
        r.szkola.kopie === null ? null : !r.szkola.kopie,
        r.szkola.polityka === null ? null : !r.szkola.polityka,
      ),
      wartosc: `kopie: ${tn(r.szkola.kopie)}; polityka: ${tn(r.szkola.polityka)}`,
    }),
    jst: (d) => `kopie: ${ile(d, (r) => r.szkola.kopie)}; polityka: ${ile(d, (r) => r.szkola.polityka)}`,
  },
  'R-KOMPETENCJE': {
    wskaznik: 'Ocenieni nauczyciele na poziomie A1–A2',
    szkola: (r, g) => ({
      tak: prog(r.w.nauczycieleA, g.prog, '>', { 'brak oceny': false }),
      wartosc: wartoscTekst(r.w.nauczycieleA),
    }),
    jst: (d) => wartoscTekst(d.jst.w.nauczycieleA),
  },
  'R-WYKLUCZENIE': {
    wskaznik: 'Wykluczenie cyfrowe (JST-1.7)',
    szkola: (r) => ({
      tak: r.status === null ? null : r.status === 'czerwony',
      wartosc: `${wartoscTekst(r.w.wykluczenie)} — ${r.status ?? 'brak danych'}`,
    }),
    jst: (d) =>
      `${wartoscTekst(d.jst.w.wykluczenie)}; czerwone ${d.jst.statusy.czerwony}, bursztynowe ${d.jst.statusy.bursztynowy}, zielone ${d.jst.statusy.zielony}`,
  },
};

export interface TrafienieReguly {
  szkola: WynikSzkoly;
  wartosc: string;
}

export interface WynikReguly {
  regula: RegulaDiagnozy;
  wskaznik: string;
  /** the condition with its threshold, for display */
  warunek: string;
  uruchomiona: boolean;
  szkoly: TrafienieReguly[];
  nieocenione: TrafienieReguly[];
  wartoscJst: string;
}

/** JST-2 for every rule, in the fixed order of the rules. */
export function rekomendacje(d: Diagnoza, reguly: RegulyDiagnozy): WynikReguly[] {
  return reguly.reguly.map((g) => {
    const s = SPRAWDZENIA[g.id];
    const szkoly: TrafienieReguly[] = [];
    const nieocenione: TrafienieReguly[] = [];
    for (const r of d.szkoly) {
      const o = s.szkola(r, g);
      if (o.tak === true) szkoly.push({ szkola: r, wartosc: o.wartosc });
      else if (o.tak === null) nieocenione.push({ szkola: r, wartosc: o.wartosc });
    }
    const warunek = g.rodzajProgu === 'brak' ? g.warunek : `${g.warunek} (próg ${progTekst(g.rodzajProgu, g.prog)})`;
    return {
      regula: g,
      wskaznik: s.wskaznik,
      warunek,
      uruchomiona: szkoly.length > 0,
      szkoly,
      nieocenione,
      wartoscJst: s.jst(d),
    };
  });
}
