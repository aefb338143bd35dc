/**
 * JST-4 written sheet `Pulpit monitoringu`: the chart's data table (months × statuses and spending,
 * fixed at A3, see wykres.ts), the status matrix (action × month, filled by colour), every status with
 * its explanation, and each action's indicator path to its target.
 */
import type { ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { naglowek, tekst, zl } from '../../zeszyt/formaty';
import { dataIso } from '../../komorki/daty';
import { literaKolumny } from '../../komorki/adres';
import { indeksMiesiaca, miesiacIso } from '../kalendarz';
import { kolor, procent, sekcja, stan, tytul } from '../komorki';
import { liczbaKomorki, liczbaTekst, odejmij, porownaj, ulamek, type Ulamek } from '../../rational';
import { TLO_KOLORU } from '../slowniki';
import type { Dzialanie } from '../plan/plan';
import type { ParametryMonitoringu } from './parametry';
import type { StatusMiesiaca } from './status';
import type { Pulpit } from './pulpit';
import { ARKUSZ_PULPITU, opisWykresu, opisWykresuWydatkow } from './wykres';

const NAGLOWKI_WYKRESU = [
  'Miesiąc',
  'Zielone',
  'Bursztynowe',
  'Czerwone',
  'Brak danych',
  'Wydatki w miesiącu (zł)',
  'Wydatki narastająco (zł)',
  'Plan wydatków narastająco (zł)',
  'Budżet planu (zł)',
];

const pr = (u: Ulamek) => procent(mnozSetna(u));
/** percent → fraction */
function mnozSetna(u: Ulamek): Ulamek {
  return ulamek(u.l, u.m * 100n);
}

/** JST-3/4: share of the way from the base to the target value (null when target = base) */
export function realizacjaCelu(d: Dzialanie, wartosc: Ulamek | null): Ulamek | null {
  if (!wartosc || !d.bazowa || !d.docelowa || porownaj(d.bazowa, d.docelowa) === 0) return null;
  const a = odejmij(wartosc, d.bazowa);
  const b = odejmij(d.docelowa, d.bazowa);
  return ulamek(a.l * b.m, a.m * b.l);
}

const wartoscKom = (u: Ulamek | null): ZapisKomorki => (u ? { v: liczbaKomorki(u, 4) } : null);

export function arkuszPulpitu(
  dzialania: readonly Dzialanie[],
  st: readonly StatusMiesiaca[],
  p: Pulpit,
  par: ParametryMonitoringu,
): ZapisArkusza {
  const wiersze: ZapisKomorki[][] = [
    [tytul('Pulpit monitoringu planu strategicznego (JST-4)')],
    [
      stan(
        `Status obliczony: zielony gdy postęp ≥ plan − ${liczbaTekst(par.zielony)} pkt, bursztynowy gdy ≥ plan − ${liczbaTekst(par.bursztynowy)} pkt, inaczej czerwony; po terminie czerwony poniżej 100 %; wydatki narastająco ponad budżet → co najmniej bursztynowy.`,
      ),
    ],
    NAGLOWKI_WYKRESU.map(naglowek),
  ];
  for (const m of p.miesiace)
    wiersze.push([
      tekst(miesiacIso(m.miesiac)),
      { v: m.zielone, tlo: TLO_KOLORU.zielony },
      { v: m.bursztynowe, tlo: TLO_KOLORU.bursztynowy },
      { v: m.czerwone, tlo: TLO_KOLORU.czerwony },
      { v: m.brakDanych },
      zl(m.wydatki),
      zl(m.narastajaco),
      zl(m.planNarastajaco),
      zl(m.budzet),
    ]);
  if (!p.miesiace.length) wiersze.push([stan('brak wierszy monitoringu')]);

  // status matrix
  const os = p.miesiace.map((m) => m.miesiac);
  const wgKlucza = new Map(st.map((s) => [`${s.dzialanie.wiersz}|${indeksMiesiaca(s.miesiac)}`, s]));
  wiersze.push([], [sekcja('Status działań w miesiącach (wartość: postęp rzeczywisty)')]);
  wiersze.push(['Działanie', 'Początek', 'Koniec', 'Budżet (zł)', ...os.map(miesiacIso)].map(naglowek));
  for (const d of dzialania) {
    wiersze.push([
      tekst(d.etykieta),
      tekst(d.okres ? dataIso(d.okres.od) : '—'),
      tekst(d.okres ? dataIso(d.okres.do) : '—'),
      zl(d.budzet),
      ...os.map((m): ZapisKomorki => {
        const s = wgKlucza.get(`${d.wiersz}|${indeksMiesiaca(m)}`);
        if (!s) return null;
        if (!s.postep) return stan('brak danych');
        return s.kolor ? procent(mnozSetna(s.postep), { tlo: TLO_KOLORU[s.kolor] }) : pr(s.postep);
      }),
    ]);
  }

  // every status, explained
  wiersze.push([], [sekcja('Szczegóły statusów (JST-4)')]);
  wiersze.push(
    [
      'Działanie',
      'Miesiąc',
      'Wiersz w „Monitoring”',
      'Postęp planowany',
      'Postęp',
      'Wydatki narastająco (zł)',
      'Budżet (zł)',
      'Po terminie',
      'Wydatki ponad budżet',
      'Status',
      'Objaśnienie',
    ].map(naglowek),
  );
  for (const s of st)
    wiersze.push([
      tekst(s.dzialanie.etykieta),
      tekst(miesiacIso(s.miesiac)),
      { v: s.wiersz.wiersz },
      s.planowany ? pr(s.planowany) : stan('—'),
      s.postep ? pr(s.postep) : stan('brak danych'),
      zl(s.narastajaco),
      zl(s.dzialanie.budzet),
      tekst(s.poTerminie ? 'TAK' : 'NIE'),
      tekst(s.przekroczenie ? 'TAK' : 'NIE'),
      kolor(s.kolor),
      tekst(s.objasnienie, { zawijaj: false }),
    ]);

  // indicator paths
  wiersze.push([], [sekcja('Ścieżka wskaźników do wartości docelowej')]);
  wiersze.push(
    [
      'Działanie',
      'Wskaźnik',
      'Wartość bazowa',
      'Wartość docelowa',
      ...os.map(miesiacIso),
      'Ostatnia wartość',
      'Realizacja celu',
    ].map(naglowek),
  );
  for (const d of dzialania) {
    let ostatnia: Ulamek | null = null;
    const kom = os.map((m) => {
      const s = wgKlucza.get(`${d.wiersz}|${indeksMiesiaca(m)}`);
      const v = s?.wiersz.wartosc ?? null;
      if (v) ostatnia = v;
      return wartoscKom(v);
    });
    const real = realizacjaCelu(d, ostatnia);
    wiersze.push([
      tekst(d.etykieta),
      tekst(d.wskaznik ?? ''),
      wartoscKom(d.bazowa),
      wartoscKom(d.docelowa),
      ...kom,
      wartoscKom(ostatnia),
      real ? procent(real) : stan('—'),
    ]);
  }
  // the charts stand right of the widest table, so they cover no data
  const kolumna = literaKolumny(Math.max(...wiersze.map((w) => w.length)) + 1);
  const wykresy = [opisWykresu(p.miesiace.length, kolumna), opisWykresuWydatkow(p.miesiace.length, kolumna)].map(
    ({ arkusz: _, ...w }) => w,
  );
  return {
    nazwa: ARKUSZ_PULPITU,
    wiersze,
    szerokosciKolumn: [40, 12, 12, 14, 12, 16, 18, 18, 16, ...os.map(() => 10)],
    zamrozenie: { wiersze: 3, kolumny: 1 },
    wykresy,
  };
}
