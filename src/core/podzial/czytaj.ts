/**
 * Reading WB-2 `Podział środków` (WB-1.1) and `Województwa` (WB-1.2) into Part A inputs.
 * Every finding names the sheet and the cell; anything that blocks the split is `blokujaca`.
 */
import type { ArkuszSnapshot, ZeszytSnapshot } from '../zeszyt/model';
import {
  adresPola,
  brakArkusza,
  czytajEtykiety,
  czytajTabele,
  pole,
  zaDlugiTekst,
  znajdzArkusz,
  type Tabela,
  type WierszTabeli,
} from '../zeszyt/czytnik';
import {
  czyPusta,
  odczytajIdentyfikator,
  odczytajKwote,
  odczytajLiczbeCalkowita,
  odczytajSlownik,
  odczytajTekst,
  skroc,
} from '../komorki/odczyt';
import { maBlokujace, uwaga, type Uwaga } from '../uwagi';
import { WOJEWODZTWA } from '../program/definicja';
import { normalizuj } from '../tekst/normalizuj';
import type { Grosze } from '../kwota';
import { sprawdzKwote, type WierszPodzialu } from './algorytm';
import { uwagaKwoty } from './komunikaty';
import * as S from './schemat';
import { dolacz } from '../tablice/dolacz';

export interface WierszOdczytany extends WierszPodzialu {
  /** A1 address of the row's TERYT cell (findings about the voivodeship point there) */
  adresTeryt: string;
}

export interface DanePodzialu {
  arkuszParametrow: string;
  arkuszWojewodztw: string;
  kwota: Grosze;
  adresKwoty: string;
  jednostka: Grosze;
  nazwaJednostki: S.NazwaJednostki;
  /** the 16 voivodeships, in sheet order; `nazwa` is the canonical name of the TERYT code */
  wiersze: WierszOdczytany[];
}

export interface OdczytPodzialu {
  /** null when a blocking finding prevents the split */
  dane: DanePodzialu | null;
  uwagi: Uwaga[];
  /** WB-1.9 refusal */
  odmowa: Uwaga | null;
}

export function czytajPodzial(z: ZeszytSnapshot): OdczytPodzialu {
  const uwagi: Uwaga[] = [];
  const ap = znajdzArkusz(z, S.ARKUSZ_PODZIALU);
  const aw = znajdzArkusz(z, S.ARKUSZ_WOJEWODZTW);
  if (!ap) uwagi.push(brakArkusza(S.ARKUSZ_PODZIALU, 'WB-2'));
  if (!aw) uwagi.push(brakArkusza(S.ARKUSZ_WOJEWODZTW, 'WB-2'));
  for (const a of [ap, aw]) {
    const odmowa = a ? zaDlugiTekst(a) : null; // WB-1.9
    if (odmowa) return { dane: null, uwagi: [...uwagi, odmowa], odmowa };
  }
  const parametry = ap ? czytajParametry(ap, uwagi) : null;
  const tabela = aw ? czytajWojewodztwa(aw, uwagi) : null;
  if (tabela && 'odmowa' in tabela) return { dane: null, uwagi: [...uwagi, tabela.odmowa], odmowa: tabela.odmowa };
  if (!ap || !aw || !parametry || !tabela || maBlokujace(uwagi)) return { dane: null, uwagi, odmowa: null };
  return {
    dane: { arkuszParametrow: ap.nazwa, arkuszWojewodztw: aw.nazwa, ...parametry, wiersze: tabela.wiersze },
    uwagi,
    odmowa: null,
  };
}

type Parametry = Pick<DanePodzialu, 'kwota' | 'adresKwoty' | 'jednostka' | 'nazwaJednostki'>;

/** WB-1.1 labels; WB-1.4 money; WB-2 unit vocabulary (empty or absent = 1 gr); CS-9.1 B > 0, B multiple of u. */
function czytajParametry(a: ArkuszSnapshot, uwagi: Uwaga[]): Parametry | null {
  const e = czytajEtykiety(a, [
    { etykieta: S.ETYKIETA_KWOTY, wymagana: true },
    { etykieta: S.ETYKIETA_JEDNOSTKI, wymagana: false },
  ]);
  dolacz(uwagi, e.uwagi);
  let nazwaJednostki: S.NazwaJednostki | null = S.JEDNOSTKA_DOMYSLNA;
  const wj = e.wartosci.get(S.ETYKIETA_JEDNOSTKI);
  if (wj && !czyPusta(wj.komorka)) {
    const r = odczytajSlownik(wj.komorka, S.JEDNOSTKI);
    if (r.ok) nazwaJednostki = r.v;
    else {
      nazwaJednostki = null;
      uwagi.push(
        uwaga(a.nazwa, wj.adres, 'błąd', 'WB-2', `${S.ETYKIETA_JEDNOSTKI}: ${r.pl}.`, `Rounding unit: ${r.en}.`, {
          blokujaca: true,
        }),
      );
    }
  }
  const wk = e.wartosci.get(S.ETYKIETA_KWOTY);
  if (!wk) return null;
  const rk = odczytajKwote(wk.komorka);
  if (!rk.ok) {
    uwagi.push(
      uwaga(a.nazwa, wk.adres, 'błąd', 'WB-1.4', `${S.ETYKIETA_KWOTY}: ${rk.pl}.`, `National sum: ${rk.en}.`, {
        blokujaca: true,
      }),
    );
    return null;
  }
  if (!nazwaJednostki) return null;
  const jednostka = S.GROSZE_JEDNOSTKI[nazwaJednostki];
  const problem = sprawdzKwote(rk.v, jednostka);
  if (problem) {
    uwagi.push(uwagaKwoty(problem, a.nazwa, wk.adres, rk.v, nazwaJednostki));
    return null;
  }
  return { kwota: rk.v, adresKwoty: wk.adres, jednostka, nazwaJednostki };
}

