/**
 * WB-3.2 `Wykaz wniosków`, `Zakwalifikowane`, `Niezakwalifikowane`, `Odrzucone formalnie` (CS-14.1 (1)–(3))
 * and WB-3.4 `Do publikacji — wariant I/II`; WB-3.4 widths for landscape A4.
 */
import type { ZapisArkusza } from '../../zeszyt/model';
import { liczbyPowtarzalne, tekstyPowtarzalne, zl } from '../../zeszyt/formaty';
import type { ZapisKomorki } from '../../zeszyt/model';
import type { DecyzjaWniosku, Wariant } from '../../kwalifikacja';
import type { ModelProtokolu } from '../model';
import type { WierszWniosku } from '../wiersze';
import { regonWiersza } from '../dane';
import {
  arkuszListy,
  pusteLubTekst,
  pusteLubZawijany,
  tekstyZawijane,
  tekstZawijany,
  type GrupaListy,
  type KolumnaListy,
  type OpisListy,
  type WspolneListom,
  wspolneListom,
  SZEROKOSC_NAZWY,
} from './lista';

export const ARKUSZ_WYKAZ = 'Wykaz wniosków';
export const ARKUSZ_ZAKWALIFIKOWANE = 'Zakwalifikowane';
export const ARKUSZ_NIEZAKWALIFIKOWANE = 'Niezakwalifikowane';
export const ARKUSZ_ODRZUCONE = 'Odrzucone formalnie';
/** WB-3.4 (28 characters, within Excel's 31) */
export const arkuszDoPublikacji = (v: Wariant): string => `Do publikacji — wariant ${v}`;

/** A row with the cells every list shows for it, built once per `arkuszeList` and shared by the sheets. */
interface Pozycja {
  w: WierszWniosku;
  d: DecyzjaWniosku | undefined;
  organ: ZapisKomorki;
  nazwa: ZapisKomorki;
  regon: ZapisKomorki;
  wnioskowana: ZapisKomorki;
  /** `Kwota do kwalifikacji` (the `wnioskowana` cell when equal) */
  r: ZapisKomorki;
  /** lines of the wrapped name in `Nazwa szkoły` at its standard width */
  linieNazwy: number;
}

const WARIANTY: Wariant[] = ['I', 'II'];

/** Draw position ascending, then row order (rows without a position, or no draw at all). */
function wKolejnosci(mp: ModelProtokolu, linie: readonly number[]): Pozycja[] {
  // one numeric key per row, (position or 10^9) · 10^6 + row index (< 10^6): sorted as numbers, no comparator
  const klucze = new Float64Array(mp.wiersze.length);
  const poIndeksie: Pozycja[] = [];
  const organ = tekstyZawijane(); // bodies repeat
  mp.wiersze.forEach((w, i) => {
    const wnioskowana = zl(w.wnioskowana);
    const p: Pozycja = {
      w,
      d: mp.decyzje.get(w.indeks),
      organ: w.organ ? organ(w.organ) : null,
      nazwa: pusteLubZawijany(w.nazwa),
      regon: pusteLubTekst(regonWiersza(w)),
      wnioskowana,
      r: w.r === w.wnioskowana ? wnioskowana : zl(w.r),
      linieNazwy: linie[i],
    };
    poIndeksie[w.indeks] = p;
    klucze[i] = (p.d?.pozycja ?? 1e9) * 1e6 + w.indeks;
  });
  klucze.sort();
  return Array.from(klucze, (k) => poIndeksie[k % 1e6]);
}

/** `pozycje` already in draw order (`wKolejnosci`), split by variant keeping it. */
function grupujWgWariantu(pozycje: Pozycja[], wariant: (p: Pozycja) => Wariant | null): GrupaListy<Pozycja>[] {
  const wg: Record<Wariant | 'brak', Pozycja[]> = { I: [], II: [], brak: [] };
  for (const p of pozycje) wg[wariant(p) ?? 'brak'].push(p);
  return [
    ...WARIANTY.map((v) => ({ razem: `Razem wariant ${v}`, wiersze: wg[v] })),
    { razem: 'Razem nieokreślony', wiersze: wg.brak },
  ];
}

