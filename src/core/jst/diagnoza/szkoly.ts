/** JST-1 input: the `Szkoły JST` table (one row per school or institution), read with located findings. */
import type { ArkuszSnapshot } from '../../zeszyt/model';
import { czytajTabele, type DefinicjaKolumny } from '../../zeszyt/czytnik';
import { uwaga, type Uwaga } from '../../uwagi';
import { regonPoprawny } from '../../identyfikatory';
import { literaKolumny } from '../../komorki/adres';
import { PolaWiersza } from '../pola';
import { ADMINISTROWANIE_IT, TYP_SZKOLY, type Administrowanie, type TypSzkoly } from '../slowniki';

export const ARKUSZ_SZKOL = 'Szkoły JST';

/** header texts (WB-2 style, exact) */
export const H = {
  nazwa: 'Nazwa szkoły',
  regon: 'REGON szkoły',
  typ: 'Typ',
  uczniowie: 'Uczniowie',
  nauczyciele: 'Nauczyciele',
  sale: 'Sale lekcyjne',
  kompUczniow: 'Komputery dla uczniów',
  kompStarsze: 'w tym starsze niż 5 lat',
  kompNauczycieli: 'Komputery dla nauczycieli',
  saleMonitor: 'Sale z monitorem lub tablicą interaktywną',
  saleWifi: 'Sale z Wi-Fi',
  mbps: 'Przepustowość łącza (Mb/s)',
  swiatlowod: 'Światłowód',
  serwerownia: 'Serwerownia lub chmura',
  dziennik: 'Dziennik elektroniczny',
  platforma: 'Platforma edukacyjna',
  kopie: 'Kopie zapasowe',
  polityka: 'Polityka ochrony danych',
  etaty: 'Etaty informatyka',
  administrowanie: 'Administrowanie IT',
  nA: 'Nauczyciele A1-A2',
  nB: 'Nauczyciele B1-B2',
  nC: 'Nauczyciele C1-C2',
  bezUrzadzenia: 'Uczniowie bez urządzenia w domu',
  bezInternetu: 'Uczniowie bez internetu w domu',
  dzielacy: 'Uczniowie dzielący urządzenie',
  specjalne: 'Uczniowie ze specjalnymi potrzebami',
  pomoc: 'Uczniowie z rodzin w pomocy społecznej',
} as const;

/** Headers shown only (not used by any computation) are optional; all the others are required. */
const OPCJONALNE = new Set<string>([H.serwerownia, H.dziennik, H.platforma, H.specjalne, H.pomoc]);
export const KOLUMNY_SZKOL: DefinicjaKolumny[] = Object.values(H).map((naglowek) => ({
  naglowek,
  wymagana: !OPCJONALNE.has(naglowek),
}));

/** decimals kept exactly: Mb/s to 3 places, FTE to 4 places */
export const SKALA_MBPS = 3;
export const SKALA_ETATOW = 4;

export interface Szkola {
  /** 1-based Excel row */
  wiersz: number;
  /** label used in lists: the name, else `wiersz N` */
  etykieta: string;
  nazwa: string | null;
  regon: string | null;
  typ: TypSzkoly | null;
  uczniowie: number | null;
  nauczyciele: number | null;
  sale: number | null;
  kompUczniow: number | null;
  kompStarsze: number | null;
  kompNauczycieli: number | null;
  saleMonitor: number | null;
  saleWifi: number | null;
  /** Mb/s × 10^SKALA_MBPS */
  mbps: number | null;
  swiatlowod: boolean | null;
  serwerownia: boolean | null;
  dziennik: boolean | null;
  platforma: boolean | null;
  kopie: boolean | null;
  polityka: boolean | null;
  /** FTE × 10^SKALA_ETATOW */
  etaty: number | null;
  administrowanie: Administrowanie | null;
  nA: number | null;
  nB: number | null;
  nC: number | null;
  bezUrzadzenia: number | null;
  bezInternetu: number | null;
  dzielacy: number | null;
  specjalne: number | null;
  pomoc: number | null;
}

export interface OdczytSzkol {
  szkoly: Szkola[];
  uwagi: Uwaga[];
  odmowa: Uwaga | null;
}

export function czytajSzkoly(a: ArkuszSnapshot): OdczytSzkol {
  const t = czytajTabele(a, KOLUMNY_SZKOL);
  const uwagi = [...t.uwagi];
  if (t.odmowa || t.wierszNaglowka0 < 0 || uwagi.some((u) => u.blokujaca))
    return { szkoly: [], uwagi, odmowa: t.odmowa };
  const szkoly = t.wiersze.map((w) => czytajSzkole(new PolaWiersza(t, w, uwagi, 'JST-1')));
  duplikatyRegon(szkoly, a.nazwa, t.kolumny.get(H.regon) ?? 0, uwagi);
  if (szkoly.length === 0)
    uwagi.push(
      uwaga(a.nazwa, null, 'ostrzeżenie', 'JST-1', 'Arkusz nie zawiera żadnej szkoły.', 'The sheet lists no school.'),
    );
  return { szkoly, uwagi, odmowa: null };
}

