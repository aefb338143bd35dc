/**
 * `kwalifikuj` on a voivodeship workbook: WB-5 evaluation, CS-Z3 (and CS-Z3.R when resignations are
 * present), the WB-3.2 sheets and the WB-4.1 JSON.
 */
import type { Kontekst, WynikOperacji, WynikZDanymi } from '../api';
import type { Sprawdzenie } from '../walidacja';
import type { ZeszytSnapshot } from '../zeszyt/model';
import { CYFROWA_SZKOLA_2012, type Program } from '../program/definicja';
import { uwaga, type Uwaga } from '../uwagi';
import { gotowe, maBlokujace, odmowa, zablokowane } from '../wynikOperacji';
import { CZESC_STANU } from '../zeszyt/wlasnosc';
import {
  kwalifikuj,
  type DecyzjaWniosku,
  przetworzRezygnacje,
  zamrozStan,
  czesciStanuZamrozonego,
  type ParametryKwalifikacji,
  type StanZamrozony,
  type WniosekDoKwalifikacji,
  type WynikRezygnacji,
} from '../kwalifikacja';
import { miejscePola, uwagaW } from '../wnioski/szkola';
import { KLUCZ_STANU, przygotuj } from './przygotuj';
import { sprawdzKolejnosc, sprawdzKolejnoscWKoszykach } from './ocena';
import { losowanieIReczna, META_ODCISKU } from './weryfikacja';
import { odciskWnioskow } from './odciskWnioskow';
import { K } from './kolumny';
import { ETYKIETY_PARAMETROW, ARKUSZ_PARAMETRY } from './parametry';
import type { ModelProtokolu } from './model';
import type { WierszWniosku } from './wiersze';
import { jsonKwalifikacji } from './json';
import { daneKwalifikacji } from './dane';
import { arkuszeProtokolu } from './arkusze';
import { podsumowanieKwalifikacji } from './podsumowanie';
import type { Tabela } from '../zeszyt/czytnik';
import { arkuszePoProtokole } from '../sprawozdania/poProtokole';
import { dolacz } from '../tablice/dolacz';

export interface Oceniony {
  mp: ModelProtokolu;
  tabela: Tabela;
  stanNowy: StanZamrozony;
  program: Program;
  /** the CS-Z3 inputs of the first run (the pane's what-if re-runs them with another share or seed) */
  doKwal: WniosekDoKwalifikacji[];
  parametryK: ParametryKwalifikacji;
}

/**
 * Everything up to the protocol: WB-5 evaluation, CS-Z3 and CS-Z3.R with all their findings; stops with
 * the refusal or block when there is one. Also the source of `wyjasnij` (the trace it narrates).
 */