/** The shared columns; `t` shares the cells of few-valued columns within one sheet. */
const kolumny = (t = tekstyPowtarzalne(), n = liczbyPowtarzalne()) => ({
  t,
  wariant: (f: (p: Pozycja) => string | null): KolumnaListy<Pozycja> => ({
    naglowek: 'Wariant',
    szerokosc: 9,
    komorka: (p) => t(f(p) ?? 'nieokreślony'),
  }),
  organ: {
    naglowek: 'Organ prowadzący',
    szerokosc: 24,
    zawijaj: true,
    powtarzalne: true,
    komorka: (p: Pozycja) => p.organ,
  },
  nazwa: {
    naglowek: 'Nazwa szkoły',
    szerokosc: SZEROKOSC_NAZWY,
    zawijaj: true,
    komorka: (p: Pozycja) => p.nazwa,
    linii: (p: Pozycja) => p.linieNazwy,
  },
  regon: { naglowek: 'REGON szkoły', szerokosc: 15, komorka: (p: Pozycja) => p.regon },
  wielkosc: {
    naglowek: 'Wielkość szkoły',
    szerokosc: 9,
    komorka: (p: Pozycja) => (p.w.wielkosc ? t(p.w.wielkosc) : null),
  },
  wnioskowana: {
    naglowek: 'Wnioskowana kwota (zł)',
    szerokosc: 15,
    komorka: (p: Pozycja) => p.wnioskowana,
    suma: (p: Pozycja) => p.w.wnioskowana,
  },
  pozycja: { naglowek: 'Pozycja w losowaniu', szerokosc: 9, komorka: (p: Pozycja) => n(p.d?.pozycja ?? null) },
  numerWKoszyku: {
    naglowek: 'Numer w koszyku',
    szerokosc: 8,
    komorka: (p: Pozycja) => n(p.d?.numerWKoszyku ?? null),
  },
});

/** WB-3.2: `Numer w koszyku` right after `Pozycja w losowaniu` when the manual order was drawn in baskets (CS-Z3.1 P4). */
function zPozycja(mp: ModelProtokolu, kol: ReturnType<typeof kolumny>): KolumnaListy<Pozycja>[] {
  return mp.losowanieReczne === 'w koszykach' ? [kol.pozycja, kol.numerWKoszyku] : [kol.pozycja];
}

/** WB-3.4 title block: the attachments are numbered in the order the protocol lists them. */
function opis(mp: ModelProtokolu, tytul: string, zalacznik: number): OpisListy {
  return { tytul, zalacznik, wojewodztwo: mp.parametry.wojewodztwo, data: mp.parametry.data };
}

/** The four lists and the two published ones, over the rows put in draw order once. */
/** `linie`: lines of each row's school name (`linieNazw`). */
export function arkuszeList(mp: ModelProtokolu, linie: readonly number[]): ZapisArkusza[] {
  const pozycje = wKolejnosci(mp, linie);
  const ws = wspolneListom();
  return [
    arkuszWykazu(mp, pozycje, ws),
    arkuszZakwalifikowanych(mp, pozycje, ws),
    arkuszNiezakwalifikowanych(mp, pozycje, ws),
    arkuszOdrzuconych(mp, pozycje, ws),
    ...arkuszeDoPublikacji(pozycje, mp, ws),
  ];
}

/** `Kwota wsparcia`: the `Kwota do kwalifikacji` cell when the support equals it. */
const wsparcie = (p: Pozycja): ZapisKomorki => (p.d!.wsparcie === p.w.r ? p.r : zl(p.d!.wsparcie));

function arkuszWykazu(mp: ModelProtokolu, pozycje: Pozycja[], ws: WspolneListom): ZapisArkusza {
  const kol = kolumny(tekstyPowtarzalne(), ws.lp);
  return arkuszListy<Pozycja>(
    ARKUSZ_WYKAZ,
    [
      kol.wariant((p) => p.w.wariant),
      { naglowek: 'Wariant zastępczy', szerokosc: 11, komorka: (p) => (p.w.zastepczy ? kol.t(p.w.zastepczy) : null) },
      kol.organ,
      kol.nazwa,
      kol.regon,
      kol.wielkosc,
      kol.wnioskowana,
      { naglowek: 'Kwota do kwalifikacji (zł)', szerokosc: 15, komorka: (p) => p.r, suma: (p) => p.w.r },
      { naglowek: 'Ocena formalna', szerokosc: 11, komorka: (p) => kol.t(mp.oceny[p.w.indeks]) },
    ],
    grupujWgWariantu(pozycje, (p) => p.w.wariant),
    opis(mp, 'Wykaz wniosków o udział w programie „Cyfrowa szkoła”', 1),
    ws,
  );
}

function arkuszZakwalifikowanych(mp: ModelProtokolu, pozycje: Pozycja[], ws: WspolneListom): ZapisArkusza {
  const lista = pozycje.filter((p) => p.d?.decyzja === 'zakwalifikowana');
  const kol = kolumny(tekstyPowtarzalne(), ws.lp);
  return arkuszListy<Pozycja>(
    ARKUSZ_ZAKWALIFIKOWANE,
    [
      kol.wariant((p) => p.d!.wariant),
      kol.organ,
      kol.nazwa,
      kol.regon,
      kol.wielkosc,
      kol.wnioskowana,
      { naglowek: 'Kwota wsparcia (zł)', szerokosc: 15, komorka: wsparcie, suma: (p) => p.d!.wsparcie },
      { naglowek: 'Wkład własny (zł)', szerokosc: 15, komorka: (p) => zl(p.w.wklad), suma: (p) => p.w.wklad },
      ...zPozycja(mp, kol),
      { naglowek: 'Krok', szerokosc: 6, komorka: (p) => (p.d!.krok ? kol.t(p.d!.krok) : null) },
    ],
    grupujWgWariantu(lista, (p) => p.d!.wariant).filter((g) => g.razem !== 'Razem nieokreślony'),
    opis(mp, 'Lista szkół zakwalifikowanych do wsparcia', 2),
    ws,
  );
}

