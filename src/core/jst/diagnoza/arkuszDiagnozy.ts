/**
 * Written sheet `Diagnoza JST` (JST-1): one row per school with the JST-1 indicators, the row
 * `Razem JST` (sums and ratios of sums), the JST-1.7 list of schools by exclusion risk with the
 * special-needs and social-assistance pupils beside it, and the parameters used.
 */
import type { ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { naglowek, tekst } from '../../zeszyt/formaty';
import { liniiTekstu, WYSOKOSC_LINII, noweWysokosci, ustawWysokosc, wGrupach } from '../../zeszyt/wydruk';
import { liczbaTekst, porownaj, procentTekst } from '../../rational';
import { calkowita, kolor, liczba2, pogrub, procent, sekcja, stan, takNie } from '../komorki';
import { wagaKoloru } from '../slowniki';
import { SKALA_ETATOW, SKALA_MBPS } from './szkoly';
import type { Diagnoza, KluczWskaznika, Wskaznik, Wskazniki, WynikSzkoly } from './wskazniki';
import type { WynikReguly } from './rekomendacje';
import { doGrupy } from '../../tablice/grupy';

export const ARKUSZ_DIAGNOZY = 'Diagnoza JST';

export const NAGLOWKI_DIAGNOZY = [
  'Lp.',
  'Nazwa szkoły',
  'REGON szkoły',
  'Typ',
  'Uczniowie',
  'Nauczyciele',
  'Sale lekcyjne',
  'Komputery dla uczniów',
  'w tym starsze niż 5 lat',
  'Komputery dla nauczycieli',
  'Uczniowie na komputer (JST-1.1)',
  'Komputery starsze niż 5 lat (JST-1.2)',
  'Przepustowość łącza (Mb/s)',
  'Standard łącza (JST-1.3)',
  'Mb/s na ucznia (JST-1.3)',
  'Sale z Wi-Fi (JST-1.4)',
  'Sale z monitorem lub tablicą (JST-1.4)',
  'Etaty informatyka',
  'Etaty IT na 100 komputerów (JST-1.5)',
  'Administrowanie IT',
  'Administrowanie przez nauczyciela lub brak (JST-1.5)',
  'Nauczyciele B1 lub wyżej (JST-1.6)',
  'Nauczyciele A1-A2 (JST-1.6)',
  'Nauczyciele bez oceny (JST-1.6)',
  'Bez urządzenia w domu (JST-1.7)',
  'Bez internetu w domu (JST-1.7)',
  'Dzielący urządzenie (JST-1.7)',
  'Wykluczenie cyfrowe (JST-1.7)',
  'Status wykluczenia (JST-1.7)',
  'Rekomendacje (JST-2)',
];

/**
 * WB-3.4 print layout: columns just wide enough for their values (`100,00%`, `komputerów`, `bursztynowy`)
 * with wrapped headers and texts, printed two pages wide (see `wydrukDiagnozy`).
 */
const SZEROKOSCI_DIAGNOZY = [
  4, 24, 11, 12, 8, 8, 8, 8, 8, 8, 9, 9, 9, 9, 9, 9, 9, 8, 9, 14, 9, 9, 9, 8, 9, 9, 9, 9, 11, 20,
];

const KLUCZE_PRZED: KluczWskaznika[] = ['uczniowieNaKomputer', 'starszeKomputery'];

export function komorkaWskaznika(w: Wskaznik, styl: { pogrubienie?: boolean } = {}): ZapisKomorki {
  if (w.stan !== 'ok' || !w.wartosc) return stan(w.stan, styl);
  return w.procent ? procent(w.wartosc, styl) : liczba2(w.wartosc, styl);
}

function wskaznikiKomorki(
  w: Wskazniki,
  mbps: ZapisKomorki,
  standard: ZapisKomorki,
  etaty: ZapisKomorki,
  admin: ZapisKomorki,
  adminFlaga: ZapisKomorki,
  nieocenieni: ZapisKomorki,
  styl: { pogrubienie?: boolean },
): ZapisKomorki[] {
  const k = (kl: KluczWskaznika) => komorkaWskaznika(w[kl], styl);
  return [
    ...KLUCZE_PRZED.map(k),
    mbps,
    standard,
    k('mbpsNaUcznia'),
    k('saleWifi'),
    k('saleMonitor'),
    etaty,
    k('etatyNa100'),
    admin,
    adminFlaga,
    k('nauczycieleB1'),
    k('nauczycieleA'),
    nieocenieni,
    k('bezUrzadzenia'),
    k('bezInternetu'),
    k('dzielacy'),
    k('wykluczenie'),
  ];
}

function wierszSzkoly(r: WynikSzkoly, lp: number, rek: string): ZapisKomorki[] {
  const s = r.szkola;
  return [
    { v: lp },
    tekst(s.nazwa ?? s.etykieta),
    tekst(s.regon ?? ''),
    tekst(s.typ ?? ''),
    calkowita(s.uczniowie),
    calkowita(s.nauczyciele),
    calkowita(s.sale),
    calkowita(s.kompUczniow),
    calkowita(s.kompStarsze),
    calkowita(s.kompNauczycieli),
    ...wskaznikiKomorki(
      r.w,
      s.mbps === null ? stan('brak danych') : { v: Number(s.mbps) / 10 ** SKALA_MBPS, fmt: '0.###' },
      takNie(r.standardLacza),
      s.etaty === null ? stan('brak danych') : { v: Number(s.etaty) / 10 ** SKALA_ETATOW, fmt: '0.00##' },
      tekst(s.administrowanie ?? ''),
      takNie(r.administrowanieNieskuteczne),
      calkowita(r.nieocenieni),
      {},
    ),
    kolor(r.status),
    tekst(rek),
  ];
}

function wierszJst(d: Diagnoza): ZapisKomorki[] {
  const j = d.jst;
  const b = { pogrubienie: true };
  const c = (n: number) => ({ v: n, fmt: '0', pogrubienie: true });
  return [
    null,
    tekst('Razem JST', b),
    tekst(`${d.szkoly.length} szkół`, b),
    null,
    c(j.sumy.uczniowie),
    c(j.sumy.nauczyciele),
    c(j.sumy.sale),
    c(j.sumy.kompUczniow),
    c(j.sumy.kompStarsze),
    c(j.sumy.kompNauczycieli),
    ...wskaznikiKomorki(
      j.w,
      pogrub({ v: Number(j.sumy.mbps.l) / Number(j.sumy.mbps.m), fmt: '0.###' }),
      tekst(`${j.standardLacza.spelnia} z ${j.standardLacza.z}`, b),
      pogrub({ v: Number(j.sumy.etaty.l) / Number(j.sumy.etaty.m), fmt: '0.00##' }),
      null,
      tekst(`${j.administrowanieNieskuteczne.tak} z ${j.administrowanieNieskuteczne.z}`, b),
      c(j.nieocenieni),
      b,
    ),
    tekst(`czerwone ${j.statusy.czerwony}, bursztynowe ${j.statusy.bursztynowy}, zielone ${j.statusy.zielony}`, b),
    null,
  ];
}

/** school → ids of the recommendations it triggered, in rule order */
export function rekomendacjeSzkol(rek: readonly WynikReguly[]): Map<WynikSzkoly, string[]> {
  const m = new Map<WynikSzkoly, string[]>();
  for (const g of rek) for (const t of g.szkoly) doGrupy(m, t.szkola, g.regula.id);
  return m;
}

/** JST-1.7 ranking: red, amber, green, unknown; inside, the larger share first; then row order */
export function rankingWykluczenia(d: Diagnoza): WynikSzkoly[] {
  const waga = (r: WynikSzkoly) => (r.status === null ? -1 : wagaKoloru(r.status));
  return [...d.szkoly].sort((a, b) => {
    if (waga(a) !== waga(b)) return waga(b) - waga(a);
    const ua = a.w.wykluczenie.wartosc;
    const ub = b.w.wykluczenie.wartosc;
    if (ua && ub && porownaj(ua, ub) !== 0) return porownaj(ub, ua);
    return a.szkola.wiersz - b.szkola.wiersz;
  });
}

export function arkuszDiagnozy(d: Diagnoza, rek: WynikReguly[]): ZapisArkusza {
  const ids = rekomendacjeSzkol(rek);
  const idWgSzkoly = (r: WynikSzkoly) => (ids.get(r) ?? []).join(', ');
  const wiersze: ZapisKomorki[][] = [NAGLOWKI_DIAGNOZY.map(naglowek)];
  d.szkoly.forEach((r, i) => wiersze.push(wierszSzkoly(r, i + 1, idWgSzkoly(r))));
  wiersze.push(wierszJst(d));
  wiersze.push([], [sekcja('Wykluczenie cyfrowe — szkoły według ryzyka (JST-1.7)')]);
  wiersze.push(
    [
      'Lp.',
      'Nazwa szkoły',
      'REGON szkoły',
      'Status',
      'Wykluczenie cyfrowe',
      'Bez urządzenia w domu',
      'Bez internetu w domu',
      'Dzielący urządzenie',
      'Uczniowie ze specjalnymi potrzebami',
      'Uczniowie z rodzin w pomocy społecznej',
      'Uczniowie',
    ].map(naglowek),
  );
  rankingWykluczenia(d).forEach((r, i) => {
    const s = r.szkola;
    wiersze.push([
      { v: i + 1 },
      tekst(s.etykieta),
      tekst(s.regon ?? ''),
      kolor(r.status),
      komorkaWskaznika(r.w.wykluczenie),
      calkowita(s.bezUrzadzenia),
      calkowita(s.bezInternetu),
      calkowita(s.dzielacy),
      calkowita(s.specjalne),
      calkowita(s.pomoc),
      calkowita(s.uczniowie),
    ]);
  });
  const p = d.parametry;
  wiersze.push([], [sekcja('Parametry (arkusz „Reguły diagnozy”)')]);
  // one sentence per parameter in column B, overflowing over the empty cells to its right (printed whole)
  const parametr = (id: string, opis: string, wartosc: string) => [
    null,
    tekst(`${opis}: ${wartosc} (${id})`, { zawijaj: false }),
  ];
  wiersze.push(
    parametr(
      'P-LACZE',
      'Standard przepustowości łącza (JST-1.3)',
      `${liczbaTekst(p.standardMbps).replace(/,00$/, '')} Mb/s`,
    ),
    parametr('P-WYKLUCZENIE-CZERWONY', 'Status czerwony od (JST-1.7)', procentTekst(p.progCzerwony)),
    parametr('P-WYKLUCZENIE-BURSZTYNOWY', 'Status bursztynowy od (JST-1.7)', procentTekst(p.progBursztynowy)),
  );
  wiersze.push(
    [],
    [
      null,
      stan(
        'Wartości JST są ilorazami sum (nie średnimi wskaźników szkół), zaokrąglonymi do 2 miejsc (połówki w górę). Objaśnienie każdej liczby: arkusz „Objaśnienia diagnozy”.',
        { zawijaj: false },
      ),
    ],
  );
  return { nazwa: ARKUSZ_DIAGNOZY, ...wydrukDiagnozy(wiersze), zamrozenie: { wiersze: 1, kolumny: 2 } };
}

/**
 * WB-3.4 `Diagnoza JST` printed: 30 columns do not fit one A4 page at a readable scale, so landscape A4
 * two pages wide with `Lp.` and `Nazwa szkoły` repeated at the left of every page and the header row at
 * the top (at about 70 % in LibreOffice), the texts wrapped in their narrow columns (unless a cell says `zawijaj: false`: section titles and the
 * sentences below the tables overflow to the right) and every row as tall as its wrapped texts.
 */
function wydrukDiagnozy(
  wiersze: ZapisKomorki[][],
): Pick<ZapisArkusza, 'wiersze' | 'szerokosciKolumn' | 'wysokosciWierszy' | 'wydruk'> {
  const wysokosci = noweWysokosci();
  const zawiniete = wiersze.map((w, r) => {
    let linii = 1;
    const out = w.map((c, i) => {
      if (!c || typeof c.v !== 'string' || c.zawijaj === false) return c;
      const n = liniiTekstu(c.v, SZEROKOSCI_DIAGNOZY[i] - 1);
      if (n === 1) return c;
      linii = Math.max(linii, n);
      return c.zawijaj ? c : { ...c, zawijaj: true };
    });
    if (linii > 1) ustawWysokosc(wysokosci, r + 1, linii * WYSOKOSC_LINII);
    return out;
  });
  return {
    wiersze: zawiniete,
    szerokosciKolumn: SZEROKOSCI_DIAGNOZY,
    wysokosciWierszy: wGrupach(wysokosci),
    wydruk: {
      orientacja: 'pozioma',
      dopasujDoSzerokosci: true,
      stronWszerz: 2,
      powtarzaneWiersze: [1, 1],
      powtarzaneKolumny: [1, 2],
      marginesy: { lewy: 0.4, prawy: 0.4, gorny: 0.6, dolny: 0.6 },
    },
  };
}