function czytajSzkole(p: PolaWiersza): Szkola {
  const nazwa = p.tekst(H.nazwa);
  const regon = p.identyfikator(H.regon, 'REGON');
  if (regon !== null && !regonPoprawny(regon))
    p.zglos(
      H.regon,
      'błąd',
      `REGON ${regon} jest niepoprawny (długość lub cyfra kontrolna)`,
      `REGON ${regon} is invalid (length or check digit)`,
      'CS-10.4',
    );
  const s: Szkola = {
    wiersz: p.wiersz,
    etykieta: nazwa ?? `wiersz ${p.wiersz}`,
    nazwa,
    regon,
    typ: p.slownik(H.typ, TYP_SZKOLY),
    uczniowie: p.calkowita(H.uczniowie, { min: 1 }),
    nauczyciele: p.calkowita(H.nauczyciele),
    sale: p.calkowita(H.sale, { min: 1 }),
    kompUczniow: p.calkowita(H.kompUczniow),
    kompStarsze: p.calkowita(H.kompStarsze),
    kompNauczycieli: p.calkowita(H.kompNauczycieli),
    saleMonitor: p.calkowita(H.saleMonitor),
    saleWifi: p.calkowita(H.saleWifi),
    mbps: p.skalowana(H.mbps, SKALA_MBPS),
    swiatlowod: p.takNie(H.swiatlowod),
    serwerownia: p.takNie(H.serwerownia, { wymagana: false }),
    dziennik: p.takNie(H.dziennik, { wymagana: false }),
    platforma: p.takNie(H.platforma, { wymagana: false }),
    kopie: p.takNie(H.kopie),
    polityka: p.takNie(H.polityka),
    etaty: p.skalowana(H.etaty, SKALA_ETATOW),
    administrowanie: p.slownik(H.administrowanie, ADMINISTROWANIE_IT),
    nA: p.calkowita(H.nA),
    nB: p.calkowita(H.nB),
    nC: p.calkowita(H.nC),
    bezUrzadzenia: p.calkowita(H.bezUrzadzenia),
    bezInternetu: p.calkowita(H.bezInternetu),
    dzielacy: p.calkowita(H.dzielacy),
    specjalne: p.calkowita(H.specjalne, { wymagana: false }),
    pomoc: p.calkowita(H.pomoc, { wymagana: false }),
  };
  spojnosc(s, p);
  return s;
}

/** JST-1 consistency: a part never exceeds its whole; the part becomes unusable (null) when it does. */
function spojnosc(s: Szkola, p: PolaWiersza): void {
  const czesc = (
    k:
      | 'kompStarsze'
      | 'saleMonitor'
      | 'saleWifi'
      | 'bezUrzadzenia'
      | 'bezInternetu'
      | 'dzielacy'
      | 'specjalne'
      | 'pomoc',
    calosc: number | null,
    hCalosci: string,
  ) => {
    const v = s[k];
    if (v === null || calosc === null || v <= calosc) return;
    p.zglos(
      H[k],
      'błąd',
      `${v} > ${calosc} („${hCalosci}”) — część nie może przekraczać całości`,
      `${v} > ${calosc} ("${hCalosci}") — a part cannot exceed the whole`,
    );
    s[k] = null;
  };
  czesc('kompStarsze', s.kompUczniow, H.kompUczniow);
  czesc('saleMonitor', s.sale, H.sale);
  czesc('saleWifi', s.sale, H.sale);
  for (const k of ['bezUrzadzenia', 'bezInternetu', 'dzielacy', 'specjalne', 'pomoc'] as const)
    czesc(k, s.uczniowie, H.uczniowie);
  // JST-1.6: A + B + C ≤ Nauczyciele (fewer: not everyone assessed → warning)
  if (s.nA !== null && s.nB !== null && s.nC !== null && s.nauczyciele !== null) {
    const ocenieni = s.nA + s.nB + s.nC;
    if (ocenieni > s.nauczyciele) {
      p.zglos(
        H.nA,
        'błąd',
        `ocenionych nauczycieli (${ocenieni}) jest więcej niż nauczycieli (${s.nauczyciele})`,
        `assessed teachers (${ocenieni}) exceed the teachers (${s.nauczyciele})`,
        'JST-1.6',
      );
      s.nA = s.nB = s.nC = null;
    } else if (ocenieni < s.nauczyciele) {
      const n = s.nauczyciele - ocenieni;
      p.zglos(
        H.nA,
        'ostrzeżenie',
        `ocenionych ${ocenieni} z ${s.nauczyciele} nauczycieli — ${n} bez oceny DigCompEdu`,
        `${ocenieni} of ${s.nauczyciele} teachers assessed — ${n} without a DigCompEdu assessment`,
        'JST-1.6',
      );
    }
  }
}

function duplikatyRegon(szkoly: Szkola[], arkusz: string, kolumna: number, uwagi: Uwaga[]): void {
  const pierwszy = new Map<string, number>();
  for (const s of szkoly) {
    if (s.regon === null) continue;
    const w = pierwszy.get(s.regon);
    if (w === undefined) pierwszy.set(s.regon, s.wiersz);
    else
      uwagi.push(
        uwaga(
          arkusz,
          `${literaKolumny(kolumna)}${s.wiersz}`,
          'błąd',
          'JST-1',
          `REGON ${s.regon} występuje dwukrotnie (także w wierszu ${w}).`,
          `REGON ${s.regon} appears twice (also in row ${w}).`,
          { wiersz: s.wiersz },
        ),
      );
  }
}