/** WB-3.2: only formally positive applications that were not qualified. */
function arkuszNiezakwalifikowanych(mp: ModelProtokolu, pozycje: Pozycja[], ws: WspolneListom): ZapisArkusza {
  const nie = pozycje.filter((p) => p.d && p.d.decyzja !== 'zakwalifikowana');
  const kol = kolumny(tekstyPowtarzalne(), ws.lp);
  const powod = tekstyZawijane();
  return arkuszListy<Pozycja>(
    ARKUSZ_NIEZAKWALIFIKOWANE,
    [
      kol.wariant((p) => p.w.wariant),
      kol.organ,
      kol.nazwa,
      kol.regon,
      kol.wielkosc,
      kol.wnioskowana,
      {
        naglowek: 'Powód',
        szerokosc: 30,
        zawijaj: true,
        powtarzalne: true,
        komorka: (p) => powod(p.d!.powod ?? ''),
      },
      ...zPozycja(mp, kol),
      {
        naglowek: 'Brakująca kwota (zł)',
        szerokosc: 15,
        komorka: (p) => zl(p.d?.decyzja === 'niezakwalifikowana' ? p.d.brak : null),
      },
    ],
    grupujWgWariantu(nie, (p) => p.w.wariant).filter((g) => g.razem !== 'Razem nieokreślony'),
    opis(mp, 'Lista szkół niezakwalifikowanych (wnioski ocenione pozytywnie)', 3),
    ws,
  );
}

/** WB-3.2 `Odrzucone formalnie`: the formally rejected rows, by first variant or `nieokreślony`, in row order. */
function arkuszOdrzuconych(mp: ModelProtokolu, pozycje: Pozycja[], ws: WspolneListom): ZapisArkusza {
  const odrzucone = pozycje.filter((p) => !p.d);
  const kol = kolumny(tekstyPowtarzalne(), ws.lp);
  return arkuszListy<Pozycja>(
    ARKUSZ_ODRZUCONE,
    [
      kol.wariant((p) => p.w.wariant),
      kol.organ,
      kol.nazwa,
      kol.regon,
      kol.wielkosc,
      kol.wnioskowana,
      {
        naglowek: 'Powód',
        szerokosc: 36,
        zawijaj: true,
        komorka: (p) => tekstZawijany(mp.powodyOdrzucenia.get(p.w.indeks) ?? ''),
      },
    ],
    grupujWgWariantu(odrzucone, (p) => p.w.wariant),
    opis(mp, 'Lista wniosków odrzuconych z przyczyn formalnych', 4),
    ws,
  );
}

/**
 * WB-3.4 `Do publikacji — wariant I/II`: the qualified schools of one variant as published in BIP — `Lp.`,
 * `Nazwa szkoły`, `Organ prowadzący`, `Kwota wsparcia (zł)` and nothing internal (no REGON, draw position or
 * step); in the order of `Zakwalifikowane`, with the list's title block (not an attachment), print setup and
 * AutoFilter.
 */
function arkuszeDoPublikacji(pozycje: Pozycja[], mp: ModelProtokolu, ws: WspolneListom): ZapisArkusza[] {
  const zakw = pozycje.filter((p) => p.d?.decyzja === 'zakwalifikowana');
  const kol = kolumny(tekstyPowtarzalne(), ws.lp);
  return WARIANTY.map((v) =>
    arkuszListy<Pozycja>(
      arkuszDoPublikacji(v),
      [
        { ...kol.nazwa, szerokosc: 44, linii: undefined },
        { ...kol.organ, szerokosc: 40 },
        {
          naglowek: 'Kwota wsparcia (zł)',
          szerokosc: 16,
          komorka: wsparcie,
          suma: (p) => p.d!.wsparcie,
        },
      ],
      grupujWgWariantu(zakw, (p) => p.d!.wariant).filter((g) => g.razem === `Razem wariant ${v}`),
      {
        tytul: `Lista szkół zakwalifikowanych do wsparcia w ramach programu „Cyfrowa szkoła” — wariant ${v}`,
        wojewodztwo: mp.parametry.wojewodztwo,
        data: mp.parametry.data,
      },
      ws,
    ),
  );
}