export function ocenIKwalifikuj(z: ZeszytSnapshot, k: Kontekst): { koniec: WynikZDanymi<never> } | Oceniony {
  const program = k.program ?? CYFROWA_SZKOLA_2012;
  k.postep?.(0.05, 'odczyt');
  const pr = przygotuj(z, program);
  if (pr.odmowa) return { koniec: odmowa(pr.odmowa, k.jezyk) };
  const uwagi = pr.uwagi;
  const p = pr.parametry;
  const t = pr.tabela;
  if (maBlokujace(uwagi) || !p || !t || t.wierszNaglowka0 < 0 || p.kwota === null)
    return { koniec: zablokowane(uwagi, k.jezyk) };
  const A = p.kwota;

  const { pozytywne, losowanie, reczna, recznaWOdcisku } = losowanieIReczna(pr, A);
  const negatywne = pr.wiersze.filter((w) => pr.oceny[w.indeks] !== 'pozytywna');
  const koszyki = reczna && p.losowanieReczne === 'w koszykach';
  if (losowanie && reczna)
    dolacz(
      uwagi,
      koszyki
        ? sprawdzKolejnoscWKoszykach(t, pozytywne, negatywne, p.podzial)
        : sprawdzKolejnosc(t, pozytywne, negatywne),
    );
  if (losowanie && !reczna && p.ziarno === null)
    uwagi.push(
      uwaga(
        ARKUSZ_PARAMETRY,
        p.adresZiarna,
        'błąd',
        'WB-5.3',
        `Wnioski przekraczają kwotę środków, a nie podano „${ETYKIETY_PARAMETROW.ziarno}” ani kolejności ręcznej — losowanie nie może się odbyć.`,
        `Requests exceed the allocation and neither a draw seed nor a manual order is given — the draw cannot take place.`,
        { blokujaca: true, pole: 'ziarno' },
      ),
    );

  const odcisk = odciskWnioskow(p, pr.wiersze, pr.oceny, recznaWOdcisku);
  const rezygnujace = pozytywne.filter((w) => w.rezygnacja);
  const stan = pr.stan && pr.stan.odcisk === odcisk ? pr.stan : null;
  if (pr.stan && !stan && rezygnujace.length)
    uwagi.push(
      uwaga(
        t.arkusz,
        null,
        'błąd',
        'CS-Z3.R',
        'Dane zmieniły się po protokole (odcisk danych jest inny niż zapisany) — rezygnacji nie można przetworzyć. Przywróć dane z protokołu albo usuń oznaczenia rezygnacji, aby przeprowadzić nową kwalifikację.',
        'The data changed after the protocol (the fingerprint differs from the stored one) — resignations cannot be processed. Restore the protocol data or clear the resignations to run a new qualification.',
        { blokujaca: true },
      ),
    );
  if (maBlokujace(uwagi)) return { koniec: zablokowane(uwagi, k.jezyk) };

  k.postep?.(0.3, 'kwalifikacja');
  const doKwal = pozytywne.map((w) => doKwalifikacji(w, reczna));
  const parametryK: ParametryKwalifikacji = {
    kwota: A,
    udzialWariantuISetne: p.udzialSetne,
    podzial: p.podzial,
    sio: p.sio,
    ziarno: p.ziarno,
    kolejnoscReczna: reczna,
    losowanieReczne: p.losowanieReczne,
  };
  let wynik = kwalifikuj(doKwal, parametryK, program);
  let stanNowy = zamrozStan(wynik, doKwal, odcisk);
  let rez: WynikRezygnacji | null = null;
  if (stan && (rezygnujace.length || stan.rezygnacje.length)) {
    // CS-Z3.R: the same inputs give the same first run; replay every resignation (stored, then new) on it
    const lista = [
      ...stan.rezygnacje.map((r) => ({ regon: r.regon, data: r.data })),
      ...rezygnujace.filter((w) => w.dataRezygnacji).map((w) => ({ regon: w.regon!, data: w.dataRezygnacji! })),
    ];
    rez = przetworzRezygnacje(stanNowy, lista, {
      przebiegDotychczasowy: wynik.przebieg,
      indeksy: new Map(doKwal.map((w) => [w.regon, w.indeks])),
      program,
    });
    wynik = rez.wynik;
    stanNowy = rez.stan;
    dolacz(uwagi, odrzuconeRezygnacje(rez, pr.wiersze, t));
  }

  const powodyOdrzucenia = new Map<number, string>();
  for (const w of negatywne)
    powodyOdrzucenia.set(
      w.indeks,
      w.ocenaZespolu === 'negatywna' && w.uzasadnienie
        ? w.uzasadnienie
        : w.bledyFormalne.map((u) => (k.jezyk === 'en' ? u.message : u.komunikat)).join('; '),
    );
  const mp: ModelProtokolu = {
    parametry: p,
    wiersze: pr.wiersze,
    oceny: pr.oceny,
    powodyOdrzucenia,
    wynik,
    decyzje: decyzjeWierszy(pr.wiersze.length, wynik.decyzje),
    kolejnoscReczna: reczna,
    losowanieReczne: reczna ? p.losowanieReczne : null,
    ziarnoUzyte: losowanie && !reczna,
    odcisk,
    zmiany: rez?.zmiany ?? [],
    uwagi,
  };
  return { mp, stanNowy, program, tabela: t, doKwal, parametryK };
}