/** WB-1.2 table; WB-2: exactly 16 data rows, the 16 TERYT codes each once, names matching; counts integers ≥ 0. */
function czytajWojewodztwa(
  a: ArkuszSnapshot,
  uwagi: Uwaga[],
): { wiersze: WierszOdczytany[] } | { odmowa: Uwaga } | null {
  const t = czytajTabele(
    a,
    S.KOLUMNY_WOJEWODZTW.map((naglowek) => ({ naglowek, wymagana: true })),
  );
  if (t.odmowa) return { odmowa: t.odmowa };
  dolacz(uwagi, t.uwagi);
  if (t.wierszNaglowka0 < 0) return null;
  const blad = (adres: string | null, regula: string, pl: string, en: string, blokujaca = true) =>
    uwagi.push(uwaga(a.nazwa, adres, 'błąd', regula, pl, en, { blokujaca }));
  const widziane = new Map<string, string>(); // TERYT → its cell
  const wiersze: WierszOdczytany[] = [];
  for (const w of t.wiersze) {
    const adresTeryt = adresPola(t, w, S.KOL_TERYT);
    const rt = odczytajIdentyfikator(pole(t, w, S.KOL_TERYT), 'TERYT');
    let woj: (typeof WOJEWODZTWA)[number] | undefined;
    if (!rt.ok) {
      if (rt.pusta) blad(adresTeryt, 'WB-2', 'Brak kodu TERYT województwa.', 'The voivodeship TERYT code is missing.');
      else blad(adresTeryt, 'WB-1.6', `TERYT: ${rt.pl}.`, `TERYT: ${rt.en}.`);
    } else {
      if (rt.infoPl) uwagi.push(uwaga(a.nazwa, adresTeryt, 'informacja', 'WB-1.6', `${rt.infoPl}.`, `${rt.infoEn}.`));
      const poprzedni = widziane.get(rt.v);
      woj = WOJEWODZTWA.find((x) => x.teryt === rt.v);
      if (!woj)
        blad(
          adresTeryt,
          'WB-2',
          `TERYT ${rt.v} nie jest kodem województwa (02, 04, …, 32).`,
          `TERYT ${rt.v} is not a voivodeship code (02, 04, …, 32).`,
        );
      else if (poprzedni) {
        blad(
          adresTeryt,
          'WB-2',
          `TERYT ${rt.v} (${woj.nazwa}) występuje dwukrotnie (także w ${poprzedni}).`,
          `TERYT ${rt.v} (${woj.nazwa}) appears twice (also in ${poprzedni}).`,
        );
        woj = undefined;
      } else widziane.set(rt.v, adresTeryt);
    }
    if (woj) sprawdzNazwe(t, w, woj, a.nazwa, uwagi);
    const liczby = [S.KOL_MALE, S.KOL_SREDNIE, S.KOL_DUZE].map((h) => {
      const r = odczytajLiczbeCalkowita(pole(t, w, h));
      const adres = adresPola(t, w, h);
      if (!r.ok) blad(adres, 'WB-1.4', `${h}: ${r.pl}.`, `${h}: ${r.en}.`);
      else if (r.v < 0)
        blad(
          adres,
          'CS-9.1',
          `${h}: liczba szkół nie może być ujemna (${r.v}).`,
          `${h}: a number of schools cannot be negative (${r.v}).`,
        );
      return r.ok && r.v >= 0 ? r.v : null;
    });
    const [nS, nM, nL] = liczby;
    if (woj && nS !== null && nM !== null && nL !== null)
      wiersze.push({ teryt: woj.teryt, nazwa: woj.nazwa, nS, nM, nL, adresTeryt });
  }
  const n = WOJEWODZTWA.length;
  if (t.wiersze.length !== n)
    blad(
      null,
      'WB-2',
      `Arkusz ma ${t.wiersze.length} wierszy danych; wymagane dokładnie ${n} — po jednym dla każdego województwa.`,
      `The sheet has ${t.wiersze.length} data rows; exactly ${n} are required — one per voivodeship.`,
    );
  const brak = WOJEWODZTWA.filter((x) => !widziane.has(x.teryt)).map((x) => `${x.teryt} ${x.nazwa}`);
  if (brak.length > 0)
    blad(null, 'WB-2', `Brak województw: ${brak.join(', ')}.`, `Voivodeships missing: ${brak.join(', ')}.`);
  return { wiersze };
}

/** WB-2: the name must match its TERYT code (WB-1.3 matching). A non-blocking `błąd`: the split uses the code. */
function sprawdzNazwe(
  t: Tabela,
  w: WierszTabeli,
  woj: { teryt: string; nazwa: string },
  arkusz: string,
  uwagi: Uwaga[],
): void {
  const adres = adresPola(t, w, S.KOL_NAZWA);
  const r = odczytajTekst(pole(t, w, S.KOL_NAZWA));
  const nazwa = r.ok ? skroc(r.v) : '';
  if (r.ok && normalizuj(r.v) === normalizuj(woj.nazwa)) return;
  const pl = r.ok
    ? `„${nazwa}” nie odpowiada kodowi TERYT ${woj.teryt} (${woj.nazwa}).`
    : `${S.KOL_NAZWA}: ${r.pl}; oczekiwano „${woj.nazwa}” (TERYT ${woj.teryt}).`;
  const en = r.ok
    ? `"${nazwa}" does not match TERYT ${woj.teryt} (${woj.nazwa}).`
    : `${S.KOL_NAZWA}: ${r.en}; expected "${woj.nazwa}" (TERYT ${woj.teryt}).`;
  uwagi.push(uwaga(arkusz, adres, 'błąd', 'WB-2', pl, en));
}
