/**
 * Written sheet `Diagnoza JST` (JST-1): one row per school with the JST-1 indicators, the row
 * `Razem JST` (sums and ratios of sums), the JST-1.7 list of schools by exclusion risk with the
 * special-needs and social-assistance pupils beside it, and the parameters used.
 */
import type { ZapisArkusza, ZapisKomorki } from '../../zeszyt/model';
import { naglowek, tekst } from '../../zeszyt/formaty';
import { liczbaTekst, porownaj, procentTekst } from '../../rational';
import { calkowita, kolor, liczba2, pogrub, procent, sekcja, stan, takNie } from '../komorki';
import { wagaKoloru } from '../slowniki';
import { SKALA_ETATOW, SKALA_MBPS } from './szkoly';
import type { Diagnoza, KluczWskaznika, Wskaznik, Wskazniki, WynikSzkoly } from './wskazniki';
import type { WynikReguly } from './rekomendacje';

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
  for (const g of rek)
    for (const t of g.szkoly) (m.get(t.szkola) ?? m.set(t.szkola, []).get(t.szkola)!).push(g.regula.id);
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
  wiersze.push([
    tekst('P-LACZE'),
    tekst('Standard przepustowości łącza (JST-1.3)'),
    tekst(`${liczbaTekst(p.standardMbps).replace(/,00$/, '')} Mb/s`),
  ]);
  wiersze.push([
    tekst('P-WYKLUCZENIE-CZERWONY'),
    tekst('Status czerwony od (JST-1.7)'),
    tekst(procentTekst(p.progCzerwony)),
  ]);
  wiersze.push([
    tekst('P-WYKLUCZENIE-BURSZTYNOWY'),
    tekst('Status bursztynowy od (JST-1.7)'),
    tekst(procentTekst(p.progBursztynowy)),
  ]);
  wiersze.push(
    [],
    [
      stan(
        'Wartości JST są ilorazami sum (nie średnimi wskaźników szkół), zaokrąglonymi do 2 miejsc (połówki w górę). Objaśnienie każdej liczby: arkusz „Objaśnienia diagnozy”.',
      ),
    ],
  );
  return {
    nazwa: ARKUSZ_DIAGNOZY,
    wiersze,
    szerokosciKolumn: NAGLOWKI_DIAGNOZY.map((h, i) =>
      i === 1
        ? 34
        : i === 0
          ? 6
          : i === NAGLOWKI_DIAGNOZY.length - 1
            ? 40
            : Math.max(12, Math.min(20, Math.ceil(h.length / 2) + 4)),
    ),
    zamrozenie: { wiersze: 1, kolumny: 2 },
  };
}