/** Each data row's decision by `indeks` (`ModelProtokolu.decyzje`). */
function decyzjeWierszy(wierszy: number, decyzje: readonly DecyzjaWniosku[]): Array<DecyzjaWniosku | null> {
  const wg: Array<DecyzjaWniosku | null> = [];
  for (let i = 0; i < wierszy; i++) wg.push(null); // packed, no holes
  for (const d of decyzje) wg[d.indeks] = d;
  return wg;
}

/** A formally positive row as CS-Z3's input (WB-5.2 made its fields readable); `reczna`: with its manual order. */
export function doKwalifikacji(w: WierszWniosku, reczna: boolean): WniosekDoKwalifikacji {
  const d: WniosekDoKwalifikacji = {
    indeks: w.indeks,
    regon: w.regon!,
    wielkosc: w.wielkosc!,
    v1: w.wariant!,
    v2: w.zastepczy!,
    r: w.r!,
  };
  if (reczna) d.pozycjaReczna = w.kolejnosc!;
  return d;
}

/** `kwalifikuj`: the evaluation and qualification, then the WB-3.2 sheets, the state and the WB-4.1 JSON. */
export function kwalifikujWojewodztwo(z: ZeszytSnapshot, k: Kontekst): WynikOperacji<'kwalifikuj'> {
  const o = ocenIKwalifikuj(z, k);
  if ('koniec' in o) return o.koniec;
  const { mp, stanNowy, program, tabela } = o;
  const { uwagi, odcisk } = mp;
  k.postep?.(0.7, 'protokół');
  const dane = daneKwalifikacji(mp);
  const wynikOperacji = gotowe(
    z,
    k,
    [...arkuszeProtokolu(mp, program), ...arkuszePoProtokole(z, tabela, mp, program, k.dzis)],
    uwagi,
    dane,
    jsonKwalifikacji(dane),
    podsumowanieKwalifikacji(dane, k.jezyk),
    {
      operacja: 'kwalifikuj',
      zmiany: {
        meta: { [META_ODCISKU]: odcisk, 'kwalifikacja.algorytm': stanNowy.algorytm },
        dane: { [KLUCZ_STANU]: czesciStanuZamrozonego(stanNowy, CZESC_STANU) },
      },
    },
  );
  k.postep?.(1, 'gotowe');
  return wynikOperacji;
}

/** `waliduj` on a voivodeship workbook: the same findings as `kwalifikuj`, without building the protocol. */
export function walidujWojewodztwo(z: ZeszytSnapshot, k: Kontekst): Sprawdzenie {
  const o = ocenIKwalifikuj(z, k);
  if ('koniec' in o) return o.koniec;
  return { status: 'ok', uwagi: o.mp.uwagi };
}

/** CS-Z3.R: a resignation of a row that was not qualified → błąd on that row, no effect. */
function odrzuconeRezygnacje(
  rez: WynikRezygnacji,
  wiersze: readonly WierszWniosku[],
  t: NonNullable<ReturnType<typeof przygotuj>['tabela']>,
): Uwaga[] {
  return rez.odrzucone.flatMap((o) => {
    const w = wiersze.find((x) => x.regonCyfry === o.regon && x.rezygnacja);
    if (!w) return [];
    const m = miejscePola(t, { wiersz0: w.wiersz - 1, indeks: w.indeks, komorki: [] }, K.rezygnacja);
    const [pl, en] =
      o.powod === 'inna data'
        ? [
            'Rezygnację przetworzono już z inną datą — zmiana daty nie ma skutku.',
            'The resignation was already processed with another date — changing it has no effect.',
          ]
        : [
            'Rezygnacja wniosku, który nie został zakwalifikowany — bez skutku.',
            'A resignation of an application that was not qualified — no effect.',
          ];
    return [uwagaW(m, 'błąd', 'CS-Z3.R', pl, en)];
  });
}
